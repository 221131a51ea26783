import Foundation
import StatisticsModule
import TensorModule

/// A SciPy distribution: a family (`stats.norm`, `stats.t` …) or one frozen with its parameters (`stats.norm(0, 2)`).
final class PyDistribution: PyObject {
  let family: String
  let discrete: Bool
  /// The shape parameters, loc and (continuous only) scale, once frozen.
  let frozen: [Value]?

  init(_ family: String, frozen: [Value]? = nil) {
    self.family = family
    discrete = StatsDistributions.discreteFamilies.contains(family)
    self.frozen = frozen
    super.init(tag: .other)
  }

  override var type: PyType {
    if frozen != nil { return discrete ? StatsDistributions.frozenDiscrete : StatsDistributions.frozenContinuous }
    return StatsDistributions.familyTypes[family] ?? StatsDistributions.frozenContinuous
  }

  var shapes: [String] { Families.shapes[family] ?? [] }
  /// The parameter names after the point: shapes, then loc and scale.
  var parameters: [String] { shapes + (discrete ? ["loc"] : ["loc", "scale"]) }
}

/// `scipy.stats`' distributions over StatisticsModule's families: `pdf`/`pmf`, `cdf`, `sf`, `ppf`, `isf`, `mean`,
/// `var`, `std`, `median`, `interval`, `rvs`, each broadcasting over every argument as SciPy's do, NaN for
/// invalid parameters.
enum StatsDistributions {
  static let discreteFamilies: Set<String> = [
    "binom", "poisson", "hypergeom", "geom", "bernoulli", "randint", "nbinom",
  ]
  static let familyNames = [
    "norm", "t", "chi2", "f", "uniform", "expon", "beta", "gamma", "binom", "poisson", "hypergeom", "laplace",
    "logistic", "lognorm", "weibull_min", "geom", "bernoulli", "randint", "nbinom",
  ]

  static let familyTypes: [String: PyType] = Dictionary(
    uniqueKeysWithValues: familyNames.map { name in
      let discrete = discreteFamilies.contains(name)
      let t = BuiltinTypes.make(
        "\(name)_gen", [BuiltinTypes.object],
        module: discrete ? "scipy.stats._discrete_distns" : "scipy.stats._continuous_distns",
        methods: methods(discrete: discrete) + [freeze])
      return (name, t)
    })
  static let frozenContinuous = BuiltinTypes.make(
    "rv_continuous_frozen", [BuiltinTypes.object], module: "scipy.stats._distn_infrastructure",
    methods: methods(discrete: false) + frozenAttributes)
  static let frozenDiscrete = BuiltinTypes.make(
    "rv_discrete_frozen", [BuiltinTypes.object], module: "scipy.stats._distn_infrastructure",
    methods: methods(discrete: true) + frozenAttributes)

  static func distribution(_ v: Value) throws(PyError) -> PyDistribution {
    if case .object(let o) = v, let d = o as? PyDistribution { return d }
    throw PyError("TypeError", "expected a scipy.stats distribution")
  }

  /// `stats.norm(loc, scale)`: the family with its parameters fixed.
  static let freeze = PyBuiltin.general("__call__", "rv_generic") { (rt, a) throws(PyError) in
    let d = try distribution(a.positional.first ?? .none)
    let values = try bindParameters(d, Arguments(Array(a.positional.dropFirst()), a.keywords), point: nil, rt: rt)
    return .object(PyDistribution(d.family, frozen: values))
  }

  static let frozenAttributes: [PyBuiltin] = [
    .one("__repr__", "rv_frozen") { (rt, v) throws(PyError) in
      let d = try distribution(v)
      return .str("<\(d.type.module).\(d.type.name) object at \(Repr.address(d))>")
    }
  ]

