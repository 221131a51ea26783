internal import _Builtin_intrinsics.intel

/// The two passes that split values around a pivot into other memory, for sorting on two cores: a count
/// of each side, then a scatter of each core's share to its places on both sides.
extension VectorSort {
  /// How many of `p[0..<n]` are below `pivot`, and how many are at most `pivot` (NaNs are neither).
  public static func countAVX2(_ p: UnsafePointer<Double>, count n: Int, pivot: Double) -> (below: Int, atMost: Int) {
    let v = Vector(repeating: pivot)
    var (below, atMost) = (0, 0)
    var i = 0
    while i &+ 4 <= n {
      let x = _mm256_loadu_pd(p + i)
      below &+= Int(Partition.bits(x .< v).nonzeroBitCount)
      atMost &+= Int(Partition.bits(x .<= v).nonzeroBitCount)
      i &+= 4
    }
    while i < n {
      below &+= p[i] < pivot ? 1 : 0
      atMost &+= p[i] <= pivot ? 1 : 0
      i &+= 1
    }
    return (below, atMost)
  }

  /// Writes each of `p[0..<n]` that is below `pivot` (at most `pivot` when `inclusive`) upward from `out[low]`
  /// and every other value (NaNs too) downward from `out[high - 1]`, advancing `low` and `high`.
  ///
  /// Whole vectors are stored at both ends, each keeping its own lanes, while they stay inside
  /// `out[..<lowEnd]` and `out[highStart...]` (the places this call may write); nearer the ends, a
  /// vector's values go one by one.
  public static func scatterAVX2(
    _ p: UnsafePointer<Double>, count n: Int, pivot: Double, inclusive: Bool, into out: UnsafeMutablePointer<Double>,
    low: inout Int, lowEnd: Int, high: inout Int, highStart: Int
  ) {
    Partition.permutations.withUnsafeBufferPointer { table in
      guard let base = table.baseAddress else { return }
      let partition = Partition(table: base)
      let v = Vector(repeating: pivot)
      if inclusive {
        partition.scatter(p, n, out, &low, lowEnd, &high, highStart) { x in 0xF & ~Partition.bits(x .<= v) }
      } else {
        partition.scatter(p, n, out, &low, lowEnd, &high, highStart) { x in 0xF & ~Partition.bits(x .< v) }
      }
    }
  }
}

extension Partition {
  @inline(__always)
  func scatter(
    _ p: UnsafePointer<Double>, _ n: Int, _ out: UnsafeMutablePointer<Double>, _ low: inout Int, _ lowEnd: Int,
    _ high: inout Int, _ highStart: Int, right: (Vector) -> Int32
  ) {
    var (l, h) = (low, high)
    @inline(__always) func one(_ x: Double, _ goesRight: Bool) {
      if goesRight {
        h &-= 1
        out[h] = x
      } else {
        out[l] = x
        l &+= 1
      }
    }
    var i = 0
    while i &+ 4 <= n {
      let x = _mm256_loadu_pd(p + i)
      let mask = right(x)
      if l &+ 4 <= lowEnd && h &- 4 >= highStart {
        let arranged = arranged(x, mask)
        let count = Int(mask.nonzeroBitCount)
        Partition.store(out + l, arranged)
        Partition.store(out + (h &- 4), arranged)
        l &+= 4 &- count
        h &-= count
      } else {
        for j in 0..<4 { one(x[j], mask & (1 << Int32(j)) != 0) }
      }
      i &+= 4
    }
    while i < n {
      one(p[i], right(Vector(repeating: p[i])) != 0)
      i &+= 1
    }
    (low, high) = (l, h)
  }
}
