import Foundation

/// scikit-learn's regression metrics for one output: plain means (NumPy's pairwise sums) and R²
/// with `force_finite` (a constant y_true gives 1 for a perfect fit, else 0).
public enum RegressionMetrics {
  /// The mean of (y − ŷ)², weighted by `weights` if given.
  public static func meanSquaredError(_ y: [Double], _ yhat: [Double], weights: [Double]? = nil) -> Double {
    Moments.average(zip(y, yhat).map { ($0 - $1) * ($0 - $1) }, weights: weights)
  }

  /// The mean of |y − ŷ|, weighted by `weights` if given.
  public static func meanAbsoluteError(_ y: [Double], _ yhat: [Double], weights: [Double]? = nil) -> Double {
    Moments.average(zip(y, yhat).map { Swift.abs($1 - $0) }, weights: weights)
  }

  /// 1 − Σw(y − ŷ)² / Σw(y − ȳ_w)² (w = 1 without weights); NaN for fewer than two samples.
  public static func r2(_ y: [Double], _ yhat: [Double], weights: [Double]? = nil) -> Double {
    if y.count < 2 { return .nan }
    let w = weights ?? [Double](repeating: 1, count: y.count)
    let numerator = Moments.sum(
      zip(zip(y, yhat), w).map { pair, weight in weight * ((pair.0 - pair.1) * (pair.0 - pair.1)) })
    let mean = Moments.average(y, weights: weights)
    let denominator = Moments.sum(zip(y, w).map { v, weight in weight * ((v - mean) * (v - mean)) })
    if denominator == 0 { return numerator == 0 ? 1 : 0 }
    return 1 - numerator / denominator
  }
}
