import Foundation
import StatisticsModule
import TensorModule

/// SciPy's and NumPy's result objects: named tuples of their first `tupleCount` fields that print every field, as
/// SciPy's do; with no tuple fields, a plain object with the fields as attributes (SciPy's dataclass results).
struct ResultType {
  let type: PyType
  let fields: [String]
  let tupleCount: Int

  /// `unprinted` fields are attributes the repr leaves out (set after SciPy made the result).
  init(
    _ name: String, _ fields: [String], tupleCount: Int, module: String = "scipy.stats._stats_py",
    unprinted: Set<String> = []
  ) {
    type =
      tupleCount > 0
      ? Runtime.namedTupleType(
        name, fields, defaults: [], module: module, tupleCount: tupleCount, unprinted: unprinted)
      : ResultType.recordType(name, fields, module: module)
    self.fields = fields
    self.tupleCount = tupleCount
  }

  func make(_ values: [Value]) -> Value {
    if tupleCount > 0 {
      return .object(
        PyNamedTuple(type, Array(values.prefix(tupleCount)), extras: Array(values.dropFirst(tupleCount))))
    }
    let inst = PyInstance(cls: type)
    for (f, v) in zip(fields, values) { inst.setAttribute(f, v) }
    return .object(inst)
  }

  /// A dataclass-like result: `Name(field=value, …)`.
  private static func recordType(_ name: String, _ fields: [String], module: String) -> PyType {
    let t = PyType(name: name, module: module, bases: [BuiltinTypes.object], layout: .instance, builtin: false)
    t.set(
      "__repr__",
      .object(
        PyBuiltin.one("__repr__", name) { (rt, s) throws(PyError) in
          guard case .object(let o) = s, o.tag == .instance else { return .str(name) }
          let inst = unsafeDowncast(o, to: PyInstance.self)
          var parts: [String] = []
          for f in fields { parts.append("\(f)=\(try rt.repr(inst.attribute(f) ?? .none))") }
          return .str("\(name)(\(parts.joined(separator: ", ")))")
        }))
    return t
  }
}

/// `scipy.stats`' tests over StatisticsModule: t-tests, Kolmogorov–Smirnov, chi-square on a table, correlations and
/// Mann–Whitney, with SciPy's result objects and NumPy scalars.
enum StatsTests {
  static let ttestResult: ResultType = {
    let r = ResultType(
      "TtestResult", ["statistic", "pvalue", "df", "_estimate", "_standard_error", "_alternative"], tupleCount: 2)
    r.type.set("confidence_interval", .object(confidenceInterval))
    return r
  }()
  static let kstestResult = ResultType(
    "KstestResult", ["statistic", "pvalue", "statistic_location", "statistic_sign"], tupleCount: 2)
  static let chi2Result = ResultType(
    "Chi2ContingencyResult", ["statistic", "pvalue", "dof", "expected_freq"], tupleCount: 4,
    module: "scipy.stats.contingency")
  static let pearsonResult = ResultType("PearsonRResult", ["statistic", "pvalue"], tupleCount: 2)
  static let powerDivergenceResult = ResultType("Power_divergenceResult", ["statistic", "pvalue"], tupleCount: 2)
  static let significanceResult = ResultType("SignificanceResult", ["statistic", "pvalue"], tupleCount: 2)
  static let mannWhitneyResult = ResultType(
    "MannwhitneyuResult", ["statistic", "pvalue"], tupleCount: 2, module: "scipy.stats._mannwhitneyu")

  /// A 1-d sample with SciPy's `nan_policy` ('propagate' keeps NaNs, 'omit' drops them, 'raise' refuses them).
  static func sample(_ rt: Runtime, _ v: Value?, _ name: String, nanPolicy: Value? = nil) throws(PyError) -> [Double] {
    let a = try rt.array(v ?? .none)
    guard a.ndim <= 1 else {
      throw PyError(
        "NotImplementedError", "\(name) of \(a.ndim) dimensions (axis=) is not in Tessel yet; pass a 1-d sample")
    }
    return try applyNanPolicy(rt, a.doubles, nanPolicy)
  }

