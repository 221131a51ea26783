import Foundation
import TensorModule

/// `seed rand randn normal uniform integers choice permutation shuffle binomial poisson exponential`:
/// one generator per session (`Runtime.random`), NumPy's legacy algorithms, so after `seed(n)` every
/// draw equals `np.random.seed(n)`'s.
enum RandomBuiltins {
  static let sizeParameter = Parameter("size", .optional(.none))

  /// A seed from the clock for a session nobody seeded (NumPy takes one from the OS).
  static func freshSeed() -> UInt32 {
    UInt32(truncatingIfNeeded: DispatchTime.now().uptimeNanoseconds ^ UInt64(getpid()) << 32)
  }

  /// `size=None` gives one number; a size gives a tensor of that shape, filled in row-major order.
  static func draw(_ c: BuiltinCall, _ one: (inout RandomState) throws(TesselError) -> Double) throws(TesselError)
    -> Value
  {
    guard c.isGiven("size") else { return .number(try one(&c.runtime.random)) }
    let shape = try c.shape("size")
    let count = shape.reduce(1, *)
    var values: [Double] = []
    values.reserveCapacity(count)
    var done = 0
    while done < count {
      try c.checkInterrupt()
      let end = min(done + chunk, count)
      for _ in done..<end { values.append(try one(&c.runtime.random)) }
      done = end
    }
    return .tensor(Tensor(shape: shape, data: values))
  }

  /// Draws between interrupt checks: about a millisecond of work.
  static let chunk = 1 << 16

  /// `rand(2, 3)` and `rand((2, 3))`: a shape given as separate integers or as one tuple.
  static func dimensions(_ c: BuiltinCall) throws(TesselError) -> [Int]? {
    guard case .tuple(var items) = c.value("shape"), !items.isEmpty else { return nil }
    if items.count == 1, case .tuple(let inner) = items[0] { items = inner }
    if items.count == 1, case .list(let inner) = items[0] { items = inner }
    var dims: [Int] = []
    for item in items {
      guard let d = item.numeric, let i = Operators.exactInt(d), i >= 0 else {
        throw c.bad("shape", expected: "non-negative integers", got: Repr.repr(item))
      }
      dims.append(i)
    }
    return dims
  }

  static func filled(_ c: BuiltinCall, _ one: (inout RandomState) -> Double) throws(TesselError) -> Value {
    guard let dims = try dimensions(c) else { return .number(one(&c.runtime.random)) }
    let count = try c.lift { () throws(TensorError) in try MemoryBudget.reserve(dims) }
    var values: [Double] = []
    values.reserveCapacity(count)
    var done = 0
    while done < count {
      try c.checkInterrupt()
      let end = min(done + chunk, count)
      for _ in done..<end { values.append(one(&c.runtime.random)) }
      done = end
    }
    return .tensor(Tensor(shape: dims, data: values))
  }

  /// The rows of `t` (its first axis) in the order NumPy's `shuffle` leaves them.
  static func shuffled(_ t: Tensor, _ state: inout RandomState) -> Tensor {
    guard t.ndim > 0 else { return t }
    let rows = t.shape[0]
    let width = rows == 0 ? 0 : t.count / rows
    var out = t
    for (i, j) in state.shuffleOrder(rows) where i != j {
      for k in 0..<width { out.data.swapAt(i * width + k, j * width + k) }
    }
    return out
  }

