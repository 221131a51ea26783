import BigInt
import Foundation
import TensorModule

/// `np.random.Generator`: one PCG64 stream, NumPy's algorithms, so `default_rng(seed)` draws NumPy's numbers.
final class NumPyGenerator: PyObject {
  var draws: RandomGenerator
  /// The `SeedSequence` it was seeded from (its `spawn` makes the children of `Generator.spawn`).
  let seed: SeedSequenceObject
  /// `bit_generator`, made when first asked for and kept (it refers back to this generator).
  private var bitGeneratorObject: BitGeneratorObject?

  var bitGenerator: BitGeneratorObject {
    if let b = bitGeneratorObject { return b }
    let b = BitGeneratorObject(self)
    bitGeneratorObject = b
    return b
  }

  init(_ seed: SeedSequenceObject) {
    self.seed = seed
    draws = RandomGenerator(seed: seed.sequence)
    super.init(tag: .other)
  }

  override var type: PyType { NumPyGenerators.generatorType }
}

/// `default_rng` and the Generator's methods: each binds NumPy's parameters, checks them with NumPy's messages and
/// fills the result in C order.
enum NumPyGenerators {
  typealias Body = @Sendable (Runtime, NumPyGenerator, Arguments) throws(PyError) -> Value

  static let generatorType = BuiltinTypes.make(
    "Generator", [BuiltinTypes.object], module: "numpy.random",
    methods: definitions.map { (name, body) in
      .general(name, "Generator") { (rt, a) throws(PyError) in
        guard case .object(let o)? = a.positional.first, let g = o as? NumPyGenerator else {
          throw PyError(
            "TypeError", "descriptor '\(name)' for 'numpy.random._generator.Generator' objects needs an argument")
        }
        return try body(rt, g, Arguments(Array(a.positional.dropFirst()), a.keywords))
      }
    })

  /// `np.random.default_rng(seed=None)`: a fresh Generator seeded through `SeedSequence`, or the Generator given.
  static let defaultRNG = PyBuiltin.general("default_rng", "numpy.random") { (rt, a) throws(PyError) in
    let p = try a.bind("default_rng", ["seed"])
    let seed = p[0] ?? .none
    if case .object(let o) = seed, o is NumPyGenerator { return seed }
    if case .object(let o) = seed, let sequence = o as? SeedSequenceObject { return .object(NumPyGenerator(sequence)) }
    return .object(NumPyGenerator(try SeedSequenceObject.make(rt, seed)))
  }

  /// The seed's 32-bit words as `SeedSequence` reads them: an int's words, least significant first; a sequence's
  /// ints one after another; None draws 128 bits from the system.
  static func entropy(_ rt: Runtime, _ seed: Value) throws(PyError) -> [UInt32] {
    func words(_ v: Value) throws(PyError) -> [UInt32] {
      let n: BigInt
      switch v {
      case .int, .bool, .i64: n = BigInt(try rt.index(v))
      case .object(let o) where o.tag == .bigInt: n = unsafeDowncast(o, to: PyBigInt.self).value
      default:
        throw PyError("TypeError", "SeedSequence expects int or sequence of ints for entropy not \(try rt.str(v))")
      }
      guard n >= 0 else { throw PyError("ValueError", "expected non-negative integer") }
      return PythonRandom.key(for: n)
    }
    switch seed {
    case .none: return (0..<4).map { _ in UInt32.random(in: .min ... .max) }
    case .object(let o) where o.tag == .list || o.tag == .tuple || o.tag == .ndarray || o.tag == .range:
      var out: [UInt32] = []
      for v in try rt.collect(seed) {
        if case .object(let e) = v, e.tag == .list || e.tag == .tuple || e.tag == .ndarray {
          throw PyError("TypeError", "SeedSequence does not accept nested sequences.")
        }
        out += try words(v)
      }
      return out
    default: return try words(seed)
    }
  }

