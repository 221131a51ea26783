import Foundation

/// A test's outcome: the statistic, its p-value, and the degrees of freedom where the null has them.
///
/// t-tests also keep what their confidence interval needs: the estimate (a mean, or a difference of
/// means) and its standard error, so that statistic = (estimate − null value) / standardError.
public struct TestResult: Sendable, Equatable {
  public var statistic: Double
  public var pvalue: Double
  public var df: Double
  public var estimate: Double
  public var standardError: Double

  public init(
    statistic: Double, pvalue: Double, df: Double = .nan, estimate: Double = .nan, standardError: Double = .nan
  ) {
    self.statistic = statistic
    self.pvalue = pvalue
    self.df = df
    self.estimate = estimate
    self.standardError = standardError
  }
}

/// SciPy's t-tests (`ttest_1samp`, `ttest_ind` pooled or Welch, `ttest_rel`), with its edge cases:
/// zero variance gives ±inf (p = 0) or NaN, and NaN anywhere propagates.
public enum TTests {
  static func finish(_ t: Double, _ df: Double, _ alternative: Alternative, estimate: Double, standardError: Double)
    -> TestResult
  {
    let d = StudentT(df: df)
    let p = t.isNaN || df.isNaN || !(df > 0) ? Double.nan : alternative.pValue(t, cdf: d.cdf, sf: d.sf)
    return TestResult(statistic: t, pvalue: p, df: df, estimate: estimate, standardError: standardError)
  }

  /// t = (mean − popmean) / √(s²/n), df = n − 1; the estimate is the mean itself, as SciPy's.
  public static func oneSample(_ a: [Double], popmean: Double, alternative: Alternative) -> TestResult {
    let n = Double(a.count)
    let mean = Moments.mean(a)
    let se = (Moments.variance(a, ddof: 1) / n).squareRoot()
    return finish((mean - popmean) / se, n - 1, alternative, estimate: mean, standardError: se)
  }

  /// SciPy's `TtestResult.confidence_interval`: estimate + t_{df} quantiles × standard error, two-sided
  /// or open on the side the alternative does not test.
  public static func confidenceInterval(_ r: TestResult, level: Double, alternative: Alternative) -> (
    low: Double, high: Double
  ) {
    let t = StudentT(df: r.df)
    let (low, high): (Double, Double) =
      switch alternative {
      case .less: (-.infinity, t.ppf(level))
      case .greater: (t.ppf(1 - level), .infinity)
      case .twoSided: (t.ppf((1 - level) / 2), t.ppf(1 - (1 - level) / 2))
      }
    return (low * r.standardError + r.estimate, high * r.standardError + r.estimate)
  }

  /// Student's pooled test (`equal_var=True`, SciPy's default) or Welch's (`equal_var=False`).
  public static func independent(_ a: [Double], _ b: [Double], equalVariances: Bool, alternative: Alternative)
    -> TestResult
  {
    let (n1, n2) = (Double(a.count), Double(b.count))
    // A sample of one has no variance; SciPy counts it as 0 in the pooled estimate.
    let v1 = a.count == 1 && equalVariances ? 0 : Moments.variance(a, ddof: 1)
    let v2 = b.count == 1 && equalVariances ? 0 : Moments.variance(b, ddof: 1)
    let difference = Moments.mean(a) - Moments.mean(b)
    if equalVariances {
      let df = n1 + n2 - 2
      let pooled = ((n1 - 1) * v1 + (n2 - 1) * v2) / df
      let se = (pooled * (1 / n1 + 1 / n2)).squareRoot()
      return finish(difference / se, df, alternative, estimate: difference, standardError: se)
    }
    let (vn1, vn2) = (v1 / n1, v2 / n2)
    var df = (vn1 + vn2) * (vn1 + vn2) / (vn1 * vn1 / (n1 - 1) + vn2 * vn2 / (n2 - 1))
    // Both variances zero: SciPy sets df to 1.
    if df.isNaN { df = 1 }
    let se = (vn1 + vn2).squareRoot()
    return finish(difference / se, df, alternative, estimate: difference, standardError: se)
  }

  /// The one-sample test on the differences a − b.
  public static func related(_ a: [Double], _ b: [Double], alternative: Alternative) -> TestResult {
    oneSample(zip(a, b).map { $0 - $1 }, popmean: 0, alternative: alternative)
  }
}
