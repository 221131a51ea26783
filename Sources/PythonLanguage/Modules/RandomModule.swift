import BigInt
import Foundation
import TensorModule

/// Python's `random` module with CPython's exact streams: MT19937 seeded by `init_by_array`, `random()` from 53
/// bits, `_randbelow` by rejection on `getrandbits`, and the same algorithms for `shuffle`, `choice`, `sample`,
/// `choices`, `gauss` and `normalvariate`.
final class PythonRandom: PyObject {
  var twister: MersenneTwister
  var gaussNext: Double?

  init(seed: [UInt32]) {
    twister = MersenneTwister(key: seed)
    super.init(tag: .other)
  }

  override var type: PyType { RandomModule.randomType }

  func random() -> Double { twister.nextDouble() }

  func bits(_ k: Int) -> BigInt {
    if k <= 32 { return BigInt(twister.next32() >> UInt32(32 - k)) }
    var result = BigUInt(0)
    var remaining = k
    var shift = 0
    while remaining > 0 {
      var word = twister.next32()
      if remaining < 32 { word >>= UInt32(32 - remaining) }
      result |= BigUInt(word) << shift
      shift += 32
      remaining -= 32
    }
    return BigInt(result)
  }

  /// `_randbelow_with_getrandbits`.
  func below(_ n: Int) -> Int {
    if n <= 0 { return 0 }
    let k = Int.bitWidth - n.leadingZeroBitCount
    while true {
      if k <= 32 {
        let r = Int(twister.next32() >> UInt32(32 - k))
        if r < n { return r }
      } else if let r = Int(exactly: bits(k)), r < n {
        return r
      }
    }
  }

  static func key(for n: BigInt) -> [UInt32] {
    var m = n.magnitude
    var words: [UInt32] = []
    while m > 0 {
      words.append(UInt32(m & 0xFFFF_FFFF))
      m >>= 32
    }
    return words.isEmpty ? [0] : words
  }
}

enum RandomModule {
  static let randomType = BuiltinTypes.make("Random", [BuiltinTypes.object], module: "random", methods: methods)

  /// The module: `Random`, and each method bound to the module's own instance (as CPython's module functions
  /// are bound methods of a hidden `Random()`).
  static func make(_ rt: Runtime) -> PyModule {
    let state = PythonRandom(seed: freshSeed())
    var values: [String: Value] = ["Random": .object(randomType)]
    // Each method's body over the module's instance, called as a function (no bound method to unwrap per call).
    for (name, body) in definitions {
      values[name] = .object(PyBuiltin.general(name, "random") { (rt, a) throws(PyError) in try body(rt, state, a) })
    }
    rt.constructors[ObjectIdentifier(randomType)] = Runtime.ConstructorRef(make: {
      (rt: Runtime, a: Arguments) throws(PyError) -> Value in
      let r = PythonRandom(seed: freshSeed())
      if let v = a.positional.first { try seed(rt, r, v) }
      return .object(r)
    })
    return .make("random", functions: [], values: values)
  }

  static func freshSeed() -> [UInt32] { (0..<4).map { _ in UInt32.random(in: .min ... .max) } }

  /// `seed(a)`: an int's words, a float's hash; None draws a fresh seed.
  static func seed(_ rt: Runtime, _ state: PythonRandom, _ v: Value) throws(PyError) {
    switch v {
    case .none: state.twister = MersenneTwister(key: freshSeed())
    case .int, .bool, .i64: state.twister = MersenneTwister(key: PythonRandom.key(for: BigInt(try rt.index(v))))
    case .float(let d):
      state.twister = MersenneTwister(key: PythonRandom.key(for: BigInt(UInt(bitPattern: Hashing.double(d)))))
    case .object(let o) where o.tag == .bigInt:
      state.twister = MersenneTwister(key: PythonRandom.key(for: unsafeDowncast(o, to: PyBigInt.self).value))
    default:
      throw PyError("NotImplementedError", "random.seed() with a \(rt.typeName(v)) is not supported (use an int)")
    }
    state.gaussNext = nil
  }

  static func sequence(_ rt: Runtime, _ v: Value) throws(PyError) -> [Value] {
    if case .object(let o) = v, o.tag == .set || o.tag == .frozenset || o.tag == .dict {
      throw PyError("TypeError", "Population must be a sequence.  For dicts or sets, use sorted(d).")
    }
    return try rt.collect(v)
  }

  typealias Body = @Sendable (Runtime, PythonRandom, Arguments) throws(PyError) -> Value