  /// SciPy's `nan_policy`: 'propagate' keeps NaNs, 'omit' drops them, 'raise' refuses them.
  static func applyNanPolicy(_ rt: Runtime, _ values: [Double], _ nanPolicy: Value?) throws(PyError) -> [Double] {
    let policy = try nanPolicy.map { (p) throws(PyError) in try rt.string(p, "nan_policy") } ?? "propagate"
    switch policy {
    case "propagate": return values
    case "omit": return values.filter { !$0.isNaN }
    case "raise":
      if values.contains(where: \.isNaN) { throw PyError("ValueError", "The input contains nan values") }
      return values
    default:
      throw PyError("ValueError", "nan_policy must be one of {'propagate', 'raise', 'omit'}.")
    }
  }

  static func alternative(_ rt: Runtime, _ v: Value?) throws(PyError) -> Alternative {
    guard let v else { return .twoSided }
    let name = try rt.string(v, "alternative")
    guard let a = Alternative(rawValue: name) else {
      throw PyError("ValueError", "alternative must be 'less', 'greater' or 'two-sided'")
    }
    return a
  }

  static func sameLength(_ a: [Double], _ b: [Double]) throws(PyError) {
    guard a.count == b.count else { throw PyError("ValueError", "unequal length arrays") }
  }

  /// A t-test's result; it keeps (as SciPy's private `_estimate`, `_standard_error`, `_alternative`) what
  /// `confidence_interval` needs.
  static func ttest(_ r: TestResult, integerDF: Bool, _ alternative: Alternative) -> Value {
    let df: Value = integerDF && r.df.isFinite ? .i64(Int(r.df)) : .f64(r.df)
    return ttestResult.make([
      .f64(r.statistic), .f64(r.pvalue), df, .f64(r.estimate), .f64(r.standardError), .str(alternative.rawValue),
    ])
  }

  static let confidenceIntervalResult = ResultType("ConfidenceInterval", ["low", "high"], tupleCount: 2)

  /// `TtestResult.confidence_interval(confidence_level=0.95)`, SciPy's: estimate + t quantiles × standard error.
  static let confidenceInterval = PyBuiltin.general("confidence_interval", "TtestResult") { (rt, a) throws(PyError) in
    let p = try a.bind("confidence_interval", ["self", "confidence_level"], required: 1)
    let this = p[0] ?? .none
    let level = try p[1].map { (v) throws(PyError) in try rt.double(v) } ?? 0.95
    guard level >= 0 && level <= 1 else {
      throw PyError("ValueError", "`confidence_level` must be a number between 0 and 1.")
    }
    let alternativeName = try rt.string(try rt.getAttribute(this, "_alternative"), "alternative")
    let r = TestResult(
      statistic: try rt.double(try rt.getAttribute(this, "statistic")), pvalue: .nan,
      df: try rt.double(try rt.getAttribute(this, "df")),
      estimate: try rt.double(try rt.getAttribute(this, "_estimate")),
      standardError: try rt.double(try rt.getAttribute(this, "_standard_error")))
    let (low, high) = TTests.confidenceInterval(
      r, level: level, alternative: Alternative(rawValue: alternativeName) ?? .twoSided)
    return confidenceIntervalResult.make([.f64(low), .f64(high)])
  }

  static func twoSampleKS(_ rt: Runtime, _ x: [Double], _ y: [Double], _ alternativeName: Value?, _ methodName: Value?)
    throws(PyError) -> Value
  {
    let name = try methodName.map { (v) throws(PyError) in try rt.string(v, "method") } ?? "auto"
    guard let method = KolmogorovSmirnov.TwoSampleMethod(rawValue: name) else {
      throw PyError("ValueError", "Invalid value for mode: \(name)")
    }
    // An empty sample, as a NaN, makes every field NaN (SciPy's axis_nan_policy wrapper).
    if x.isEmpty || y.isEmpty || x.contains(where: \.isNaN) || y.contains(where: \.isNaN) { return undefinedKS() }
    let (s, pvalue) = KolmogorovSmirnov.twoSample(
      x, y, alternative: try alternative(rt, alternativeName), method: method)
    return kstestResult.make([.f64(s.d), .f64(pvalue), .f64(s.location), NumPySmallInt.int8(Int(s.sign))])
  }

