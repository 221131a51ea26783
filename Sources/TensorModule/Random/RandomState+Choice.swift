import Foundation

extension RandomState {
  /// NumPy's legacy `choice` as indices into a population of `n`: uniform integers with replacement, the
  /// cumulative `p` searched by uniform draws when weighted, a permutation's head without replacement, and
  /// NumPy's rounds (redraw the places left, drawn weights zeroed) for weighted picks without replacement.
  public mutating func choiceIndices(_ n: Int, count: Int, replace: Bool, p: [Double]?) throws(TensorError) -> [Int] {
    var picks: [Int] = []
    if let p {
      guard p.count == n else { throw TensorError(.value, "a and p must have same size") }
      guard p.allSatisfy({ $0 >= 0 }) else { throw TensorError(.value, "probabilities are not non-negative") }
      let total = p.reduce(0, +)
      // NumPy's tolerance: √eps.
      guard Swift.abs(total - 1) <= Double.ulpOfOne.squareRoot() else {
        throw TensorError(.value, "probabilities do not sum to 1")
      }
      // NumPy: cdf = cumsum(p) / its last value, then searchsorted(right) of uniform draws.
      func cdf(_ weights: [Double]) throws(TensorError) -> [Double] {
        let sums = try Tensor(weights).accumulate(product: false, axis: nil).data
        return sums.map { $0 / sums[n - 1] }
      }
      if replace {
        let cumulative = try cdf(p)
        for _ in 0..<count { picks.append(Tensor.insertionPoint(cumulative, random(), left: false)) }
        return picks
      }
      guard p.filter({ $0 > 0 }).count >= count else {
        throw TensorError(.value, "Fewer non-zero entries in p than size")
      }
      var weights = p
      while picks.count < count {
        let draws = (0..<(count - picks.count)).map { _ in random() }
        for i in picks { weights[i] = 0 }
        let cumulative = try cdf(weights)
        var seen = Set(picks)
        for u in draws {
          let i = Tensor.insertionPoint(cumulative, u, left: false)
          if seen.insert(i).inserted { picks.append(i) }
        }
      }
      return picks
    }
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
  public mutating func exponential(_ scale: Double) -> Double { scale * -Foundation.log(1 - random()) }
}