  /// `Random`'s methods: each takes its instance first.
  static let methods: [PyBuiltin] = definitions.map { (name, body) in
    .general(name, "Random") { (rt, a) throws(PyError) in
      guard case .object(let o)? = a.positional.first, let state = o as? PythonRandom else {
        throw PyError("TypeError", "descriptor '\(name)' for 'Random' objects needs a Random instance")
      }
      return try body(rt, state, Arguments(Array(a.positional.dropFirst()), a.keywords))
    }
  }

  /// The two positional arguments a method takes.
  static func pair(_ a: Arguments, _ name: String) throws(PyError) -> (Value, Value) {
    guard a.positional.count == 2, a.keywords.isEmpty else {
      throw PyError("TypeError", "Random.\(name)() takes exactly 2 positional arguments (\(a.positional.count) given)")
    }
    return (a.positional[0], a.positional[1])
  }

  /// The one positional argument a method takes.
  static func single(_ a: Arguments, _ name: String) throws(PyError) -> Value {
    guard a.positional.count == 1, a.keywords.isEmpty else {
      throw PyError("TypeError", "Random.\(name)() takes exactly one argument (\(a.positional.count) given)")
    }
    return a.positional[0]
  }

  /// A method's name and body, over its instance and the other arguments.
  static func method(_ name: String, _ body: @escaping Body) -> (String, Body) { (name, body) }

  /// A float argument, or its default when not given.
  static func double(
    _ rt: Runtime, _ a: Arguments, _ k: Int, _ otherwise: Double? = nil, _ name: String, in method: String
  ) throws(PyError) -> Double {
    if k < a.positional.count { return try rt.double(a.positional[k]) }
    if let v = a.keywords.first(where: { $0.0 == name })?.1 { return try rt.double(v) }
    guard let otherwise else {
      throw PyError("TypeError", "Random.\(method)() missing 1 required positional argument: '\(name)'")
    }
    return otherwise
  }

