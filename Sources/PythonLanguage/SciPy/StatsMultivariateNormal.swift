import StatisticsModule
import TensorModule

/// `scipy.stats.multivariate_normal`, or one frozen with its mean and covariance (`multivariate_normal(mu, S)`).
final class PyMultivariateNormal: PyObject {
  let frozen: MultivariateGaussian?
  /// The frozen distribution's `seed` (a generator object, or None for NumPy's global one).
  let seed: Value
  /// The frozen distribution's own legacy generator, made from an integer `seed`.
  var state: RandomState?

  init(_ frozen: MultivariateGaussian? = nil, seed: Value = .none) {
    self.frozen = frozen
    self.seed = seed
    if case .int(let s) = seed, s >= 0, s <= 0xFFFF_FFFF { state = RandomState(seed: UInt32(s)) }
    super.init(tag: .other)
  }

  override var type: PyType {
    frozen == nil ? StatsMultivariateNormal.generatorType : StatsMultivariateNormal.frozenType
  }
}

/// SciPy's `multivariate_normal`: `pdf`, `logpdf` and `rvs` (NumPy's `multivariate_normal` draws), with SciPy's
/// parameter and point handling (`_process_parameters`, `_process_quantiles`, `_squeeze_output`).
enum StatsMultivariateNormal {
  static let generatorType = BuiltinTypes.make(
    "multivariate_normal_gen", [BuiltinTypes.object], module: "scipy.stats._multivariate",
    methods: [
      freeze, repr,
      density("pdf", log: false), density("logpdf", log: true),
      rvs, unsupported("cdf"), unsupported("logcdf"), unsupported("entropy"),
    ])
  static let frozenType: PyType = {
    let t = BuiltinTypes.make(
      "multivariate_normal_frozen", [BuiltinTypes.object], module: "scipy.stats._multivariate",
      methods: [
        repr, frozenDensity("pdf", log: false), frozenDensity("logpdf", log: true), frozenRVS, unsupported("cdf"),
        unsupported("logcdf"), unsupported("entropy"),
      ])
    for (name, read) in [
      ("mean", { (g: MultivariateGaussian) -> Value in .object(NDArray(doubles: g.mean.data, shape: g.mean.shape)) }),
      ("cov", { (g: MultivariateGaussian) -> Value in .object(NDArray(doubles: g.cov.data, shape: g.cov.shape)) }),
      ("dim", { (g: MultivariateGaussian) -> Value in .int(g.dimension) }),
    ] {
      let getter = PyBuiltin.one(name, "multivariate_normal_frozen") { (_, s) throws(PyError) in read(try frozen(s)) }
      t.set(name, .object(PyProperty(getter: .object(getter))))
    }
    return t
  }()

  static func frozen(_ v: Value) throws(PyError) -> MultivariateGaussian {
    guard case .object(let o) = v, let d = o as? PyMultivariateNormal, let g = d.frozen else {
      throw PyError("TypeError", "expected a frozen multivariate_normal")
    }
    return g
  }

  static let repr = PyBuiltin.one("__repr__", "multivariate_normal") { (_, s) throws(PyError) in
    guard case .object(let o) = s else { return .str("multivariate_normal") }
    return .str("<\(o.type.module).\(o.type.name) object at \(Repr.address(o))>")
  }

  static func unsupported(_ name: String) -> PyBuiltin {
    .general(name, "multivariate_normal") { (_, _) throws(PyError) in
      throw PyError("NotImplementedError", "multivariate_normal.\(name) is not in Tessel yet")
    }
  }

