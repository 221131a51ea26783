import StatisticsModule
import TensorModule

/// `scipy.stats`' tests over several samples and over pairs: `f_oneway`, `kruskal`, `levene`, `bartlett`,
/// `linregress` and `kendalltau`, with SciPy's result objects.
enum StatsGroupTests {
  static let fOnewayResult = ResultType("F_onewayResult", ["statistic", "pvalue"], tupleCount: 2)
  static let kruskalResult = ResultType("KruskalResult", ["statistic", "pvalue"], tupleCount: 2)
  static let leveneResult = ResultType(
    "LeveneResult", ["statistic", "pvalue"], tupleCount: 2, module: "scipy.stats._morestats")
  static let bartlettResult = ResultType(
    "BartlettResult", ["statistic", "pvalue"], tupleCount: 2, module: "scipy.stats._morestats")
  static let linregressResult = ResultType(
    "LinregressResult", ["slope", "intercept", "rvalue", "pvalue", "stderr", "intercept_stderr"], tupleCount: 5)

  /// The samples of a k-sample test (1-d each); `nil` when one holds a NaN and `nan_policy` propagates it.
  static func groups(_ rt: Runtime, _ values: [Value], nanPolicy: Value? = nil) throws(PyError) -> [[Double]]? {
    var out: [[Double]] = []
    for v in values { out.append(try StatsTests.sample(rt, v, "samples", nanPolicy: nanPolicy)) }
    return out.contains { $0.contains(where: \.isNaN) } ? nil : out
  }

  static func result(_ type: ResultType, _ r: TestResult) -> Value { type.make([.f64(r.statistic), .f64(r.pvalue)]) }

  static let undefined = TestResult(statistic: .nan, pvalue: .nan)

  /// These tests take 1-d samples: `axis=0` (the default) is all they accept.
  static func firstAxisOnly(_ name: String, _ axis: Value?) throws(PyError) {
    guard let axis else { return }
    if case .int(0) = axis { return }
    throw PyError("NotImplementedError", "\(name)(axis=...) is not in Tessel yet; pass 1-d samples")
  }

  static let functions: [PyBuiltin] = [
    .general("f_oneway", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try Arguments([], a.keywords).bind("f_oneway", [], keywordOnly: ["axis", "equal_var"])
      try firstAxisOnly("f_oneway", p[0])
      guard a.positional.count >= 2 else {
        throw PyError("TypeError", "At least two samples are required; got \(a.positional.count).")
      }
      var equal = true
      if let e = p[1] {
        guard case .bool(let b) = e else { throw PyError("TypeError", "Expected a boolean value for 'equal_var'") }
        equal = b
      }
      guard let samples = try groups(rt, a.positional) else { return result(fOnewayResult, undefined) }
      return result(fOnewayResult, GroupTests.oneWayANOVA(samples, equalVariances: equal))
    },
    .general("kruskal", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try Arguments([], a.keywords).bind("kruskal", [], keywordOnly: ["nan_policy", "axis"])
      try firstAxisOnly("kruskal", p[1])
      // SciPy's argument handling fails before its own check on one group.
      guard a.positional.count >= 2 else {
        throw PyError(
          a.positional.count == 1 ? "IndexError" : "ValueError",
          a.positional.count == 1 ? "tuple index out of range" : "Need at least two groups in stats.kruskal()")
      }
      guard let samples = try groups(rt, a.positional, nanPolicy: p[0]) else {
        return result(kruskalResult, undefined)
      }
      if samples.contains(where: \.isEmpty) { return result(kruskalResult, undefined) }
      return result(kruskalResult, GroupTests.kruskal(samples))
    },
    .general("levene", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try Arguments([], a.keywords).bind("levene", [], keywordOnly: ["center", "proportiontocut", "axis"])
      try firstAxisOnly("levene", p[2])
      let name = try p[0].map { (v) throws(PyError) in try rt.string(v, "center") } ?? "median"
      if name == "trimmed" {
        throw PyError("NotImplementedError", "levene(center='trimmed') is not in Tessel yet")
      }
      guard let center = GroupTests.Center(rawValue: name) else {
        throw PyError("ValueError", "center must be 'mean', 'median' or 'trimmed'.")
      }
      guard a.positional.count >= 2 else {
        throw PyError("ValueError", "Must enter at least two input sample vectors.")
      }
      guard let samples = try groups(rt, a.positional), !samples.contains(where: \.isEmpty) else {
        return result(leveneResult, undefined)
      }
      return result(leveneResult, GroupTests.levene(samples, center: center))
    },
    .general("bartlett", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try Arguments([], a.keywords).bind("bartlett", [], keywordOnly: ["axis"])
      try firstAxisOnly("bartlett", p[0])
      guard a.positional.count >= 2 else {
        throw PyError("ValueError", "Must enter at least two input sample vectors.")
      }
      guard let samples = try groups(rt, a.positional), !samples.contains(where: \.isEmpty) else {
        return result(bartlettResult, undefined)
      }
      return result(bartlettResult, GroupTests.bartlett(samples))
    },
    .general("linregress", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind("linregress", ["x", "y", "alternative"], required: 2)
      let (x, y) = (try rt.array(p[0] ?? .none).doubles, try rt.array(p[1] ?? .none).doubles)
      guard !x.isEmpty, !y.isEmpty else { throw PyError("ValueError", "Inputs must not be empty.") }
      if x.count > 1 && x.allSatisfy({ $0 == x[0] }) {
        throw PyError("ValueError", "Cannot calculate a linear regression if all x values are identical")
      }
      guard x.count == y.count else {
        throw PyError(
          "ValueError", "all the input array dimensions except for the concatenation axis must match exactly")
      }
      let alt = try StatsTests.alternative(rt, p[2])
      let f = try NumPyFunctions.lift { () throws(TensorError) in try LinearRegression.fit(x, y, alternative: alt) }
      // With two points SciPy sets the p-value and errors as Python floats.
      let exact: (Double) -> Value = x.count == 2 ? { .float($0) } : { .f64($0) }
      return linregressResult.make(
        [.f64(f.slope), .f64(f.intercept), .f64(f.r), exact(f.pvalue), exact(f.slopeError), exact(f.interceptError)])
    },
    .general("kendalltau", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind(
        "kendalltau", ["x", "y"], required: 2, keywordOnly: ["nan_policy", "method", "variant", "alternative"])
      let x = try StatsTests.sample(rt, p[0], "x", nanPolicy: p[2])
      let y = try StatsTests.sample(rt, p[1], "y", nanPolicy: p[2])
      guard x.count == y.count else {
        throw PyError("ValueError", "Array shapes are incompatible for broadcasting.")
      }
      let methodName = try p[3].map { (v) throws(PyError) in try rt.string(v, "method") } ?? "auto"
      guard let method = KendallTau.Method(rawValue: methodName) else {
        throw PyError(
          "ValueError", "Unknown method \(methodName) specified.  Use 'auto', 'exact' or 'asymptotic'.")
      }
      let variant = try p[4].map { (v) throws(PyError) in try rt.string(v, "variant") } ?? "b"
      guard variant == "b" || variant == "c" else {
        throw PyError(
          "ValueError", "Unknown variant of the method chosen: \(variant). variant must be 'b' or 'c'.")
      }
      let alt = try StatsTests.alternative(rt, p[5])
      do throws(KendallTau.Failure) {
        let r = try KendallTau.test(x, y, variantC: variant == "c", method: method, alternative: alt)
        return StatsTests.significanceResult.make([.f64(r.statistic), .f64(r.pvalue)])
      } catch {
        throw PyError("ValueError", "Ties found, exact method cannot be used.")
      }
    },
  ]
}

