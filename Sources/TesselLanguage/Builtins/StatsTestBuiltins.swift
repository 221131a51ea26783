import Foundation
import StatisticsModule
import TensorModule

/// SciPy's and statsmodels' tests with their signatures, defaults and result fields:
/// `ttest_1samp ttest_ind ttest_rel proportions_ztest chi2_contingency pearsonr spearmanr multipletests
/// entropy jensenshannon psi`.
///
/// Results are records that unpack as SciPy's do (`t, p = ttest_ind(a, b)`, with `.df` as an attribute).
enum StatsTestBuiltins {
  static let alternativeParameter = Parameter("alternative", .optional(.string("two-sided")))
  static let nanPolicyParameter = Parameter("nan_policy", .optional(.string("propagate")))

  /// A 1-d sample: NaNs kept ('propagate'), dropped ('omit') or refused ('raise'); empty is an error.
  static func sample(_ c: BuiltinCall, _ name: String) throws(TesselError) -> [Double] {
    let t = try c.tensor(name)
    guard t.ndim <= 1 else {
      throw c.bad(name, expected: "a 1-d sample", got: "shape \(t.shapeDescription)", kind: "ValueError")
    }
    var x = t.data
    let policy = c.builtin.parameters.contains { $0.name == "nan_policy" } ? try c.string("nan_policy") : "propagate"
    switch policy {
    case "propagate": break
    case "omit": x = x.filter { !$0.isNaN }
    case "raise":
      if x.contains(where: \.isNaN) {
        throw TesselError("ValueError", "\(c.builtin.name): \(name) contains NaN", at: c.range)
      }
    default:
      throw c.bad("nan_policy", expected: "'propagate', 'omit' or 'raise'", got: "'\(policy)'", kind: "ValueError")
    }
    guard !x.isEmpty else { throw TesselError("ValueError", "\(c.builtin.name): \(name) is empty", at: c.range) }
    return x
  }

  static func alternative(_ c: BuiltinCall) throws(TesselError) -> Alternative {
    let name = try c.string("alternative")
    guard let a = Alternative(rawValue: name) else {
      throw c.bad("alternative", expected: "'two-sided', 'less' or 'greater'", got: "'\(name)'", kind: "ValueError")
    }
    return a
  }

  static func sameLength(_ c: BuiltinCall, _ a: [Double], _ b: [Double], _ names: (String, String)) throws(TesselError)
  {
    guard a.count == b.count else {
      throw TesselError(
        "ValueError",
        "\(c.builtin.name): \(names.0) and \(names.1) must have the same length (\(a.count) and \(b.count))",
        at: c.range)
    }
  }

  static func ttestRecord(
    _ r: TestResult, null: String, test: String, _ alternative: Alternative, sizes: [(String, Int)]
  ) -> Value {
    let side: Double =
      switch alternative {
      case .less: -1
      case .twoSided: 0
      case .greater: 1
      }
    return .record(
      Record(
        "TtestResult", ["statistic": .number(r.statistic), "pvalue": .number(r.pvalue), "df": .number(r.df)],
        tupleCount: 2
      ).described(
        Reading.test(
          r.pvalue, null: null,
          detail: "\(test) t = \(Reading.number(r.statistic)), df = \(Reading.number(r.df)), \(alternative.rawValue)")
      ).keeping(["estimate": r.estimate, "standard_error": r.standardError, "alternative": side])
        .noting(sizes.map { ($0.0, String($0.1)) } + [("alternative", alternative.rawValue)]))
  }

  /// Methods of the result records: `TtestResult.confidence_interval()`.
  static let recordMethods: [String: [Builtin]] = [
    "TtestResult": [
      Builtin(
        "confidence_interval", [Parameter("self"), Parameter("confidence_level", .optional(.number(0.95)))],
        "The confidence interval for the mean (one sample, paired) or the difference of means (two samples).",
        details: """
          SciPy's: estimate ± t quantile × standard error, with the test's df; one-sided tests give a \
          one-sided interval.
          Example: ttest_ind(a, b).confidence_interval(0.99)
          """
      ) { c throws(TesselError) in
        guard case .record(let r) = c.value("self"), let estimate = r.internals["estimate"],
          let se = r.internals["standard_error"], let side = r.internals["alternative"],
          case .number(let df) = r["df"] ?? .none
        else { throw c.bad("self", expected: "a t-test result") }
        let level = try c.number("confidence_level")
        guard level >= 0 && level <= 1 else {
          throw c.bad(
            "confidence_level", expected: "a number between 0 and 1", got: Repr.number(level), kind: "ValueError")
        }
        let alternative: Alternative = side < 0 ? .less : side > 0 ? .greater : .twoSided
        let result = TestResult(statistic: .nan, pvalue: .nan, df: df, estimate: estimate, standardError: se)
        let (low, high) = TTests.confidenceInterval(result, level: level, alternative: alternative)
        return .record(
          Record("ConfidenceInterval", ["low": .number(low), "high": .number(high)]).described(
            "The \(Reading.number(level * 100))% confidence interval is [\(Reading.number(low)), \(Reading.number(high))]."
          ))
      }
    ]
  ]

