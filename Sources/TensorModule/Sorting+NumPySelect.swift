/// `np.partition` and `np.argpartition`, element for element as NumPy 2.4 leaves them.
///
/// Only the k-th places are defined; where everything else goes depends on which selection NumPy runs:
/// - one `kth`, int64 or float64, on a processor with AVX2: x86-simd-sort's quickselect, replayed by
///   `SimdSortReplay` for this processor's vectors. Its argselect sorts up to 256 elements by the same
///   network as its argsort (NaNs: libstdc++'s `std::nth_element`); its select moves NaNs to the end and
///   sorts up to 64 elements (256 with AVX-512) outright.
/// - several `kth`, bools, or no AVX2: NumPy's introselect, which keeps the pivots it has placed for the
///   next `kth`.
extension Tensor {
  /// One lane of `np.partition` (the values) or, with `indices`, of `np.argpartition` (the positions, as
  /// doubles).
  ///
  /// `kths` are non-negative, in bounds and ascending, as NumPy sorts them.
  public static func partitionLane(
    _ values: [Double], kths: [Int], element: SortElement, indices: Bool
  ) -> [Double] {
    let n = values.count
    let lanes = ProcessorFeatures.avx512 ? 8 : 4
    if kths.count == 1, element != .bool, ProcessorFeatures.avx2, let k = kths.first, !indices {
      // x86-simd-sort's select moves the values themselves: NaNs to the end, then the rest.
      var out = values
      out.withUnsafeMutableBufferPointer { o in
        var last = n - 1
        if element == .float { last = moveNaNsToEnd(o) }
        guard k <= last else { return }
        SimdSortReplay(UnsafeBufferPointer(start: nil, count: 0), lanes: lanes)
          .select(o, k, 0, last, SimdSortReplay.maxIterations(n))
      }
      return out
    }
    var order = Array(0..<n)
    values.withUnsafeBufferPointer { v in
      order.withUnsafeMutableBufferPointer { o in
        let less = numpyLess(element, v)
        if kths.count == 1, element != .bool, ProcessorFeatures.avx2, let k = kths.first {
          if element == .float && v.contains(where: \.isNaN) {
            LibstdcxxSort.nthElement(o, k, less)
          } else {
            SimdSortReplay(v, lanes: lanes).argsort(o, 0, n - 1, SimdSortReplay.maxIterations(n), selecting: k)
          }
          return
        }
        var pivots: [Int] = []
        for k in kths {
          NumPySelect(order: o, less: less, float: element == .float).select(
            count: n, kth: k, pivots: &pivots, keepPivots: true)
        }
      }
    }
    return indices ? order.map(Double.init) : order.map { values[$0] }
  }

  /// `np.partition` (the values) or, with `indices`, `np.argpartition` (positions, float64-typed) of each
  /// lane along `axis`, with `kth` as NumPy takes it: negative counts from the end.
  public func partitioned(axis: Int, kth: [Int], element: SortElement, indices: Bool) throws(TensorError) -> Tensor {
    if ndim == 0 { throw TensorError(.axis, "axis \(axis) is out of bounds for array of dimension 0") }
    let n = shape[try normalize([axis])[0]]
    if n == 0 { return indices ? Tensor(shape: shape, data: data) : self }
    var kths: [Int] = []
    for k in kth {
      let place = k < 0 ? k + n : k
      guard place >= 0 && place < n else { throw TensorError(.value, "kth(=\(place)) out of bounds (\(n))") }
      kths.append(place)
    }
    kths.sort()
    var out = try mapLanes(axis: axis) { lane throws(TensorError) in
      lane = Tensor.partitionLane(lane, kths: kths, element: element, indices: indices)
    }
    out.dtype = indices ? .float64 : dtype
    return out
  }

  /// x86-simd-sort's NaN move before a selection: each NaN from the front swapped with the back; returns
  /// the last place that holds a number.
  private static func moveNaNsToEnd(_ o: UnsafeMutableBufferPointer<Double>) -> Int {
    var i = 0
    var j = o.count - 1
    var nans = 0
    while i < j {
      if o[i].isNaN {
        o.swapAt(i, j)
        j -= 1
        nans += 1
      } else {
        i += 1
      }
    }
    if o[i].isNaN { nans += 1 }
    return o.count - nans - 1
  }
}

