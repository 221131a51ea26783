import BigInt
import Foundation

/// `statistics.NormalDist`: a normal distribution as a Python class (so it can be subclassed), its state in
/// `_mu` and `_sigma`, with CPython's formulas: libm's `erf` for `cdf`, Wichura's AS241 for `inv_cdf`, and the
/// arithmetic operators that shift, scale and add independent normals.
enum NormalDistType {
  static let type: PyType = {
    let t = PyType(
      name: "NormalDist", module: "statistics", bases: [BuiltinTypes.object], layout: .instance, builtin: false)
    for m in methods { t.set(m.name, .object(m)) }
    t.set("__radd__", .object(add))
    t.set("__rmul__", .object(multiply))
    t.set("from_samples", .object(PyClassMethod(.object(fromSamples))))
    for (name, get) in properties {
      t.set(
        name,
        .object(
          PyProperty(
            getter: .object(
              PyBuiltin.one(name, "NormalDist") { (rt, s) throws(PyError) in try get(try parameters(rt, s)) }))))
    }
    return t
  }()

  static func parameters(_ rt: Runtime, _ v: Value) throws(PyError) -> (mu: Double, sigma: Double) {
    (try rt.double(try rt.getAttribute(v, "_mu")), try rt.double(try rt.getAttribute(v, "_sigma")))
  }

  static func isNormalDist(_ rt: Runtime, _ v: Value) -> Bool {
    rt.isInstance(v, type)
  }

  /// A new instance of `self`'s own class, as CPython's `type(self)(mu, sigma)`… which is `NormalDist(…)` there.
  static func make(_ rt: Runtime, _ mu: Double, _ sigma: Double) throws(PyError) -> Value {
    try rt.call(.object(type), [.float(mu), .float(sigma)])
  }

  static let properties: [(String, @Sendable ((mu: Double, sigma: Double)) throws(PyError) -> Value)] = [
    ("mean", { .float($0.mu) }), ("median", { .float($0.mu) }), ("mode", { .float($0.mu) }),
    ("stdev", { .float($0.sigma) }), ("variance", { .float($0.sigma * $0.sigma) }),
  ]

  static let add = PyBuiltin.general("__add__", "NormalDist") { (rt, a) throws(PyError) in
    let (x, other) = try operands(rt, a, "__add__")
    if isNormalDist(rt, other) {
      let y = try parameters(rt, other)
      return try make(rt, x.mu + y.mu, hypot(x.sigma, y.sigma))
    }
    return try make(rt, try rt.double(try rt.binary(.add, .float(x.mu), other)), x.sigma)
  }

  static let multiply = PyBuiltin.general("__mul__", "NormalDist") { (rt, a) throws(PyError) in
    let (x, other) = try operands(rt, a, "__mul__")
    let k = try rt.double(other)
    return try make(rt, x.mu * k, x.sigma * Swift.abs(k))
  }

  static func operands(_ rt: Runtime, _ a: Arguments, _ name: String) throws(PyError) -> (
    (mu: Double, sigma: Double), Value
  ) {
    let p = try a.bind(name, ["self", "other"], required: 2)
    return (try parameters(rt, p[0] ?? .none), p[1] ?? .none)
  }

  static let fromSamples = PyBuiltin.general("from_samples", "NormalDist") { (rt, a) throws(PyError) in
    let p = try a.bind("from_samples", ["cls", "data"], required: 2)
    let (ss, special, _, n) = try StatisticsLibrary.squaredDeviations(rt, p[1] ?? .none, center: nil)
    guard n >= 2 else { throw StatisticsLibrary.failure(rt, "stdev requires at least two data points") }
    let sum = try StatisticsLibrary.exactSum(rt, p[1] ?? .none)
    if special != nil { throw PyError("AttributeError", "'float' object has no attribute 'numerator'") }
    let mean = StatisticsLibrary.Ratio(numerator: sum.numerator, denominator: (BigInt(1) << sum.shift) * BigInt(n))
      .double
    let variance = StatisticsLibrary.Ratio(numerator: ss.numerator, denominator: ss.denominator * BigInt(n - 1))
    return try rt.call(p[0] ?? .none, [.float(mean), .float(StatisticsLibrary.sqrtOfRatio(variance))])
  }

  static func unary(
    _ name: String, _ body: @escaping (Runtime, (mu: Double, sigma: Double), Value) throws(PyError) -> Value
  ) -> PyBuiltin {
    .general(name, "NormalDist") { (rt, a) throws(PyError) in
      let p = try a.bind(name, ["self", "x"], required: 2)
      return try body(rt, try parameters(rt, p[0] ?? .none), p[1] ?? .none)
    }
  }

