import Foundation

/// D'Agostino's tests of normality as SciPy computes them: `skewtest` (the sample skewness transformed to a
/// standard normal), `kurtosistest` (Anscombe and Glynn's transform of the kurtosis) and `normaltest`
/// (their squares summed, against χ² with 2 degrees of freedom), each in SciPy's order of operations.
public enum NormalityTests {
  /// Z and p from the biased sample skewness `b2` of `n` values.
  public static func skewTest(skewness b2: Double, count: Int, alternative: Alternative) -> TestResult {
    let n = Double(count)
    var y = b2 * (((n + 1) * (n + 3)) / (6.0 * (n - 2))).squareRoot()
    let beta2 =
      (3.0 * (Foundation.pow(n, 2) + 27 * n - 70) * (n + 1) * (n + 3) / ((n - 2.0) * (n + 5) * (n + 7) * (n + 9)))
    let w2 = -1 + (2 * (beta2 - 1)).squareRoot()
    let delta = 1 / (0.5 * Foundation.log(w2)).squareRoot()
    let alpha = (2.0 / (w2 - 1)).squareRoot()
    if y == 0 { y = 1 }
    let z = delta * Foundation.log(y / alpha + (Foundation.pow(y / alpha, 2) + 1).squareRoot())
    return TestResult(statistic: z, pvalue: normalPValue(z, alternative))
  }

  /// Z and p from the biased Pearson kurtosis `b2` of `n` values.
  public static func kurtosisTest(kurtosis b2: Double, count: Int, alternative: Alternative) -> TestResult {
    let n = Double(count)
    let e = 3.0 * (n - 1) / (n + 1)
    let varb2 = 24.0 * n * (n - 2) * (n - 3) / ((n + 1) * (n + 1.0) * (n + 3) * (n + 5))
    let x = (b2 - e) / Foundation.pow(varb2, 0.5)
    let sqrtbeta1 =
      6.0 * (n * n - 5 * n + 2) / ((n + 7) * (n + 9))
      * Foundation.pow((6.0 * (n + 3) * (n + 5)) / (n * (n - 2) * (n - 3)), 0.5)
    let a = 6.0 + 8.0 / sqrtbeta1 * (2.0 / sqrtbeta1 + Foundation.pow(1 + 4.0 / Foundation.pow(sqrtbeta1, 2), 0.5))
    let term1 = 1 - 2 / (9.0 * a)
    let denom = 1 + x * Foundation.pow(2 / (a - 4.0), 0.5)
    let sign: Double = denom > 0 ? 1 : denom < 0 ? -1 : denom == 0 ? 0 : .nan
    let root = denom == 0 ? Double.nan : Foundation.pow((1 - 2.0 / a) / Swift.abs(denom), 1.0 / 3.0)
    let term2 = sign * root
    let z = (term1 - term2) / Foundation.pow(2 / (9.0 * a), 0.5)
    return TestResult(statistic: z, pvalue: normalPValue(z, alternative))
  }

  /// The omnibus K² = Z_skew² + Z_kurt² and its χ²₂ upper tail.
  public static func normalTest(skewness: Double, kurtosis: Double, count: Int) -> TestResult {
    let s = skewTest(skewness: skewness, count: count, alternative: .twoSided).statistic
    let k = kurtosisTest(kurtosis: kurtosis, count: count, alternative: .twoSided).statistic
    let statistic = s * s + k * k
    return TestResult(statistic: statistic, pvalue: Special.gammaQ(2.0 / 2.0, statistic / 2.0))
  }

  /// SciPy's `_get_pvalue` with the standard normal.
  static func normalPValue(_ z: Double, _ alternative: Alternative) -> Double {
    switch alternative {
    case .less: Special.ndtr(z)
    case .greater: Special.ndtr(-z)
    case .twoSided: 2 * Special.ndtr(-Swift.abs(z))
    }
  }
}