/// NumPy's introselect over positions: median-of-three quickselect that records each placed pivot for the
/// next `kth`, an O(n·k) selection when `kth` is within 3 of the range's start, and median of medians of
/// five past its depth limit.
struct NumPySelect {
  let order: UnsafeMutableBufferPointer<Int>
  let less: (Int, Int) -> Bool
  /// Floats only: NumPy scans for the largest (a NaN check) when `kth` is the last place.
  let float: Bool
  /// NumPy keeps at most this many placed pivots.
  static let maxPivots = 50

  /// Puts the `kth` smallest of the first `count` places at `kth`, smaller ones before it.
  func select(count: Int, kth: Int, pivots: inout [Int], keepPivots: Bool) {
    var low = 0
    var high = count - 1
    while keepPivots, let top = pivots.last {
      if top > kth {
        high = top - 1
        break
      }
      if top == kth { return }
      low = top + 1
      pivots.removeLast()
    }
    if kth - low < 3 {
      NumPySelect(order: UnsafeMutableBufferPointer(rebasing: order[low...high]), less: less, float: float)
        .smallestFirst(through: kth - low)
      store(kth, kth, &pivots, keepPivots)
      return
    }
    // NumPy's test for a NaN check (`partition(x, -1)`): the largest by a scan, last of equals.
    if kth == count - 1 && float {
      var largest = low
      for k in (low + 1)..<count where !less(order[k], order[largest]) { largest = k }
      order.swapAt(kth, largest)
      return
    }
    var depth = 2 * (Int.bitWidth - 1 - count.leadingZeroBitCount)
    while low + 1 < high {
      var ll = low + 1
      var hh = high
      if depth > 0 || hh - ll < 5 {
        let mid = low + (high - low) / 2
        if less(order[high], order[mid]) { order.swapAt(high, mid) }
        if less(order[high], order[low]) { order.swapAt(high, low) }
        if less(order[low], order[mid]) { order.swapAt(low, mid) }
        order.swapAt(mid, low + 1)
      } else {
        let part = NumPySelect(order: UnsafeMutableBufferPointer(rebasing: order[ll...]), less: less, float: float)
        let mid = ll + part.medianOfMedians(count: hh - ll)
        order.swapAt(mid, low)
        ll -= 1
        hh += 1
      }
      depth -= 1
      let pivot = order[low]
      while true {
        repeat { ll += 1 } while less(order[ll], pivot)
        repeat { hh -= 1 } while less(pivot, order[hh])
        if hh < ll { break }
        order.swapAt(ll, hh)
      }
      order.swapAt(low, hh)
      if hh != kth { store(hh, kth, &pivots, keepPivots) }
      if hh >= kth { high = hh - 1 }
      if hh <= kth { low = ll }
    }
    if high == low + 1 && less(order[high], order[low]) { order.swapAt(high, low) }
    store(kth, kth, &pivots, keepPivots)
  }

  private func store(_ pivot: Int, _ kth: Int, _ pivots: inout [Int], _ keep: Bool) {
    guard keep else { return }
    if pivot == kth && pivots.count == NumPySelect.maxPivots {
      pivots[pivots.count - 1] = pivot
    } else if pivot >= kth && pivots.count < NumPySelect.maxPivots {
      pivots.append(pivot)
    }
  }

  /// Selection sort of the first `kth + 1` places (the smallest of the rest swapped into each).
  private func smallestFirst(through kth: Int) {
    for i in 0...kth {
      var smallest = i
      for k in (i + 1)..<order.count where less(order[k], order[smallest]) { smallest = k }
      order.swapAt(i, smallest)
    }
  }

  /// The median of each run of five moved to the front, then their median selected; returns its place.
  private func medianOfMedians(count: Int) -> Int {
    let medians = count / 5
    for i in 0..<medians {
      let five = NumPySelect(order: UnsafeMutableBufferPointer(rebasing: order[(5 * i)...]), less: less, float: float)
      order.swapAt(5 * i + five.medianOfFive(), i)
    }
    if medians > 2 {
      var none: [Int] = []
      NumPySelect(order: order, less: less, float: float)
        .select(count: medians, kth: medians / 2, pivots: &none, keepPivots: false)
    }
    return medians / 2
  }

  /// NumPy's median of five by six exchanges; returns the median's place (1, 2 or 3).
  private func medianOfFive() -> Int {
    if less(order[1], order[0]) { order.swapAt(1, 0) }
    if less(order[4], order[3]) { order.swapAt(4, 3) }
    if less(order[3], order[0]) { order.swapAt(3, 0) }
    if less(order[4], order[1]) { order.swapAt(4, 1) }
    if less(order[2], order[1]) { order.swapAt(2, 1) }
    if less(order[3], order[2]) { return less(order[3], order[1]) ? 1 : 3 }
    return 2
  }
}