  static let methods: [PyBuiltin] = [
    .general("__init__", "NormalDist") { (rt, a) throws(PyError) in
      let p = try a.bind("__init__", ["self", "mu", "sigma"], required: 1)
      let mu = try p[1].map { (v) throws(PyError) in try rt.double(v) } ?? 0.0
      let sigma = try p[2].map { (v) throws(PyError) in try rt.double(v) } ?? 1.0
      if sigma < 0 { throw StatisticsLibrary.failure(rt, "sigma must be non-negative") }
      try rt.setAttribute(p[0] ?? .none, "_mu", .float(mu))
      try rt.setAttribute(p[0] ?? .none, "_sigma", .float(sigma))
      return .none
    },
    unary("pdf") { (rt, d, x) throws(PyError) in
      let variance = d.sigma * d.sigma
      if variance == 0 { throw StatisticsLibrary.failure(rt, "pdf() not defined when sigma is zero") }
      let diff = try rt.double(x) - d.mu
      return .float(exp(diff * diff / (-2.0 * variance)) / (2 * Double.pi * variance).squareRoot())
    },
    unary("cdf") { (rt, d, x) throws(PyError) in
      if d.sigma == 0 { throw StatisticsLibrary.failure(rt, "cdf() not defined when sigma is zero") }
      return .float(0.5 * (1.0 + erf((try rt.double(x) - d.mu) / (d.sigma * 2.0.squareRoot()))))
    },
    unary("inv_cdf") { (rt, d, v) throws(PyError) in
      let p = try rt.double(v)
      if p <= 0.0 || p >= 1.0 { throw StatisticsLibrary.failure(rt, "p must be in the range 0.0 < p < 1.0") }
      if d.sigma <= 0.0 {
        throw StatisticsLibrary.failure(rt, "cdf() not defined when sigma at or below zero")
      }
      return .float(inverseCDF(p, d.mu, d.sigma))
    },
    unary("zscore") { (rt, d, x) throws(PyError) in
      if d.sigma == 0 { throw StatisticsLibrary.failure(rt, "zscore() not defined when sigma is zero") }
      return .float((try rt.double(x) - d.mu) / d.sigma)
    },
    .general("quantiles", "NormalDist") { (rt, a) throws(PyError) in
      let p = try a.bind("quantiles", ["self", "n"], required: 1)
      let d = try parameters(rt, p[0] ?? .none)
      let n = try p[1].map { (v) throws(PyError) in try rt.index(v) } ?? 4
      var out: [Value] = []
      for i in stride(from: 1, to: n, by: 1) {
        let q = Double(i) / Double(n)
        if q <= 0.0 || q >= 1.0 { throw StatisticsLibrary.failure(rt, "p must be in the range 0.0 < p < 1.0") }
        out.append(.float(inverseCDF(q, d.mu, d.sigma)))
      }
      return .list(out)
    },
    unary("overlap") { (rt, x0, other) throws(PyError) in
      guard isNormalDist(rt, other) else { throw PyError("TypeError", "Expected another NormalDist instance") }
      var (x, y) = (x0, try parameters(rt, other))
      if (y.sigma, y.mu) < (x.sigma, x.mu) { swap(&x, &y) }
      let (xv, yv) = (x.sigma * x.sigma, y.sigma * y.sigma)
      if xv == 0 || yv == 0 { throw StatisticsLibrary.failure(rt, "overlap() not defined when sigma is zero") }
      let dv = yv - xv
      let dm = Swift.abs(y.mu - x.mu)
      if dv == 0 { return .float(1.0 - erf(dm / (2.0 * x.sigma * 2.0.squareRoot()))) }
      let a = x.mu * yv - y.mu * xv
      let b = x.sigma * y.sigma * (dm * dm + dv * log(yv / xv)).squareRoot()
      let (x1, x2) = ((a + b) / dv, (a - b) / dv)
      func cdf(_ d: (mu: Double, sigma: Double), _ v: Double) -> Double {
        0.5 * (1.0 + erf((v - d.mu) / (d.sigma * 2.0.squareRoot())))
      }
      return .float(1.0 - (Swift.abs(cdf(y, x1) - cdf(x, x1)) + Swift.abs(cdf(y, x2) - cdf(x, x2))))
    },
    .general("samples", "NormalDist") { (rt, a) throws(PyError) in
      let p = try a.bind("samples", ["self", "n"], required: 2, keywordOnly: ["seed"])
      let d = try parameters(rt, p[0] ?? .none)
      let random = Value.object(try rt.importModule("random"))
      var gauss = try rt.getAttribute(random, "gauss")
      if let seed = p[2], !seed.isNone {
        gauss = try rt.getAttribute(try rt.call(try rt.getAttribute(random, "Random"), [seed]), "gauss")
      }
      var out: [Value] = []
      for _ in 0..<max(0, try rt.index(p[1] ?? .none)) {
        out.append(try rt.call(gauss, [.float(d.mu), .float(d.sigma)]))
      }
      return .list(out)
    },
    add,
    multiply,
    .general("__sub__", "NormalDist") { (rt, a) throws(PyError) in
      let (x, other) = try operands(rt, a, "__sub__")
      if isNormalDist(rt, other) {
        let y = try parameters(rt, other)
        return try make(rt, x.mu - y.mu, hypot(x.sigma, y.sigma))
      }
      return try make(rt, try rt.double(try rt.binary(.sub, .float(x.mu), other)), x.sigma)
    },
    .general("__rsub__", "NormalDist") { (rt, a) throws(PyError) in
      let (x, other) = try operands(rt, a, "__rsub__")
      return try make(rt, -(try rt.double(try rt.binary(.sub, .float(x.mu), other))), x.sigma)
    },
    .general("__truediv__", "NormalDist") { (rt, a) throws(PyError) in
      let (x, other) = try operands(rt, a, "__truediv__")
      let k = try rt.double(other)
      if k == 0 { throw PyError("ZeroDivisionError", "float division by zero") }
      return try make(rt, x.mu / k, x.sigma / Swift.abs(k))
    },
    .one("__pos__", "NormalDist") { (rt, s) throws(PyError) in
      let x = try parameters(rt, s)
      return try make(rt, x.mu, x.sigma)
    },
    .one("__neg__", "NormalDist") { (rt, s) throws(PyError) in
      let x = try parameters(rt, s)
      return try make(rt, -x.mu, x.sigma)
    },
    .general("__eq__", "NormalDist") { (rt, a) throws(PyError) in
      let (x, other) = try operands(rt, a, "__eq__")
      guard isNormalDist(rt, other) else { return rt.notImplemented }
      let y = try parameters(rt, other)
      return .bool(x.mu == y.mu && x.sigma == y.sigma)
    },
    .one("__hash__", "NormalDist") { (rt, s) throws(PyError) in
      let x = try parameters(rt, s)
      return .int(try rt.hash(.tuple([.float(x.mu), .float(x.sigma)])))
    },
    .one("__repr__", "NormalDist") { (rt, s) throws(PyError) in
      let x = try parameters(rt, s)
      return .str("\(rt.typeName(s))(mu=\(try rt.repr(.float(x.mu))), sigma=\(try rt.repr(.float(x.sigma))))")
    },
  ]

