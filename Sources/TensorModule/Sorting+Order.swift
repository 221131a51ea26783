/// Stable sorting permutations (`argsort`, ranks, ROC curves): an LSD radix sort of the same order-preserving
/// keys `sortValues` uses, carrying each element's position (LSD passes are stable, so ties keep their order).
extension Tensor {
  /// The positions that sort `values` ascending, NaNs last, equal values in their original order
  /// (−0.0 equals 0.0, as in NumPy's comparisons).
  public static func stableOrder(_ values: [Double]) -> [Int] {
    stableOrder(values) {}
  }

  static func stableOrder<E: Error>(_ values: [Double], poll: () throws(E) -> Void) throws(E) -> [Int] {
    let n = values.count
    if n < 256 {
      let keys = values.map(orderKey)
      return Array(0..<n).sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
    }
    let passes = 8
    var keys = try [UInt64].polled(count: n, poll: poll) { orderKey(values[$0]) }
    var order = try [Int].polled(count: n, poll: poll) { $0 }
    // Every pass writes all of both scratch arrays before reading them.
    var keyScratch = [UInt64](unsafeUninitializedCapacity: n) { _, initialized in initialized = n }
    var orderScratch = [Int](unsafeUninitializedCapacity: n) { _, initialized in initialized = n }
    var counts = [Int](repeating: 0, count: 256 * passes)
    for key in keys {
      var k = key
      for p in 0..<passes {
        counts[p &* 256 &+ Int(k & 255)] &+= 1
        k >>= 8
      }
    }
    for p in 0..<passes {
      try poll()
      // A digit shared by every key moves nothing.
      if (0..<256).contains(where: { counts[p * 256 + $0] == n }) { continue }
      var offset = 0
      for b in 0..<256 {
        let c = counts[p * 256 + b]
        counts[p * 256 + b] = offset
        offset += c
      }
      let shift = UInt64(8 * p)
      var failure: E?
      keys.withUnsafeBufferPointer { k in
        order.withUnsafeBufferPointer { o in
          keyScratch.withUnsafeMutableBufferPointer { ks in
            orderScratch.withUnsafeMutableBufferPointer { os in
              counts.withUnsafeMutableBufferPointer { c in
                let base = p * 256
                for i in 0..<n {
                  if i & Tensor.checkMask == 0 {
                    do throws(E) { try poll() } catch {
                      failure = error
                      break
                    }
                  }
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
      if let failure { throw failure }
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

extension Tensor {
  /// NumPy's `interp` for one point, as its C loop computes it (so ties and NaN slopes agree).
  public static func interpolate(_ x: Double, _ xp: [Double], _ fp: [Double], _ left: Double, _ right: Double) -> Double
  {
    if x.isNaN { return x }
    let n = xp.count
    if x > xp[n - 1] { return right }
    if x < xp[0] { return left }
    // The last j with xp[j] <= x.
    let j = insertionPoint(xp, x, left: false) - 1
    if j == n - 1 || xp[j] == x { return fp[j] }
    let slope = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j])
    var y = slope * (x - xp[j]) + fp[j]
    if y.isNaN {
      y = slope * (x - xp[j + 1]) + fp[j + 1]
      if y.isNaN && fp[j] == fp[j + 1] { y = fp[j] }
    }
    return y
  }

  /// NumPy's `digitize`: for each value, the index of its bin among monotonic `bins` (`right` closes the
  /// bins on the right).
  public static func digitize(_ values: [Double], bins b: [Double], right: Bool) throws(TensorError) -> [Int] {
    let increasing = zip(b, b.dropFirst()).allSatisfy { $0 <= $1 }
    let decreasing = zip(b, b.dropFirst()).allSatisfy { $0 >= $1 }
    guard increasing || decreasing else {
      throw TensorError(.value, "bins must be monotonically increasing or decreasing")
    }
    let reversed = Array(b.reversed())
    return values.map { v in
      increasing ? insertionPoint(b, v, left: right) : b.count - insertionPoint(reversed, v, left: right)
    }
  }
}