  /// The method's arguments after `self`: the point (`x`, `q`, `k`) if it takes one, then the parameters
  /// (given here, or the frozen ones), each as SciPy reads it.
  static func bindParameters(_ d: PyDistribution, _ a: Arguments, point: String?, rt: Runtime) throws(PyError)
    -> [Value]
  {
    var names = d.frozen == nil ? d.parameters : []
    if let point { names.insert(point, at: 0) }
    var bound = [Value?].filled(with: nil, count: names.count)
    guard a.positional.count <= names.count else {
      throw PyError(
        "TypeError", "\(d.family) takes at most \(names.count) positional arguments (\(a.positional.count) given)")
    }
    for (k, v) in a.positional.enumerated() { bound[k] = v }
    for (key, v) in a.keywords {
      guard let k = names.firstIndex(of: key) else {
        throw PyError("TypeError", "\(d.family) got an unexpected keyword argument '\(key)'")
      }
      if bound[k] != nil { throw PyError("TypeError", "\(d.family) got multiple values for argument '\(key)'") }
      bound[k] = v
    }
    var out: [Value] = []
    for (k, name) in names.enumerated() {
      if let v = bound[k] {
        out.append(v)
      } else if name == "loc" {
        out.append(.int(0))
      } else if name == "scale" {
        out.append(.int(1))
      } else {
        throw PyError("TypeError", "_parse_args() missing 1 required positional argument: '\(name)'")
      }
    }
    return out + (d.frozen ?? [])
  }

  /// One method at every broadcast combination of its arguments: a NumPy scalar when all are scalars.
  static func evaluate(_ d: PyDistribution, _ method: String, _ args: [Value], rt: Runtime) throws(PyError) -> Value {
    var inputs: [NDArray] = []
    for v in args { inputs.append(try rt.array(v)) }
    var shape: [Int] = []
    for x in inputs {
      guard let joined = Broadcast.shape(of: shape, and: x.shape) else {
        throw PyError("ValueError", "shape mismatch: objects cannot be broadcast to a single shape")
      }
      shape = joined
    }
    let count = shape.reduce(1, *)
    let values = inputs.map(\.doubles)
    let readers = inputs.map { Broadcast.strides(of: $0.shape, to: shape) }
    let dims = Tensor.strides(for: shape)
    let hasPoint = args.count > d.parameters.count
    let first = hasPoint ? 1 : 0
    var out = [Double](repeating: 0, count: count)
    var row = [Double](repeating: 0, count: inputs.count)
    for i in 0..<count {
      for k in inputs.indices {
        var offset = 0
        var rest = i
        for axis in shape.indices {
          offset += (rest / dims[axis]) * readers[k][axis]
          rest %= dims[axis]
        }
        row[k] = values[k][offset]
      }
      out[i] = try value(d, method, hasPoint ? row[0] : 0, Array(row[first...]))
    }
    if shape.isEmpty { return .f64(out[0]) }
    return .object(NDArray(doubles: out, shape: shape))
  }

  /// The method at one point with parameters (shapes, loc, scale).
  static func value(_ d: PyDistribution, _ method: String, _ x: Double, _ p: [Double]) throws(PyError) -> Double {
    let n = d.shapes.count
    let shapes = Array(p[0..<n])
    if d.family == "hypergeom", let total = shapes.first, total > Hypergeometric.largestExact {
      throw PyError(
        "NotImplementedError",
        "scipy.stats hypergeom with more than \(Int(Hypergeometric.largestExact)) items (M) is not in Tessel yet")
    }
    let result: Double?
    if d.discrete {
      guard let base = Families.discrete(d.family, shapes) else { return .nan }
      result = Shifted(base, loc: p[n]).value(method, x)
    } else {
      guard let base = Families.continuous(d.family, shapes) else { return .nan }
      result = Located(base, loc: p[n], scale: p[n + 1]).value(method, x)
    }
    guard let result else {
      let detail =
        method == "entropy" || d.family == "hypergeom" ? "" : " at \(x) (SciPy takes log_ndtr's erfcx branch there)"
      throw PyError("NotImplementedError", "scipy.stats \(d.family).\(method)\(detail) is not in Tessel yet")
    }
    return result
  }

