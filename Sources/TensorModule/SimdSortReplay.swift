import Foundation

/// x86-simd-sort's int64/float64 quicksort, quickselect and their arg forms, replayed one lane at a time on
/// positions, so equal values end where NumPy's AVX2 (4 lanes) or AVX-512 (8 lanes) build leaves them.
///
/// Only where its steps decide an order NumPy prints: ties after `argsort`, and every place after
/// `partition`/`argpartition`. Its steps (read in its source):
/// - a pivot: the median of `lanes` samples (arg forms: at `left + i·⌊(right − left)/lanes⌋`, i = 1…lanes;
///   value form: i = 0…lanes − 1, the same step);
/// - a partition: a few elements one at a time until the rest fills whole blocks, then `unroll` vectors
///   loaded from each end, and vectors read from whichever side has less room written; each vector
///   stores its lanes below the pivot at the left and the rest at the right (AVX-512 compresses both in
///   lane order; AVX2 stores one permuted vector, the upper lanes reversed, at both places);
/// - recursion into each side unless the pivot was its minimum or maximum; ranges of at most 256 (arg
///   forms) or 64/256 (value form, AVX2/AVX-512) sorted outright; `std::sort` past 2·⌊log₂ n⌋ levels.
struct SimdSortReplay {
  let values: UnsafeBufferPointer<Double>
  /// 4 for AVX2, 8 for AVX-512.
  let lanes: Int

  init(_ values: UnsafeBufferPointer<Double>, lanes: Int) {
    self.values = values
    self.lanes = lanes
  }

  static func maxIterations(_ n: Int) -> Int { 2 * Int(log2(Double(n))) }

  /// `argsort` (`k` nil: both sides of each partition) or `argselect` (`k` given: only the side holding the
  /// k-th smallest, which ends at `k` with smaller ones before it).
  func argsort(_ a: UnsafeMutableBufferPointer<Int>, _ left: Int, _ right: Int, _ iterations: Int, selecting k: Int?) {
    if iterations <= 0 {
      stdSort(a, left, right)
      return
    }
    if right + 1 - left <= 256 {
      network(a, left, right)
      return
    }
    let pivot = argPivot(a, left, right)
    let (smallest, biggest) = extremes(a, left, right)
    let split = partition(a, left, right + 1, pivot, unroll: 4, block: 4 * lanes, align: false)
    let (lower, upper) = (pivot != smallest, pivot != biggest)
    guard let k else {
      if lower { argsort(a, left, split - 1, iterations - 1, selecting: nil) }
      if upper { argsort(a, split, right, iterations - 1, selecting: nil) }
      return
    }
    if lower && k < split {
      argsort(a, left, split - 1, iterations - 1, selecting: k)
    } else if upper && k >= split {
      argsort(a, split, right, iterations - 1, selecting: k)
    }
  }

  /// `qselect` of the values themselves (each keeps its sign of zero as it moves).
  func select(_ a: UnsafeMutableBufferPointer<Double>, _ k: Int, _ left: Int, _ right: Int, _ iterations: Int) {
    if iterations <= 0 || right + 1 - left <= (lanes == 8 ? 256 : 64) {
      // Equal values are indistinguishable here (NumPy's networks order signed zeros their own way).
      var range = UnsafeMutableBufferPointer(rebasing: a[left...right])
      range.sort()
      return
    }
    let step = (right - left) / lanes
    let samples = (0..<lanes).map { a[left + $0 * step] }.sorted()
    let pivot = samples[lanes / 2]
    var (smallest, biggest) = (a[left], a[left])
    for x in a[left...right] {
      smallest = x < smallest ? x : smallest
      biggest = x > biggest ? x : biggest
    }
    let unroll = 8
    let small = right + 1 - left < 3 * unroll * lanes
    let split = partition(a, left, right + 1, pivot, unroll: small ? 1 : unroll, block: lanes, align: !small)
    if pivot != smallest && k < split {
      select(a, k, left, split - 1, iterations - 1)
    } else if pivot != biggest && k >= split {
      select(a, k, split, right, iterations - 1)
    }
  }

  private func argPivot(_ a: UnsafeMutableBufferPointer<Int>, _ left: Int, _ right: Int) -> Double {
    let step = (right - left) / lanes
    let samples = (1...lanes).map { values[a[left + $0 * step]] }.sorted()
    return samples[lanes / 2]
  }

  private func extremes(_ a: UnsafeMutableBufferPointer<Int>, _ left: Int, _ right: Int) -> (Double, Double) {
    var low = values[a[left]]
    var high = low
    for i in left...right {
      let x = values[a[i]]
      low = x < low ? x : low
      high = x > high ? x : high
    }
    return (low, high)
  }

  /// The bitonic network of `Tensor.bitonicOrder` over `a[left...right]`.
  private func network(_ a: UnsafeMutableBufferPointer<Int>, _ left: Int, _ right: Int) {
    let range = Array(a[left...right])
    let keys = range.map { values[$0] }
    let order = keys.withUnsafeBufferPointer(Tensor.bitonicOrder)
    for i in 0..<order.count { a[left + i] = range[order[i]] }
  }