  static func method(_ name: String, _ body: @escaping Body) -> (String, Body) { (name, body) }

  static func optionalSize(_ rt: Runtime, _ v: Value?) throws(PyError) -> [Int]? {
    try NumPyRandom.sizeArgument(v, rt)
  }

  /// A float parameter: a number, or an array to broadcast against the others.
  static func parameter(_ rt: Runtime, _ v: Value?, _ fallback: Double) throws(PyError) -> Tensor {
    guard let v, !v.isNone else { return Tensor(shape: [], data: [fallback]) }
    return try NumPyFunctions.floats(rt, v)
  }

  /// Parameterless draws (`random`, `standard_normal`) of `size`, or a Python float when `size` is None.
  ///
  /// The stream is copied out of the object for the loop (a class property's exclusivity check per draw cost a
  /// fifth of the time).
  static func plain(
    _ rt: Runtime, _ g: NumPyGenerator, _ size: [Int]?, _ variate: RandomGenerator.Variate
  ) throws(PyError) -> Value {
    guard let size else {
      switch variate {
      case .uniform: return .float(g.draws.random())
      case .normal: return .float(g.draws.standardNormal())
      case .exponential: return .float(g.draws.standardExponential())
      }
    }
    let n = try NumPyFunctions.lift { () throws(TensorError) in try MemoryBudget.reserve(size) }
    var draws = g.draws
    defer { g.draws = draws }
    return .object(
      NDArray(doubles: try draws.fill(n, variate) { () throws(PyError) in try rt.checkInterrupt() }, shape: size))
  }

  /// Draws `one(parameters)` for each element of the broadcast shape (or `size`), the parameters read at that
  /// element; a Python float or int when every parameter is a number and `size` is None.
  static func drawn<T: DrawnValue>(
    _ rt: Runtime, _ g: NumPyGenerator, _ params: [Tensor], _ size: [Int]?,
    check: ([Double]) throws(PyError) -> Void, _ one: (inout RandomGenerator, [Double]) -> T
  ) throws(PyError) -> Value {
    let (shape, rows) = try broadcastParameters(params, size)
    for row in rows { try check(row) }
    guard let shape else { return T.python(one(&g.draws, rows[0])) }
    var draws = g.draws
    defer { g.draws = draws }
    var k = 0
    let out = try NumPyRandom.fill(rt, shape) { () -> T in
      defer { k += 1 }
      return one(&draws, rows[rows.count == 1 ? 0 : k])
    }
    return .object(T.array(out, shape))
  }

  /// The output shape (nil for one scalar draw) and each element's parameters; one row when all are numbers.
  static func broadcastParameters(_ params: [Tensor], _ size: [Int]?) throws(PyError) -> ([Int]?, [[Double]]) {
    let scalars = params.allSatisfy { $0.shape.isEmpty }
    if scalars { return (size, [params.map { $0.data[0] }]) }
    var shape: [Int] = []
    for t in params {
      guard let s = Broadcast.shape(of: shape, and: t.shape) else {
        throw PyError("ValueError", "shape mismatch: objects cannot be broadcast to a single shape")
      }
      shape = s
    }
    if let size {
      guard Broadcast.shape(of: shape, and: size) == size else {
        throw PyError("ValueError", "shape mismatch: objects cannot be broadcast to a single shape")
      }
      shape = size
    }
    let strides = params.map { Broadcast.strides(of: $0.shape, to: shape) }
    let count = shape.reduce(1, *)
    var rows: [[Double]] = []
    rows.reserveCapacity(count)
    var index = [Int](repeating: 0, count: shape.count)
    for _ in 0..<count {
      rows.append(
        params.indices.map { j in
          var at = 0
          for (i, s) in zip(index, strides[j]) { at += i * s }
          return params[j].data[at]
        })
      Broadcast.advance(&index, in: shape)
    }
    return (shape, rows)
  }