  /// `ks_1samp(x, cdf, args=())`: `cdf` a distribution's name in scipy.stats or a function of (x, *args).
  static func oneSampleKS(
    _ rt: Runtime, _ sample: [Double], _ cdf: Value, _ args: Value?, _ alternativeName: Value?, _ methodName: Value?
  ) throws(PyError) -> Value {
    let name = try methodName.map { (v) throws(PyError) in try rt.string(v, "method") } ?? "auto"
    guard let method = KolmogorovSmirnov.Method(rawValue: name == "auto" ? "exact" : name) else {
      throw PyError("ValueError", "Invalid value for mode: \(name)")
    }
    let alt = try alternative(rt, alternativeName)
    if sample.isEmpty || sample.contains(where: \.isNaN) { return undefinedKS() }
    var x = sample
    Tensor.sortValues(&x)
    var function = cdf
    if rt.isString(cdf) {
      let family = try rt.string(cdf, "cdf")
      guard StatsDistributions.familyNames.contains(family) else {
        throw PyError("AttributeError", "module 'scipy.stats' has no attribute '\(family)'")
      }
      function = try rt.getAttribute(.object(PyDistribution(family)), "cdf")
    }
    let extra = try args.map { (v) throws(PyError) in v.isNone ? [] : try rt.collect(v) } ?? []
    let values = try rt.array(try rt.call(function, [.object(NDArray(doubles: x, shape: [x.count]))] + extra)).doubles
    guard values.count == x.count else {
      throw PyError("ValueError", "the cdf must give one value per sample value (\(x.count)), not \(values.count)")
    }
    let s = KolmogorovSmirnov.oneSampleStatistic(sorted: x, cdf: values, alternative: alt)
    let p = KolmogorovSmirnov.oneSamplePValue(s.d, x.count, alternative: alt, method: method)
    return kstestResult.make([.f64(s.d), .f64(p), .f64(s.location), NumPySmallInt.int8(Int(s.sign))])
  }

  /// SciPy's answer for a sample with NaN ('propagate'): every field NaN.
  static func undefinedKS() -> Value {
    kstestResult.make([.f64(.nan), .f64(.nan), .f64(.nan), .f64(.nan)])
  }

