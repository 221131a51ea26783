import Foundation
import StatisticsModule
import TensorModule

/// SciPy's Kolmogorov–Smirnov tests: `kstest` (one sample against a distribution by name or cdf, or
/// two samples), `ks_1samp` and `ks_2samp`, with SciPy's methods and `KstestResult` fields.
enum KolmogorovBuiltins {
  static let all: [Builtin] = [kstest, oneSample, twoSample]

  static let methodParameter = Parameter("method", .optional(.string("auto")))

  static let kstest = Builtin(
    "kstest",
    [
      Parameter("rvs"), Parameter("cdf"), Parameter("args", .optional(.none)),
      Parameter("N", .optional(.number(20))), StatsTestBuiltins.alternativeParameter, methodParameter,
    ],
    "Kolmogorov–Smirnov test: a sample against a distribution ('norm', a cdf function) or against another sample.",
    details: """
      kstest(x, 'norm') tests H₀: x comes from N(0, 1); args=(loc, scale) or (shape…, loc, scale) fix the \
      distribution, as SciPy's. The parameters must be fixed in advance: estimated from the same sample, the \
      p-value is too large (Lilliefors' setting). A second sample instead of a cdf runs ks_2samp. N is \
      accepted and unused, as in SciPy when rvs is a sample.
      Example: kstest(x, 'norm', args=(0, 2))
      """
  ) { c throws(TesselError) in
    let alternative = try StatsTestBuiltins.alternative(c)
    let args = try arguments(c)
    let x = try StatsTestBuiltins.sample(c, "rvs")
    let cdf = c.value("cdf")
    switch cdf {
    case .string, .builtin, .function, .method:
      return try oneSampleTest(c, x, cdf: cdf, args: args, alternative: alternative)
    default:
      return try twoSampleTest(c, x, try StatsTestBuiltins.sample(c, "cdf"), alternative: alternative)
    }
  }

  static let oneSample = Builtin(
    "ks_1samp",
    [
      Parameter("x"), Parameter("cdf"), Parameter("args", .optional(.none)),
      StatsTestBuiltins.alternativeParameter, methodParameter,
    ],
    "One-sample Kolmogorov–Smirnov test of H₀: x comes from the distribution with this cdf.",
    details: """
      D = max |Fₙ(x) − F(x)|. The two-sided p-value is exact (SciPy's kstwo; method='asymp' for Kolmogorov's \
      limit, 'approx' for twice the one-sided tail); one-sided p-values are Smirnov's exact tail.
      Example: ks_1samp(x, norm.cdf)
      """
  ) { c throws(TesselError) in
    try oneSampleTest(
      c, try StatsTestBuiltins.sample(c, "x"), cdf: c.value("cdf"), args: try arguments(c),
      alternative: try StatsTestBuiltins.alternative(c))
  }

  static let twoSample = Builtin(
    "ks_2samp",
    [Parameter("data1"), Parameter("data2"), StatsTestBuiltins.alternativeParameter, methodParameter],
    "Two-sample Kolmogorov–Smirnov test of H₀: both samples come from the same distribution.",
    details: """
      D = max |F₁(x) − F₂(x)| over the pooled values. As SciPy's 'auto': the exact p-value (lattice paths) up \
      to 10 000 values per sample, the asymptotic one above (kstwo at the effective size mn/(m + n)).
      Example: d, p = ks_2samp(train, live)
      """
  ) { c throws(TesselError) in
    try twoSampleTest(
      c, try StatsTestBuiltins.sample(c, "data1"), try StatsTestBuiltins.sample(c, "data2"),
      alternative: try StatsTestBuiltins.alternative(c))
  }

  /// The family named by the `cdf` argument ('norm') and its cdf method.
  static func namedCDF(_ c: BuiltinCall) throws(TesselError) -> (DistributionBuiltins.Family, Value) {
    let family = try c.string("cdf")
    guard let f = DistributionBuiltins.families.first(where: { $0.name == family }),
      let method = DistributionBuiltins.methods(f).first(where: { $0.name == "\(f.name).cdf" })
    else {
      let names = DistributionBuiltins.families.map { "'\($0.name)'" }.joined(separator: ", ")
      throw c.bad(
        "cdf", expected: "a distribution name (\(names)) or a function", got: "'\(family)'", kind: "ValueError")
    }
    return (f, .builtin(method))
  }

  /// SciPy's one-sample methods; 'auto' is always 'exact' for one sample.
  static func oneSampleMethod(_ c: BuiltinCall) throws(TesselError) -> KolmogorovSmirnov.Method {
    let name = try c.string("method")
    guard let m = KolmogorovSmirnov.Method(rawValue: name == "auto" ? "exact" : name) else {
      throw c.bad("method", expected: "'auto', 'exact', 'asymp' or 'approx'", got: "'\(name)'", kind: "ValueError")
    }
    return m
  }

