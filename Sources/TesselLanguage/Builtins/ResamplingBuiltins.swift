import Foundation
import StatisticsModule
import TensorModule

/// SciPy's resampling methods over a user's statistic: `permutation_test` (independent, paired or
/// pairing permutations; `PermutationNull`) and
/// `bootstrap` (percentile, basic and BCa intervals).
enum ResamplingBuiltins {
  /// The samples of a `data` tuple, each 1-d and non-empty.
  static func samples(_ c: BuiltinCall) throws(TesselError) -> [[Double]] {
    guard let items = try Operators.elements(of: c.value("data")), !items.isEmpty else {
      throw c.bad("data", expected: "a tuple of samples, e.g. (x, y)")
    }
    var out: [[Double]] = []
    for item in items {
      guard let t = try TensorValues.operand(item), t.ndim == 1, t.count > 0 else {
        throw c.bad("data", expected: "non-empty 1-d samples", kind: "ValueError")
      }
      out.append(t.data)
    }
    return out
  }

  /// The user's statistic of some samples, which must be a number.
  static func evaluate(_ statistic: Value, _ samples: [[Double]], _ c: BuiltinCall) throws(TesselError) -> Double {
    let value = try c.runtime.call(statistic, samples.map { .tensor(Tensor($0)) }, at: c.range)
    guard let d = value.numeric else {
      throw TesselError.type(
        "\(c.builtin.name): the statistic must return a number, got \(value.typeName)", at: c.range)
    }
    return d
  }

