import Foundation
import TensorModule

/// SciPy's `pearsonr` and `spearmanr`.
public enum Correlation {
  /// Pearson's r and its p-value.
  ///
  /// r from the centred vectors scaled by their largest magnitude (overflow-safe), p from the
  /// Beta(n/2 − 1, n/2 − 1) law of r on [−1, 1]. Constant input gives NaN.
  public static func pearson(_ x: [Double], _ y: [Double], alternative: Alternative) -> TestResult {
    let n = x.count
    if x.contains(where: \.isNaN) || y.contains(where: \.isNaN) { return TestResult(statistic: .nan, pvalue: .nan) }
    if x.allSatisfy({ $0 == x[0] }) || y.allSatisfy({ $0 == y[0] }) { return TestResult(statistic: .nan, pvalue: .nan) }
    // SciPy's steps and rounding: deviations, their norms scaled by the largest deviation (np.linalg.norm along an
    // axis is the square root of a pairwise sum of squares), and r as the ddot of the normalised deviations
    // (np.vecdot).
    let (mx, my) = (Moments.mean(x), Moments.mean(y))
    let xm = x.map { $0 - mx }
    let ym = y.map { $0 - my }
    let xmax = xm.reduce(0) { Swift.max($0, Swift.abs($1)) }
    let ymax = ym.reduce(0) { Swift.max($0, Swift.abs($1)) }
    let normx = xmax * norm(xm.map { $0 / xmax })
    let normy = ymax * norm(ym.map { $0 / ymax })
    var r = Linalg.dot(xm.map { $0 / normx }, ym.map { $0 / normy })
    r = Swift.min(Swift.max(r, -1), 1)
    if n == 2 { return TestResult(statistic: r.rounded(), pvalue: 1) }
    return TestResult(statistic: r, pvalue: rPValue(r, Double(n), alternative))
  }

  /// The p-value of r under independence: r on [−1, 1] follows Beta(n/2 − 1, n/2 − 1) stretched.
  static func rPValue(_ r: Double, _ n: Double, _ alternative: Alternative) -> Double {
    let ab = n / 2 - 1
    // cdf(r) = I over (r + 1)/2 of (ab, ab): SciPy's `betainc`, Boost's in double, so SciPy's digits.
    // sf(r) = I over (1 − r)/2 of (ab, ab): SciPy's `betaincc` runs Boost in long double, which Tessel does not
    // have yet, so this one agrees to about 1e-15 only.
    func sf(_ v: Double) -> Double { Special.incompleteBeta(ab, ab, x: (1 - v) / 2, y: (1 + v) / 2).value }
    func cdf(_ v: Double) -> Double { Special.regularizedBeta(ab, ab, (v - -1) / 2) }
    return alternative.pValue(r, cdf: cdf, sf: sf)
  }

  static func norm(_ v: [Double]) -> Double {
    let squares = v.map { $0 * $0 }
    return squares.withUnsafeBufferPointer { b in b.baseAddress.map { Tensor.pairwiseSum($0, b.count) } ?? 0 }
      .squareRoot()
  }

  /// Average ranks (ties share the mean of their positions), 1-based: SciPy's `rankdata`.
  public static func ranks(_ x: [Double]) -> [Double] { Ranking.average.ranks(x) }

  /// Pearson's r of the ranks; p from t = r√((n − 2)/((r + 1)(1 − r))) with n − 2 degrees of freedom.
  public static func spearman(_ x: [Double], _ y: [Double], alternative: Alternative) -> TestResult {
    if x.contains(where: \.isNaN) || y.contains(where: \.isNaN) { return TestResult(statistic: .nan, pvalue: .nan) }
    let (rx, ry) = (ranks(x), ranks(y))
    if rx.allSatisfy({ $0 == rx[0] }) || ry.allSatisfy({ $0 == ry[0] }) {
      return TestResult(statistic: .nan, pvalue: .nan)
    }
    // np.corrcoef: the covariance matrix over the product of standard deviations.
    let (mx, my) = (Moments.mean(rx), Moments.mean(ry))
    let n = Double(x.count)
    let cxy = Moments.sum(zip(rx, ry).map { ($0 - mx) * ($1 - my) }) / (n - 1)
    let cxx = Moments.sum(rx.map { ($0 - mx) * ($0 - mx) }) / (n - 1)
    let cyy = Moments.sum(ry.map { ($0 - my) * ($0 - my) }) / (n - 1)
    var r = cxy / cxx.squareRoot() / cyy.squareRoot()
    r = Swift.min(Swift.max(r, -1), 1)
    let df = n - 2
    if df <= 0 { return TestResult(statistic: r, pvalue: .nan) }
    let t = r * (df / Swift.max((r + 1) * (1 - r), 0)).squareRoot()
    let d = StudentT(df: df)
    return TestResult(statistic: r, pvalue: alternative.pValue(t, cdf: d.cdf, sf: d.sf))
  }
}
