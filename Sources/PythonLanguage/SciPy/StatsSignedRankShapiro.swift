import StatisticsModule
import TensorModule

/// `scipy.stats.wilcoxon` (the signed-rank test on pairs or differences) and the tests of normality: `shapiro`
/// (Shapiro–Wilk) and D'Agostino's `skewtest`, `kurtosistest` and `normaltest`, with SciPy's argument checks,
/// warnings and result objects.
enum StatsSignedRankShapiro {
  static let wilcoxonResult = ResultType(
    "WilcoxonResult", ["statistic", "pvalue"], tupleCount: 2, module: "scipy.stats._morestats")
  /// With `method='asymptotic'` SciPy adds `zstatistic` as an attribute, which the repr leaves out.
  static let wilcoxonResultZ = ResultType(
    "WilcoxonResult", ["statistic", "pvalue", "zstatistic"], tupleCount: 2, module: "scipy.stats._morestats",
    unprinted: ["zstatistic"])
  static let shapiroResult = ResultType(
    "ShapiroResult", ["statistic", "pvalue"], tupleCount: 2, module: "scipy.stats._morestats")

  static let skewtestResult = ResultType("SkewtestResult", ["statistic", "pvalue"], tupleCount: 2)
  static let kurtosistestResult = ResultType("KurtosistestResult", ["statistic", "pvalue"], tupleCount: 2)
  static let normaltestResult = ResultType("NormaltestResult", ["statistic", "pvalue"], tupleCount: 2)

  /// A D'Agostino test of a 1-d sample: NaN with SciPy's warning below `minimum` values or with a NaN.
  static func dAgostino(
    _ name: String, _ type: ResultType, minimum: Int, alternative takesAlternative: Bool,
    _ body: @escaping @Sendable (Tensor, Int, Alternative) throws(TensorError) -> TestResult
  ) -> PyBuiltin {
    .general(name, "scipy.stats") { (rt, a) throws(PyError) in
      let names = takesAlternative ? ["a", "axis", "nan_policy", "alternative"] : ["a", "axis", "nan_policy"]
      let p = try a.bind(name, names, required: 1)
      try StatsGroupTests.firstAxisOnly(name, p[1])
      let x = try StatsTests.sample(rt, p[0], "a", nanPolicy: p[2])
      let alternative = takesAlternative ? try StatsTests.alternative(rt, p[3]) : .twoSided
      if x.count < minimum {
        smallSample(rt)
        return type.make([.f64(.nan), .f64(.nan)])
      }
      if x.contains(where: \.isNaN) { return type.make([.f64(.nan), .f64(.nan)]) }
      let t = Tensor(shape: [x.count], data: x)
      let r = try NumPyFunctions.lift { () throws(TensorError) in try body(t, x.count, alternative) }
      return type.make([.f64(r.statistic), .f64(r.pvalue)])
    }
  }

  static func smallSample(_ rt: Runtime) {
    rt.host.write(
      "SmallSampleWarning: One or more sample arguments is too small; all returned values will be NaN. "
        + "See documentation for sample size requirements.\n", toStderr: true)
  }

  static func option(_ rt: Runtime, _ v: Value?, _ name: String, default value: String, _ allowed: String)
    throws(PyError) -> String
  {
    guard let v else { return value }
    let s = try rt.string(v, name).lowercased()
    guard allowed.contains("'\(s)'") else { throw PyError("ValueError", "`\(name)` must be one of \(allowed).") }
    return s
  }