  static func pair(
    _ type: String, _ r: TestResult, null: String, detail: String, sizes: [(String, Int)], _ alternative: Alternative
  ) -> Value {
    .record(
      Record(type, ["statistic": .number(r.statistic), "pvalue": .number(r.pvalue)]).described(
        Reading.test(r.pvalue, null: null, detail: detail)
      ).noting(sizes.map { ($0.0, String($0.1)) } + [("alternative", alternative.rawValue)]))
  }

  static let all: [Builtin] = [
    Builtin(
      "ttest_1samp", [Parameter("a"), Parameter("popmean"), nanPolicyParameter, alternativeParameter],
      "One-sample t-test of H₀: mean(a) = popmean.",
      details: "t = (x̄ − μ₀) / (s/√n), df = n − 1.\nExample: t, p = ttest_1samp(x, 0)"
    ) { c throws(TesselError) in
      let a = try sample(c, "a")
      let (popmean, alt) = (try c.number("popmean"), try alternative(c))
      return ttestRecord(
        TTests.oneSample(a, popmean: popmean, alternative: alt), null: "the mean is \(Reading.number(popmean))",
        test: "one-sample", alt, sizes: [("n", a.count)])
    },
    Builtin(
      "ttest_ind",
      [
        Parameter("a"), Parameter("b"), Parameter("equal_var", .optional(.bool(true))), nanPolicyParameter,
        alternativeParameter,
      ],
      "Two-sample t-test of H₀: equal means; pooled variance by default (SciPy's), Welch with equal_var=False.",
      details:
        "Pooled: t = (x̄₁ − x̄₂)/(sₚ√(1/n₁ + 1/n₂)), df = n₁ + n₂ − 2.\nWelch: t = (x̄₁ − x̄₂)/√(s₁²/n₁ + s₂²/n₂), Welch–Satterthwaite df.\nExample: ttest_ind(a, b, equal_var=False)"
    ) { c throws(TesselError) in
      let (a, b) = (try sample(c, "a"), try sample(c, "b"))
      let (equal, alt) = (try c.bool("equal_var"), try alternative(c))
      return ttestRecord(
        TTests.independent(a, b, equalVariances: equal, alternative: alt), null: "the means are equal",
        test: equal ? "Student's" : "Welch's", alt, sizes: [("n₁", a.count), ("n₂", b.count)])
    },
    Builtin(
      "ttest_rel", [Parameter("a"), Parameter("b"), nanPolicyParameter, alternativeParameter],
      "Paired t-test: the one-sample test of the differences a − b against 0.",
      details: "Example: ttest_rel(before, after)"
    ) { c throws(TesselError) in
      let (a, b) = (try sample(c, "a"), try sample(c, "b"))
      try sameLength(c, a, b, ("a", "b"))
      let alt = try alternative(c)
      return ttestRecord(
        TTests.related(a, b, alternative: alt), null: "the mean difference is 0", test: "paired", alt,
        sizes: [("pairs", a.count)])
    },
    Builtin(
      "proportions_ztest",
      [
        Parameter("count"), Parameter("nobs"), Parameter("value", .optional(.none)),
        Parameter("alternative", .optional(.string("two-sided"))), Parameter("prop_var", .optional(.bool(false))),
      ],
      "z-test for one proportion, or for the difference of two with the pooled proportion (statsmodels).",
      details:
        "z = (p̂₁ − p̂₂) / √(p̄(1 − p̄)(1/n₁ + 1/n₂)); alternative 'two-sided', 'larger' or 'smaller'.\nReturns (zstat, pvalue).\nExample: z, p = proportions_ztest([120, 150], [1000, 1000])"
    ) { c throws(TesselError) in
      let (count, nobs) = (try c.tensor("count").data, try c.tensor("nobs").data)
      let n = nobs.count == 1 && count.count > 1 ? [Double](repeating: nobs[0], count: count.count) : nobs
      guard count.count == n.count, [1, 2].contains(count.count) else {
        throw TesselError(
          "ValueError", "proportions_ztest: count and nobs must hold one or two samples each", at: c.range)
      }
      for v in n where !(v > 0) {
        throw c.bad("nobs", expected: "positive sample sizes", got: Repr.number(v), kind: "ValueError")
      }
      for (k, v) in count.enumerated() where !(v >= 0 && v <= n[k]) {
        throw c.bad("count", expected: "counts between 0 and nobs", got: Repr.number(v), kind: "ValueError")
      }
      let value = try c.optionalNumber("value")
      if count.count == 1 && value == nil {
        throw TesselError("ValueError", "proportions_ztest: value must be provided for a 1-sample test", at: c.range)
      }
      let name = try c.string("alternative")
      guard let alternative = Alternative(statsmodels: name) else {
        throw c.bad("alternative", expected: "'two-sided', 'larger' or 'smaller'", got: "'\(name)'", kind: "ValueError")
      }
      guard !(try c.bool("prop_var")) else {
        throw TesselError("NotImplementedError", "proportions_ztest: prop_var is not in Tessel yet", at: c.range)
      }
      let (z, p) = ProportionTests.zTest(count: count, nobs: n, value: value, alternative: alternative)
      return .tuple([.number(z), .number(p)])
    },
    Builtin(
      "chi2_contingency", [Parameter("observed"), Parameter("correction", .optional(.bool(true)))],
      "Chi-square test of independence on a table of counts (Yates' correction on 2×2 tables by default).",
      details:
        "E = row sums ⊗ column sums / N, χ² = Σ (O − E)²/E, dof = (r − 1)(c − 1).\nExample: stat, p, dof, expected = chi2_contingency([[120, 880], [150, 850]])"
    ) { c throws(TesselError) in
      let observed = try c.tensor("observed")
      guard observed.ndim <= 2 else {
        throw c.bad(
          "observed", expected: "a 1-d or 2-d table", got: "shape \(observed.shapeDescription)", kind: "ValueError")
      }
      let correction = try c.bool("correction")
      do throws(Contingency.Failure) {
        let r = try Contingency.chi2(observed, correction: correction)
        let yates = correction && r.dof == 1 ? ", Yates-corrected" : ""
        return .record(
          Record(
            "Chi2ContingencyResult",
            [
              "statistic": .number(r.statistic), "pvalue": .number(r.pvalue), "dof": .number(Double(r.dof)),
              "expected_freq": .tensor(r.expected),
            ]
          ).described(
            Reading.test(
              r.pvalue, null: "rows and columns are independent",
              detail: "χ² = \(Reading.number(r.statistic)), dof = \(r.dof)\(yates)")))
      } catch {
        throw TesselError("ValueError", error.message, at: c.range)
      }
    },
    Builtin(
      "pearsonr", [Parameter("x"), Parameter("y"), alternativeParameter],
      "Pearson's correlation r and the p-value of H₀: no correlation (exact under normality).",
      details: "Example: r, p = pearsonr(x, y)"
    ) { c throws(TesselError) in
      let (x, y) = (try sample(c, "x"), try sample(c, "y"))
      try sameLength(c, x, y, ("x", "y"))
      guard x.count >= 2 else {
        throw TesselError("ValueError", "pearsonr: x and y must have length at least 2.", at: c.range)
      }
      let alt = try alternative(c)
      let r = Correlation.pearson(x, y, alternative: alt)
      return pair(
        "PearsonRResult", r, null: "there is no linear correlation",
        detail: "r = \(Reading.number(r.statistic)), n = \(x.count), \(alt.rawValue)", sizes: [("n", x.count)], alt)
    },
    Builtin(
      "spearmanr", [Parameter("a"), Parameter("b"), nanPolicyParameter, alternativeParameter],
      "Spearman's rank correlation (Pearson's r of the average ranks) and its p-value.",
      details: "Example: rho, p = spearmanr(x, y)"
    ) { c throws(TesselError) in
      let (a, b) = (try sample(c, "a"), try sample(c, "b"))
      try sameLength(c, a, b, ("a", "b"))
      let alt = try alternative(c)
      let r = Correlation.spearman(a, b, alternative: alt)
      return pair(
        "SignificanceResult", r, null: "there is no monotonic association",
        detail: "ρ = \(Reading.number(r.statistic)), n = \(a.count), \(alt.rawValue)", sizes: [("n", a.count)], alt)
    },
    Builtin(
      "mannwhitneyu",
      [
        Parameter("x"), Parameter("y"), Parameter("use_continuity", .optional(.bool(true))), alternativeParameter,
        Parameter("method", .optional(.string("auto"))), nanPolicyParameter,
      ],
      "Mann–Whitney U test of H₀: neither sample tends to be larger; the statistic is x's U (SciPy ≥ 1.7).",
      details:
        "U₁ = R₁ − n₁(n₁+1)/2 from average ranks; exact p for a sample of ≤ 8 without ties ('auto'), else the tie-corrected normal approximation.\nExample: u, p = mannwhitneyu(a, b)"
    ) { c throws(TesselError) in
      let (x, y) = (try sample(c, "x"), try sample(c, "y"))
      let name = try c.string("method")
      guard let method = RankTests.Method(rawValue: name) else {
        throw c.bad("method", expected: "'auto', 'exact' or 'asymptotic'", got: "'\(name)'", kind: "ValueError")
      }
      let alt = try alternative(c)
      let r = RankTests.mannWhitney(x, y, useContinuity: try c.bool("use_continuity"), alternative: alt, method: method)
      return pair(
        "MannwhitneyuResult", r, null: "neither sample tends to have larger values",
        detail: "U = \(Reading.number(r.statistic)), n₁ = \(x.count), n₂ = \(y.count), \(alt.rawValue)",
        sizes: [("n₁", x.count), ("n₂", y.count)], alt)
    },
    Builtin(
      "multipletests",
      [
        Parameter("pvals"), Parameter("alpha", .optional(.number(0.05))), Parameter("method", .optional(.string("hs"))),
      ],
      "Adjusts p-values for multiple comparisons (statsmodels): 'hs' (Holm–Šidák, the default), 'holm', 'bonferroni', 'sidak', 'fdr_bh'.",
      details:
        "Returns (reject, pvals_corrected, alphacSidak, alphacBonf) in the input order.\nExample: reject, p_adj, _, _ = multipletests(ps, method='fdr_bh')"
    ) { c throws(TesselError) in
      let p = try c.tensor("pvals").data
      for v in p where !v.isNaN && !(v >= 0 && v <= 1) {
        throw c.bad("pvals", expected: "p-values in [0, 1]", got: Repr.number(v), kind: "ValueError")
      }
      let alpha = try c.number("alpha")
      let name = try c.string("method")
      guard let method = MultipleTesting.Method(name: name) else {
        throw c.bad(
          "method", expected: "'hs', 'holm', 'bonferroni', 'sidak' or 'fdr_bh'", got: "'\(name)'", kind: "ValueError")
      }
      let r = MultipleTesting.correct(p, alpha: alpha, method: method)
      return .tuple([
        .tensor(Tensor(shape: [p.count], data: r.reject.map { $0 ? 1 : 0 }, dtype: .bool)),
        .tensor(Tensor(r.corrected)), .number(r.alphaSidak), .number(r.alphaBonferroni),
      ])
    },
    Builtin(
      "entropy", [Parameter("pk"), Parameter("qk", .optional(.none)), Parameter("base", .optional(.none))],
      "Shannon entropy −Σ p ln p, or with qk the KL divergence Σ p ln(p/q) (both normalised first).",
      details: "Example: entropy([0.5, 0.5], base=2)  →  1"
    ) { c throws(TesselError) in
      let pk = try c.tensor("pk").data
      let qk = c.isGiven("qk") ? try c.tensor("qk").data : nil
      if let qk, qk.count != pk.count {
        throw TesselError(
          "ValueError", "entropy: qk and pk must have the same length (\(qk.count) and \(pk.count))", at: c.range)
      }
      return .number(Divergence.entropy(pk, qk, base: try c.optionalNumber("base")))
    },
    Builtin(
      "jensenshannon", [Parameter("p"), Parameter("q"), Parameter("base", .optional(.none))],
      "The Jensen–Shannon distance √JS between two distributions (SciPy's: a distance, not the divergence).",
      details: "JS = ½ KL(p ‖ m) + ½ KL(q ‖ m), m = (p + q)/2.\nExample: jensenshannon([1, 0], [0, 1])  →  √ln 2"
    ) { c throws(TesselError) in
      let (p, q) = (try c.tensor("p").data, try c.tensor("q").data)
      guard p.count == q.count else {
        throw TesselError(
          "ValueError", "jensenshannon: p and q must have the same length (\(p.count) and \(q.count))", at: c.range)
      }
      return .number(Divergence.jensenShannon(p, q, base: try c.optionalNumber("base")))
    },
    Builtin(
      "psi", [Parameter("baseline"), Parameter("current"), Parameter("bins", .optional(.number(10)))],
      "Population Stability Index of current against baseline: Σ (a − e) ln(a/e) over the baseline's quantile bins.",
      details:
        "Bins cut at the baseline's deciles (duplicates merged, outer bins open); empty bins count as 1e-4.\nBelow 0.1: no shift; 0.1–0.25: moderate; 0.25 and above: major.\nExample: psi(train_scores, live_scores)"
    ) { c throws(TesselError) in
      let (baseline, current) = (try sample(c, "baseline"), try sample(c, "current"))
      let bins = try c.integer("bins")
      guard bins >= 2 else { throw c.bad("bins", expected: "at least 2 bins", got: "\(bins)", kind: "ValueError") }
      return .number(Divergence.populationStability(baseline: baseline, current: current, bins: bins))
    },
    Builtin(
      "drift", [Parameter("baseline"), Parameter("current"), Parameter("bins", .optional(.number(10)))],
      "Has current drifted from baseline? The two-sample KS test and the PSI, with the PSI's band, in one record.",
      details:
        "Bands: PSI < 0.1 none, < 0.25 moderate, else major. The KS p-value is ks_2samp's (exact up to 10 000 values per sample).\nExample: drift(train_scores, live_scores)"
    ) { c throws(TesselError) in
      let (baseline, current) = (try sample(c, "baseline"), try sample(c, "current"))
      let bins = try c.integer("bins")
      guard bins >= 2 else { throw c.bad("bins", expected: "at least 2 bins", got: "\(bins)", kind: "ValueError") }
      let (ks, p) = KolmogorovSmirnov.twoSample(baseline, current, alternative: .twoSided, method: .auto)
      let d = ks.d
      let index = Divergence.populationStability(baseline: baseline, current: current, bins: bins)
      let band = Divergence.band(index)
      let shift =
        switch band {
        case "none": "no significant shift (PSI < 0.1)"
        case "moderate": "a moderate shift (0.1 ≤ PSI < 0.25): investigate"
        default: "a major shift (PSI ≥ 0.25)"
        }
      let ksReading =
        p < Reading.alpha
        ? "the KS test rejects equal distributions (D = \(Reading.number(d)), p = \(String(format: "%.3g", p)))"
        : "the KS test finds no difference (D = \(Reading.number(d)), p = \(String(format: "%.3g", p)))"
      return .record(
        Record(
          "DriftResult",
          ["ks_statistic": .number(d), "ks_pvalue": .number(p), "psi": .number(index), "band": .string(band)]
        ).described("PSI = \(Reading.number(index)): \(shift); \(ksReading)."))
    },
  ]
}

/// Plain-language readings of test results, for display next to SciPy's fields.
enum Reading {
  static let alpha = 0.05

  /// Four significant digits, without a trailing `.0` on whole numbers.
  static func number(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x > 0 ? "inf" : "-inf" }
    if x == x.rounded() && Swift.abs(x) < 1e15 { return String(Int(x)) }
    return String(format: "%.4g", x)
  }

  /// "p = 0.0123 < α = 0.05: reject H₀ that … (detail)." or "… ≥ α = 0.05: no evidence against H₀ that …".
  static func test(_ p: Double, null: String, detail: String) -> String {
    guard !p.isNaN else { return "p is undefined (nan) for these samples: no verdict on H₀ that \(null) (\(detail))." }
    let shown = String(format: "%.3g", p)
    if p < alpha { return "p = \(shown) < α = 0.05: reject H₀ that \(null) (\(detail))." }
    return "p = \(shown) ≥ α = 0.05: no evidence against H₀ that \(null) (\(detail))."
  }
}