  static func methods(discrete: Bool) -> [PyBuiltin] {
    var out: [PyBuiltin] = []
    let at = discrete ? "k" : "x"
    let points: [(String, String)] = [
      (discrete ? "pmf" : "pdf", at), ("cdf", at), ("sf", at), ("ppf", "q"), ("isf", "q"),
      (discrete ? "logpmf" : "logpdf", at), ("logcdf", at), ("logsf", at),
    ]
    for (method, point) in points {
      out.append(
        .general(method, "rv_generic") { (rt, a) throws(PyError) in
          let d = try distribution(a.positional.first ?? .none)
          let args = try bindParameters(d, Arguments(Array(a.positional.dropFirst()), a.keywords), point: point, rt: rt)
          return try evaluate(d, method, args, rt: rt)
        })
    }
    for method in ["mean", "var", "std"] {
      out.append(
        .general(method, "rv_generic") { (rt, a) throws(PyError) in
          let d = try distribution(a.positional.first ?? .none)
          let args = try bindParameters(d, Arguments(Array(a.positional.dropFirst()), a.keywords), point: nil, rt: rt)
          return try evaluate(d, method, args, rt: rt)
        })
    }
    out.append(
      .general("median", "rv_generic") { (rt, a) throws(PyError) in
        let d = try distribution(a.positional.first ?? .none)
        let args = try bindParameters(d, Arguments(Array(a.positional.dropFirst()), a.keywords), point: nil, rt: rt)
        return try evaluate(d, "ppf", [.float(0.5)] + args, rt: rt)
      })
    out.append(
      .general("interval", "rv_generic") { (rt, a) throws(PyError) in
        let d = try distribution(a.positional.first ?? .none)
        let args = try bindParameters(
          d, Arguments(Array(a.positional.dropFirst()), a.keywords), point: "confidence", rt: rt)
        let c = try rt.array(args[0])
        if c.doubles.contains(where: { $0 < 0 || $0 > 1 }) {
          throw PyError("ValueError", "alpha must be between 0 and 1 inclusive")
        }
        let half = ArrayArithmetic.wrap(NDArray(doubles: c.doubles.map { (1 - $0) / 2 }, shape: c.shape))
        let upper = ArrayArithmetic.wrap(NDArray(doubles: c.doubles.map { (1 + $0) / 2 }, shape: c.shape))
        let rest = Array(args.dropFirst())
        return .tuple([try evaluate(d, "ppf", [half] + rest, rt: rt), try evaluate(d, "ppf", [upper] + rest, rt: rt)])
      })
    out.append(
      .general("rvs", "rv_generic") { (rt, a) throws(PyError) in try draw(rt, a) })
    out.append(
      .general("stats", "rv_generic") { (rt, a) throws(PyError) in
        // `moments=` letters in SciPy's order (m, v); one moment alone is not a tuple.
        let d = try distribution(a.positional.first ?? .none)
        var keywords = a.keywords
        var moments = "mv"
        if let k = keywords.firstIndex(where: { $0.0 == "moments" }) {
          moments = try rt.string(keywords[k].1, "moments")
          keywords.remove(at: k)
        }
        if moments.contains(where: { $0 == "s" || $0 == "k" }) {
          throw PyError(
            "NotImplementedError", "scipy.stats \(d.family).stats(moments='\(moments)') is not in Tessel yet")
        }
        let args = try bindParameters(d, Arguments(Array(a.positional.dropFirst()), keywords), point: nil, rt: rt)
        var values: [Value] = []
        if moments.contains("m") { values.append(try evaluate(d, "mean", args, rt: rt)) }
        if moments.contains("v") { values.append(try evaluate(d, "var", args, rt: rt)) }
        return values.count == 1 ? values[0] : .tuple(values)
      })
    out.append(
      .general("entropy", "rv_generic") { (rt, a) throws(PyError) in
        let d = try distribution(a.positional.first ?? .none)
        let args = try bindParameters(d, Arguments(Array(a.positional.dropFirst()), a.keywords), point: nil, rt: rt)
        return try evaluate(d, "entropy", args, rt: rt)
      })
    for name in ["moment", "expect", "fit", "support"] {
      out.append(
        .general(name, "rv_generic") { (_, a) throws(PyError) in
          let d = try distribution(a.positional.first ?? .none)
          throw PyError("NotImplementedError", "scipy.stats \(d.family).\(name) is not in Tessel yet")
        })
    }
    return out
  }