  static let all: [Builtin] = [
    Builtin(
      "seed", [Parameter("seed", .optional(.none))],
      "Seeds the session's generator: the same seed gives the same draws, equal to NumPy's after np.random.seed.",
      details: "Example: seed(42); rand(3)"
    ) { c throws(TesselError) in
      guard c.isGiven("seed") else {
        c.runtime.random = RandomState(seed: freshSeed())
        return .none
      }
      let n = try c.integer("seed")
      guard n >= 0 && n <= 0xFFFF_FFFF else {
        throw TesselError("ValueError", "Seed must be between 0 and 2**32 - 1", at: c.range)
      }
      c.runtime.random = RandomState(seed: UInt32(n))
      return .none
    },
    Builtin(
      "rand", [Parameter("shape", .variadic)], "Uniform draws on [0, 1): rand() one number, rand(2, 3) a 2×3 tensor.",
      details: "Example: seed(0); rand(3)"
    ) { c throws(TesselError) in try filled(c) { $0.random() } },
    Builtin(
      "randn", [Parameter("shape", .variadic)], "Standard normal draws: randn() one number, randn(2, 3) a 2×3 tensor.",
      details: "Example: X = randn(100, 2)"
    ) { c throws(TesselError) in try filled(c) { $0.gauss() } },
    Builtin(
      "normal", [Parameter("loc", .optional(.number(0))), Parameter("scale", .optional(.number(1))), sizeParameter],
      "Normal draws with mean loc and standard deviation scale.",
      details: "Example: normal(170, 10, size=1000)"
    ) { c throws(TesselError) in
      let (loc, scale) = (try c.number("loc"), try c.number("scale"))
      guard scale >= 0 else { throw TesselError("ValueError", "scale < 0", at: c.range) }
      return try draw(c) { s in loc + scale * s.gauss() }
    },
    Builtin(
      "uniform", [Parameter("low", .optional(.number(0))), Parameter("high", .optional(.number(1))), sizeParameter],
      "Uniform draws on [low, high).", details: "Example: uniform(-1, 1, size=(2, 3))"
    ) { c throws(TesselError) in
      let (low, high) = (try c.number("low"), try c.number("high"))
      return try draw(c) { s in low + (high - low) * s.random() }
    },
    Builtin(
      "integers", [Parameter("low"), Parameter("high", .optional(.none)), sizeParameter],
      "Uniform integers in [low, high); integers(n) is [0, n).", details: "Example: integers(1, 7, size=10)  (dice)"
    ) { c throws(TesselError) in
      var (low, high) = (try c.integer("low"), 0)
      if c.isGiven("high") { high = try c.integer("high") } else { (low, high) = (0, low) }
      guard low < high else {
        throw TesselError("ValueError", c.isGiven("high") ? "low >= high" : "high <= 0", at: c.range)
      }
      return try draw(c) { s in Double(s.integer(low, high)) }
    },
    Builtin(
      "exponential", [Parameter("scale", .optional(.number(1))), sizeParameter],
      "Exponential draws with mean scale.", details: "Example: exponential(2.0, size=5)"
    ) { c throws(TesselError) in
      let scale = try c.number("scale")
      return try draw(c) { s in s.exponential(scale) }
    },
    Builtin(
      "binomial", [Parameter("n"), Parameter("p"), sizeParameter],
      "Binomial draws: successes in n trials of probability p.", details: "Example: binomial(10, 0.3, size=1000)"
    ) { c throws(TesselError) in
      let (n, p) = (try c.integer("n"), try c.number("p"))
      guard n >= 0 else { throw TesselError("ValueError", "n < 0", at: c.range) }
      guard p >= 0 && p <= 1, !p.isNaN else {
        throw TesselError("ValueError", p < 0 ? "p < 0" : "p > 1 or p is NaN", at: c.range)
      }
      return try draw(c) { s in Double(s.binomial(n, p)) }
    },
    Builtin(
      "poisson", [Parameter("lam", .optional(.number(1))), sizeParameter],
      "Poisson draws with mean lam.", details: "Example: poisson(3.5, size=100)"
    ) { c throws(TesselError) in
      let lam = try c.number("lam")
      guard lam >= 0 else { throw TesselError("ValueError", "lam < 0", at: c.range) }
      guard lam < 9.2e18 else { throw TesselError("ValueError", "lam value too large", at: c.range) }
      return try draw(c) { s in Double(s.poisson(lam)) }
    },
    Builtin(
      "permutation", [Parameter("x")],
      "A shuffled copy: permutation(n) shuffles 0 … n-1; a tensor's rows are shuffled.",
      details: "Example: idx = permutation(len(X)); X[idx]"
    ) { c throws(TesselError) in
      if case .number = c.value("x") {
        let n = try c.integer("x")
        try c.reserve([max(n, 0)])
        return .tensor(shuffled(Tensor((0..<max(n, 0)).map(Double.init)), &c.runtime.random))
      }
      return .tensor(shuffled(try c.tensor("x"), &c.runtime.random))
    },
    Builtin(
      "shuffle", [Parameter("x")], "Shuffles a tensor's rows (or a list) in place, as NumPy's shuffle.",
      details: "Example: shuffle(deck)", changesFirstArgument: true
    ) { c throws(TesselError) in
      if case .list(var items) = c.value("x") {
        for (i, j) in c.runtime.random.shuffleOrder(items.count) { items.swapAt(i, j) }
        return .list(items)
      }
      guard case .tensor(let t) = c.value("x") else { throw c.bad("x", expected: "a tensor or a list") }
      return .tensor(shuffled(t, &c.runtime.random))
    },
    Builtin(
      "choice",
      [Parameter("a"), sizeParameter, Parameter("replace", .optional(.bool(true))), Parameter("p", .optional(.none))],
      "Random picks from a (or from 0 … a-1 if a is an integer), with or without replacement, optionally weighted by p.",
      details: "Example: choice(['H', 'T'], size=10), choice(5, 3, replace=False)"
    ) { c throws(TesselError) in try choice(c) },
  ]

  /// NumPy's legacy `choice`: integers for uniform picks, the cumulative p for weighted ones, a
  /// permutation's head without replacement.
  static func choice(_ c: BuiltinCall) throws(TesselError) -> Value {
    let population: [Value]
    let a = c.value("a")
    if case .number = a {
      let n = try c.integer("a")
      guard n > 0 else {
        throw TesselError("ValueError", "a must be greater than 0 unless no samples are taken", at: c.range)
      }
      try c.reserve([n])
      population = (0..<n).map { .number(Double($0)) }
    } else if case .tensor(let t) = a, t.ndim == 1 {
      population = t.data.map { t.isBool ? .bool($0 != 0) : .number($0) }
    } else {
      guard let items = try Operators.elements(of: a), !items.isEmpty else {
        throw TesselError("ValueError", "a cannot be empty unless no samples are taken", at: c.range)
      }
      population = items
    }
    let n = population.count
    let shape = c.isGiven("size") ? try c.shape("size") : nil
    let count = shape?.reduce(1, *) ?? 1
    let replace = try c.bool("replace")
    let p = c.isGiven("p") ? try c.tensor("p") : nil
    if let p, p.ndim != 1 { throw TesselError("ValueError", "a and p must have same size", at: c.range) }
    let runtime = c.runtime
    let picks = try c.lift { () throws(TensorError) in
      try runtime.random.choiceIndices(n, count: count, replace: replace, p: p?.data)
    }
    let chosen = picks.map { population[$0] }
    guard let shape else { return chosen[0] }
    if chosen.allSatisfy({ $0.numeric != nil }), let t = try TensorValues.operand(.list(chosen)) {
      return .tensor(Tensor(shape: shape, data: t.data, dtype: t.dtype))
    }
    return .list(chosen)
  }
}
