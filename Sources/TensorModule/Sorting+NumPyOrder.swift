/// NumPy's default argsort order (`kind='quicksort'`), tie for tie.
///
/// NumPy leaves the order of equal values to whichever sort runs, and which one runs depends on the
/// processor, so this follows the same choice:
/// - int64 and float64 on a processor with AVX2: x86-simd-sort's argsort, replayed by `SimdSortReplay`
///   with AVX-512's 8 lanes or AVX2's 4, as NumPy would run it here. Up to 256 elements that is a bitonic
///   network over the next power of two, padded with +∞, whose exchanges move nothing on a tie (the two
///   builds run the same comparisons there); a sorted array is left as it is. An array with a NaN goes to
///   libstdc++'s `std::sort` with NaNs last instead.
/// - bool, and any dtype on a processor without AVX2: NumPy's own introsort (median of three, insertion
///   sort below 16 elements, heapsort past its depth limit).
extension Tensor {
  /// What NumPy's sort dispatch looks at: bools never reach the vector sort, and only floats have NaNs.
  public enum SortElement: Sendable {
    case bool, integer, float
  }

  /// Which of NumPy's argsort kinds (NumPy 2.4 runs `kind='heapsort'` as its default sort).
  public enum ArgsortKind: Sendable {
    /// `kind='stable'` or `'mergesort'`: ties in their original order.
    case stable
    /// NumPy's default (`kind='quicksort'` or `'heapsort'`).
    case quicksort(SortElement)
  }

  /// The positions that sort `values` as NumPy's argsort of `kind` orders them, NaNs last.
  ///
  /// `poll` runs between partitions of large ranges, so an interrupt stops a long sort.
  public static func argsortOrder(
    _ values: [Double], kind: ArgsortKind, poll: () throws(TensorError) -> Void
  ) throws(TensorError) -> [Int] {
    guard case .quicksort(let element) = kind else { return try stableOrder(values, poll: poll) }
    let vector = element != .bool && ProcessorFeatures.avx2
    if vector && !(element == .float && values.contains(where: \.isNaN)) {
      let n = values.count
      if n <= 256 { return values.withUnsafeBufferPointer(bitonicOrder) }
      // A sorted array x86-simd-sort leaves as it is; without ties (floats often have none) every sort
      // gives the same order, and the stable one is fastest.
      if zip(values, values.dropFirst()).allSatisfy({ !($1 < $0) }) { return Array(0..<n) }
      if element == .float {
        let order = try stableOrder(values, poll: poll)
        if zip(order, order.dropFirst()).allSatisfy({ values[$0] != values[$1] }) { return order }
      }
      try poll()
      var order = Array(0..<n)
      values.withUnsafeBufferPointer { v in
        order.withUnsafeMutableBufferPointer { o in
          SimdSortReplay(v, lanes: ProcessorFeatures.avx512 ? 8 : 4)
            .argsort(o, 0, n - 1, SimdSortReplay.maxIterations(n), selecting: nil)
        }
      }
      return order
    }
    var order = Array(0..<values.count)
    try values.withUnsafeBufferPointer { v throws(TensorError) in
      try order.withUnsafeMutableBufferPointer { o throws(TensorError) in
        // x86-simd-sort hands arrays with NaNs to libstdc++.
        if vector {
          try LibstdcxxSort.sort(o, poll: poll, numpyLess(.float, v))
        } else {
          try numpyIntrosort(o, numpyLess(element, v), poll: poll)
        }
      }
    }
    return order
  }

  /// NumPy's `<` for sorting: NaN after every number (its `DOUBLE_LT`); bools and integers have no NaN.
  static func numpyLess(_ element: SortElement, _ v: UnsafeBufferPointer<Double>) -> (Int, Int) -> Bool {
    element == .float ? { a, b in v[a] < v[b] || (v[b].isNaN && !v[a].isNaN) } : { a, b in v[a] < v[b] }
  }

