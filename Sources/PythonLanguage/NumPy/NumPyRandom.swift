import Foundation
import TensorModule

/// `np.random`'s legacy functions over one MT19937 per session, NumPy's exact streams after `np.random.seed(n)`;
/// `default_rng` makes a `Generator` (NumPyGenerator.swift).
enum NumPyRandom {
  final class State {
    var random = RandomState(seed: UInt32.random(in: .min ... .max))
  }

  /// `choice`'s `p=`: None, or a 1-d sequence of floats.
  static func weightsArgument(_ rt: Runtime, _ v: Value?) throws(PyError) -> [Double]? {
    guard let v, !v.isNone else { return nil }
    let t = try NumPyFunctions.floats(rt, v)
    guard t.ndim == 1 else { throw PyError("ValueError", "p must be 1-dimensional") }
    return t.data
  }

  static func sizeArgument(_ v: Value?, _ rt: Runtime) throws(PyError) -> [Int]? {
    guard let v, !v.isNone else { return nil }
    return try NumPyModule.shapeArgument(v, rt: rt)
  }

  /// `size` draws of `one()`, the memory reserved first and the interrupt polled every 65 536.
  static func fill<T>(_ rt: Runtime, _ size: [Int], _ one: () -> T) throws(PyError) -> [T] {
    let n = try NumPyFunctions.lift { () throws(TensorError) in try MemoryBudget.reserve(size) }
    var out: [T] = []
    out.reserveCapacity(n)
    for k in 0..<n {
      if k & 0xFFFF == 0xFFFF { try rt.checkInterrupt() }
      out.append(one())
    }
    return out
  }

  /// Float draws: a Python float, or a float64 array of `size`.
  static func draw(_ rt: Runtime, _ size: [Int]?, _ one: () -> Double) throws(PyError) -> Value {
    guard let size else { return .float(one()) }
    return .object(NDArray(doubles: try fill(rt, size, one), shape: size))
  }

  /// Integer draws (binomial, poisson): a Python int, or an int64 array of `size`.
  static func integers(_ rt: Runtime, _ size: [Int]?, _ one: () -> Int) throws(PyError) -> Value {
    guard let size else { return .int(one()) }
    return .object(NDArray(ints: try fill(rt, size, one), shape: size))
  }

  static func make(_ rt: Runtime) -> PyModule {
    rt.constructors[ObjectIdentifier(SeedSequenceObject.pyType)] = SeedSequenceObject.constructor
    rt.constructors[ObjectIdentifier(BitGeneratorObject.pyType)] = BitGeneratorObject.constructor
    rt.constructors[ObjectIdentifier(NumPyGenerators.generatorType)] = BitGeneratorObject.generatorConstructor
    rt.constructors[ObjectIdentifier(randomStateType)] = Runtime.ConstructorRef(make: {
      (rt: Runtime, a: Arguments) throws(PyError) -> Value in
      let p = try a.bind("RandomState", ["seed"])
      let r = Instance()
      try reseed(r.state, p[0], rt)
      return .object(r)
    })
    return .make(
      "numpy.random", functions: functions(rt.numpyRandom) + [NumPyGenerators.defaultRNG],
      values: [
        "Generator": .object(NumPyGenerators.generatorType), "RandomState": .object(randomStateType),
        "SeedSequence": .object(SeedSequenceObject.pyType), "PCG64": .object(BitGeneratorObject.pyType),
      ])
  }

  /// `seed(v)`: a fresh stream from the system for None, else MT19937 seeded as NumPy's legacy `seed`.
  static func reseed(_ s: State, _ v: Value?, _ rt: Runtime) throws(PyError) {
    guard let v, !v.isNone else {
      s.random = RandomState(seed: UInt32.random(in: .min ... .max))
      return
    }
    let n = try rt.index(v)
    guard n >= 0 && n <= 0xFFFF_FFFF else { throw PyError("ValueError", "Seed must be between 0 and 2**32 - 1") }
    s.random = RandomState(seed: UInt32(n))
  }

  /// `rand(d0, d1, …)`'s dimensions: none for one float.
  static func dims(_ a: Arguments, _ rt: Runtime) throws(PyError) -> [Int]? {
    if a.positional.isEmpty { return nil }
    var d: [Int] = []
    for v in a.positional { d += try NumPyModule.shapeArgument(v, rt: rt) }
    return d
  }

