import BigInt
import Foundation

/// Python's `statistics` module: exact sums of the data's binary fractions for `mean`, `variance` and `stdev`
/// (converted once, so the result is the correctly rounded value and keeps the data's type where CPython's does),
/// `fsum`-based `fmean`, `covariance`, `correlation` and `linear_regression`, the medians, modes and
/// quantiles with Python's own arithmetic, and `NormalDist`.
enum StatisticsLibrary {
  static let errorType = BuiltinTypes.make(
    "StatisticsError", [BuiltinTypes.exception(named: "ValueError") ?? BuiltinTypes.exception], module: "statistics")
  static let linearRegressionType = Runtime.namedTupleType(
    "LinearRegression", ["slope", "intercept"], defaults: [], module: "statistics", tupleCount: 2)

  static func failure(_ rt: Runtime, _ message: String) -> PyError {
    PyError(exception: rt.newException(errorType, args: [.str(message)]))
  }

  /// The type a result converts back to, as CPython's `_coerce` finds it: int unless a float (or a NumPy scalar
  /// type) is present.
  enum Kind {
    case int, float, npFloat, npInt
  }

  /// An exact rational: numerator / denominator, the denominator positive (not necessarily reduced).
  struct Ratio {
    var numerator: BigInt
    var denominator: BigInt

    var double: Double { Arithmetic.bigTrueDivide(numerator, denominator) }
  }

  /// Σ of the data exactly: floats are dyadic, so the sum is numerator / 2^shift.
  struct ExactSum {
    var numerator = BigInt(0)
    var shift = 0
    var count = 0
    var kind = Kind.int
    /// The sum of the non-finite values, which makes the whole sum that value (CPython's `partials[None]`).
    var special: Double?

    mutating func add(_ m: BigInt, exponent e: Int) {
      if e >= -shift {
        numerator += m << (e + shift)
      } else {
        numerator <<= (-e - shift)
        shift = -e
        numerator += m
      }
    }

    mutating func add(_ rt: Runtime, _ v: Value) throws(PyError) {
      count += 1
      switch v {
      case .bool(let b): add(BigInt(b ? 1 : 0), exponent: 0)
      case .int(let i): add(BigInt(i), exponent: 0)
      case .i64(let i):
        if kind == .int { kind = .npInt }
        add(BigInt(i), exponent: 0)
      case .float(let d):
        if kind != .npFloat { kind = .float }
        add(d)
      case .f64(let d):
        kind = .npFloat
        add(d)
      case .object(let o) where o.tag == .bigInt:
        add(unsafeDowncast(o, to: PyBigInt.self).value, exponent: 0)
      default:
        throw PyError(
          "TypeError", "can't convert type '\(rt.typeName(v))' to numerator/denominator")
      }
    }

    mutating func add(_ d: Double) {
      guard d.isFinite else {
        special = (special ?? 0) + d
        return
      }
      let (m, e) = StatisticsLibrary.ratio(d)
      add(m, exponent: e)
    }

    var ratio: Ratio { Ratio(numerator: numerator, denominator: BigInt(1) << shift) }
  }

  /// A finite double as m·2^e with m an integer.
  static func ratio(_ d: Double) -> (BigInt, Int) {
    if d == 0 { return (0, 0) }
    let bits = d.significandBitPattern
    let normal = d.exponentBitPattern != 0
    let m = BigInt(normal ? bits | (1 << 52) : bits)
    let e = normal ? Int(d.exponentBitPattern) - 1075 : -1074
    return (d < 0 ? -m : m, e)
  }

  /// CPython's `_convert`: an int when the kind is int and the value whole, a float (or NumPy scalar) otherwise.
  static func convert(_ r: Ratio, _ kind: Kind) -> Value {
    let (q, remainder) = r.numerator.quotientAndRemainder(dividingBy: r.denominator)
    switch kind {
    case .int: return remainder == 0 ? PyBigInt.make(q) : .float(r.double)
    case .npInt: return .i64(Int(truncatingIfNeeded: q))
    case .float: return .float(r.double)
    case .npFloat: return .f64(r.double)
    }
  }

  static func exactSum(_ rt: Runtime, _ data: Value) throws(PyError) -> ExactSum {
    var s = ExactSum()
    try rt.forEach(data) { (x) throws(PyError) -> Bool in
      try s.add(rt, x)
      return true
    }
    return s
  }