  /// x86-simd-sort's argsort of at most 256 elements.
  ///
  /// The keys are padded with +∞ to a power of two and sorted by the bitonic network whose merges compare
  /// each element with its mirror image and then halve the distance. An exchange moves a pair only when the second is strictly less, so padding (the maximum)
  /// only ever moves up and never lands in the first `count` places.
  static func bitonicOrder(_ values: UnsafeBufferPointer<Double>) -> [Int] {
    let n = values.count
    var size = 1
    while size < n { size <<= 1 }
    var keys = [Double](repeating: .infinity, count: size)
    var order = [Int](repeating: n, count: size)
    for i in 0..<n {
      keys[i] = values[i]
      order[i] = i
    }
    keys.withUnsafeMutableBufferPointer { k in
      order.withUnsafeMutableBufferPointer { o in
        func exchange(_ i: Int, _ j: Int) {
          if k[j] < k[i] {
            k.swapAt(i, j)
            o.swapAt(i, j)
          }
        }
        var block = 2
        while block <= size {
          for start in stride(from: 0, to: size, by: block) {
            for i in 0..<(block / 2) { exchange(start + i, start + block - 1 - i) }
          }
          var distance = block / 4
          while distance >= 1 {
            for start in stride(from: 0, to: size, by: 2 * distance) {
              for i in 0..<distance { exchange(start + i, start + i + distance) }
            }
            distance /= 2
          }
          block *= 2
        }
      }
    }
    return Array(order[0..<n])
  }

  /// NumPy's `aquicksort`: median of three moved to the ends, the pivot parked one before the last, a
  /// partition that stops on equal values, the larger side stacked; runs of at most 16 by insertion sort,
  /// and heapsort once the depth limit (twice the bit length) is spent.
  static func numpyIntrosort(
    _ order: UnsafeMutableBufferPointer<Int>, _ less: (Int, Int) -> Bool, poll: () throws(TensorError) -> Void
  ) throws(TensorError) {
    let n = order.count
    guard n > 1 else { return }
    var stack: [(low: Int, high: Int, depth: Int)] = []
    var low = 0
    var high = n - 1
    var depth = 2 * (Int.bitWidth - 1 - n.leadingZeroBitCount)
    while true {
      if depth < 0 {
        introHeapsort(UnsafeMutableBufferPointer(rebasing: order[low...high]), less)
      } else {
        while high - low > 15 {
          if high - low > 1 << 16 { try poll() }
          let mid = low + (high - low) >> 1
          if less(order[mid], order[low]) { order.swapAt(mid, low) }
          if less(order[high], order[mid]) { order.swapAt(high, mid) }
          if less(order[mid], order[low]) { order.swapAt(mid, low) }
          let pivot = order[mid]
          var i = low
          var j = high - 1
          order.swapAt(mid, j)
          while true {
            repeat { i += 1 } while less(order[i], pivot)
            repeat { j -= 1 } while less(pivot, order[j])
            if i >= j { break }
            order.swapAt(i, j)
          }
          order.swapAt(i, high - 1)
          depth -= 1
          if i - low < high - i {
            stack.append((i + 1, high, depth))
            high = i - 1
          } else {
            stack.append((low, i - 1, depth))
            low = i + 1
          }
        }
        if low < high {
          for i in (low + 1)...high {
            let moving = order[i]
            var j = i
            while j > low && less(moving, order[j - 1]) {
              order[j] = order[j - 1]
              j -= 1
            }
            order[j] = moving
          }
        }
      }
      guard let next = stack.popLast() else { return }
      (low, high, depth) = next
    }
  }

  /// NumPy's `aheapsort`: a max-heap built from the middle down, then the root swapped to the end.
  static func introHeapsort(_ order: UnsafeMutableBufferPointer<Int>, _ less: (Int, Int) -> Bool) {
    var n = order.count
    // 1-based heap positions, as NumPy indexes them.
    func siftDown(_ start: Int, _ moving: Int, _ n: Int) {
      var i = start
      var j = start << 1
      while j <= n {
        if j < n && less(order[j - 1], order[j]) { j += 1 }
        if !less(moving, order[j - 1]) { break }
        order[i - 1] = order[j - 1]
        i = j
        j += j
      }
      order[i - 1] = moving
    }
    var l = n >> 1
    while l > 0 {
      siftDown(l, order[l - 1], n)
      l -= 1
    }
    while n > 1 {
      let moving = order[n - 1]
      order[n - 1] = order[0]
      n -= 1
      siftDown(1, moving, n)
    }
  }
}
