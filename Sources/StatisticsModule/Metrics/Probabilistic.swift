import Foundation
import TensorModule

/// scikit-learn's losses on predicted probabilities of the positive class, and `calibration_curve`.
public enum ProbabilisticMetrics {
  /// scikit-learn's `log_loss`: each sample's −ln p of its true class, with p clipped to
  /// [eps, 1 − eps] (a confident miss costs −ln eps ≈ 36.04, not inf), then averaged (weighted by
  /// `weights` if given) or, with `normalize` false, summed.
  ///
  /// `probabilities` holds one row of `classes` values per sample; `trueClass` indexes the row.
  public static func logLoss(
    trueClass: [Int], probabilities p: [Double], classes k: Int, weights: [Double]?, normalize: Bool
  ) -> Double {
    let eps = Double.ulpOfOne
    let losses = trueClass.enumerated().map { i, c in -Foundation.log(Swift.min(Swift.max(p[i * k + c], eps), 1 - eps))
    }
    // NumPy's order: mean or sum; with weights average = Σ(l·w)/Σw, or np.dot for the weighted sum.
    guard let weights else { return normalize ? Moments.mean(losses) : Moments.sum(losses) }
    if !normalize { return Linalg.dot(losses, weights) }
    return Moments.sum(zip(losses, weights).map(*)) / Moments.sum(weights)
  }

  /// Mean of (y − p)², weighted by `weights` if given.
  public static func brier(_ positive: [Bool], _ p: [Double], weights: [Double]? = nil) -> Double {
    Moments.average(zip(positive, p).map { y, q in ((y ? 1 : 0) - q) * ((y ? 1 : 0) - q) }, weights: weights)
  }

  /// Fraction of positives and mean prediction in each non-empty bin; bins [0, 1] cut evenly
  /// ('uniform') or at the predictions' percentiles ('quantile'); a value on an edge goes down.
  public static func calibration(
    _ positive: [Bool], _ p: [Double], bins: Int, quantile: Bool, edges quantileEdges: [Double]?
  )
    -> (fractionPositive: [Double], meanPredicted: [Double])
  {
    let edges = quantileEdges ?? (0...bins).map { Double($0) / Double(bins) }
    let inner = Array(edges.dropFirst().dropLast())
    var sums = [Double](repeating: 0, count: edges.count - 1)
    var trues = [Double](repeating: 0, count: edges.count - 1)
    var counts = [Double](repeating: 0, count: edges.count - 1)
    for (y, q) in zip(positive, p) {
      // searchsorted(inner, q, side='left')
      var (lo, hi) = (0, inner.count)
      while lo < hi {
        let mid = (lo + hi) / 2
        if inner[mid] < q { lo = mid + 1 } else { hi = mid }
      }
      sums[lo] += q
      trues[lo] += y ? 1 : 0
      counts[lo] += 1
    }
    let nonEmpty = counts.indices.filter { counts[$0] > 0 }
    return (nonEmpty.map { trues[$0] / counts[$0] }, nonEmpty.map { sums[$0] / counts[$0] })
  }
}