  static let functions: [PyBuiltin] = [
    .general("ttest_1samp", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind("ttest_1samp", ["a", "popmean"], required: 2, keywordOnly: ["nan_policy", "alternative"])
      let x = try sample(rt, p[0], "a", nanPolicy: p[2])
      let mean = try rt.double(p[1] ?? .none)
      let alt = try alternative(rt, p[3])
      return ttest(TTests.oneSample(x, popmean: mean, alternative: alt), integerDF: true, alt)
    },
    .general("ttest_ind", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind(
        "ttest_ind", ["a", "b"], required: 2, keywordOnly: ["equal_var", "nan_policy", "alternative"])
      let x = try sample(rt, p[0], "a", nanPolicy: p[3])
      let y = try sample(rt, p[1], "b", nanPolicy: p[3])
      let equal = try p[2].map { (v) throws(PyError) in try rt.truthy(v) } ?? true
      let alt = try alternative(rt, p[4])
      let r = TTests.independent(x, y, equalVariances: equal, alternative: alt)
      return ttest(r, integerDF: false, alt)
    },
    .general("ttest_rel", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind("ttest_rel", ["a", "b"], required: 2, keywordOnly: ["nan_policy", "alternative"])
      let x = try sample(rt, p[0], "a", nanPolicy: p[2])
      let y = try sample(rt, p[1], "b", nanPolicy: p[2])
      try sameLength(x, y)
      let alt = try alternative(rt, p[3])
      return ttest(TTests.related(x, y, alternative: alt), integerDF: true, alt)
    },
    .general("ks_2samp", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind("ks_2samp", ["data1", "data2", "alternative", "method"], required: 2)
      return try twoSampleKS(rt, try sample(rt, p[0], "data1"), try sample(rt, p[1], "data2"), p[2], p[3])
    },
    .general("ks_1samp", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind("ks_1samp", ["x", "cdf", "args", "alternative", "method"], required: 2)
      return try oneSampleKS(rt, try sample(rt, p[0], "x"), p[1] ?? .none, p[2], p[3], p[4])
    },
    .general("kstest", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind("kstest", ["rvs", "cdf", "args", "N", "alternative", "method"], required: 2)
      let x = try sample(rt, p[0], "rvs")
      let cdf = p[1] ?? .none
      // A distribution's name or a cdf function tests one sample; a second sample runs ks_2samp.
      if rt.isString(cdf) || Runtime.isCallable(cdf) {
        return try oneSampleKS(rt, x, cdf, p[2], p[4], p[5])
      }
      return try twoSampleKS(rt, x, try sample(rt, cdf, "cdf"), p[4], p[5])
    },
    .general("chisquare", "scipy.stats") { (rt, a) throws(PyError) in
      // Goodness of fit: Σ (observed − expected)² / expected, against χ² with k − 1 − ddof degrees of freedom.
      let p = try a.bind("chisquare", ["f_obs", "f_exp", "ddof", "axis"], required: 1)
      try NumPyFunctions.unsupported("chisquare", ["axis"], [p[3]])
      let observed = try sample(rt, p[0], "chisquare")
      let k = observed.count
      var expected = [Double](repeating: Moments.sum(observed) / Double(k), count: k)
      if let e = p[1], !e.isNone {
        expected = try sample(rt, e, "chisquare")
        guard expected.count == k else {
          throw PyError(
            "ValueError", "operands could not be broadcast together with shapes (\(k),) (\(expected.count),)")
        }
        let (so, se) = (Moments.sum(observed), Moments.sum(expected))
        if abs(so - se) > 1e-8 * max(abs(so), abs(se)) {
          throw PyError(
            "ValueError",
            "For each axis slice, the sum of the observed frequencies must agree with the sum of the expected frequencies to a relative tolerance of 1e-08, but the percent differences are:\n\(try rt.str(.f64(abs(so - se) / min(so, se))))"
          )
        }
      }
      let ddof = try p[2].map { (v) throws(PyError) in try rt.index(v) } ?? 0
      let terms = zip(observed, expected).map { (o, e) in (o - e) * (o - e) / e }
      let statistic = Moments.sum(terms)
      let pvalue = ChiSquared(df: Double(k - 1 - ddof)).sf(statistic)
      return powerDivergenceResult.make([.f64(statistic), .f64(pvalue)])
    },
    .general("chi2_contingency", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind("chi2_contingency", ["observed", "correction", "lambda_"], required: 1)
      if let l = p[2], !l.isNone {
        throw PyError("NotImplementedError", "chi2_contingency(lambda_=...) is not in Tessel yet")
      }
      let observed = try rt.array(p[0] ?? .none).tensor
      let correction = try p[1].map { (v) throws(PyError) in try rt.truthy(v) } ?? true
      do throws(Contingency.Failure) {
        let r = try Contingency.chi2(observed, correction: correction)
        // No degrees of freedom: SciPy's early return of Python floats 0.0 and 1.0.
        let number = { (x: Double) -> Value in r.dof == 0 ? .float(x) : .f64(x) }
        return chi2Result.make([
          number(r.statistic), number(r.pvalue), .int(r.dof), .object(NDArray.from(r.expected)),
        ])
      } catch {
        throw PyError("ValueError", error.message)
      }
    },
    .general("pearsonr", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind("pearsonr", ["x", "y"], required: 2, keywordOnly: ["alternative"])
      let x = try sample(rt, p[0], "x")
      let y = try sample(rt, p[1], "y")
      guard x.count == y.count else {
        throw PyError("ValueError", "`x` and `y` must have the same length along `axis`.")
      }
      guard x.count >= 2 else { throw PyError("ValueError", "`x` and `y` must have length at least 2.") }
      let r = Correlation.pearson(x, y, alternative: try alternative(rt, p[2]))
      return pearsonResult.make([.f64(r.statistic), .f64(r.pvalue)])
    },
    .general("spearmanr", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind("spearmanr", ["a", "b"], required: 2, keywordOnly: ["nan_policy", "alternative"])
      let x = try sample(rt, p[0], "a", nanPolicy: p[2])
      let y = try sample(rt, p[1], "b", nanPolicy: p[2])
      try sameLength(x, y)
      // Fewer than two pairs: SciPy's early return of Python NaNs.
      if x.count < 2 { return significanceResult.make([.float(.nan), .float(.nan)]) }
      let r = Correlation.spearman(x, y, alternative: try alternative(rt, p[3]))
      return significanceResult.make([.f64(r.statistic), .f64(r.pvalue)])
    },
    .general("mannwhitneyu", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind(
        "mannwhitneyu", ["x", "y", "use_continuity", "alternative"], required: 2, keywordOnly: ["method", "nan_policy"])
      let x = try sample(rt, p[0], "x", nanPolicy: p[5])
      let y = try sample(rt, p[1], "y", nanPolicy: p[5])
      let methodName = try p[4].map { (v) throws(PyError) in try rt.string(v, "method") } ?? "auto"
      guard let method = RankTests.Method(rawValue: methodName) else {
        throw PyError("ValueError", "`method` must be one of {'auto', 'asymptotic', 'exact'}.")
      }
      let continuity = try p[2].map { (v) throws(PyError) in try rt.truthy(v) } ?? true
      if x.isEmpty || y.isEmpty { return mannWhitneyResult.make([.f64(.nan), .f64(.nan)]) }
      let r = RankTests.mannWhitney(
        x, y, useContinuity: continuity, alternative: try alternative(rt, p[3]), method: method)
      return mannWhitneyResult.make([.f64(r.statistic), .f64(r.pvalue)])
    },
  ]

