import TensorModule

/// `rankdata`'s methods: ties get their average, lowest, highest or next dense rank, or ranks in order of
/// appearance ('ordinal').
public enum Ranking: String, Sendable {
  case average, min, max, dense, ordinal

  /// 1-based ranks of `x`, whose values are not NaN.
  public func ranks(_ x: [Double]) -> [Double] {
    let order = Tensor.stableOrder(x)
    var ranks = [Double](repeating: 0, count: x.count)
    var i = 0
    var dense = 0.0
    while i < order.count {
      var j = i + 1
      while j < order.count && x[order[j]] == x[order[i]] { j += 1 }
      dense += 1
      for (offset, position) in order[i..<j].enumerated() {
        ranks[position] =
          switch self {
          case .average: Double(i + 1 + j) / 2
          case .min: Double(i + 1)
          case .max: Double(j)
          case .dense: dense
          case .ordinal: Double(i + 1 + offset)
          }
      }
      i = j
    }
    return ranks
  }
}
