import Foundation

/// A test's outcome: the statistic, its p-value, and the degrees of freedom where the null has them.
public struct TestResult: Sendable, Equatable {
  public var statistic: Double
  public var pvalue: Double
  public var df: Double

  public init(statistic: Double, pvalue: Double, df: Double = .nan) {
    self.statistic = statistic
    self.pvalue = pvalue
    self.df = df
  }
}

/// SciPy's t-tests (`ttest_1samp`, `ttest_ind` pooled or Welch, `ttest_rel`), with its edge cases:
/// zero variance gives ±inf (p = 0) or NaN, and NaN anywhere propagates.
public enum TTests {
  static func finish(_ t: Double, _ df: Double, _ alternative: Alternative) -> TestResult {
    let d = StudentT(df: df)
    let p = t.isNaN || df.isNaN || !(df > 0) ? Double.nan : alternative.pValue(t, cdf: d.cdf, sf: d.sf)
    return TestResult(statistic: t, pvalue: p, df: df)
  }

  /// t = (mean − popmean) / √(s²/n), df = n − 1.
  public static func oneSample(_ a: [Double], popmean: Double, alternative: Alternative) -> TestResult {
    let n = Double(a.count)
    let d = Moments.mean(a) - popmean
    let v = Moments.variance(a, ddof: 1)
    return finish(d / (v / n).squareRoot(), n - 1, alternative)
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
      return finish(difference / (pooled * (1 / n1 + 1 / n2)).squareRoot(), df, alternative)
    }
    let (vn1, vn2) = (v1 / n1, v2 / n2)
    var df = (vn1 + vn2) * (vn1 + vn2) / (vn1 * vn1 / (n1 - 1) + vn2 * vn2 / (n2 - 1))
    // Both variances zero: SciPy sets df to 1.
    if df.isNaN { df = 1 }
    return finish(difference / (vn1 + vn2).squareRoot(), df, alternative)
  }

  /// The one-sample test on the differences a − b.
  public static func related(_ a: [Double], _ b: [Double], alternative: Alternative) -> TestResult {
    oneSample(zip(a, b).map { $0 - $1 }, popmean: 0, alternative: alternative)
  }
}