  /// CPython's `_ss`: the exact sum of squared deviations (from the exact mean, or from `center` with Python's
  /// arithmetic per value), the kind and the count.
  static func squaredDeviations(_ rt: Runtime, _ data: Value, center: Value?) throws(PyError) -> (
    ss: Ratio, special: Double?, kind: Kind, count: Int
  ) {
    if let c = center, !c.isNone {
      var s = ExactSum()
      try rt.forEach(data) { (x) throws(PyError) -> Bool in
        let d = try rt.binary(.sub, x, c)
        try s.add(rt, try rt.binary(.mul, d, d))
        return true
      }
      return (s.ratio, s.special, s.kind, s.count)
    }
    var sx = ExactSum()
    var sxx = ExactSum()
    try rt.forEach(data) { (x) throws(PyError) -> Bool in
      try sx.add(rt, x)
      switch x {
      case .float(let d), .f64(let d):
        if d.isFinite {
          let (m, e) = ratio(d)
          sxx.add(m * m, exponent: 2 * e)
        }
      default:
        var single = ExactSum()
        try single.add(rt, x)
        sxx.add(single.numerator * single.numerator, exponent: 0)
      }
      return true
    }
    let n = BigInt(sx.count)
    guard sx.count > 0 else { return (Ratio(numerator: 0, denominator: 1), nil, sx.kind, 0) }
    // (n·Σx² − (Σx)²) / n over the common denominator 2^(2·shift).
    let a = sx.numerator
    var b = sxx.numerator
    let k = 2 * sx.shift
    if sxx.shift < k { b <<= (k - sxx.shift) }
    let numerator = n * b - a * a
    return (Ratio(numerator: numerator, denominator: n << k), sx.special, sx.kind, sx.count)
  }

  /// √(n/m) correctly rounded, by an integer square root rounded to odd with enough extra bits that the final
  /// conversion rounds once.
  static func sqrtOfRatio(_ r: Ratio) -> Double {
    let (n, m) = (r.numerator.magnitude, r.denominator.magnitude)
    if n == 0 { return 0 }
    func roundedToOdd(_ n: BigUInt, _ m: BigUInt) -> BigUInt {
      let a = (n / m).squareRoot()
      return a * a * m != n ? a | 1 : a
    }
    let width = n.bitWidth - m.bitWidth - 109
    let q = width >= 0 ? width / 2 : -((-width + 1) / 2)
    if q >= 0 {
      return Arithmetic.bigTrueDivide(BigInt(roundedToOdd(n, m << (2 * q)) << q), 1)
    }
    return Arithmetic.bigTrueDivide(BigInt(roundedToOdd(n << (-2 * q), m)), BigInt(1) << -q)
  }

  static func doubles(_ rt: Runtime, _ v: Value) throws(PyError) -> [Double] {
    var out: [Double] = []
    try rt.forEach(v) { (x) throws(PyError) -> Bool in
      out.append(try rt.double(x))
      return true
    }
    return out
  }

  /// Two equally long samples of at least two values, with CPython's messages naming `what`.
  static func pair(_ rt: Runtime, _ a: Arguments, _ name: String, _ what: String) throws(PyError) -> (
    [Double], [Double]
  ) {
    guard a.positional.count == 2 else {
      throw PyError("TypeError", "\(name)() takes 2 positional arguments but \(a.positional.count) were given")
    }
    let (x, y) = (try doubles(rt, a.positional[0]), try doubles(rt, a.positional[1]))
    guard x.count == y.count else {
      throw failure(rt, "\(what) requires that both inputs have same number of data points")
    }
    guard x.count >= 2 else { throw failure(rt, "\(what) requires at least two data points") }
    return (x, y)
  }

  static func spread(_ name: String, sample: Bool, root: Bool) -> PyBuiltin {
    .general(name, "statistics") { (rt, a) throws(PyError) in
      let p = try a.bind(name, ["data", sample ? "xbar" : "mu"], required: 1)
      let (ss, special, kind, n) = try squaredDeviations(rt, p[0] ?? .none, center: p[1])
      let least = sample ? 2 : 1
      guard n >= least else {
        throw failure(rt, "\(name) requires at least \(sample ? "two data points" : "one data point")")
      }
      if let special {
        // CPython's exact path meets a float here: `stdev` fails on its missing numerator.
        if root { throw PyError("AttributeError", "'float' object has no attribute 'numerator'") }
        return .float(special / Double(sample ? n - 1 : n))
      }
      let divisor = BigInt(sample ? n - 1 : n)
      let r = Ratio(numerator: ss.numerator, denominator: ss.denominator * divisor)
      return root ? .float(sqrtOfRatio(r)) : convert(r, kind)
    }
  }

  static func sortedData(_ rt: Runtime, _ v: Value) throws(PyError) -> [Value] {
    var items = try rt.collect(v)
    try rt.sort(&items, key: nil, reverse: false)
    return items
  }

