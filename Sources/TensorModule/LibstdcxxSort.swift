/// GNU libstdc++'s `std::sort`, step for step, for orders that must come out as a C++ library leaves them
/// (x86-simd-sort hands arrays with NaNs to it, so NumPy's argsort of them is its order of ties).
///
/// Introsort: while a range is longer than 16, the median of its second, middle and last elements is
/// moved to its front and the rest partitioned around it (both scans stop on equal values); past
/// 2·⌊log₂ n⌋ levels a range is heapsorted. Then one insertion sort over the whole, guarded only for the
/// first 16 elements.
enum LibstdcxxSort {
  static let threshold = 16

  /// `poll` runs before each partition of more than 2¹⁶ elements.
  static func sort(
    _ a: UnsafeMutableBufferPointer<Int>, poll: () throws(TensorError) -> Void, _ less: (Int, Int) -> Bool
  ) throws(TensorError) {
    let n = a.count
    guard n > 1 else { return }
    let log2 = Int.bitWidth - 1 - n.leadingZeroBitCount
    try introsortLoop(a, 0, n, 2 * log2, less, poll)
    if n > threshold {
      insertionSort(a, 0, threshold, less)
      for i in threshold..<n { unguardedLinearInsert(a, i, less) }
    } else {
      insertionSort(a, 0, n, less)
    }
  }

  /// `std::nth_element`: the same partitions narrowed to the side holding `nth` while more than 3 remain
  /// (past the depth limit a heap selection instead), then an insertion sort of what is left.
  static func nthElement(_ a: UnsafeMutableBufferPointer<Int>, _ nth: Int, _ less: (Int, Int) -> Bool) {
    var first = 0
    var last = a.count
    guard nth < last else { return }
    var depth = 2 * (Int.bitWidth - 1 - last.leadingZeroBitCount)
    while last - first > 3 {
      if depth == 0 {
        heapSelect(a, first, nth + 1, last, less)
        a.swapAt(first, nth)
        return
      }
      depth -= 1
      let cut = partitionPivot(a, first, last, less)
      if cut <= nth { first = cut } else { last = cut }
    }
    insertionSort(a, first, last, less)
  }

  /// `std::__heap_select`: a heap of [first, middle), each smaller later element swapped in for its top.
  private static func heapSelect(
    _ a: UnsafeMutableBufferPointer<Int>, _ first: Int, _ middle: Int, _ last: Int, _ less: (Int, Int) -> Bool
  ) {
    makeHeap(a, first, middle, less)
    for i in middle..<last where less(a[i], a[first]) {
      let value = a[i]
      a[i] = a[first]
      adjustHeap(a, first, 0, middle - first, value, less)
    }
  }

  private static func makeHeap(
    _ a: UnsafeMutableBufferPointer<Int>, _ first: Int, _ last: Int, _ less: (Int, Int) -> Bool
  ) {
    let len = last - first
    if len < 2 { return }
    var parent = (len - 2) / 2
    while true {
      adjustHeap(a, first, parent, len, a[first + parent], less)
      if parent == 0 { return }
      parent -= 1
    }
  }

  private static func introsortLoop(
    _ a: UnsafeMutableBufferPointer<Int>, _ first: Int, _ last: Int, _ depth: Int, _ less: (Int, Int) -> Bool,
    _ poll: () throws(TensorError) -> Void
  ) throws(TensorError) {
    var last = last
    var depth = depth
    while last - first > threshold {
      if last - first > 1 << 16 { try poll() }
      if depth == 0 {
        heapsort(a, first, last, less)
        return
      }
      depth -= 1
      let cut = partitionPivot(a, first, last, less)
      try introsortLoop(a, cut, last, depth, less, poll)
      last = cut
    }
  }

  private static func partitionPivot(
    _ a: UnsafeMutableBufferPointer<Int>, _ first: Int, _ last: Int, _ less: (Int, Int) -> Bool
  ) -> Int {
    let mid = first + (last - first) / 2
    moveMedianToFirst(a, first, first + 1, mid, last - 1, less)
    var i = first + 1
    var j = last
    while true {
      while less(a[i], a[first]) { i += 1 }
      j -= 1
      while less(a[first], a[j]) { j -= 1 }
      if !(i < j) { return i }
      a.swapAt(i, j)
      i += 1
    }
  }

  private static func moveMedianToFirst(
    _ a: UnsafeMutableBufferPointer<Int>, _ result: Int, _ x: Int, _ y: Int, _ z: Int, _ less: (Int, Int) -> Bool
  ) {
    let median: Int
    if less(a[x], a[y]) {
      median = less(a[y], a[z]) ? y : (less(a[x], a[z]) ? z : x)
    } else {
      median = less(a[x], a[z]) ? x : (less(a[y], a[z]) ? z : y)
    }
    a.swapAt(result, median)
  }

  private static func insertionSort(
    _ a: UnsafeMutableBufferPointer<Int>, _ first: Int, _ last: Int, _ less: (Int, Int) -> Bool
  ) {
    guard last - first > 1 else { return }
    for i in (first + 1)..<last {
      if less(a[i], a[first]) {
        let moving = a[i]
        var j = i
        while j > first {
          a[j] = a[j - 1]
          j -= 1
        }
        a[first] = moving
      } else {
        unguardedLinearInsert(a, i, less)
      }
    }
  }

  private static func unguardedLinearInsert(_ a: UnsafeMutableBufferPointer<Int>, _ at: Int, _ less: (Int, Int) -> Bool)
  {
    let moving = a[at]
    var j = at
    // Guarded in effect: every caller has a value not greater than `moving` somewhere before `at`.
    while j > 0 && less(moving, a[j - 1]) {
      a[j] = a[j - 1]
      j -= 1
    }
    a[j] = moving
  }

  /// `std::make_heap` then `std::sort_heap` on [first, last): the hole moved down to a leaf by the larger
  /// child (the right one on a tie), then the value pushed back up.
  private static func heapsort(
    _ a: UnsafeMutableBufferPointer<Int>, _ first: Int, _ last: Int, _ less: (Int, Int) -> Bool
  ) {
    if last - first < 2 { return }
    makeHeap(a, first, last, less)
    var end = last
    while end - first > 1 {
      end -= 1
      let value = a[end]
      a[end] = a[first]
      adjustHeap(a, first, 0, end - first, value, less)
    }
  }

  private static func adjustHeap(
    _ a: UnsafeMutableBufferPointer<Int>, _ first: Int, _ hole: Int, _ len: Int, _ value: Int,
    _ less: (Int, Int) -> Bool
  ) {
    let top = hole
    var hole = hole
    var child = hole
    while child < (len - 1) / 2 {
      child = 2 * (child + 1)
      if less(a[first + child], a[first + child - 1]) { child -= 1 }
      a[first + hole] = a[first + child]
      hole = child
    }
    if len & 1 == 0 && child == (len - 2) / 2 {
      child = 2 * (child + 1)
      a[first + hole] = a[first + child - 1]
      hole = child - 1
    }
    // push_heap back up toward `top`.
    var parentIndex = (hole - 1) / 2
    while hole > top && less(a[first + parentIndex], value) {
      a[first + hole] = a[first + parentIndex]
      hole = parentIndex
      parentIndex = (hole - 1) / 2
    }
    a[first + hole] = value
  }
}
