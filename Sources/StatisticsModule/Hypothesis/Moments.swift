import Foundation
import TensorModule

/// Means and variances as SciPy's tests compute them: NumPy's pairwise sum for the mean, then the
/// mean of squared deviations scaled by n/(n − ddof) (`scipy.stats._stats_py._var`).
public enum Moments {
  /// NumPy's pairwise summation, so means agree with SciPy's to the bit.
  public static func sum(_ x: [Double]) -> Double {
    x.withUnsafeBufferPointer { $0.isEmpty ? 0 : Tensor.pairwiseSum($0.baseAddress!, $0.count) }
  }

  public static func mean(_ x: [Double]) -> Double { x.isEmpty ? .nan : sum(x) / Double(x.count) }

  /// NumPy's `average`: the mean, or Σ xᵢwᵢ / Σ wᵢ with weights (pairwise sums for both).
  public static func average(_ x: [Double], weights: [Double]?) -> Double {
    guard let weights else { return mean(x) }
    return sum(zip(x, weights).map(*)) / sum(weights)
  }

  /// Σ(x − mean)²/n · n/(n − ddof).
  public static func variance(_ x: [Double], ddof: Double = 0) -> Double {
    let n = Double(x.count)
    let m = mean(x)
    let squares = x.map { ($0 - m) * ($0 - m) }
    let v = sum(squares) / n
    return ddof == 0 ? v : v * (n / (n - ddof))
  }
}
