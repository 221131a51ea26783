import Foundation

/// scikit-learn's regression metrics for one output: plain means (NumPy's pairwise sums) and R²
/// with `force_finite` (a constant y_true gives 1 for a perfect fit, else 0).
public enum RegressionMetrics {
  public static func meanSquaredError(_ y: [Double], _ yhat: [Double]) -> Double {
    Moments.mean(zip(y, yhat).map { ($0 - $1) * ($0 - $1) })
  }

  public static func meanAbsoluteError(_ y: [Double], _ yhat: [Double]) -> Double {
    Moments.mean(zip(y, yhat).map { Swift.abs($1 - $0) })
  }

  /// 1 − Σ(y − ŷ)² / Σ(y − ȳ)²; NaN for fewer than two samples.
  public static func r2(_ y: [Double], _ yhat: [Double]) -> Double {
    if y.count < 2 { return .nan }
    let numerator = Moments.sum(zip(y, yhat).map { ($0 - $1) * ($0 - $1) })
    let mean = Moments.mean(y)
    let denominator = Moments.sum(y.map { ($0 - mean) * ($0 - mean) })
    if denominator == 0 { return numerator == 0 ? 1 : 0 }
    return 1 - numerator / denominator
  }
}