  /// The legacy `laplace`/`gumbel`/`logistic`: NumPy's `random_*` over the legacy stream's doubles, `loc` and a
  /// non-negative `scale` as numbers.
  static func locationScale(
    _ name: String, _ s: State, _ body: @escaping @Sendable (() -> Double, Double, Double) -> Double
  ) -> PyBuiltin {
    .general(name, "numpy.random") { (rt, a) throws(PyError) in
      let p = try a.bind(name, ["loc", "scale", "size"])
      let loc = try p[0].map { (v) throws(PyError) in try rt.double(v) } ?? 0
      let scale = try p[1].map { (v) throws(PyError) in try rt.double(v) } ?? 1
      if !scale.isNaN && scale.sign == .minus { throw PyError("ValueError", "scale < 0") }
      return try draw(rt, try sizeArgument(p[2], rt)) { body({ s.random.random() }, loc, scale) }
    }
  }

  /// The legacy functions, drawing from `s`: the module's own stream, or a `RandomState` instance's.
  static func functions(_ s: State) -> [PyBuiltin] {
    [
      .general("seed", "numpy.random") { (rt, a) throws(PyError) in
        try reseed(s, a.positional.first, rt)
        return .none
      },
      .general("rand", "numpy.random") { (rt, a) throws(PyError) in try draw(rt, try dims(a, rt)) { s.random.random() }
      },
      .general("randn", "numpy.random") { (rt, a) throws(PyError) in try draw(rt, try dims(a, rt)) { s.random.gauss() }
      },
      .general("random", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("random", ["size"])
        return try draw(rt, try sizeArgument(p[0], rt)) { s.random.random() }
      },
      .general("random_sample", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("random_sample", ["size"])
        return try draw(rt, try sizeArgument(p[0], rt)) { s.random.random() }
      },
      // NumPy's deprecated-free second names for random_sample (functions of their own, as in NumPy).
      .general("ranf", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("ranf", ["size"])
        return try draw(rt, try sizeArgument(p[0], rt)) { s.random.random() }
      },
      .general("sample", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("sample", ["size"])
        return try draw(rt, try sizeArgument(p[0], rt)) { s.random.random() }
      },
      .general("normal", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("normal", ["loc", "scale", "size"])
        let loc = try p[0].map { (v) throws(PyError) in try rt.double(v) } ?? 0
        let scale = try p[1].map { (v) throws(PyError) in try rt.double(v) } ?? 1
        if scale < 0 { throw PyError("ValueError", "scale < 0") }
        return try draw(rt, try sizeArgument(p[2], rt)) { loc + scale * s.random.gauss() }
      },
      .general("uniform", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("uniform", ["low", "high", "size"])
        let low = try p[0].map { (v) throws(PyError) in try rt.double(v) } ?? 0
        let high = try p[1].map { (v) throws(PyError) in try rt.double(v) } ?? 1
        return try draw(rt, try sizeArgument(p[2], rt)) { low + (high - low) * s.random.random() }
      },
      .general("randint", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("randint", ["low", "high", "size"], required: 1)
        var low = try rt.index(p[0] ?? .none)
        var high = 0
        if let h = p[1], !h.isNone { high = try rt.index(h) } else { (low, high) = (0, low) }
        guard low < high else { throw PyError("ValueError", p[1] == nil ? "high <= 0" : "low >= high") }
        // The legacy randint gives a Python int when no size is asked for.
        guard let size = try sizeArgument(p[2], rt) else { return .int(s.random.integer(low, high)) }
        let n = try NumPyFunctions.lift { () throws(TensorError) in try MemoryBudget.reserve(size) }
        return .object(NDArray(ints: (0..<n).map { _ in s.random.integer(low, high) }, shape: size))
      },
      .one("permutation", "numpy.random") { (rt, v) throws(PyError) in
        let arr: NDArray
        if case .int(let n) = v {
          try NumPyFunctions.lift { () throws(TensorError) in try MemoryBudget.reserve(count: max(0, n)) }
          arr = NDArray(ints: Array(0..<max(0, n)), shape: [max(0, n)])
        } else {
          arr = try rt.array(v).copy()
        }
        try shuffleRows(arr, rt) { s.random.shuffleOrder($0) }
        return .object(arr)
      },
      .one("shuffle", "numpy.random") { (rt, v) throws(PyError) in
        if case .object(let o) = v, o.tag == .list {
          let list = unsafeDowncast(o, to: PyList.self)
          for (i, j) in s.random.shuffleOrder(list.items.count) where i != j { list.items.swapAt(i, j) }
          return .none
        }
        try shuffleRows(try rt.array(v), rt) { s.random.shuffleOrder($0) }
        return .none
      },
      .general("exponential", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("exponential", ["scale", "size"])
        let scale = try p[0].map { (v) throws(PyError) in try rt.double(v) } ?? 1
        if scale < 0 { throw PyError("ValueError", "scale < 0") }
        return try draw(rt, try sizeArgument(p[1], rt)) { s.random.exponential(scale) }
      },
      .general("standard_gamma", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("standard_gamma", ["shape", "size"], required: 1)
        let shape = try rt.double(p[0] ?? .none)
        if shape < 0 || shape.isNaN { throw PyError("ValueError", "shape < 0") }
        return try draw(rt, try sizeArgument(p[1], rt)) { s.random.standardGamma(shape) }
      },
      .general("gamma", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("gamma", ["shape", "scale", "size"], required: 1)
        let shape = try rt.double(p[0] ?? .none)
        let scale = try p[1].map { (v) throws(PyError) in try rt.double(v) } ?? 1
        if shape < 0 || shape.isNaN { throw PyError("ValueError", "shape < 0") }
        if scale < 0 || scale.isNaN { throw PyError("ValueError", "scale < 0") }
        return try draw(rt, try sizeArgument(p[2], rt)) { scale * s.random.standardGamma(shape) }
      },
      .general("chisquare", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("chisquare", ["df", "size"], required: 1)
        let df = try rt.double(p[0] ?? .none)
        if df <= 0 || df.isNaN { throw PyError("ValueError", "df <= 0") }
        return try draw(rt, try sizeArgument(p[1], rt)) { 2 * s.random.standardGamma(df / 2) }
      },
      .general("beta", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("beta", ["a", "b", "size"], required: 2)
        let x = try rt.double(p[0] ?? .none)
        let y = try rt.double(p[1] ?? .none)
        if x <= 0 || x.isNaN { throw PyError("ValueError", "a <= 0") }
        if y <= 0 || y.isNaN { throw PyError("ValueError", "b <= 0") }
        return try draw(rt, try sizeArgument(p[2], rt)) { s.random.beta(x, y) }
      },
      .general("binomial", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("binomial", ["n", "p", "size"], required: 2)
        let n = try rt.index(p[0] ?? .none)
        let prob = try rt.double(p[1] ?? .none)
        if n < 0 { throw PyError("ValueError", "n < 0") }
        guard prob >= 0 && prob <= 1, !prob.isNaN else {
          throw PyError("ValueError", "p < 0, p > 1 or p is NaN")
        }
        return try integers(rt, try sizeArgument(p[2], rt)) { s.random.binomial(n, prob) }
      },
      .general("poisson", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("poisson", ["lam", "size"])
        let lam = try p[0].map { (v) throws(PyError) in try rt.double(v) } ?? 1
        if !(lam >= 0) { throw PyError("ValueError", "lam < 0 or lam is NaN") }
        if lam >= 9.2e18 { throw PyError("ValueError", "lam value too large") }
        return try integers(rt, try sizeArgument(p[1], rt)) { s.random.poisson(lam) }
      },
      .general("geometric", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("geometric", ["p", "size"], required: 1)
        let prob = try rt.double(p[0] ?? .none)
        guard prob > 0 && prob <= 1 else { throw PyError("ValueError", "p <= 0, p > 1 or p contains NaNs") }
        return try integers(rt, try sizeArgument(p[1], rt)) { s.random.geometric(prob) }
      },
      .general("standard_t", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("standard_t", ["df", "size"], required: 1)
        let df = try rt.double(p[0] ?? .none)
        if !(df > 0) { throw PyError("ValueError", "df <= 0") }
        return try draw(rt, try sizeArgument(p[1], rt)) {
          let num = s.random.gauss()
          let denom = s.random.standardGamma(df / 2)
          return (df / 2).squareRoot() * num / denom.squareRoot()
        }
      },
      .general("f", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("f", ["dfnum", "dfden", "size"], required: 2)
        let dfnum = try rt.double(p[0] ?? .none)
        let dfden = try rt.double(p[1] ?? .none)
        if !(dfnum > 0) { throw PyError("ValueError", "dfnum <= 0") }
        if !(dfden > 0) { throw PyError("ValueError", "dfden <= 0") }
        return try draw(rt, try sizeArgument(p[2], rt)) {
          let top = 2 * s.random.standardGamma(dfnum / 2) * dfden
          return top / (2 * s.random.standardGamma(dfden / 2) * dfnum)
        }
      },
      .general("standard_normal", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("standard_normal", ["size"])
        return try draw(rt, try sizeArgument(p[0], rt)) { s.random.gauss() }
      },
      .general("standard_exponential", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("standard_exponential", ["size"])
        return try draw(rt, try sizeArgument(p[0], rt)) { s.random.standardExponential() }
      },
      .general("lognormal", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("lognormal", ["mean", "sigma", "size"])
        let mean = try p[0].map { (v) throws(PyError) in try rt.double(v) } ?? 0
        let sigma = try p[1].map { (v) throws(PyError) in try rt.double(v) } ?? 1
        if !sigma.isNaN && sigma.sign == .minus { throw PyError("ValueError", "sigma < 0") }
        return try draw(rt, try sizeArgument(p[2], rt)) { Foundation.exp(mean + sigma * s.random.gauss()) }
      },
      locationScale("laplace", s) { (u: () -> Double, loc: Double, scale: Double) -> Double in
        // random_laplace: U == 0 is drawn again.
        while true {
          let v = u()
          if v >= 0.5 { return loc - scale * Foundation.log(2.0 - v - v) }
          if v > 0.0 { return loc + scale * Foundation.log(v + v) }
        }
      },
      locationScale("gumbel", s) { (u: () -> Double, loc: Double, scale: Double) -> Double in
        while true {
          let v = 1.0 - u()
          if v < 1.0 { return loc - scale * Foundation.log(-Foundation.log(v)) }
        }
      },
      locationScale("logistic", s) { (u: () -> Double, loc: Double, scale: Double) -> Double in
        while true {
          let v = u()
          if v > 0.0 { return loc + scale * Foundation.log(v / (1.0 - v)) }
        }
      },
      .general("standard_cauchy", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("standard_cauchy", ["size"])
        return try draw(rt, try sizeArgument(p[0], rt)) {
          let num = s.random.gauss()
          return num / s.random.gauss()
        }
      },
      .general("pareto", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("pareto", ["a", "size"], required: 1)
        let shape = try rt.double(p[0] ?? .none)
        if !(shape > 0) { throw PyError("ValueError", "a <= 0") }
        // The legacy form: exp(E/a) − 1, not expm1.
        return try draw(rt, try sizeArgument(p[1], rt)) { Foundation.exp(s.random.standardExponential() / shape) - 1 }
      },
      .general("weibull", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("weibull", ["a", "size"], required: 1)
        let shape = try rt.double(p[0] ?? .none)
        if !shape.isNaN && shape.sign == .minus { throw PyError("ValueError", "a < 0") }
        return try draw(rt, try sizeArgument(p[1], rt)) {
          shape == 0 ? 0 : Foundation.pow(s.random.standardExponential(), 1 / shape)
        }
      },
      .general("power", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("power", ["a", "size"], required: 1)
        let shape = try rt.double(p[0] ?? .none)
        if !(shape > 0) { throw PyError("ValueError", "a <= 0") }
        return try draw(rt, try sizeArgument(p[1], rt)) {
          Foundation.pow(1 - Foundation.exp(-s.random.standardExponential()), 1 / shape)
        }
      },
      .general("rayleigh", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("rayleigh", ["scale", "size"])
        let scale = try p[0].map { (v) throws(PyError) in try rt.double(v) } ?? 1
        if !scale.isNaN && scale.sign == .minus { throw PyError("ValueError", "scale < 0") }
        return try draw(rt, try sizeArgument(p[1], rt)) {
          scale * (-2.0 * Foundation.log1p(-s.random.random())).squareRoot()
        }
      },
      .general("negative_binomial", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("negative_binomial", ["n", "p", "size"], required: 2)
        let n = try rt.double(p[0] ?? .none)
        let prob = try rt.double(p[1] ?? .none)
        if !(n > 0) { throw PyError("ValueError", "n <= 0") }
        guard prob >= 0 && prob <= 1 else { throw PyError("ValueError", "p < 0, p > 1 or p is NaN") }
        return try integers(rt, try sizeArgument(p[2], rt)) {
          s.random.poisson((1 - prob) / prob * s.random.standardGamma(n))
        }
      },
      .general("choice", "numpy.random") { (rt, a) throws(PyError) in
        let p = try a.bind("choice", ["a", "size", "replace", "p"], required: 1)
        let source = p[0] ?? .none
        var population: NDArray?
        let n: Int
        if case .object(let o) = source, o.tag == .ndarray || o.tag == .list || o.tag == .tuple {
          let arr = try rt.array(source)
          guard arr.ndim == 1 else { throw PyError("ValueError", "a must be 1-dimensional") }
          guard arr.count > 0 else { throw PyError("ValueError", "a cannot be empty unless no samples are taken") }
          population = arr
          n = arr.count
        } else {
          n = try rt.index(source)
          guard n > 0 else { throw PyError("ValueError", "a must be greater than 0 unless no samples are taken") }
        }
        let size = try sizeArgument(p[1], rt)
        let count = try NumPyFunctions.lift { () throws(TensorError) in try MemoryBudget.reserve(size ?? []) }
        let replace = try p[2].map { (v) throws(PyError) in try rt.truthy(v) } ?? true
        let weights = try weightsArgument(rt, p[3])
        let picks = try NumPyFunctions.lift { () throws(TensorError) in
          try s.random.choiceIndices(n, count: count, replace: replace, p: weights)
        }
        guard let population else {
          guard let size else { return .int(picks[0]) }
          return .object(NDArray(ints: picks, shape: size))
        }
        let chosen = picks.map { population.item($0) }
        guard let size else { return chosen[0] }
        return .object(try NDArray.fromScalars(chosen, dtype: population.dtype, shape: size, rt: rt))
      },
      .general("multinomial", "numpy.random") { (rt, a) throws(PyError) in
        try NumPyMultinomial.draw(rt, "multinomial", a, legacy: true) { n, p in s.random.binomial(n, p) }
      },
      .general("multivariate_normal", "numpy.random") { (rt, a) throws(PyError) in
        try NumPyGenerators.multivariateNormal(rt, a, legacy: true) { k in (0..<k).map { _ in s.random.gauss() } }
      },
    ]
  }