  static func twoSampleMethod(_ c: BuiltinCall) throws(TesselError) -> KolmogorovSmirnov.TwoSampleMethod {
    let name = try c.string("method")
    guard let m = KolmogorovSmirnov.TwoSampleMethod(rawValue: name) else {
      throw c.bad("method", expected: "'auto', 'exact' or 'asymp'", got: "'\(name)'", kind: "ValueError")
    }
    return m
  }

  static func oneSampleTest(
    _ c: BuiltinCall, _ sample: [Double], cdf: Value, args: [Value], alternative: Alternative
  ) throws(TesselError) -> Value {
    let method = try oneSampleMethod(c)
    if sample.contains(where: \.isNaN) { return undefined() }
    var x = sample
    Tensor.sortValues(&x)
    var function = cdf
    var against = "the given distribution"
    if cdf.isString {
      let (f, method) = try namedCDF(c)
      guard args.count >= f.shapes.count else {
        let shapes = f.shapes.joined(separator: ", ")
        throw c.bad(
          "args",
          expected:
            "\(f.name)'s shape\(f.shapes.count == 1 ? "" : "s") first: args=(\(shapes),) or (\(shapes), loc, scale)",
          got: "\(args.count) value\(args.count == 1 ? "" : "s")")
      }
      function = method
      against = f.name + argumentList(args)
    }
    let values = try c.runtime.call(function, [.tensor(Tensor(x))] + args, at: c.range)
    guard let t = try TensorValues.operand(values), t.count == x.count else {
      throw c.bad(
        "cdf", expected: "a cdf that returns one value per sample value (\(x.count))",
        got: try TensorValues.operand(values).map { "\($0.count) value\($0.count == 1 ? "" : "s")" } ?? values.typeName)
    }
    let s = KolmogorovSmirnov.oneSampleStatistic(sorted: x, cdf: t.data, alternative: alternative)
    let p = KolmogorovSmirnov.oneSamplePValue(s.d, x.count, alternative: alternative, method: method)
    return result(
      s, p, null: "the sample comes from \(against)",
      detail:
        "D = \(Reading.number(s.d)) at x = \(Reading.number(s.location)), n = \(x.count), \(alternative.rawValue)",
      context: [
        ("n", String(x.count)), ("alternative", alternative.rawValue),
        ("method", alternative == .twoSided ? method.rawValue : "exact (one-sided)"),
      ])
  }

  static func twoSampleTest(_ c: BuiltinCall, _ a: [Double], _ b: [Double], alternative: Alternative)
    throws(TesselError) -> Value
  {
    let method = try twoSampleMethod(c)
    if a.contains(where: \.isNaN) || b.contains(where: \.isNaN) { return undefined() }
    let (s, p) = KolmogorovSmirnov.twoSample(a, b, alternative: alternative, method: method)
    return result(
      s, p, null: "both samples come from the same distribution",
      detail:
        "D = \(Reading.number(s.d)) at x = \(Reading.number(s.location)), n₁ = \(a.count), n₂ = \(b.count), \(alternative.rawValue)",
      context: [
        ("n₁", String(a.count)), ("n₂", String(b.count)), ("alternative", alternative.rawValue),
        ("method", KolmogorovSmirnov.isExact(method, a.count, b.count) ? "exact" : "asymp"),
      ])
  }

  /// The distribution's positional arguments: a tuple, or none.
  static func arguments(_ c: BuiltinCall) throws(TesselError) -> [Value] {
    if case .none = c.value("args") { return [] }
    return try c.items("args")
  }

  /// "(0.4, 1)" for a distribution's positional arguments, "" for none.
  static func argumentList(_ args: [Value]) -> String {
    args.isEmpty ? "" : "(" + args.map { $0.numeric.map(Reading.number) ?? $0.typeName }.joined(separator: ", ") + ")"
  }

  static func result(
    _ s: KolmogorovSmirnov.Statistic, _ p: Double, null: String, detail: String, context: [(String, String)]
  ) -> Value {
    .record(
      Record(
        "KstestResult",
        [
          "statistic": .number(s.d), "pvalue": .number(p), "statistic_location": .number(s.location),
          "statistic_sign": .number(s.sign),
        ], tupleCount: 2
      ).described(Reading.test(p, null: null, detail: detail)).noting(context))
  }

  /// SciPy's answer for a sample with NaN ('propagate'): every field NaN.
  static func undefined() -> Value {
    .record(
      Record(
        "KstestResult",
        [
          "statistic": .number(.nan), "pvalue": .number(.nan), "statistic_location": .number(.nan),
          "statistic_sign": .number(.nan),
        ], tupleCount: 2))
  }
}