  static let functions: [PyBuiltin] = [
    dAgostino("skewtest", skewtestResult, minimum: 8, alternative: true) { (t, n, alt) throws(TensorError) in
      NormalityTests.skewTest(
        skewness: try Moments.skewness(t, axis: 0, bias: true).data[0], count: n, alternative: alt)
    },
    dAgostino("kurtosistest", kurtosistestResult, minimum: 5, alternative: true) { (t, n, alt) throws(TensorError) in
      let b2 = try Moments.kurtosis(t, axis: 0, fisher: false, bias: true).data[0]
      return NormalityTests.kurtosisTest(kurtosis: b2, count: n, alternative: alt)
    },
    dAgostino("normaltest", normaltestResult, minimum: 8, alternative: false) { (t, n, _) throws(TensorError) in
      NormalityTests.normalTest(
        skewness: try Moments.skewness(t, axis: 0, bias: true).data[0],
        kurtosis: try Moments.kurtosis(t, axis: 0, fisher: false, bias: true).data[0], count: n)
    },
    .general("wilcoxon", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind(
        "wilcoxon", ["x", "y", "zero_method", "correction", "alternative", "method"], required: 1,
        keywordOnly: ["axis", "nan_policy", "keepdims"])
      try StatsGroupTests.firstAxisOnly("wilcoxon", p[6])
      try NumPyFunctions.unsupported("wilcoxon", ["keepdims"], [p[8]])
      let x = try StatsTests.sample(rt, p[0], "x")
      var d = x
      if let yv = p[1], !yv.isNone {
        let y = try StatsTests.sample(rt, yv, "y")
        guard x.count == y.count || x.count == 1 || y.count == 1 else {
          throw PyError("ValueError", "Array shapes are incompatible for broadcasting.")
        }
        let n = Swift.max(x.count, y.count)
        d = (0..<n).map { i in x[x.count == 1 ? 0 : i] - y[y.count == 1 ? 0 : i] }
      }
      let zero = try option(rt, p[2], "zero_method", default: "wilcox", "{'wilcox', 'pratt', 'zsplit'}")
      var correction = false
      if let c = p[3] {
        switch c {
        case .bool(let b): correction = b
        case .int(let i) where i == 0 || i == 1: correction = i == 1
        default: throw PyError("ValueError", "`correction` must be one of {False, True}.")
        }
      }
      let alt = try option(rt, p[4], "alternative", default: "two-sided", "{'less', 'greater', 'two-sided'}")
      var methodName = "auto"
      if let m = p[5] {
        guard let str = m.object as? PyStr else {
          throw PyError("NotImplementedError", "wilcoxon(method=<PermutationMethod>) is not in Tessel yet")
        }
        let s = str.value
        guard ["auto", "asymptotic", "exact"].contains(s) else {
          throw PyError(
            "ValueError",
            "`method` must be one of {'auto', 'asymptotic', 'exact'} or an instance of `stats.PermutationMethod`.")
        }
        methodName = s
      }
      d = try StatsTests.applyNanPolicy(rt, d, p[7])
      let type = methodName == "asymptotic" ? wilcoxonResultZ : wilcoxonResult
      let undefined: [Value] = [.f64(.nan), .f64(.nan), .f64(.nan)]
      if d.isEmpty {
        smallSample(rt)
        return type.make(undefined)
      }
      if d.contains(where: \.isNaN) { return type.make(undefined) }
      let method: SignedRank.Method? =
        switch methodName {
        case "exact": .exact
        case "asymptotic": .asymptotic
        default: nil
        }
      let r = SignedRank.test(
        d, zeroMethod: SignedRank.ZeroMethod(rawValue: zero) ?? .wilcox, correction: correction,
        alternative: Alternative(rawValue: alt) ?? .twoSided, method: method)
      return type.make([.f64(r.statistic), .f64(r.pvalue), .f64(r.z)])
    },
    .general("shapiro", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind("shapiro", ["x"], required: 1, keywordOnly: ["axis", "nan_policy", "keepdims"])
      try NumPyFunctions.unsupported("shapiro", ["axis", "keepdims"], [p[1], p[3]])
      let values = try StatsTests.applyNanPolicy(rt, try rt.array(p[0] ?? .none).doubles, p[2])
      if values.count < 3 {
        smallSample(rt)
        return shapiroResult.make([.f64(.nan), .f64(.nan)])
      }
      if values.contains(where: \.isNaN) { return shapiroResult.make([.f64(.nan), .f64(.nan)]) }
      let r = ShapiroWilk.test(values)
      if r.zeroRange {
        rt.host.write(
          "UserWarning: scipy.stats.shapiro: Input data has range zero. The results may not be accurate.\n",
          toStderr: true)
      }
      if values.count > 5000 {
        rt.host.write(
          "UserWarning: scipy.stats.shapiro: For N > 5000, computed p-value may not be accurate. "
            + "Current N is \(values.count).\n", toStderr: true)
      }
      return shapiroResult.make([.f64(r.statistic), .f64(r.pvalue)])
    },
  ]
}