  /// `np.random.RandomState(seed=None)`: its own MT19937 stream with the legacy functions as methods.
  final class Instance: PyObject {
    let state = State()
    /// The functions drawing from this instance's stream, by name, made on first use.
    lazy var bound: [String: PyBuiltin] = Dictionary(
      uniqueKeysWithValues: NumPyRandom.functions(state).map { ($0.name, $0) })

    init() { super.init(tag: .other) }

    override var type: PyType { NumPyRandom.randomStateType }
  }

  static let randomStateType: PyType = {
    let names = functions(State()).map(\.name)
    return BuiltinTypes.make(
      "RandomState", [BuiltinTypes.object], module: "numpy.random",
      methods: names.map { name in
        .general(name, "RandomState") { (rt, a) throws(PyError) in
          guard case .object(let o)? = a.positional.first, let r = o as? Instance, let f = r.bound[name] else {
            throw PyError(
              "TypeError", "descriptor '\(name)' for 'numpy.random.mtrand.RandomState' objects needs an argument")
          }
          return try rt.call(.object(f), Array(a.positional.dropFirst()), a.keywords)
        }
      })
  }()

  /// Swaps rows (first axis) as a shuffle's `order` says, from the draws of `order(rows)`.
  static func shuffleRows(_ arr: NDArray, _ rt: Runtime, _ order: (Int) -> [(Int, Int)]) throws(PyError) {
    guard arr.ndim > 0 else { throw PyError("TypeError", "object of type 'numpy.ndarray' has no len()") }
    let rows = arr.shape[0]
    for (i, j) in order(rows) where i != j {
      let a = arr.item(i)
      let b = arr.item(j)
      if arr.ndim == 1 {
        try arr.store(b, at: arr.offset + i * arr.strides[0], rt: rt)
        try arr.store(a, at: arr.offset + j * arr.strides[0], rt: rt)
      } else if case .object(let x) = a, case .object(let y) = b {
        let rowA = unsafeDowncast(x, to: NDArray.self).copy()
        let rowB = unsafeDowncast(y, to: NDArray.self).copy()
        try arr.set(.int(i), .object(rowB), rt: rt)
        try arr.set(.int(j), .object(rowA), rt: rt)
      }
    }
  }
}
