extension RandomGenerator {
  /// `Generator.choice` as indices into a population of `n`: Lemire integers with replacement; the cumulative `p`
  /// searched by uniform draws when weighted; without replacement Floyd's algorithm (then a shuffle, unless
  /// `shuffle` is off) or, for a large share of a large population, the tail of a partial shuffle; weighted picks
  /// without replacement in NumPy's rounds.
  public mutating func choiceIndices(
    _ n: Int, count: Int, replace: Bool, p: [Double]?, shuffle: Bool = true
  ) throws(TensorError) -> [Int] {
    if let p { return try weightedIndices(n, count: count, replace: replace, p: p, legacy: false) }
    if replace { return (0..<count).map { _ in integer(0, through: n - 1) } }
    guard count <= n else {
      throw TensorError(.value, "Cannot take a larger sample than population when replace is False")
    }
    if n > 10000 && count > n / (shuffle ? 50 : 20) {
      var order = Array(0..<n)
      shuffleTail(&order, first: Swift.max(n - count, 1))
      return Array(order[(n - count)...])
    }
    var picks = [Int](repeating: 0, count: count)
    let mask = RandomState.mask(UInt64(1.2 * Double(count)))
    let empty = UInt64.max
    var table = [UInt64](repeating: empty, count: Int(mask) + 1)
    for j in (n - count)..<n {
      let value = bounded(UInt64(j))
      var slot = Int(value & mask)
      while table[slot] != empty && table[slot] != value { slot = (slot + 1) & Int(mask) }
      if table[slot] == empty {
        table[slot] = value
        picks[j - n + count] = Int(value)
      } else {
        slot = j & Int(mask)
        while table[slot] != empty { slot = (slot + 1) & Int(mask) }
        table[slot] = UInt64(j)
        picks[j - n + count] = j
      }
    }
    if shuffle { shuffleTail(&picks, first: 1) }
    return picks
  }
}