  static func make(_ rt: Runtime) -> PyModule {
    var values: [String: Value] = [:]
    for name in StatsDistributions.familyNames { values[name] = .object(PyDistribution(name)) }
    values["multivariate_normal"] = .object(PyMultivariateNormal())
    return PyModule.make(
      "scipy.stats",
      functions: functions + [entropy, sem, zscore] + StatsResampling.functions + StatsDescriptive.functions
        + StatsSignedRankShapiro.functions
        + StatsGroupTests.functions + StatsSmallTests.functions + [StatsBinomTest.function, StatsFisherExact.function],
      values: values)
  }

  /// `sem(a, ddof=1)`: the standard error of the mean, SciPy's `np.std(a, ddof=ddof) / np.sqrt(n)`.
  static let sem = PyBuiltin.general("sem", "scipy.stats") { (rt, a) throws(PyError) in
    let p = try a.bind("sem", ["a", "axis", "ddof", "nan_policy"], required: 1)
    try NumPyFunctions.unsupported("sem", ["axis"], [p[1]])
    let x = try sample(rt, p[0], "a", nanPolicy: p[3])
    let ddof = try p[2].map { (v) throws(PyError) in try rt.double(v) } ?? 1
    let variance = try NumPyFunctions.lift { () throws(TensorError) in try Tensor(x).variance(ddof: ddof) }.data[0]
    return .f64(variance.squareRoot() / Double(x.count).squareRoot())
  }

  /// `zscore(a, ddof=0)`: (a − mean) / std, SciPy's order of operations.
  static let zscore = PyBuiltin.general("zscore", "scipy.stats") { (rt, a) throws(PyError) in
    let p = try a.bind("zscore", ["a", "axis", "ddof", "nan_policy"], required: 1)
    if let axis = p[1], !axis.isNone, try rt.index(axis) != 0 {
      throw PyError("NotImplementedError", "zscore along an axis other than 0 is not in Tessel yet")
    }
    let x = try sample(rt, p[0], "a", nanPolicy: p[3])
    let ddof = try p[2].map { (v) throws(PyError) in try rt.double(v) } ?? 0
    let t = Tensor(x)
    let (mean, std) = try NumPyFunctions.lift { () throws(TensorError) in
      (try t.reduce(.mean).data[0], try t.variance(ddof: ddof).data[0].squareRoot())
    }
    return .object(NDArray(doubles: x.map { ($0 - mean) / std }, shape: [x.count]))
  }

  /// `entropy(pk, qk=None, base=None)`: Shannon entropy, or with qk the Kullback–Leibler divergence.
  static let entropy = PyBuiltin.general("entropy", "scipy.stats") { (rt, a) throws(PyError) in
    let p = try a.bind("entropy", ["pk", "qk", "base", "axis"], required: 1)
    try NumPyFunctions.unsupported("entropy", ["axis"], [p[3]])
    let pk = try rt.array(p[0] ?? .none).doubles
    let qk = try p[1].flatMap { (v) throws(PyError) -> [Double]? in v.isNone ? nil : try rt.array(v).doubles }
    if let qk, qk.count != pk.count { throw PyError("ValueError", "qk and pk must have same shape.") }
    let base = try p[2].flatMap { (v) throws(PyError) -> Double? in v.isNone ? nil : try rt.double(v) }
    return .f64(Divergence.entropy(pk, qk, base: base))
  }

