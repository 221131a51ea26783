import Foundation

/// scikit-learn's losses on predicted probabilities of the positive class, and `calibration_curve`.
public enum ProbabilisticMetrics {
  /// Mean of −[y ln p + (1 − y) ln(1 − p)] with p clipped to [eps, 1 − eps] (a confident miss costs
  /// −ln eps ≈ 36.04, not inf).
  public static func logLoss(_ positive: [Bool], _ p: [Double]) -> Double {
    let eps = Double.ulpOfOne
    let losses = zip(positive, p).map { y, q -> Double in
      let (neg, pos) = (Swift.min(Swift.max(1 - q, eps), 1 - eps), Swift.min(Swift.max(q, eps), 1 - eps))
      return -(y ? Foundation.log(pos) : Foundation.log(neg))
    }
    return Moments.mean(losses)
  }

  /// Mean of (y − p)².
  public static func brier(_ positive: [Bool], _ p: [Double]) -> Double {
    Moments.mean(zip(positive, p).map { y, q in ((y ? 1 : 0) - q) * ((y ? 1 : 0) - q) })
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
