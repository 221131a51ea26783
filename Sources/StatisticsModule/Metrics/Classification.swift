import Foundation

/// scikit-learn's classification metrics over labels coded 0..<k (the sorted classes).
public enum ClassificationMetrics {
  /// counts[t][p]: rows are true classes, columns predicted (`confusion_matrix`); with weights, each
  /// sample adds its weight instead of 1.
  public static func confusion(_ truth: [Int], _ predicted: [Int], classes k: Int, weights: [Double]? = nil)
    -> [[Double]]
  {
    var m = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
    for (i, (t, p)) in zip(truth, predicted).enumerated() { m[t][p] += weights?[i] ?? 1 }
    return m
  }

  public enum Average: String, Sendable {
    case binary, micro, macro, weighted
  }

  public struct Scores: Sendable {
    public var precision: [Double]
    public var recall: [Double]
    public var f1: [Double]
    public var support: [Double]
  }

  /// Per-class precision TP/(TP+FP), recall TP/(TP+FN) and F1 = 2TP/(2TP+FP+FN), an undefined ratio
  /// becoming `zeroDivision` (sklearn's 'warn' is 0).
  public static func scores(_ m: [[Double]], zeroDivision: Double) -> Scores {
    let k = m.count
    var out = Scores(precision: [], recall: [], f1: [], support: [])
    for c in 0..<k {
      let tp = m[c][c]
      let predicted = (0..<k).reduce(0) { $0 + m[$1][c] }
      let actual = m[c].reduce(0, +)
      out.precision.append(predicted > 0 ? tp / predicted : zeroDivision)
      out.recall.append(actual > 0 ? tp / actual : zeroDivision)
      let denominator = predicted + actual
      out.f1.append(denominator > 0 ? 2 * tp / denominator : zeroDivision)
      out.support.append(actual)
    }
    return out
  }

  /// Micro averages pool the counts of all classes: precision = recall = F1 = accuracy for single-label data.
  public static func micro(_ m: [[Double]], zeroDivision: Double) -> (Double, Double, Double) {
    let k = m.count
    let tp = (0..<k).reduce(0) { $0 + m[$1][$1] }
    let total = m.joined().reduce(0, +)
    let p = total > 0 ? tp / total : zeroDivision
    return (p, p, total > 0 ? tp / total : zeroDivision)
  }
}