  /// `scipy.spatial.distance.jensenshannon(p, q, base=None)`: the Jensen–Shannon distance.
  static let jensenShannon = PyBuiltin.general("jensenshannon", "scipy.spatial.distance") { (rt, a) throws(PyError) in
    let p = try a.bind("jensenshannon", ["p", "q", "base", "axis", "keepdims"], required: 2)
    try NumPyFunctions.unsupported("jensenshannon", ["axis", "keepdims"], [p[3], p[4]])
    let (x, y) = (try rt.array(p[0] ?? .none).doubles, try rt.array(p[1] ?? .none).doubles)
    guard x.count == y.count else {
      throw PyError("ValueError", "operands could not be broadcast together with shapes (\(x.count),) (\(y.count),) ")
    }
    let base = try p[2].flatMap { (v) throws(PyError) -> Double? in v.isNone ? nil : try rt.double(v) }
    return .f64(Divergence.jensenShannon(x, y, base: base))
  }
}

/// statsmodels' `proportions_ztest` and `multipletests`.
enum StatsmodelsFunctions {
  static let proportionsZTest = PyBuiltin.general("proportions_ztest", "statsmodels.stats.proportion") {
    (rt, a) throws(PyError) in
    let p = try a.bind(
      "proportions_ztest", ["count", "nobs", "value", "alternative", "prop_var"], required: 2)
    let count = try rt.array(p[0] ?? .none).doubles
    var nobs = try rt.array(p[1] ?? .none).doubles
    if nobs.count == 1 && count.count > 1 { nobs = [Double](repeating: nobs[0], count: count.count) }
    guard count.count == nobs.count, [1, 2].contains(count.count) else {
      throw PyError("NotImplementedError", "proportions_ztest of more than two samples is not in Tessel yet")
    }
    let value = try p[2].flatMap { (v) throws(PyError) -> Double? in v.isNone ? nil : try rt.double(v) }
    if count.count == 1 && value == nil { throw PyError("ValueError", "value must be provided for a 1-sample test") }
    let name = try p[3].map { (v) throws(PyError) in try rt.string(v, "alternative") } ?? "two-sided"
    guard let alternative = Alternative(statsmodels: name) else {
      throw PyError("ValueError", "invalid alternative")
    }
    if let pv = p[4], try rt.truthy(pv) {
      throw PyError("NotImplementedError", "proportions_ztest(prop_var=...) is not in Tessel yet")
    }
    let (z, pvalue) = ProportionTests.zTest(count: count, nobs: nobs, value: value, alternative: alternative)
    return .tuple([.f64(z), .f64(pvalue)])
  }

  static let multipleTests = PyBuiltin.general("multipletests", "statsmodels.stats.multitest") {
    (rt, a) throws(PyError) in
    let p = try a.bind("multipletests", ["pvals", "alpha", "method", "is_sorted", "returnsorted"], required: 1)
    let pvals = try rt.array(p[0] ?? .none).doubles
    let alpha = try p[1].map { (v) throws(PyError) in try rt.double(v) } ?? 0.05
    let name = try p[2].map { (v) throws(PyError) in try rt.string(v, "method") } ?? "hs"
    guard let method = MultipleTesting.Method(name: name) else {
      throw PyError("NotImplementedError", "multipletests method '\(name)' is not in Tessel yet")
    }
    for flag in [p[3], p[4]] {
      if let f = flag, try rt.truthy(f) {
        throw PyError("NotImplementedError", "multipletests(is_sorted/returnsorted=True) is not in Tessel yet")
      }
    }
    let r = MultipleTesting.correct(pvals, alpha: alpha, method: method)
    return .tuple([
      .object(NDArray(bools: r.reject, shape: [pvals.count])),
      .object(NDArray(doubles: r.corrected, shape: [pvals.count])), .f64(r.alphaSidak), .float(r.alphaBonferroni),
    ])
  }
}
