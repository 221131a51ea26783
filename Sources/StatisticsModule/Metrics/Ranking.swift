import Foundation
import TensorModule

/// ROC curves and the area under them, as scikit-learn computes them (`_binary_clf_curve`).
public enum RankingMetrics {
  public struct Curve: Sendable {
    public var fpr: [Double]
    public var tpr: [Double]
    public var thresholds: [Double]
  }

  /// Scores in decreasing order (ties keep sklearn's order: a stable ascending sort, reversed), one point
  /// per distinct score, collinear interior points dropped, (0, 0) first with threshold +inf.
  ///
  /// With weights, samples of weight 0 are dropped first and the true and false positives are running
  /// sums of weights (sklearn's `stable_cumsum`), not counts.
  public static func rocCurve(
    _ positive: [Bool], _ scores: [Double], weights: [Double]? = nil, dropIntermediate: Bool = true
  ) -> Curve {
    if let weights, weights.contains(0) {
      let kept = weights.indices.filter { weights[$0] != 0 }
      return rocCurve(
        kept.map { positive[$0] }, kept.map { scores[$0] }, weights: kept.map { weights[$0] },
        dropIntermediate: dropIntermediate)
    }
    var (fps, tps, thresholds) = distinctThresholds(positive, scores, weights: weights)
    if dropIntermediate && fps.count > 2 {
      var keep = [true]
      for j in 1..<(fps.count - 1) {
        let secondF = fps[j + 1] - 2 * fps[j] + fps[j - 1]
        let secondT = tps[j + 1] - 2 * tps[j] + tps[j - 1]
        keep.append(secondF != 0 || secondT != 0)
      }
      keep.append(true)
      fps = fps.indices.filter { keep[$0] }.map { fps[$0] }
      tps = tps.indices.filter { keep[$0] }.map { tps[$0] }
      thresholds = thresholds.indices.filter { keep[$0] }.map { thresholds[$0] }
    }
    tps.insert(0, at: 0)
    fps.insert(0, at: 0)
    thresholds.insert(.infinity, at: 0)
    let (fpsLast, tpsLast) = (fps.last!, tps.last!)
    return Curve(
      fpr: fps.map { fpsLast > 0 ? $0 / fpsLast : .nan }, tpr: tps.map { tpsLast > 0 ? $0 / tpsLast : .nan },
      thresholds: thresholds)
  }

  /// sklearn's `_binary_clf_curve`: scores in decreasing order (ties in a stable ascending sort's order, reversed),
  /// the false and true positives (counts, or sums of weights) at each distinct score.
  static func distinctThresholds(_ positive: [Bool], _ scores: [Double], weights: [Double]?) -> (
    fps: [Double], tps: [Double], thresholds: [Double]
  ) {
    let n = scores.count
    let order = Array(Tensor.stableOrder(scores).reversed())
    var tps: [Double] = []
    var fps: [Double] = []
    var thresholds: [Double] = []
    var (tp, fp) = (0.0, 0.0)
    for (rank, i) in order.enumerated() {
      if positive[i] { tp += weights?[i] ?? 1 } else if let weights { fp += weights[i] }
      // The last of a run of equal scores closes a point.
      if rank == n - 1 || scores[order[rank + 1]] != scores[i] {
        tps.append(tp)
        fps.append(weights == nil ? Double(rank + 1) - tp : fp)
        thresholds.append(scores[i])
      }
    }
    return (fps, tps, thresholds)
  }

  /// sklearn's `average_precision_score` for one binary problem: the precisions at each distinct threshold
  /// weighted by the recall gained there, summed (NumPy's pairwise order) from the lowest threshold up.
  public static func averagePrecision(_ positive: [Bool], _ scores: [Double], weights: [Double]? = nil) -> Double {
    if let weights, weights.contains(0) {
      let kept = weights.indices.filter { weights[$0] != 0 }
      return averagePrecision(kept.map { positive[$0] }, kept.map { scores[$0] }, weights: kept.map { weights[$0] })
    }
    let (fps, tps, _) = distinctThresholds(positive, scores, weights: weights)
    guard let total = tps.last else { return .nan }
    let m = tps.count
    let precision = (0..<m).map { tps[$0] + fps[$0] == 0 ? 0 : tps[$0] / (tps[$0] + fps[$0]) }
    let recall = (0..<m).map { total == 0 ? 1 : tps[$0] / total }
    // Reversed: recall falls to a final 0; each term is the (negative) step times the precision before it.
    let terms = (0..<m).map { j -> Double in
      let k = m - 1 - j
      let next = k == 0 ? 0 : recall[k - 1]
      return (next - recall[k]) * precision[k]
    }
    return -Moments.sum(terms)
  }

  /// The trapezoidal area under the ROC curve (sklearn's `auc(fpr, tpr)`); NaN with one class only.
  public static func rocAUC(_ positive: [Bool], _ scores: [Double], weights: [Double]? = nil) -> Double {
    let p = positive.filter { $0 }.count
    if p == 0 || p == positive.count { return .nan }
    let c = rocCurve(positive, scores, weights: weights)
    var area = 0.0
    for i in 1..<c.fpr.count { area += (c.fpr[i] - c.fpr[i - 1]) * (c.tpr[i] + c.tpr[i - 1]) / 2 }
    return area
  }
}
