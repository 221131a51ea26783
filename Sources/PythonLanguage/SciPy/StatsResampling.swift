import StatisticsModule
import TensorModule

/// `scipy.stats.permutation_test` and `bootstrap` over a user's statistic, drawing from NumPy's global legacy
/// generator as SciPy does when no `random_state` is given (so `np.random.seed(n)` reproduces SciPy's resamples).
enum StatsResampling {
  static let permutationResult = ResultType(
    "PermutationTestResult", ["statistic", "pvalue", "null_distribution"], tupleCount: 0,
    module: "scipy.stats._resampling")
  static let bootstrapResult = ResultType(
    "BootstrapResult", ["confidence_interval", "bootstrap_distribution", "standard_error"], tupleCount: 0,
    module: "scipy.stats._resampling")

  /// The samples of a `data` tuple, each 1-d and non-empty.
  static func samples(_ rt: Runtime, _ v: Value?) throws(PyError) -> [[Double]] {
    var out: [[Double]] = []
    for item in try rt.collect(v ?? .none) {
      let a = try rt.array(item)
      guard a.ndim == 1, a.count > 0 else {
        throw PyError("NotImplementedError", "resampling samples of \(a.ndim) dimensions is not in Tessel yet")
      }
      out.append(a.doubles)
    }
    guard !out.isEmpty else { throw PyError("ValueError", "`data` must be a sequence of samples.") }
    return out
  }

  /// The user's statistic of some samples (1-d arrays), as a number.
  static func evaluate(_ rt: Runtime, _ statistic: Value, _ samples: [[Double]]) throws(PyError) -> Double {
    let r = try rt.call(statistic, samples.map { .object(NDArray(doubles: $0, shape: [$0.count])) })
    return try rt.double(r)
  }

  static func alternative(_ rt: Runtime, _ v: Value?) throws(PyError) -> Alternative {
    let name = try v.map { (x) throws(PyError) in try rt.string(x, "alternative") } ?? "two-sided"
    guard let a = Alternative(rawValue: name) else {
      throw PyError("ValueError", "`alternative` must be in {'two-sided', 'less', 'greater'}")
    }
    return a
  }

  static let functions: [PyBuiltin] = [
    .general("permutation_test", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind(
        "permutation_test", ["data", "statistic"], required: 2,
        keywordOnly: ["permutation_type", "vectorized", "n_resamples", "batch", "alternative", "axis", "rng"])
      try NumPyFunctions.unsupported("permutation_test", ["vectorized", "rng"], [p[3], p[8]])
      let data = try samples(rt, p[0])
      let statistic = p[1] ?? .none
      let typeName = try p[2].map { (v) throws(PyError) in try rt.string(v, "permutation_type") } ?? "independent"
      guard let kind = PermutationNull.Kind(rawValue: typeName.lowercased()) else {
        throw PyError("ValueError", "`permutation_type` must be in {'independent', 'samples', 'pairings'}.")
      }
      if kind == .independent && data.count < 2 {
        throw PyError("ValueError", "`data` must be a tuple containing at least two samples")
      }
      if kind != .independent && data.contains(where: { $0.count != data[0].count }) {
        throw PyError("ValueError", "all samples must contain the same number of observations.")
      }
      let resamples = try p[4].map { (v) throws(PyError) in try rt.index(v) } ?? 9999
      guard resamples > 0 else { throw PyError("ValueError", "`n_resamples` must be a positive integer.") }
      let alt = try alternative(rt, p[6])
      let observed = try evaluate(rt, statistic, data)
      let null = PermutationNull(kind: kind, data: data, resamples: resamples)
      let state = rt.numpyRandom
      var values: [Double] = []
      try null.forEach(shuffle: { state.random.shuffleOrder($0) }) { (samples: [[Double]]) throws(PyError) in
        values.append(try evaluate(rt, statistic, samples))
        try rt.checkInterrupt()
      }
      let pvalue = Resampling.permutationPValue(observed: observed, null: values, exact: null.isExact, alternative: alt)
      return permutationResult.make([
        .f64(observed), .f64(pvalue), .object(NDArray(doubles: values, shape: [values.count])),
      ])
    },
    .general("bootstrap", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind(
        "bootstrap", ["data", "statistic"], required: 2,
        keywordOnly: [
          "n_resamples", "batch", "vectorized", "paired", "axis", "confidence_level", "alternative", "method",
          "bootstrap_result", "rng",
        ])
      try NumPyFunctions.unsupported("bootstrap", ["vectorized", "bootstrap_result", "rng"], [p[4], p[10], p[11]])
      let data = try samples(rt, p[0])
      for (k, d) in data.enumerated() where d.count < 2 {
        throw PyError("ValueError", "bootstrap: sample \(k) has \(d.count) observation; each needs at least 2")
      }
      let statistic = p[1] ?? .none
      let resamples = try p[2].map { (v) throws(PyError) in try rt.index(v) } ?? 9999
      guard resamples > 0 else { throw PyError("ValueError", "`n_resamples` must be a positive integer.") }
      let paired = try p[5].map { (v) throws(PyError) in try rt.truthy(v) } ?? false
      let level = try p[7].map { (v) throws(PyError) in try rt.double(v) } ?? 0.95
      guard level > 0 && level < 1 else { throw PyError("ValueError", "`confidence_level` must be in (0, 1).") }
      let alt = try alternative(rt, p[8])
      let method = try p[9].map { (v) throws(PyError) in try rt.string(v, "method") } ?? "BCa"
      guard ["percentile", "basic", "bca"].contains(method.lowercased()) else {
        throw PyError("ValueError", "`method` must be in {'percentile', 'basic', 'bca'}")
      }
      if paired && data.contains(where: { $0.count != data[0].count }) {
        throw PyError("ValueError", "`data` must contain samples of equal length when `paired=True`.")
      }
      let state = rt.numpyRandom
      let b = try Resampling.bootstrap(
        data, resamples: resamples, level: level, alternative: alt, method: method, paired: paired,
        draw: { state.random.integer(0, $0) }, tick: { () throws(PyError) in try rt.checkInterrupt() }
      ) { (samples: [[Double]]) throws(PyError) in try evaluate(rt, statistic, samples) }
      return bootstrapResult.make([
        StatsTests.confidenceIntervalResult.make([.f64(b.low), .f64(b.high)]),
        .object(NDArray(doubles: b.distribution, shape: [b.distribution.count])), .f64(b.standardError),
      ])
    },
  ]
}
