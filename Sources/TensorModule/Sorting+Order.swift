/// Stable sorting permutations (`argsort`, ranks, ROC curves): an LSD radix sort of the same order-preserving
/// keys `sortValues` uses, carrying each element's position (LSD passes are stable, so ties keep their order).
extension Tensor {
  /// The positions that sort `values` ascending, NaNs last, equal values in their original order
  /// (−0.0 equals 0.0, as in NumPy's comparisons).
  public static func stableOrder(_ values: [Double]) -> [Int] {
    let n = values.count
    if n < 256 {
      let keys = values.map(orderKey)
      return Array(0..<n).sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
    }
    let passes = 8
    var keys = values.map(orderKey)
    var order = Array(0..<n)
    var keyScratch = [UInt64](repeating: 0, count: n)
    var orderScratch = [Int](repeating: 0, count: n)
    var counts = [Int](repeating: 0, count: 256 * passes)
    for key in keys {
      var k = key
      for p in 0..<passes {
        counts[p &* 256 &+ Int(k & 255)] &+= 1
        k >>= 8
      }
    }
    for p in 0..<passes {
      // A digit shared by every key moves nothing.
      if (0..<256).contains(where: { counts[p * 256 + $0] == n }) { continue }
      var offset = 0
      for b in 0..<256 {
        let c = counts[p * 256 + b]
        counts[p * 256 + b] = offset
        offset += c
      }
      let shift = UInt64(8 * p)
      keys.withUnsafeBufferPointer { k in
        order.withUnsafeBufferPointer { o in
          keyScratch.withUnsafeMutableBufferPointer { ks in
            orderScratch.withUnsafeMutableBufferPointer { os in
              counts.withUnsafeMutableBufferPointer { c in
                let base = p * 256
                for i in 0..<n {
                  let digit = base + Int((k[i] >> shift) & 255)
                  let at = c[digit]
                  ks[at] = k[i]
                  os[at] = o[i]
                  c[digit] = at + 1
                }
              }
            }
          }
        }
      }
      swap(&keys, &keyScratch)
      swap(&order, &orderScratch)
    }
    return order
  }

  /// `sortKey` with both zeros equal.
  @inline(__always)
  static func orderKey(_ x: Double) -> UInt64 { sortKey(x == 0 ? 0 : x) }

  /// Where `v` goes in the ascending `sorted` (NaN last): before equal values (`left`) or after them, as
  /// NumPy's `searchsorted`.
  public static func insertionPoint(_ sorted: [Double], _ v: Double, left: Bool) -> Int {
    @inline(__always) func less(_ x: Double, _ y: Double) -> Bool { x < y || (y.isNaN && !x.isNaN) }
    var (lo, hi) = (0, sorted.count)
    while lo < hi {
      let mid = (lo + hi) / 2
      if left ? less(sorted[mid], v) : !less(v, sorted[mid]) { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }
}