  /// SciPy's `_process_parameters_psd`: the dimension from `mean` (or `cov`), a scalar covariance times the
  /// identity, a vector one on the diagonal.
  static func parameters(_ rt: Runtime, _ meanValue: Value?, _ covValue: Value?) throws(PyError) -> (Tensor, Tensor) {
    let given = meanValue.flatMap { $0.isNone ? nil : $0 }
    let covGiven = covValue.flatMap { $0.isNone ? nil : $0 } ?? .float(1)
    var cov = try NumPyFunctions.floats(rt, covGiven)
    var mean: Tensor
    let dim: Int
    if let given {
      mean = try NumPyFunctions.floats(rt, given)
      dim = mean.count
    } else {
      dim = cov.ndim < 2 ? 1 : cov.shape[0]
      mean = Tensor(shape: [dim], data: [Double](repeating: 0, count: dim))
    }
    if dim == 1 {
      guard mean.count == 1, cov.count == 1 else {
        let (what, t) = mean.count != 1 ? ("1,", mean) : ("1,1", cov)
        throw PyError("ValueError", "cannot reshape array of size \(t.count) into shape (\(what))")
      }
      mean = Tensor(shape: [1], data: mean.data)
      cov = Tensor(shape: [1, 1], data: cov.data)
    }
    guard mean.ndim == 1 && mean.shape[0] == dim else {
      throw PyError("ValueError", "Array 'mean' must be a vector of length \(dim).")
    }
    switch cov.ndim {
    case 0:
      cov = Tensor(shape: [dim, dim], data: (0..<(dim * dim)).map { $0 % (dim + 1) == 0 ? cov.data[0] : 0 })
    case 1:
      guard cov.count == dim else {
        throw PyError(
          "ValueError",
          "Dimension mismatch: array 'cov' is of shape (\(cov.count), \(cov.count)), but 'mean' is a vector of length \(dim)."
        )
      }
      let d = cov.data
      cov = Tensor(shape: [dim, dim], data: (0..<(dim * dim)).map { $0 % (dim + 1) == 0 ? d[$0 / (dim + 1)] : 0 })
    case 2 where cov.shape != [dim, dim]:
      let shape = "(\(cov.shape[0]), \(cov.shape[1]))"
      if cov.shape[0] != cov.shape[1] {
        throw PyError(
          "ValueError", "Array 'cov' must be square if it is two dimensional, but cov.shape = \(shape).")
      }
      throw PyError(
        "ValueError", "Dimension mismatch: array 'cov' is of shape \(shape), but 'mean' is a vector of length \(dim).")
    case 2: break
    default:
      throw PyError("ValueError", "Array 'cov' must be at most two-dimensional, but cov.ndim = \(cov.ndim)")
    }
    return (mean, cov)
  }

  static func model(_ rt: Runtime, _ mean: Value?, _ cov: Value?, allowSingular: Value?) throws(PyError)
    -> MultivariateGaussian
  {
    let (m, c) = try parameters(rt, mean, cov)
    let singular = try allowSingular.map { (v) throws(PyError) in try rt.truthy(v) } ?? false
    return try NumPyFunctions.lift { () throws(TensorError) in
      try MultivariateGaussian(mean: m, cov: c, allowSingular: singular)
    }
  }

  /// SciPy's `_process_quantiles`: a number is one point of one coordinate, a vector one point (or, in one
  /// dimension, many points); then `_logpdf` (exponentiated for `pdf`) and `_squeeze_output`.
  static func evaluate(_ rt: Runtime, _ g: MultivariateGaussian, _ xValue: Value, log: Bool) throws(PyError) -> Value {
    var x = try NumPyFunctions.floats(rt, xValue)
    if x.ndim == 0 {
      x = Tensor(shape: [1], data: x.data)
    } else if x.ndim == 1 {
      x = Tensor(shape: g.dimension == 1 ? [x.count, 1] : [1, x.count], data: x.data)
    }
    let out = try NumPyFunctions.lift { () throws(TensorError) -> Tensor in
      let l = try g.logpdf(x)
      return log ? l : try l.apply(.exp)
    }
    return squeezed(out)
  }

  static func squeezed(_ t: Tensor) -> Value {
    let shape = t.shape.filter { $0 != 1 }
    if shape.isEmpty && t.count == 1 { return .f64(t.data[0]) }
    return .object(NDArray(doubles: t.data, shape: shape))
  }