/// `pointbiserialr`, `percentileofscore` and `jarque_bera`: small tests over the statistics already here.
enum StatsSmallTests {
  static let functions: [PyBuiltin] = [
    .general("pointbiserialr", "scipy.stats") { (rt, a) throws(PyError) in
      // The point-biserial correlation is Pearson's r with a dichotomous x.
      let p = try a.bind("pointbiserialr", ["x", "y"], required: 2)
      let x = try StatsTests.sample(rt, p[0], "x")
      let y = try StatsTests.sample(rt, p[1], "y")
      guard x.count == y.count else {
        throw PyError("ValueError", "`x` and `y` must have the same length along `axis`.")
      }
      guard x.count >= 2 else { throw PyError("ValueError", "`x` and `y` must have length at least 2.") }
      let r = Correlation.pearson(x, y, alternative: .twoSided)
      return StatsTests.significanceResult.make([.f64(r.statistic), .f64(r.pvalue)])
    },
    .general("percentileofscore", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind("percentileofscore", ["a", "score", "kind", "nan_policy"], required: 2)
      let data = try rt.array(p[0] ?? .none)
      guard data.ndim == 1 else { throw PyError("ValueError", "`a` must be 1-dimensional.") }
      let kind = try p[2].map { (v) throws(PyError) in try rt.string(v, "kind") } ?? "rank"
      guard ["rank", "strict", "weak", "mean"].contains(kind) else {
        throw PyError("ValueError", "kind can only be 'rank', 'strict', 'weak' or 'mean'")
      }
      if let policy = p[3], !policy.isNone, try rt.string(policy, "nan_policy") != "propagate" {
        throw PyError("NotImplementedError", "percentileofscore(nan_policy=...) is not in Tessel yet")
      }
      let values = data.doubles
      let n = values.contains(where: \.isNaN) ? 0 : values.count
      let scores = try rt.array(p[1] ?? .none)
      let out = scores.doubles.map { s -> Double in
        if n == 0 || s.isNaN { return .nan }
        let left = Double(values.filter { $0 < s }.count)
        let right = Double(values.filter { $0 <= s }.count)
        switch kind {
        case "strict": return left * (100.0 / Double(n))
        case "weak": return right * (100.0 / Double(n))
        case "mean": return (left + right) * (50.0 / Double(n))
        default: return (left + right + (left < right ? 1 : 0)) * (50.0 / Double(n))
        }
      }
      return scores.ndim == 0 ? .f64(out[0]) : .object(NDArray(doubles: out, shape: scores.shape))
    },
    .general("jarque_bera", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind("jarque_bera", ["x"], required: 1, keywordOnly: ["axis"])
      if let axis = p[1], !axis.isNone {
        throw PyError("NotImplementedError", "jarque_bera(axis=...) is not in Tessel yet")
      }
      let x = try rt.array(p[0] ?? .none).doubles
      let (statistic, pvalue) = try NumPyFunctions.lift { () throws(TensorError) -> (Double, Double) in
        // SciPy takes skew and kurtosis of the data less its mean.
        let t = Tensor(x)
        let mean = try t.reduce(.mean).data[0]
        let centred = Tensor(x.map { $0 - mean })
        let s = try Moments.skewness(centred, axis: 0, bias: true).data[0]
        let k = try Moments.kurtosis(centred, axis: 0, fisher: true, bias: true).data[0]
        let jb = Double(x.count) / 6 * (s * s + k * k / 4)
        return (jb, ChiSquared(df: 2).sf(jb))
      }
      return StatsTests.significanceResult.make([.f64(statistic), .f64(pvalue)])
    },
  ]
}