  private func stdSort(_ a: UnsafeMutableBufferPointer<Int>, _ left: Int, _ right: Int) {
    let v = values
    // No poll: this runs only past the depth limit, on what is left of one range.
    try? LibstdcxxSort.sort(UnsafeMutableBufferPointer(rebasing: a[left...right]), poll: {}) { v[$0] < v[$1] }
  }

  /// One partition of `a[left..<right]` around `pivot`; returns the first place of the upper side.
  ///
  /// `block`: elements are taken one at a time until the rest is a multiple of it; `align` (the value
  /// form's unrolled partition): the vectors past a multiple of `unroll` are loaded first and stored last.
  private func partition<E: ReplayElement>(
    _ a: UnsafeMutableBufferPointer<E>, _ left: Int, _ right: Int, _ pivot: Double, unroll: Int, block: Int,
    align: Bool
  ) -> Int {
    var left = left
    var right = right
    for _ in 0..<((right - left) % block) {
      if a[left].key(values) < pivot {
        left += 1
      } else {
        right -= 1
        a.swapAt(left, right)
      }
    }
    if left == right { return left }
    let width = lanes
    // Loaded vectors (registers): the first, last, aligned and current groups, then one permuted vector.
    return withUnsafeTemporaryAllocation(of: E.self, capacity: 4 * unroll * width + width) { scratch in
      var stores = VectorStores(
        array: a, scratch: scratch, values: values, pivot: pivot, width: width, store: left,
        unpartitioned: right - left - width, permuted: 4 * unroll * width)
      let (first, last, aligned, current) = (0, unroll * width, 2 * unroll * width, 3 * unroll * width)
      if right - left == width {
        stores.load(left, into: current)
        stores.place(current)
        return stores.store
      }
      var alignedCount = 0
      if align {
        alignedCount = ((right - left) / width) % unroll
        for i in 0..<alignedCount { stores.load(left + i * width, into: aligned + i * width) }
        left += alignedCount * width
      }
      for i in 0..<unroll {
        stores.load(left + width * i, into: first + i * width)
        stores.load(right - width * (unroll - i), into: last + i * width)
      }
      left += unroll * width
      right -= unroll * width
      while right != left {
        if stores.store + stores.unpartitioned + width - right < left - stores.store {
          right -= unroll * width
          for i in 0..<unroll { stores.load(right + i * width, into: current + i * width) }
        } else {
          for i in 0..<unroll { stores.load(left + i * width, into: current + i * width) }
          left += unroll * width
        }
        for i in 0..<unroll { stores.place(current + i * width) }
      }
      for i in 0..<unroll { stores.place(first + i * width) }
      for i in 0..<unroll { stores.place(last + i * width) }
      for i in 0..<alignedCount { stores.place(aligned + i * width) }
      return stores.store
    }
  }
}

/// What a replay moves: a position (compared by the value it points at) or the value itself.
protocol ReplayElement {
  func key(_ values: UnsafeBufferPointer<Double>) -> Double
}

extension Int: ReplayElement {
  @inline(__always) func key(_ values: UnsafeBufferPointer<Double>) -> Double { values[self] }
}

extension Double: ReplayElement {
  @inline(__always) func key(_ values: UnsafeBufferPointer<Double>) -> Double { self }
}

/// A partition's vector loads and stores, and where its two sides have reached.
private struct VectorStores<E: ReplayElement> {
  let array: UnsafeMutableBufferPointer<E>
  let scratch: UnsafeMutableBufferPointer<E>
  let values: UnsafeBufferPointer<Double>
  let pivot: Double
  let width: Int
  /// The next place of the lower side.
  var store: Int
  /// The free places past `store` less one vector: the upper side's next vector goes at `store + unpartitioned`.
  var unpartitioned: Int
  let permuted: Int

  /// 1 or 0 without a branch (a conditional increment compiles to a jump, which random data mispredicts).
  @inline(__always) func bit(_ b: Bool) -> Int { Int(unsafeBitCast(b, to: UInt8.self)) }

  func load(_ at: Int, into slot: Int) {
    for i in 0..<width { scratch[slot &+ i] = array[at &+ i] }
  }

  /// The vector in `slot` split around the pivot: AVX-512 compresses each side in lane order; AVX2 stores one
  /// permutation (the upper lanes reversed at its end) at both places.
  mutating func place(_ slot: Int) {
    var lower = 0
    for i in 0..<width { lower &+= bit(scratch[slot &+ i].key(values) < pivot) }
    let rightBase = store &+ unpartitioned
    if width == 8 {
      var l = store
      var r = rightBase &+ lower
      for i in 0..<width {
        let p = scratch[slot &+ i]
        let below = p.key(values) < pivot
        array[below ? l : r] = p
        l &+= bit(below)
        r &+= 1 &- bit(below)
      }
    } else {
      var l = 0
      var r = width &- 1
      for i in 0..<width {
        let p = scratch[slot &+ i]
        let below = p.key(values) < pivot
        scratch[permuted &+ (below ? l : r)] = p
        l &+= bit(below)
        r &-= 1 &- bit(below)
      }
      for i in 0..<width { array[store &+ i] = scratch[permuted &+ i] }
      for i in 0..<width { array[rightBase &+ i] = scratch[permuted &+ i] }
    }
    store &+= lower
    unpartitioned &-= width
  }
}