  static func density(_ name: String, log: Bool) -> PyBuiltin {
    .general(name, "multivariate_normal") { (rt, a) throws(PyError) in
      let p = try Arguments(Array(a.positional.dropFirst()), a.keywords).bind(
        name, ["x", "mean", "cov", "allow_singular"], required: 1)
      let g = try model(rt, p[1], p[2], allowSingular: p[3])
      return try evaluate(rt, g, p[0] ?? .none, log: log)
    }
  }

  static func frozenDensity(_ name: String, log: Bool) -> PyBuiltin {
    .general(name, "multivariate_normal_frozen") { (rt, a) throws(PyError) in
      let g = try frozen(a.positional.first ?? .none)
      let p = try Arguments(Array(a.positional.dropFirst()), a.keywords).bind(name, ["x"], required: 1)
      return try evaluate(rt, g, p[0] ?? .none, log: log)
    }
  }

  /// `multivariate_normal(mean, cov, allow_singular=False, seed=None)`.
  static let freeze = PyBuiltin.general("__call__", "multivariate_normal") { (rt, a) throws(PyError) in
    let p = try Arguments(Array(a.positional.dropFirst()), a.keywords).bind(
      "multivariate_normal", ["mean", "cov", "allow_singular", "seed"])
    let g = try model(rt, p[0], p[1], allowSingular: p[2])
    return .object(PyMultivariateNormal(g, seed: p[3] ?? .none))
  }

  /// Draws as SciPy's `rvs` makes them: the random state's `multivariate_normal(mean, cov, size)`, squeezed.
  static func draw(
    _ rt: Runtime, _ g: MultivariateGaussian, size: Value, randomState: Value, owner: PyMultivariateNormal? = nil
  ) throws(PyError) -> Value {
    let mean = Value.object(NDArray(doubles: g.mean.data, shape: g.mean.shape))
    let cov = Value.object(NDArray(doubles: g.cov.data, shape: g.cov.shape))
    let drawn: Value
    switch randomState {
    case _ where owner?.state != nil:
      guard let owner, var state = owner.state else { return .none }
      defer { owner.state = state }
      drawn = try NumPyGenerators.multivariateNormal(rt, Arguments([mean, cov, size]), legacy: true) { k in
        (0..<k).map { _ in state.gauss() }
      }
    case .none:
      let s = rt.numpyRandom
      drawn = try NumPyGenerators.multivariateNormal(rt, Arguments([mean, cov, size]), legacy: true) { k in
        (0..<k).map { _ in s.random.gauss() }
      }
    case .int(let seed) where seed >= 0 && seed <= 0xFFFF_FFFF:
      var state = RandomState(seed: UInt32(seed))
      drawn = try NumPyGenerators.multivariateNormal(rt, Arguments([mean, cov, size]), legacy: true) { k in
        (0..<k).map { _ in state.gauss() }
      }
    default:
      drawn = try rt.call(try rt.getAttribute(randomState, "multivariate_normal"), [mean, cov, size])
    }
    guard case .object(let o) = drawn, let arr = o as? NDArray else { return drawn }
    return squeezed(arr.tensor)
  }

  static let rvs = PyBuiltin.general("rvs", "multivariate_normal") { (rt, a) throws(PyError) in
    let p = try Arguments(Array(a.positional.dropFirst()), a.keywords).bind(
      "rvs", ["mean", "cov", "size", "random_state"])
    let g = try model(rt, p[0], p[1], allowSingular: .bool(true))
    return try draw(rt, g, size: p[2] ?? .int(1), randomState: p[3] ?? .none)
  }

  static let frozenRVS = PyBuiltin.general("rvs", "multivariate_normal_frozen") { (rt, a) throws(PyError) in
    guard case .object(let o) = a.positional.first ?? .none, let d = o as? PyMultivariateNormal, let g = d.frozen
    else { throw PyError("TypeError", "expected a frozen multivariate_normal") }
    let p = try Arguments(Array(a.positional.dropFirst()), a.keywords).bind("rvs", ["size", "random_state"])
    if let given = p[1], !given.isNone {
      return try draw(rt, g, size: p[0] ?? .int(1), randomState: given)
    }
    return try draw(rt, g, size: p[0] ?? .int(1), randomState: d.seed, owner: d)
  }
}