  static let definitions: [(String, Body)] = [
    method("seed") { (rt, state, a) throws(PyError) in
      try seed(rt, state, a.positional.first ?? .none)
      return .none
    },
    method("random") { (_, state, _) throws(PyError) in .float(state.random()) },
    method("uniform") { (rt, state, args) throws(PyError) in
      let (a, b) = try pair(args, "uniform")
      let x = try rt.double(a)
      let y = try rt.double(b)
      return .float(x + (y - x) * state.random())
    },
    method("randint") { (rt, state, args) throws(PyError) in
      let (a, b) = try pair(args, "randint")
      let low = try rt.index(a)
      let high = try rt.index(b)
      guard high >= low else { throw PyError("ValueError", "empty range in randrange(\(low), \(high + 1))") }
      return .int(low + state.below(high - low + 1))
    },
    method("randrange") { (rt, state, a) throws(PyError) in
      var ints: [Int] = []
      for v in a.positional { ints.append(try rt.index(v)) }
      let (start, stop, step) =
        ints.count == 1 ? (0, ints[0], 1) : (ints[0], ints.count > 1 ? ints[1] : 0, ints.count > 2 ? ints[2] : 1)
      if step == 1 {
        guard stop > start else { throw PyError("ValueError", "empty range in randrange(\(start), \(stop))") }
        return .int(start + state.below(stop - start))
      }
      if step == 0 { throw PyError("ValueError", "zero step for randrange()") }
      let n = step > 0 ? (stop - start + step - 1) / step : (stop - start + step + 1) / step
      guard n > 0 else { throw PyError("ValueError", "empty range in randrange(\(start), \(stop), \(step))") }
      return .int(start + step * state.below(n))
    },
    method("getrandbits") { (rt, state, args) throws(PyError) in
      let k = try single(args, "getrandbits")
      let n = try rt.index(k)
      if n < 0 { throw PyError("ValueError", "number of bits must be non-negative") }
      return PyBigInt.make(state.bits(n))
    },
    method("choice") { (rt, state, args) throws(PyError) in
      let v = try single(args, "choice")
      let items = try sequence(rt, v)
      guard !items.isEmpty else { throw PyError("IndexError", "Cannot choose from an empty sequence") }
      return items[state.below(items.count)]
    },
    method("shuffle") { (rt, state, args) throws(PyError) in
      let v = try single(args, "shuffle")
      guard case .object(let o) = v, o.tag == .list else {
        throw PyError("TypeError", "'\(rt.typeName(v))' object does not support item assignment")
      }
      let list = unsafeDowncast(o, to: PyList.self)
      var i = list.items.count - 1
      while i > 0 {
        let j = state.below(i + 1)
        list.items.swapAt(i, j)
        i -= 1
      }
      return .none
    },
    method("sample") { (rt, state, a) throws(PyError) in
      let p = try a.bind("sample", ["population", "k"], required: 2, keywordOnly: ["counts"])
      if let counts = p[2], !counts.isNone {
        throw PyError("NotImplementedError", "random.sample(counts=...) is not in Tessel yet")
      }
      let population = try sequence(rt, p[0] ?? .none)
      let n = population.count
      let k = try rt.index(p[1] ?? .none)
      guard k >= 0 && k <= n else { throw PyError("ValueError", "Sample larger than population or is negative") }
      var result = [Value](repeating: .none, count: k)
      var setSize = 21
      if k > 5 { setSize += Int(pow(4.0, ceil(log(Double(k * 3)) / log(4.0)))) }
      if n <= setSize {
        var pool = population
        for i in 0..<k {
          let j = state.below(n - i)
          result[i] = pool[j]
          pool[j] = pool[n - i - 1]
        }
      } else {
        var selected = Set<Int>()
        for i in 0..<k {
          var j = state.below(n)
          while selected.contains(j) { j = state.below(n) }
          selected.insert(j)
          result[i] = population[j]
        }
      }
      return .list(result)
    },
    method("choices") { (rt, state, a) throws(PyError) in
      let p = try a.bind("choices", ["population", "weights"], required: 1, keywordOnly: ["cum_weights", "k"])
      let population = try sequence(rt, p[0] ?? .none)
      let k = try p[3].map { (v) throws(PyError) in try rt.index(v) } ?? 1
      let n = population.count
      var cumulative: [Double]?
      if let c = p[2], !c.isNone {
        cumulative = try rt.collect(c).map { (x) throws(PyError) in try rt.double(x) }
      } else if let w = p[1], !w.isNone {
        var total = 0.0
        cumulative = try rt.collect(w).map { (x) throws(PyError) -> Double in
          total += try rt.double(x)
          return total
        }
      }
      guard let cum = cumulative else {
        guard n > 0 else { throw PyError("IndexError", "Cannot choose from an empty population") }
        return .list((0..<k).map { _ in population[Int((state.random() * Double(n)).rounded(.down))] })
      }
      guard cum.count == n else { throw PyError("ValueError", "The number of weights does not match the population") }
      guard let total = cum.last, total > 0, total.isFinite else {
        throw PyError("ValueError", "Total of weights must be greater than zero")
      }
      return .list(
        (0..<k).map { _ in
          let x = state.random() * total
          var lo = 0
          var hi = n - 1
          while lo < hi {
            let mid = (lo + hi) / 2
            if x < cum[mid] { hi = mid } else { lo = mid + 1 }
          }
          return population[lo]
        })
    },
    method("gauss") { (rt, state, a) throws(PyError) in
      let mu = try double(rt, a, 0, 0, "mu", in: "gauss")
      let sigma = try double(rt, a, 1, 1, "sigma", in: "gauss")
      var z = state.gaussNext ?? .nan
      state.gaussNext = nil
      if z.isNaN {
        let x2pi = state.random() * 2 * Double.pi
        let g2rad = (-2.0 * log(1.0 - state.random())).squareRoot()
        z = cos(x2pi) * g2rad
        state.gaussNext = sin(x2pi) * g2rad
      }
      return .float(mu + z * sigma)
    },
    method("normalvariate") { (rt, state, a) throws(PyError) in
      .float(
        normal(
          state, try double(rt, a, 0, 0, "mu", in: "normalvariate"),
          try double(rt, a, 1, 1, "sigma", in: "normalvariate")))
    },
    method("expovariate") { (rt, state, a) throws(PyError) in
      let lambd = try double(rt, a, 0, nil, "lambd", in: "expovariate")
      let u = state.random()
      // Python's float division: zero is an error, not infinity.
      if lambd == 0 { throw PyError("ZeroDivisionError", "float division by zero") }
      return .float(-log(1.0 - u) / lambd)
    },
    method("lognormvariate") { (rt, state, a) throws(PyError) in
      .float(
        exp(
          normal(
            state, try double(rt, a, 0, nil, "mu", in: "lognormvariate"),
            try double(rt, a, 1, nil, "sigma", in: "lognormvariate"))))
    },
    method("triangular") { (rt, state, a) throws(PyError) in
      var low = try double(rt, a, 0, 0, "low", in: "triangular")
      var high = try double(rt, a, 1, 1, "high", in: "triangular")
      let u0 = state.random()
      let modeGiven = a.positional.count > 2 ? a.positional[2] : a.keywords.first { $0.0 == "mode" }?.1
      var c = 0.5
      if let m = modeGiven, !m.isNone {
        // CPython's ZeroDivisionError path returns `low` as given (`triangular(3, 3, 3)` is the int 3).
        if high == low { return a.positional.first ?? a.keywords.first { $0.0 == "low" }?.1 ?? .float(low) }
        c = (try rt.double(m) - low) / (high - low)
      }
      var u = u0
      if u > c {
        u = 1.0 - u
        c = 1.0 - c
        swap(&low, &high)
      }
      return .float(low + (high - low) * (u * c).squareRoot())
    },
    method("vonmisesvariate") { (rt, state, a) throws(PyError) in
      let mu = try double(rt, a, 0, nil, "mu", in: "vonmisesvariate")
      let kappa = try double(rt, a, 1, nil, "kappa", in: "vonmisesvariate")
      let twoPi = 2 * Double.pi
      if kappa <= 1e-6 { return .float(twoPi * state.random()) }
      let s = 0.5 / kappa
      let r = s + (1.0 + s * s).squareRoot()
      var z = 0.0
      while true {
        let u1 = state.random()
        z = cos(Double.pi * u1)
        let d = z / (r + z)
        let u2 = state.random()
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d) { break }
      }
      let q = 1.0 / r
      let f = (q + z) / (1.0 + q * z)
      let theta = state.random() > 0.5 ? mu + acos(f) : mu - acos(f)
      return .float(FloatDivision.remainder(theta, twoPi))
    },
    method("gammavariate") { (rt, state, a) throws(PyError) in
      .float(
        try gamma(
          state, try double(rt, a, 0, nil, "alpha", in: "gammavariate"),
          try double(rt, a, 1, nil, "beta", in: "gammavariate")))
    },
    method("betavariate") { (rt, state, a) throws(PyError) in
      let alpha = try double(rt, a, 0, nil, "alpha", in: "betavariate")
      let beta = try double(rt, a, 1, nil, "beta", in: "betavariate")
      let y = try gamma(state, alpha, 1.0)
      if y == 0 { return .float(0.0) }
      return .float(y / (y + (try gamma(state, beta, 1.0))))
    },
    method("paretovariate") { (rt, state, a) throws(PyError) in
      let alpha = try double(rt, a, 0, nil, "alpha", in: "paretovariate")
      return .float(pow(1.0 - state.random(), -1.0 / alpha))
    },
    method("weibullvariate") { (rt, state, a) throws(PyError) in
      let alpha = try double(rt, a, 0, nil, "alpha", in: "weibullvariate")
      let beta = try double(rt, a, 1, nil, "beta", in: "weibullvariate")
      return .float(alpha * pow(-log(1.0 - state.random()), 1.0 / beta))
    },
  ]

  /// `normalvariate(mu, sigma)`: Kinderman and Monahan's ratio method, as CPython.
  static func normal(_ state: PythonRandom, _ mu: Double, _ sigma: Double) -> Double {
    let magic = 4 * exp(-0.5) / 2.0.squareRoot()
    var z = 0.0
    while true {
      let u1 = state.random()
      let u2 = 1.0 - state.random()
      z = magic * (u1 - 0.5) / u2
      if z * z / 4.0 <= -log(u2) { break }
    }
    return mu + z * sigma
  }

  /// `gammavariate(alpha, beta)`: Cheng's method above 1, Ahrens–Dieter's GS below, as CPython.
  static func gamma(_ state: PythonRandom, _ alpha: Double, _ beta: Double) throws(PyError) -> Double {
    if alpha <= 0.0 || beta <= 0.0 { throw PyError("ValueError", "gammavariate: alpha and beta must be > 0.0") }
    if alpha > 1.0 {
      let ainv = (2.0 * alpha - 1.0).squareRoot()
      let bbb = alpha - log(4.0)
      let ccc = alpha + ainv
      let sgMagic = 1.0 + log(4.5)
      while true {
        let u1 = state.random()
        if !(1e-7 < u1 && u1 < 0.9999999) { continue }
        let u2 = 1.0 - state.random()
        let v = log(u1 / (1.0 - u1)) / ainv
        let x = alpha * exp(v)
        let z = u1 * u1 * u2
        let r = bbb + ccc * v - x
        if r + sgMagic - 4.5 * z >= 0.0 || r >= log(z) { return x * beta }
      }
    }
    if alpha == 1.0 { return -log(1.0 - state.random()) * beta }
    let e = exp(1.0)
    while true {
      let u = state.random()
      let b = (e + alpha) / e
      let p = b * u
      let x = p <= 1.0 ? pow(p, 1.0 / alpha) : -log((b - p) / alpha)
      let u1 = state.random()
      if p > 1.0 {
        if u1 <= pow(x, alpha - 1.0) { return x * beta }
      } else if u1 <= exp(-x) {
        return x * beta
      }
    }
  }
}