  /// Values and their counts in order of first appearance (CPython's `Counter`).
  static func counts(_ rt: Runtime, _ v: Value) throws(PyError) -> [(Value, Int)] {
    let index = PyDict()
    var out: [(Value, Int)] = []
    try rt.forEach(v) { (x) throws(PyError) -> Bool in
      if case .int(let k)? = try index.get(x, rt: rt) {
        out[k].1 += 1
      } else {
        try index.set(x, .int(out.count), rt: rt)
        out.append((x, 1))
      }
      return true
    }
    return out
  }

  static let functions: [PyBuiltin] = [
    .one("mean", "statistics") { (rt, v) throws(PyError) in
      let s = try exactSum(rt, v)
      guard s.count > 0 else { throw failure(rt, "mean requires at least one data point") }
      if let special = s.special {
        return s.kind == .npFloat ? .f64(special / Double(s.count)) : .float(special / Double(s.count))
      }
      return convert(Ratio(numerator: s.numerator, denominator: (BigInt(1) << s.shift) * BigInt(s.count)), s.kind)
    },
    .general("fmean", "statistics") { (rt, a) throws(PyError) in
      let p = try a.bind("fmean", ["data", "weights"], required: 1)
      let data = try doubles(rt, p[0] ?? .none)
      guard let w = p[1], !w.isNone else {
        guard !data.isEmpty else { throw failure(rt, "fmean requires at least one data point") }
        return .float(try MathModule.exactSum(data) / Double(data.count))
      }
      let weights = try doubles(rt, w)
      let numerator = try MathModule.exactSum(zip(data, weights).map(*))
      guard data.count == weights.count else { throw failure(rt, "data and weights must be the same length") }
      let denominator = try MathModule.exactSum(weights)
      guard denominator != 0 else { throw failure(rt, "sum of weights must be non-zero") }
      return .float(numerator / denominator)
    },
    .one("geometric_mean", "statistics") { (rt, v) throws(PyError) in
      let data = try doubles(rt, v)
      guard !data.isEmpty, data.allSatisfy({ $0 > 0 }) else {
        throw failure(rt, "geometric mean requires a non-empty dataset containing positive numbers")
      }
      return .float(exp(try MathModule.exactSum(data.map { log($0) }) / Double(data.count)))
    },
    .general("harmonic_mean", "statistics") { (rt, a) throws(PyError) in
      let p = try a.bind("harmonic_mean", ["data", "weights"], required: 1)
      let data = try rt.collect(p[0] ?? .none)
      let message = "harmonic mean does not support negative values"
      guard !data.isEmpty else { throw failure(rt, "harmonic_mean requires at least one data point") }
      let weights = try p[1].flatMap { (w) throws(PyError) -> [Value]? in w.isNone ? nil : try rt.collect(w) }
      if data.count == 1 && weights == nil {
        if try rt.truthy(try rt.compare(.lt, data[0], .int(0))) { throw failure(rt, message) }
        return data[0]
      }
      var sumWeights = Ratio(numerator: BigInt(data.count), denominator: 1)
      if let weights {
        guard weights.count == data.count else { throw failure(rt, "Number of weights does not match data size") }
        var s = ExactSum()
        for w in weights {
          if try rt.truthy(try rt.compare(.lt, w, .int(0))) { throw failure(rt, message) }
          try s.add(rt, w)
        }
        sumWeights = s.ratio
      }
      var total = ExactSum()
      for (i, x) in data.enumerated() {
        if try rt.truthy(try rt.compare(.lt, x, .int(0))) { throw failure(rt, message) }
        let w = weights?[i] ?? .int(1)
        if try !rt.truthy(w) {
          try total.add(rt, .int(0))
          continue
        }
        if try !rt.truthy(x) { return .int(0) }
        try total.add(rt, try rt.binary(.truediv, w, x))
      }
      let t = total.ratio
      guard t.numerator > 0 else { throw failure(rt, "Weighted sum must be positive") }
      let r = Ratio(numerator: sumWeights.numerator * t.denominator, denominator: sumWeights.denominator * t.numerator)
      return convert(r, total.kind)
    },
    .one("median", "statistics") { (rt, v) throws(PyError) in
      let data = try sortedData(rt, v)
      guard !data.isEmpty else { throw failure(rt, "no median for empty data") }
      let n = data.count
      if n % 2 == 1 { return data[n / 2] }
      return try rt.binary(.truediv, try rt.binary(.add, data[n / 2 - 1], data[n / 2]), .int(2))
    },
    .one("median_low", "statistics") { (rt, v) throws(PyError) in
      let data = try sortedData(rt, v)
      guard !data.isEmpty else { throw failure(rt, "no median for empty data") }
      return data[data.count % 2 == 1 ? data.count / 2 : data.count / 2 - 1]
    },
    .one("median_high", "statistics") { (rt, v) throws(PyError) in
      let data = try sortedData(rt, v)
      guard !data.isEmpty else { throw failure(rt, "no median for empty data") }
      return data[data.count / 2]
    },
    .one("mode", "statistics") { (rt, v) throws(PyError) in
      var best: (Value, Int)?
      for (value, count) in try counts(rt, v) where count > (best?.1 ?? 0) { best = (value, count) }
      guard let best else { throw failure(rt, "no mode for empty data") }
      return best.0
    },
    .one("multimode", "statistics") { (rt, v) throws(PyError) in
      let c = try counts(rt, v)
      let top = c.map(\.1).max() ?? 0
      return .list(c.filter { $0.1 == top }.map(\.0))
    },
    .general("quantiles", "statistics") { (rt, a) throws(PyError) in
      let p = try a.bind("quantiles", ["data"], required: 1, keywordOnly: ["n", "method"])
      let n = try p[1].map { (v) throws(PyError) in try rt.index(v) } ?? 4
      guard n >= 1 else { throw failure(rt, "n must be at least 1") }
      let data = try sortedData(rt, p[0] ?? .none)
      let ld = data.count
      guard ld >= 2 else { throw failure(rt, "must have at least two data points") }
      let method = try p[2].map { (v) throws(PyError) in try rt.string(v, "method") } ?? "exclusive"
      var out: [Value] = []
      for i in 1..<max(n, 1) {
        var (j, delta): (Int, Int)
        switch method {
        case "inclusive":
          (j, delta) = ((i * (ld - 1)) / n, (i * (ld - 1)) % n)
          j += 1
        case "exclusive":
          let m = ld + 1
          j = min(max(i * m / n, 1), ld - 1)
          delta = i * m - j * n
        default:
          throw PyError("ValueError", "Unknown method: \(try rt.repr(.str(method)))")
        }
        // (data[j − 1]·(n − δ) + data[j]·δ) / n with Python's arithmetic.
        let low = try rt.binary(.mul, data[j - 1], .int(n - delta))
        let high = try rt.binary(.mul, data[j], .int(delta))
        out.append(try rt.binary(.truediv, try rt.binary(.add, low, high), .int(n)))
      }
      return .list(out)
    },
    spread("variance", sample: true, root: false),
    spread("pvariance", sample: false, root: false),
    spread("stdev", sample: true, root: true),
    spread("pstdev", sample: false, root: true),
    .general("covariance", "statistics") { (rt, a) throws(PyError) in
      let (x, y) = try pair(rt, a, "covariance", "covariance")
      let n = Double(x.count)
      let (xbar, ybar) = (try MathModule.exactSum(x) / n, try MathModule.exactSum(y) / n)
      return .float(try MathModule.exactSum(zip(x, y).map { ($0 - xbar) * ($1 - ybar) }) / (n - 1))
    },
    .general("correlation", "statistics") { (rt, a) throws(PyError) in
      let (x, y) = try pair(rt, a, "correlation", "correlation")
      let n = Double(x.count)
      let (xbar, ybar) = (try MathModule.exactSum(x) / n, try MathModule.exactSum(y) / n)
      let sxy = try MathModule.exactSum(zip(x, y).map { ($0 - xbar) * ($1 - ybar) })
      let sxx = try MathModule.exactSum(x.map { ($0 - xbar) * ($0 - xbar) })
      let syy = try MathModule.exactSum(y.map { ($0 - ybar) * ($0 - ybar) })
      let root = (sxx * syy).squareRoot()
      guard root != 0 else { throw failure(rt, "at least one of the inputs is constant") }
      return .float(sxy / root)
    },
    .general("linear_regression", "statistics") { (rt, a) throws(PyError) in
      let p = try Arguments([], a.keywords).bind("linear_regression", [], keywordOnly: ["proportional"])
      let (x, y) = try pair(rt, Arguments(a.positional), "linear_regression", "linear regression")
      let proportional = try p[0].map { (v) throws(PyError) in try rt.truthy(v) } ?? false
      let n = Double(x.count)
      let (xbar, ybar) = (try MathModule.exactSum(x) / n, try MathModule.exactSum(y) / n)
      let sxy = try MathModule.exactSum(zip(x, y).map { proportional ? $0 * $1 : ($0 - xbar) * ($1 - ybar) })
      let sxx = try MathModule.exactSum(x.map { proportional ? $0 * $0 : ($0 - xbar) * ($0 - xbar) })
      guard sxx != 0 else { throw failure(rt, "x is constant") }
      let slope = sxy / sxx
      return .object(
        PyNamedTuple(linearRegressionType, [.float(slope), .float(proportional ? 0.0 : ybar - slope * xbar)]))
    },
  ]

  static func make(_ rt: Runtime) -> PyModule {
    .make(
      "statistics", functions: functions,
      values: [
        "StatisticsError": .object(errorType), "LinearRegression": .object(linearRegressionType),
        "NormalDist": .object(NormalDistType.type),
      ])
  }
}