  static let all: [Builtin] = [
    Builtin(
      "permutation_test",
      [
        Parameter("data"), Parameter("statistic"), Parameter("permutation_type", .optional(.string("independent"))),
        Parameter("n_resamples", .optional(.number(9999))), Parameter("alternative", .optional(.string("two-sided"))),
      ],
      "A permutation test of H₀: the samples are exchangeable, for any statistic of them (SciPy's).",
      details:
        "permutation_type: 'independent' deals the pooled values back into samples; 'samples' shuffles each observation's values across the samples (paired data; one sample flips signs); 'pairings' reorders each sample (correlation). Exact when every permutation fits in n_resamples (p = count/N); otherwise randomised, p = (count + 1)/(B + 1). Two-sided p = 2·min(p_less, p_greater).\nExample: permutation_test((before, after), lambda a, b: mean(a - b), permutation_type='samples')"
    ) { c throws(TesselError) in
      let data = try samples(c)
      let statistic = c.value("statistic")
      let typeName = try c.string("permutation_type")
      guard let kind = PermutationNull.Kind(rawValue: typeName.lowercased()) else {
        throw c.bad(
          "permutation_type", expected: "'independent', 'samples' or 'pairings'", got: "'\(typeName)'",
          kind: "ValueError")
      }
      if kind == .independent && data.count < 2 {
        throw c.bad(
          "data", expected: "a tuple containing at least two samples", got: "one sample", kind: "ValueError")
      }
      if data.contains(where: { $0.count < 2 }) {
        throw c.bad("data", expected: "samples of two or more observations each", kind: "ValueError")
      }
      if kind != .independent, let other = data.first(where: { $0.count != data[0].count }) {
        throw c.bad(
          "data", expected: "samples of equal length for permutation_type='\(kind.rawValue)'",
          got: "lengths \(data[0].count) and \(other.count)", kind: "ValueError")
      }
      let resamples = try c.integer("n_resamples")
      guard resamples > 0 else { throw c.bad("n_resamples", expected: "a positive count", kind: "ValueError") }
      let name = try c.string("alternative")
      guard let alternative = Alternative(rawValue: name) else {
        throw c.bad("alternative", expected: "'two-sided', 'less' or 'greater'", got: "'\(name)'", kind: "ValueError")
      }
      let observed = try evaluate(statistic, data, c)
      let resampling = PermutationNull(kind: kind, data: data, resamples: resamples)
      let exact = resampling.isExact
      var null: [Double] = []
      try resampling.forEach(shuffle: { c.runtime.random.shuffleOrder($0) }) {
        (samples: [[Double]]) throws(TesselError) in
        null.append(try evaluate(statistic, samples, c))
        try c.runtime.tick(c.range)
      }
      let p = Resampling.permutationPValue(observed: observed, null: null, exact: exact, alternative: alternative)
      let reading = Reading.test(
        p, null: "the samples are exchangeable",
        detail:
          "statistic = \(Reading.number(observed)), \(exact ? "all \(null.count)" : "\(null.count) random") \(kind.rawValue) permutations, \(alternative.rawValue)"
      )
      return .record(
        Record(
          "PermutationTestResult",
          ["statistic": .number(observed), "pvalue": .number(p), "null_distribution": .tensor(Tensor(null))]
        ).described(reading))
    },
    Builtin(
      "bootstrap",
      [
        Parameter("data"), Parameter("statistic"), Parameter("n_resamples", .optional(.number(9999))),
        Parameter("confidence_level", .optional(.number(0.95))),
        Parameter("alternative", .optional(.string("two-sided"))),
        Parameter("method", .optional(.string("BCa"))), Parameter("paired", .optional(.bool(false))),
      ],
      "A bootstrap confidence interval for any statistic of the samples (SciPy's; BCa by default).",
      details:
        "Each sample is resampled with replacement n_resamples times from the session's generator (seed(n) makes it reproducible; SciPy's own stream differs).\nmethod: 'percentile', 'basic' or 'BCa' (bias-corrected and accelerated, from a jackknife). paired=True resamples observations together across the samples (paired data).\nExample: res = bootstrap((x,), mean); res.confidence_interval.low"
    ) { c throws(TesselError) in
      let data = try samples(c)
      for (k, d) in data.enumerated() where d.count < 2 {
        throw TesselError(
          "ValueError", "bootstrap: sample \(k) has \(d.count) observation; each needs at least 2", at: c.range)
      }
      let statistic = c.value("statistic")
      let resamples = try c.integer("n_resamples")
      guard resamples > 0 else { throw c.bad("n_resamples", expected: "a positive count", kind: "ValueError") }
      let level = try c.number("confidence_level")
      guard level > 0 && level < 1 else {
        throw c.bad("confidence_level", expected: "a level in (0, 1)", got: Repr.number(level), kind: "ValueError")
      }
      let name = try c.string("alternative")
      guard let alternative = Alternative(rawValue: name) else {
        throw c.bad("alternative", expected: "'two-sided', 'less' or 'greater'", got: "'\(name)'", kind: "ValueError")
      }
      let method = try c.string("method")
      guard ["percentile", "basic", "BCa", "bca"].contains(method) else {
        throw c.bad("method", expected: "'percentile', 'basic' or 'BCa'", got: "'\(method)'", kind: "ValueError")
      }
      let paired = try c.bool("paired")
      if paired, let other = data.first(where: { $0.count != data[0].count }) {
        throw c.bad(
          "data", expected: "samples of equal length when paired=True",
          got: "lengths \(data[0].count) and \(other.count)",
          kind: "ValueError")
      }
      let runtime = c.runtime
      let range = c.range
      let b = try Resampling.bootstrap(
        data, resamples: resamples, level: level, alternative: alternative, method: method, paired: paired,
        draw: { runtime.random.integer(0, $0) }, tick: { () throws(TesselError) in try runtime.tick(range) }
      ) { (samples: [[Double]]) throws(TesselError) in try evaluate(statistic, samples, c) }
      let (low, high, observed) = (b.low, b.high, b.observed)
      let (distribution, standardError) = (b.distribution, b.standardError)
      let interval = Record("ConfidenceInterval", ["low": .number(low), "high": .number(high)])
      return .record(
        Record(
          "BootstrapResult",
          [
            "confidence_interval": .record(interval), "bootstrap_distribution": .tensor(Tensor(distribution)),
            "standard_error": .number(standardError),
          ]
        ).described(
          "The \(Reading.number(level * 100))% \(method) interval for the statistic (\(Reading.number(observed)) on the data) is [\(Reading.number(low)), \(Reading.number(high))], from \(resamples) resamples."
        ))
    },
  ]
}
