import StatisticsModule

/// `scipy.stats.binomtest` and its `BinomTestResult` (with `proportion_ci`: Clopper–Pearson by `brentq`, or
/// Wilson's score interval with or without continuity correction).
enum StatsBinomTest {
  static let resultType: PyType = {
    let t = PyType(
      name: "BinomTestResult", module: "scipy.stats._binomtest", bases: [BuiltinTypes.object], layout: .instance,
      builtin: false)
    t.set("__repr__", .object(repr))
    t.set("proportion_ci", .object(proportionCI))
    return t
  }()

  static let repr = PyBuiltin.one("__repr__", "BinomTestResult") { (rt, s) throws(PyError) in
    var parts: [String] = []
    for name in ["k", "n", "alternative", "statistic", "pvalue"] {
      let v = try rt.getAttribute(s, name)
      parts.append("\(name)=\(name == "alternative" ? try rt.repr(v) : try rt.str(v))")
    }
    return .str("BinomTestResult(\(parts.joined(separator: ", ")))")
  }

  static let proportionCI = PyBuiltin.general("proportion_ci", "BinomTestResult") { (rt, a) throws(PyError) in
    let p = try a.bind("proportion_ci", ["self", "confidence_level", "method"], required: 1)
    let this = p[0] ?? .none
    let method = try p[2].map { (v) throws(PyError) in try rt.string(v, "method") } ?? "exact"
    guard ["exact", "wilson", "wilsoncc"].contains(method) else {
      throw PyError("ValueError", "method ('\(method)') must be one of 'exact', 'wilson' or 'wilsoncc'.")
    }
    let levelValue = p[1] ?? .float(0.95)
    let level = try rt.double(levelValue)
    guard level >= 0 && level <= 1 else {
      throw PyError("ValueError", "confidence_level (\(try rt.str(levelValue))) must be in the interval [0, 1].")
    }
    let k = try rt.double(try rt.getAttribute(this, "k"))
    let n = try rt.double(try rt.getAttribute(this, "n"))
    let alternative =
      Alternative(rawValue: try rt.string(try rt.getAttribute(this, "alternative"), "alternative")) ?? .twoSided
    if method == "exact" {
      guard let (low, high) = BinomialTest.exactInterval(k: k, n: n, level: level, alternative: alternative) else {
        throw PyError("RuntimeError", "numerical solver failed to converge when computing the confidence limits")
      }
      return StatsTests.confidenceIntervalResult.make([.float(low), .float(high)])
    }
    let (low, high) = BinomialTest.wilsonInterval(
      k: k, n: n, level: level, alternative: alternative, correction: method == "wilsoncc")
    // SciPy's Wilson limits are NumPy floats, but a limit fixed at 0 or 1 is a Python float.
    let limit: (Double, Bool) -> Value = { v, fixed in fixed ? .float(v) : .f64(v) }
    return StatsTests.confidenceIntervalResult.make([
      limit(low, alternative == .less || k == 0), limit(high, alternative == .greater || k == n),
    ])
  }

  /// SciPy's `_validate_int`: an integer (a float is refused) at least `minimum`.
  static func integer(_ rt: Runtime, _ v: Value, _ name: String, minimum: Int) throws(PyError) -> Int {
    switch v {
    case .int, .bool, .i64: break
    default: throw PyError("TypeError", "\(name) must be an integer.")
    }
    let i = try rt.index(v)
    guard i >= minimum else { throw PyError("ValueError", "\(name) must be an integer not less than \(minimum)") }
    return i
  }

  static let function = PyBuiltin.general("binomtest", "scipy.stats") { (rt, a) throws(PyError) in
    let p = try a.bind("binomtest", ["k", "n", "p", "alternative"], required: 2)
    let k = try integer(rt, p[0] ?? .none, "k", minimum: 0)
    let n = try integer(rt, p[1] ?? .none, "n", minimum: 1)
    guard k <= n else { throw PyError("ValueError", "k (\(k)) must not be greater than n (\(n)).") }
    let probabilityValue = p[2] ?? .float(0.5)
    let probability = try rt.double(probabilityValue)
    guard probability >= 0 && probability <= 1 else {
      throw PyError("ValueError", "p (\(try rt.str(probabilityValue))) must be in range [0,1]")
    }
    let name = try p[3].map { (v) throws(PyError) in try rt.string(v, "alternative") } ?? "two-sided"
    guard let alternative = Alternative(rawValue: name) else {
      throw PyError(
        "ValueError", "alternative ('\(name)') not recognized; \nmust be 'two-sided', 'less' or 'greater'")
    }
    let (kd, nd) = (Double(k), Double(n))
    let pvalue = BinomialTest.pValue(k: kd, n: nd, p: probability, alternative: alternative)
    let inst = PyInstance(cls: resultType)
    inst.setAttribute("k", .int(k))
    inst.setAttribute("n", .int(n))
    inst.setAttribute("alternative", .str(name))
    inst.setAttribute("statistic", .float(kd / nd))
    // The two-sided p-value is a Python float when k is the expected count or it is capped at 1 (`min(1.0, p)`).
    inst.setAttribute(
      "pvalue", alternative == .twoSided && (kd == probability * nd || pvalue >= 1) ? .float(pvalue) : .f64(pvalue))
    inst.setAttribute("proportion_estimate", .float(kd / nd))
    return .object(inst)
  }
}

/// `scipy.stats.fisher_exact` on a 2×2 table; larger tables (which need `method=`) are a named error.
enum StatsFisherExact {
  static let function = PyBuiltin.general("fisher_exact", "scipy.stats") { (rt, a) throws(PyError) in
    let p = try a.bind("fisher_exact", ["table", "alternative"], required: 1, keywordOnly: ["method"])
    let table = try rt.array(p[0] ?? .none)
    guard table.ndim == 2 else { throw PyError("ValueError", "The input `table` must have two dimensions.") }
    let counts = table.doubles.map { Int(exactly: $0.rounded(.towardZero)) ?? -1 }
    guard !counts.contains(where: { $0 < 0 }) else {
      throw PyError("ValueError", "All values in `table` must be nonnegative.")
    }
    guard table.shape == [2, 2], p[2]?.isNone ?? true else {
      throw PyError("NotImplementedError", "fisher_exact of tables other than 2x2 (with method=) is not in Tessel yet")
    }
    let name = try p[1].flatMap { (v) throws(PyError) -> String? in v.isNone ? nil : try rt.string(v, "alternative") }
    guard let alternative = Alternative(rawValue: name ?? "two-sided") else {
      throw PyError("ValueError", "`alternative` should be one of {'two-sided', 'less', 'greater'}")
    }
    guard Double(counts.reduce(0, +)) <= Hypergeometric.largestExact else {
      throw PyError(
        "NotImplementedError",
        "fisher_exact of tables with more than \(Int(Hypergeometric.largestExact)) observations is not in Tessel yet")
    }
    let r = FisherExact.test([[counts[0], counts[1]], [counts[2], counts[3]]], alternative: alternative)
    return StatsTests.significanceResult.make([
      r.pythonRatio ? .float(r.oddsRatio) : .f64(r.oddsRatio), r.pvalueIsOne ? .float(r.pvalue) : .f64(r.pvalue),
    ])
  }
}
