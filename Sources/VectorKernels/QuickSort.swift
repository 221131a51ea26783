internal import _Builtin_intrinsics.intel

/// A vectorised quicksort of doubles with AVX2 (x86-simd-sort's approach): pivots from a sorted sample,
/// partitions four values at a time, and runs of up to 128 sorted by networks in registers.
///
/// This module is compiled for AVX2: call it only when the processor has AVX2 and POPCNT.
public enum VectorSort {
  /// Sorts `p[0..<n]` ascending in place; the values must not be NaN.
  ///
  /// `fallback` sorts a range whose pivots kept splitting it unevenly (after 2·log₂ n levels); `stop` is
  /// asked before each partition of 2¹⁶ values or more, and a `true` abandons the sort (the values stay
  /// a permutation of themselves) and returns false.
  public static func sortAVX2(
    _ p: UnsafeMutablePointer<Double>, count n: Int, fallback: (UnsafeMutablePointer<Double>, Int) -> Void,
    stop: () -> Bool
  ) -> Bool {
    Partition.permutations.withUnsafeBufferPointer { table in
      guard let base = table.baseAddress else { return false }
      let depth = 2 * (Int.bitWidth - n.leadingZeroBitCount) + 4
      return quicksort(p, n, depth, Partition(table: base), fallback, stop)
    }
  }

  /// Moves the NaNs of `p[0..<n]` after every other value and returns how many values are not NaN.
  public static func separateNaNsAVX2(_ p: UnsafeMutablePointer<Double>, count n: Int) -> Int {
    if n < 8 * Partition.unroll {
      var kept = 0
      for i in 0..<n where !p[i].isNaN {
        (p[kept], p[i]) = (p[i], p[kept])
        kept += 1
      }
      return kept
    }
    return Partition.permutations.withUnsafeBufferPointer { table in
      guard let base = table.baseAddress else { return n }
      return Partition(table: base).split(p, n) { v in Partition.bits(v .!= v) }
    }
  }

  static func quicksort(
    _ start: UnsafeMutablePointer<Double>, _ count: Int, _ levels: Int, _ partition: Partition,
    _ fallback: (UnsafeMutablePointer<Double>, Int) -> Void, _ stop: () -> Bool
  ) -> Bool {
    var (p, n, depth) = (start, count, levels)
    while n > networkCount {
      if n >= 1 << 16 && stop() { return false }
      if depth == 0 {
        fallback(p, n)
        return true
      }
      depth -= 1
      let pivot = Vector(repeating: samplePivot(p, n))
      var k = partition.split(p, n) { v in Partition.bits(v .> pivot) }
      if k == n {
        // Nothing above the pivot, so it is the largest value: set its copies apart (they are sorted).
        k = partition.split(p, n) { v in Partition.bits(v .>= pivot) }
        n = k
        continue
      }
      // The smaller side recursively, the larger in this loop: the stack stays logarithmic.
      if k < n - k {
        if !quicksort(p, k, depth, partition, fallback, stop) { return false }
        p += k
        n -= k
      } else {
        if !quicksort(p + k, n - k, depth, partition, fallback, stop) { return false }
        n = k
      }
    }
    sortSmall(p, n)
    return true
  }

  /// The median of a sample spread over `p[0..<n]`: of sixteen values from 4096 on, of eight below.
  @inline(__always)
  static func samplePivot(_ p: UnsafeMutablePointer<Double>, _ n: Int) -> Double {
    if n >= 4096 {
      let step = n / 16
      let q = p + step / 2
      @inline(__always) func at(_ k: Int) -> Vector {
        Vector(q[4 * k * step], q[(4 * k + 1) * step], q[(4 * k + 2) * step], q[(4 * k + 3) * step])
      }
      var v = (at(0), at(1), at(2), at(3))
      Network.sort(&v)
      return v.2[0]
    }
    let step = n / 8
    let q = p + step / 2
    var a = Network.sort(Vector(q[0], q[step], q[2 * step], q[3 * step]))
    var b = Network.sort(Vector(q[4 * step], q[5 * step], q[6 * step], q[7 * step]))
    Network.merge(&a, &b)
    return b[0]
  }

  /// The largest run sorted by a network rather than partitioned.
  static let networkCount = 128

  /// Sorts up to 128 values through a network of one, two, four, eight, sixteen or thirty-two vectors,
  /// padded with +inf.
  static func sortSmall(_ p: UnsafeMutablePointer<Double>, _ n: Int) {
    if n < 2 { return }
    withUnsafeTemporaryAllocation(of: Double.self, capacity: 128) { buffer in
      guard let b = buffer.baseAddress else { return }
      let width = n <= 4 ? 4 : n <= 8 ? 8 : n <= 16 ? 16 : n <= 32 ? 32 : n <= 64 ? 64 : 128
      b.update(from: p, count: n)
      (b + n).initialize(repeating: .infinity, count: width - n)
      @inline(__always) func at(_ k: Int) -> Vector { Partition.load(b + 4 * k) }
      @inline(__always) func put(_ k: Int, _ v: Vector) { Partition.store(b + 4 * k, v) }
      @inline(__always) func eight(_ k: Int) -> Eight {
        (at(k), at(k + 1), at(k + 2), at(k + 3), at(k + 4), at(k + 5), at(k + 6), at(k + 7))
      }
      @inline(__always) func sixteen(_ k: Int) -> Sixteen {
        (
          at(k), at(k + 1), at(k + 2), at(k + 3), at(k + 4), at(k + 5), at(k + 6), at(k + 7), at(k + 8), at(k + 9),
          at(k + 10), at(k + 11), at(k + 12), at(k + 13), at(k + 14), at(k + 15)
        )
      }
      @inline(__always) func put(_ k: Int, _ v: Eight) {
        (put(k, v.0), put(k + 1, v.1), put(k + 2, v.2), put(k + 3, v.3))
        (put(k + 4, v.4), put(k + 5, v.5), put(k + 6, v.6), put(k + 7, v.7))
      }
      switch width {
      case 4:
        put(0, Network.sort(at(0)))
      case 8:
        var (x, y) = (Network.sort(at(0)), Network.sort(at(1)))
        Network.merge(&x, &y)
        put(0, x)
        put(1, y)
      case 16:
        var v = (at(0), at(1), at(2), at(3))
        Network.sort(&v)
        (put(0, v.0), put(1, v.1), put(2, v.2), put(3, v.3))
      case 32:
        var v = eight(0)
        Network.sort(&v)
        put(0, v)
      case 64:
        var v = sixteen(0)
        let (low, high) = Network.sort(&v)
        put(0, low)
        put(8, high)
      default:
        var v = sixteen(0)
        var a = Network.sort(&v)
        v = sixteen(16)
        var b = Network.sort(&v)
        Network.merge(&a, &b)
        (put(0, a.0), put(8, a.1), put(16, b.0), put(24, b.1))
      }
      p.update(from: b, count: n)
    }
  }
}
