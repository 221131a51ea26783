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

  /// The next k-combination of 0..<n in lexicographic order (itertools.combinations), false after the last.
  static func advance(_ combination: inout [Int], _ n: Int) -> Bool {
    let k = combination.count
    var i = k - 1
    while i >= 0 && combination[i] == n - k + i { i -= 1 }
    if i < 0 { return false }
    combination[i] += 1
    for j in (i + 1)..<k { combination[j] = combination[j - 1] + 1 }
    return true
  }

  /// C(n, k) as a double (exact while it fits).
  static func binomial(_ n: Int, _ k: Int) -> Double {
    var r = 1.0
    for i in 0..<Swift.min(k, n - k) { r = r * Double(n - i) / Double(i + 1) }
    return r.rounded()
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
      // SciPy's slack: null values within 100·eps·|observed| of it count as equal.
      let gamma = Swift.abs(100 * Double.ulpOfOne * observed)
      let adjustment = exact ? 0.0 : 1.0
      let total = Double(null.count) + adjustment
      let less = (Double(null.filter { $0 <= observed + gamma }.count) + adjustment) / total
      let greater = (Double(null.filter { $0 >= observed - gamma }.count) + adjustment) / total
      let p =
        switch alternative {
        case .less: less
        case .greater: greater
        case .twoSided: Swift.min(2 * Swift.min(less, greater), 1)
        }
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
      var distribution: [Double] = []
      distribution.reserveCapacity(resamples)
      for _ in 0..<resamples {
        var drawn: [[Double]] = []
        if paired {
          // One draw of observation indices serves every sample, as SciPy resamples indices.
          let indices = (0..<data[0].count).map { _ in c.runtime.random.integer(0, data[0].count) }
          drawn = data.map { d in indices.map { d[$0] } }
        } else {
          for d in data { drawn.append((0..<d.count).map { _ in d[c.runtime.random.integer(0, d.count)] }) }
        }
        distribution.append(try evaluate(statistic, drawn, c))
        try c.runtime.tick(c.range)
      }
      let observed = try evaluate(statistic, data, c)
      // One-sided intervals put all of 1 − level on one side.
      let alpha = alternative == .twoSided ? (1 - level) / 2 : 1 - level
      var (lowProbability, highProbability) = (alpha, 1 - alpha)
      if method.lowercased() == "bca" {
        let below = Double(distribution.filter { $0 < observed }.count)
        let atOrBelow = Double(distribution.filter { $0 <= observed }.count)
        let z0 = Special.ndtri((below + atOrBelow) / (2 * Double(resamples)))
        // The acceleration from a jackknife of each sample (of the pairs, when paired), as SciPy's
        // `_bca_interval`: Uᵢ = (n − 1)(θ̄ − θ₍ᵢ₎) per sample, a = Σ ΣU³/n³ / (6 (Σ ΣU²/n²)^{3/2}).
        var (cubes, squares) = (0.0, 0.0)
        for k in (paired ? [0] : Array(data.indices)) {
          var leaveOneOut: [Double] = []
          for i in data[k].indices {
            var reduced = data
            if paired {
              for j in reduced.indices { reduced[j].remove(at: i) }
            } else {
              reduced[k].remove(at: i)
            }
            leaveOneOut.append(try evaluate(statistic, reduced, c))
          }
          let n = Double(leaveOneOut.count)
          let center = Moments.mean(leaveOneOut)
          let u = leaveOneOut.map { (n - 1) * (center - $0) }
          cubes += Moments.sum(u.map { $0 * $0 * $0 }) / (n * n * n)
          squares += Moments.sum(u.map { $0 * $0 }) / (n * n)
        }
        let a = cubes / 6 / Foundation.pow(squares, 1.5)
        func adjusted(_ p: Double) -> Double {
          let z = Special.ndtri(p)
          return Special.ndtr(z0 + (z0 + z) / (1 - a * (z0 + z)))
        }
        (lowProbability, highProbability) = (adjusted(alpha), adjusted(1 - alpha))
      }
      var sorted = distribution
      Tensor.sortValues(&sorted)
      let degenerate = lowProbability.isNaN || highProbability.isNaN
      let quantiles =
        degenerate ? [Double.nan, .nan] : Tensor.quantiles(ofSorted: sorted, [lowProbability, highProbability])
      var (low, high) = (quantiles[0], quantiles[1])
      if method == "basic" { (low, high) = (2 * observed - quantiles[1], 2 * observed - quantiles[0]) }
      if alternative == .less { low = -.infinity }
      if alternative == .greater { high = .infinity }
      let interval = Record("ConfidenceInterval", ["low": .number(low), "high": .number(high)])
      let standardError = Moments.variance(distribution, ddof: 1).squareRoot()
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