  /// `rvs`: NumPy's legacy generator as SciPy calls it for the families whose samplers Tessel reproduces.
  static func draw(_ rt: Runtime, _ a: Arguments) throws(PyError) -> Value {
    let d = try distribution(a.positional.first ?? .none)
    var rest = a.keywords
    var size: Value = .none
    var seed: Value = .none
    rest.removeAll { (key, v) in
      if key == "size" { size = v } else if key == "random_state" { seed = v } else { return false }
      return true
    }
    let args = try bindParameters(d, Arguments(Array(a.positional.dropFirst()), rest), point: nil, rt: rt)
    var p: [Double] = []
    for v in args { p.append(try rt.double(v)) }
    let n = d.shapes.count
    var state: RandomState
    if seed.isNone {
      state = rt.numpyRandom.random
    } else if case .int(let s) = seed, s >= 0, s <= 0xFFFF_FFFF {
      state = RandomState(seed: UInt32(s))
    } else {
      throw PyError("NotImplementedError", "rvs(random_state=...) takes None or a seed in Tessel")
    }
    defer { if seed.isNone { rt.numpyRandom.random = state } }
    let loc = p[n]
    let scale = d.discrete ? 1 : p[n + 1]
    let one: (inout RandomState) -> Double
    switch d.family {
    case "norm": one = { s in s.gauss() * scale + loc }
    case "uniform": one = { s in s.random() * scale + loc }
    case "expon": one = { s in -Foundation.log(1 - s.random()) * scale + loc }
    case "binom": one = { [count = Int(p[0]), prob = p[1]] s in Double(s.binomial(count, prob)) + loc }
    case "poisson": one = { [mu = p[0]] s in Double(s.poisson(mu)) + loc }
    case "bernoulli": one = { [prob = p[0]] s in Double(s.binomial(1, prob)) + loc }
    case "geom": one = { [prob = p[0]] s in Double(s.geometric(prob)) + loc }
    case "lognorm": one = { [shape = p[0]] s in Foundation.exp(shape * s.gauss()) * scale + loc }
    case "laplace":
      // NumPy's `random_laplace`: one uniform per draw, ±log of twice its distance from the nearer end, 0 redrawn.
      one = { s in
        var u = s.random()
        while u == 0 { u = s.random() }
        let x = u >= 0.5 ? 0 - 1 * Foundation.log(2.0 - u - u) : 0 + 1 * Foundation.log(u + u)
        return x * scale + loc
      }
    default:
      throw PyError(
        "NotImplementedError",
        "scipy.stats \(d.family).rvs is not in Tessel yet (only norm, uniform, expon, laplace, lognorm, binom, "
          + "bernoulli, geom and poisson draw SciPy's numbers)"
      )
    }
    guard let shape = try NumPyRandom.sizeArgument(size, rt) else {
      let x = one(&state)
      return d.discrete ? .int(Int(x)) : .f64(x)
    }
    let count = try NumPyFunctions.lift { () throws(TensorError) in try MemoryBudget.reserve(shape) }
    var out: [Double] = []
    out.reserveCapacity(count)
    for _ in 0..<count { out.append(one(&state)) }
    if d.discrete { return .object(NDArray(ints: out.map { Int($0) }, shape: shape)) }
    return .object(NDArray(doubles: out, shape: shape))
  }
}