  static func bound(_ name: String, _ p: [Value?], _ i: Int, _ rt: Runtime) throws(PyError) -> Int? {
    guard let v = p[i], !v.isNone else { return nil }
    if case .float(let d) = v {
      if d.isNaN { throw PyError("ValueError", "cannot convert float NaN to integer") }
      if d.isInfinite { throw PyError("OverflowError", "cannot convert float infinity to integer") }
      guard d.magnitude < 0x1p63 else {
        throw PyError("ValueError", "\(i == 0 ? "low" : "high") is out of bounds for int64")
      }
      return Int(d)
    }
    return try rt.index(v)
  }
}

extension NumPyGenerators {
  /// `multivariate_normal(mean, cov, size=None, check_valid='warn', tol=1e-8)` for both generators: `normals(k)`
  /// draws k standard normals from the caller's stream.
  static func multivariateNormal(
    _ rt: Runtime, _ a: Arguments, legacy: Bool, _ normals: (Int) -> [Double]
  ) throws(PyError) -> Value {
    let names = ["mean", "cov", "size", "check_valid", "tol"]
    let p = try a.bind("multivariate_normal", names, required: 2, keywordOnly: legacy ? [] : ["method"])
    if !legacy, let m = p[5], try rt.str(m) != "svd" {
      throw PyError(
        "NotImplementedError", "multivariate_normal(method=\(try rt.repr(m))) is not supported yet; Tessel has 'svd'")
    }
    let mean = try NumPyFunctions.floats(rt, p[0] ?? .none)
    let cov = try NumPyFunctions.floats(rt, p[1] ?? .none)
    guard mean.ndim == 1 else { throw PyError("ValueError", "mean must be 1 dimensional") }
    guard cov.ndim == 2 && cov.shape[0] == cov.shape[1] else {
      throw PyError("ValueError", "cov must be 2 dimensional and square")
    }
    guard mean.count == cov.shape[0] else { throw PyError("ValueError", "mean and cov must have same length") }
    let check = try p[3].map { (v) throws(PyError) in try rt.str(v) } ?? "warn"
    guard ["warn", "raise", "ignore"].contains(check) else {
      throw PyError("ValueError", "check_valid must equal 'warn', 'raise', or 'ignore'")
    }
    if let t = p[4], try rt.double(t) != 1e-8 {
      throw PyError("NotImplementedError", "multivariate_normal(tol=) other than 1e-8 is not supported yet")
    }
    let shape = (try optionalSize(rt, p[2]) ?? []) + [mean.count]
    let count = try NumPyFunctions.lift { () throws(TensorError) in try MemoryBudget.reserve(shape) }
    let n = mean.count
    let x = normals(count)
    let draws = try NumPyFunctions.lift { () throws(TensorError) -> Tensor in
      let (factor, psd) = try MultivariateNormal.factor(cov, legacy: legacy)
      if !psd && check == "raise" {
        throw TensorError(.value, "covariance is not symmetric positive-semidefinite.")
      }
      let block = Tensor(shape: [n == 0 ? 0 : count / n, n], data: x)
      return try MultivariateNormal.transform(block, mean: mean.data, factor: factor, legacy: legacy)
    }
    return .object(NDArray(doubles: draws.data, shape: shape))
  }
}

/// What a distribution draws: floats (a float64 array, or a Python float) or counts (int64, or a Python int).
protocol DrawnValue {
  static func python(_ v: Self) -> Value
  static func array(_ values: [Self], _ shape: [Int]) -> NDArray
}

extension Double: DrawnValue {
  static func python(_ v: Double) -> Value { .float(v) }
  static func array(_ values: [Double], _ shape: [Int]) -> NDArray { NDArray(doubles: values, shape: shape) }
}

extension Int: DrawnValue {
  static func python(_ v: Int) -> Value { .int(v) }
  static func array(_ values: [Int], _ shape: [Int]) -> NDArray { NDArray(ints: values, shape: shape) }
}