  /// Wichura's AS241 (PPND16): rational approximations in three regions of p, as CPython evaluates them.
  static func inverseCDF(_ p: Double, _ mu: Double, _ sigma: Double) -> Double {
    let q = p - 0.5
    if Swift.abs(q) <= 0.425 {
      let r = 0.180625 - q * q
      var num = 2.5090809287301226727e+3 * r + 3.3430575583588128105e+4
      num =
        ((((num * r + 6.7265770927008700853e+4) * r + 4.5921953931549871457e+4) * r
          + 1.3731693765509461125e+4) * r + 1.9715909503065514427e+3) * r + 1.3314166789178437745e+2
      num = (num * r + 3.3871328727963666080e+0) * q
      var den = 5.2264952788528545610e+3 * r + 2.8729085735721942674e+4
      den =
        ((((den * r + 3.9307895800092710610e+4) * r + 2.1213794301586595867e+4) * r
          + 5.3941960214247511077e+3) * r + 6.8718700749205790830e+2) * r + 4.2313330701600911252e+1
      den = den * r + 1.0
      return mu + (num / den * sigma)
    }
    var r = q <= 0.0 ? p : 1.0 - p
    r = (-log(r)).squareRoot()
    var num: Double
    var den: Double
    if r <= 5.0 {
      r = r - 1.6
      num = 7.74545014278341407640e-4 * r + 2.27238449892691845833e-2
      num =
        ((((num * r + 2.41780725177450611770e-1) * r + 1.27045825245236838258e+0) * r
          + 3.64784832476320460504e+0) * r + 5.76949722146069140550e+0) * r + 4.63033784615654529590e+0
      num = num * r + 1.42343711074968357734e+0
      den = 1.05075007164441684324e-9 * r + 5.47593808499534494600e-4
      den =
        ((((den * r + 1.51986665636164571966e-2) * r + 1.48103976427480074590e-1) * r
          + 6.89767334985100004550e-1) * r + 1.67638483018380384940e+0) * r + 2.05319162663775882187e+0
      den = den * r + 1.0
    } else {
      r = r - 5.0
      num = 2.01033439929228813265e-7 * r + 2.71155556874348757815e-5
      num =
        ((((num * r + 1.24266094738807843860e-3) * r + 2.65321895265761230930e-2) * r
          + 2.96560571828504891230e-1) * r + 1.78482653991729133580e+0) * r + 5.46378491116411436990e+0
      num = num * r + 6.65790464350110377720e+0
      den = 2.04426310338993978564e-15 * r + 1.42151175831644588870e-7
      den =
        ((((den * r + 1.84631831751005468180e-5) * r + 7.86869131145613259100e-4) * r
          + 1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r + 5.99832206555887937690e-1
      den = den * r + 1.0
    }
    var x = num / den
    if q < 0.0 { x = -x }
    return mu + (x * sigma)
  }
}
