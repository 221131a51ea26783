import Foundation

extension RandomState {
  /// NumPy's legacy `choice` as indices into a population of `n`: uniform integers with replacement, the
  /// cumulative `p` searched by uniform draws when weighted, a permutation's head without replacement, and
  /// NumPy's rounds (redraw the places left, drawn weights zeroed) for weighted picks without replacement.
  public mutating func choiceIndices(_ n: Int, count: Int, replace: Bool, p: [Double]?) throws(TensorError) -> [Int] {
    if let p { return try weightedIndices(n, count: count, replace: replace, p: p, legacy: true) }
    var picks: [Int] = []
    if replace {
      for _ in 0..<count { picks.append(integer(0, n)) }
      return picks
    }
    guard count <= n else {
      throw TensorError(.value, "Cannot take a larger sample than population when 'replace=False'")
    }
    var order = Array(0..<n)
    for (i, j) in shuffleOrder(n) { order.swapAt(i, j) }
    return Array(order.prefix(count))
  }

  /// NumPy's legacy `exponential(scale)`: the inverse of the cdf at a uniform draw.
  public mutating func exponential(_ scale: Double) -> Double { scale * standardExponential() }
}
