import Foundation

/// The resamples of SciPy's `permutation_test`, one kind per `permutation_type`.
///
/// - `independent`: the pooled values dealt back into samples of the original sizes
///   (all n!/(n₁!…n_k!) deals when that many fit in `n_resamples`);
/// - `pairings`: each sample's observations reordered, so pairings across samples change
///   ((n!)ᵏ orderings, SciPy counting every one);
/// - `samples`: each observation's values shuffled across the samples ((k!)ⁿ; one sample is paired
///   with its negation, which flips signs).
///
/// Exact when the count fits in `n_resamples`, as SciPy decides; otherwise random resamples from the
/// session's generator.
public struct PermutationNull {
  public enum Kind: String, Sendable {
    case independent, pairings, samples
  }

  public let kind: Kind
  public let data: [[Double]]
  public let resamples: Int

  public init(kind: Kind, data: [[Double]], resamples: Int) {
    self.kind = kind
    self.data = data
    self.resamples = resamples
  }

  /// How many distinct resamples SciPy counts (as a double: it may be astronomically large).
  var possible: Double {
    switch kind {
    case .independent:
      var total = 0
      var count = 1.0
      for sample in data {
        total += sample.count
        count *= Self.binomial(total, sample.count)
      }
      return count
    case .pairings: return Foundation.pow(factorial(data[0].count), Double(data.count))
    case .samples: return Foundation.pow(factorial(Swift.max(data.count, 2)), Double(data[0].count))
    }
  }

  public var isExact: Bool { possible <= Double(resamples) }

  func factorial(_ n: Int) -> Double { (1...Swift.max(n, 1)).reduce(1.0) { $0 * Double($1) } }

  /// Calls `visit` with every resample (exact) or with `resamples` random ones, shuffled by the swaps
  /// `shuffle(n)` returns (the session generator's Fisher–Yates).
  public func forEach<E: Error>(
    shuffle: (Int) -> [(Int, Int)], _ visit: ([[Double]]) throws(E) -> Void
  ) throws(E) {
    switch kind {
    case .independent: try deals(shuffle: shuffle, visit)
    case .pairings: try orderings(data, shuffle: shuffle, visit)
    case .samples:
      // Observations become the "samples" of a pairings resample, and back.
      let columns = data.count == 1 ? [data[0], data[0].map { -$0 }] : data
      let rows = (0..<columns[0].count).map { i in columns.map { $0[i] } }
      try orderings(rows, shuffle: shuffle) { (shuffled: [[Double]]) throws(E) in
        let back = (0..<columns.count).map { j in shuffled.map { $0[j] } }
        try visit(data.count == 1 ? [back[0]] : back)
      }
    }
  }

  /// Independent samples: the pooled values dealt into the original sizes.
  func deals<E: Error>(shuffle: (Int) -> [(Int, Int)], _ visit: ([[Double]]) throws(E) -> Void) throws(E) {
    let pooled = data.flatMap { $0 }
    let sizes = data.map(\.count)
    if !isExact {
      for _ in 0..<resamples {
        var order = Array(pooled.indices)
        for (i, j) in shuffle(order.count) { order.swapAt(i, j) }
        var start = 0
        var samples: [[Double]] = []
        for size in sizes {
          samples.append(order[start..<(start + size)].map { pooled[$0] })
          start += size
        }
        try visit(samples)
      }
      return
    }
    // Every way to choose the first sample's positions, then the second's from the rest, …
    func deal(_ j: Int, _ remaining: [Int], _ chosen: [[Double]]) throws(E) {
      if j == sizes.count - 1 {
        try visit(chosen + [remaining.map { pooled[$0] }])
        return
      }
      var combination = Array(0..<sizes[j])
      repeat {
        let picked = Set(combination)
        let rest = remaining.indices.filter { !picked.contains($0) }.map { remaining[$0] }
        try deal(j + 1, rest, chosen + [combination.map { pooled[remaining[$0]] }])
      } while Self.advance(&combination, remaining.count)
    }
    try deal(0, Array(pooled.indices), [])
  }

  /// Each of the lists reordered independently: all orderings (their Cartesian product) or random ones.
  func orderings<E: Error>(
    _ lists: [[Double]], shuffle: (Int) -> [(Int, Int)], _ visit: ([[Double]]) throws(E) -> Void
  ) throws(E) {
    let n = lists[0].count
    if !isExact {
      for _ in 0..<resamples {
        var shuffled: [[Double]] = []
        for list in lists {
          var order = Array(0..<n)
          for (i, j) in shuffle(n) { order.swapAt(i, j) }
          shuffled.append(order.map { list[$0] })
        }
        try visit(shuffled)
      }
      return
    }
    var all: [[Int]] = []
    var order = Array(0..<n)
    repeat { all.append(order) } while Self.nextPermutation(&order)
    // An odometer over one ordering per list.
    var dial = [Int](repeating: 0, count: lists.count)
    while true {
      try visit(lists.indices.map { k in all[dial[k]].map { lists[k][$0] } })
      var k = lists.count - 1
      while k >= 0 {
        dial[k] += 1
        if dial[k] < all.count { break }
        dial[k] = 0
        k -= 1
      }
      if k < 0 { return }
    }
  }

  /// The next permutation in lexicographic order; false (and sorted again) after the last.
  static func nextPermutation(_ a: inout [Int]) -> Bool {
    guard a.count > 1 else { return false }
    var i = a.count - 2
    while i >= 0 && a[i] >= a[i + 1] { i -= 1 }
    if i < 0 {
      a.reverse()
      return false
    }
    var j = a.count - 1
    while a[j] <= a[i] { j -= 1 }
    a.swapAt(i, j)
    a[(i + 1)...].reverse()
    return true
  }

  /// The next k-combination of 0..<n in lexicographic order (itertools.combinations), false after the last.
  static func advance(_ combination: inout [Int], _ n: Int) -> Bool {
    let k = combination.count
    var i = k - 1
    while i >= 0 && combination[i] == n - k + i { i -= 1 }
    if i < 0 { return false }
    combination[i] += 1
    for j in (i + 1)..<k { combination[j] = combination[j - 1] + 1 }
    return true
  }

  /// C(n, k) as a double (exact while it fits).
  static func binomial(_ n: Int, _ k: Int) -> Double {
    var r = 1.0
    for i in 0..<Swift.min(k, n - k) { r = r * Double(n - i) / Double(i + 1) }
    return r.rounded()
  }
}
