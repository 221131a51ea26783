/// Sorting, order statistics and quantiles, matching NumPy's results (NaNs sort last).
extension Tensor {
  /// Sorts doubles ascending with NaNs last (to completion: for library code; see `sortedValues`).
  public static func sortValues(_ values: inout [Double]) {
    values.withUnsafeMutableBufferPointer { x in radixSort(from: UnsafeBufferPointer(x), into: x) {} }
  }

  /// `values` sorted ascending with NaNs last, into new memory, polling the running cell's interrupt as it goes.
  ///
  /// Throws only `TensorError.interrupted`: for what a user calls directly (`sort`, `unique`, `median`). Reads
  /// `values` in place: copying a shared 800 MB buffer first would fault its pages in for seconds, unpolled.
  public static func sortedValues(_ values: [Double]) throws(TensorError) -> [Double] {
    try values.withUnsafeBufferPointer { source throws(TensorError) in
      try Tensor(shape: [source.count]) { out throws(TensorError) in try sortValues(from: source, into: out) }.data
    }
  }

  /// `radixSort` that stops with `TensorError.interrupted` when the running cell is interrupted.
  public static func sortValues(from source: UnsafeBufferPointer<Double>, into out: UnsafeMutableBufferPointer<Double>)
    throws(TensorError)
  {
    try radixSort(from: source, into: out, poll: TensorError.checkInterrupt)
  }

  /// Writes `source` sorted ascending (NaNs last) into `out`, which has the same count and may be the
  /// same memory.
  ///
  /// An LSD radix sort on the order-preserving bit pattern (8-bit digits; passes whose digit never
  /// varies are skipped; the first pass reads the doubles and the last writes them back, so keys are
  /// never converted in passes of their own). Beats a comparison sort ~5× on large arrays.
  /// `poll` runs every `checkMask + 1` keys of each pass; what it throws stops the sort.
  static func radixSort<E: Error>(
    from source: UnsafeBufferPointer<Double>, into out: UnsafeMutableBufferPointer<Double>,
    poll: () throws(E) -> Void
  ) throws(E) {
    let n = source.count
    precondition(out.count == n, "sorting \(n) values into \(out.count) places")
    guard n > 0, let x = source.baseAddress, let o = out.baseAddress else { return }
    // Small inputs, and any input whose scratch keys cannot be allocated, sort in place by comparison.
    let keys = n < 512 ? nil : HugePages.allocate(UInt64.self, count: n)
    let scratch = keys == nil ? nil : HugePages.allocate(UInt64.self, count: n)
    guard let keys, let scratch else {
      if let keys { HugePages.free(keys, count: n) }
      if UnsafePointer(o) != x { o.update(from: x, count: n) }
      var inPlace = out
      inPlace.sort { $0 < $1 || (!$0.isNaN && $1.isNaN) }
      return
    }
    let bits = radixBits
    let buckets = 1 << bits
    let mask = UInt64(buckets - 1)
    let passes = (64 + bits - 1) / bits
    let counts = UnsafeMutablePointer<Int>.allocate(capacity: buckets * passes)
    defer {
      HugePages.free(keys, count: n)
      HugePages.free(scratch, count: n)
      counts.deallocate()
    }
    counts.initialize(repeating: 0, count: buckets * passes)
    // Every digit's histogram in one read of the input.
    for i in 0..<n {
      if i & checkMask == 0 { try poll() }
      var key = sortKey(x[i])
      for p in 0..<passes {
        counts[p &* buckets &+ Int(key & mask)] &+= 1
        key >>= UInt64(bits)
      }
    }
    // A digit shared by every key moves nothing.
    let active = (0..<passes).filter { p in !(0..<buckets).contains { counts[p * buckets + $0] == n } }
    if active.isEmpty {
      if UnsafePointer(o) != x { o.update(from: x, count: n) }
      return
    }
    for p in active {
      var offset = 0
      for b in 0..<buckets {
        let k = counts[p * buckets + b]
        counts[p * buckets + b] = offset
        offset += k
      }
    }
    // The first pass makes keys from the doubles; the last writes doubles back.
    var src = UnsafePointer(keys)
    var dst = scratch
    for (index, p) in active.enumerated() {
      try poll()
      let c = counts + p * buckets
      let shift = UInt64(p * bits)
      let (first, last) = (index == 0, index == active.count - 1 && active.count > 1)
      if first {
        for i in 0..<n {
          if i & checkMask == 0 { try poll() }
          let key = sortKey(x[i])
          let digit = Int((key >> shift) & mask)
          dst[c[digit]] = key
          c[digit] &+= 1
        }
      } else if last {
        for i in 0..<n {
          if i & checkMask == 0 { try poll() }
          let key = src[i]
          let digit = Int((key >> shift) & mask)
          o[c[digit]] = value(ofKey: key)
          c[digit] &+= 1
        }
      } else {
        for i in 0..<n {
          if i & checkMask == 0 { try poll() }
          let key = src[i]
          let digit = Int((key >> shift) & mask)
          dst[c[digit]] = key
          c[digit] &+= 1
        }
      }
      src = UnsafePointer(dst)
      dst = dst == scratch ? keys : scratch
    }
    if active.count == 1 {
      for i in 0..<n { o[i] = value(ofKey: src[i]) }
    }
  }

  /// Keys between interrupt polls (a scatter pass over 10⁸ keys takes about a second).
  static let checkMask = (1 << 16) - 1

  /// Digit width of the radix sort: 256 buckets stay in L1 while keys scatter (measured faster here
  /// than 11-bit digits despite two more passes).
  static let radixBits = 8

  /// Unsigned keys in the doubles' order, without branches (random signs would mispredict half the
  /// time, which cost 4× on this pass).
  ///
  /// Negative numbers have every bit flipped, others the sign bit.
  /// Every NaN becomes the positive quiet NaN, which sorts after +inf.
  @inline(__always)
  static func sortKey(_ x: Double) -> UInt64 {
    let bits = x != x ? Double.nan.bitPattern : x.bitPattern
    return bits ^ (UInt64(bitPattern: Int64(bitPattern: bits) >> 63) | (1 << 63))
  }

  /// The double whose `sortKey` is `k`.
  @inline(__always)
  static func value(ofKey k: UInt64) -> Double {
    Double(bitPattern: k ^ (UInt64(bitPattern: Int64(bitPattern: ~k) >> 63) | (1 << 63)))
  }

  /// Applies `body` to each lane along `axis` as a contiguous array, writing the results back.
  func mapLanes(axis: Int, _ body: (inout [Double]) throws(TensorError) -> Void) throws(TensorError) -> Tensor {
    let k = try normalize([axis])[0]
    let moved = k == ndim - 1 ? self : transposed((0..<ndim).filter { $0 != k } + [k])
    let n = shape[k]
    var out = moved
    if n > 0 {
      for start in stride(from: 0, to: count, by: n) {
        var lane = Array(out.data[start..<(start + n)])
        try body(&lane)
        out.data.replaceSubrange(start..<(start + n), with: lane)
      }
    }
    if k == ndim - 1 { return out }
    // Move the axis back where it was.
    var axes = Array(0..<(ndim - 1))
    axes.insert(ndim - 1, at: k)
    return out.transposed(axes)
  }

  /// NumPy's `sort` along an axis (the last by default).
  public func sorted(axis: Int = -1) throws(TensorError) -> Tensor {
    if ndim == 0 { throw TensorError(.axis, "axis \(axis) is out of bounds for array of dimension 0") }
    if ndim == 1 {
      return try data.withUnsafeBufferPointer { source throws(TensorError) in
        try Tensor(shape: shape, dtype: dtype) { out throws(TensorError) in
          try Tensor.sortValues(from: source, into: out)
        }
      }
    }
    return try mapLanes(axis: axis) { lane throws(TensorError) in lane = try Tensor.sortedValues(lane) }
  }

  /// The positions that would sort each lane, stable (NumPy's `kind='stable'`; NaNs last).
  public func argsorted(axis: Int = -1) throws(TensorError) -> Tensor {
    if ndim == 0 { throw TensorError(.axis, "axis \(axis) is out of bounds for array of dimension 0") }
    if ndim == 1 {
      // No lane copies: 10⁸ positions would fault in seconds of pages between polls.
      let order = try Tensor.stableOrderInterruptibly(data)
      return try Tensor(shape: shape) { out throws(TensorError) in
        for i in 0..<order.count {
          if i & Tensor.checkMask == 0 { try TensorError.checkInterrupt() }
          out[i] = Double(order[i])
        }
      }
    }
    var out = try mapLanes(axis: axis) { lane throws(TensorError) in
      lane = try Tensor.stableOrderInterruptibly(lane).map(Double.init)
    }
    out.dtype = .float64
    return out
  }

  /// Quantiles by NumPy's default `method='linear'`, with NumPy's exact arithmetic (its virtual index and
  /// two-sided lerp), so results match to the last bit.
  ///
  /// A lane with a NaN gives NaN.
  /// With `ignoringNaN` (NumPy's `nanquantile`) the NaNs, sorted last, are left out instead; a lane of
  /// nothing else gives NaN.
  public static func quantiles(ofSorted x: [Double], _ qs: [Double], ignoringNaN: Bool = false) -> [Double] {
    var n = x.count
    if ignoringNaN {
      while n > 0 && x[n - 1].isNaN { n -= 1 }
    }
    if n == 0 || x[n - 1].isNaN { return qs.map { _ in .nan } }
    return qs.map { q in
      // NumPy 2's 'linear' method: (n - 1) * q, not the algebraically equal n*q + (1 - q) - 1.
      let virtual = Double(n - 1) * q
      let previous = virtual.rounded(.down)
      let gamma = virtual - previous
      let lo = Swift.min(Swift.max(Int(previous), 0), n - 1)
      let hi = Swift.min(Swift.max(Int(previous) + 1, 0), n - 1)
      let (a, b) = (x[lo], x[hi])
      let diff = b - a
      return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma
    }
  }

  /// `quantile(x, q, axis)`: q in [0, 1]; the q axis (if q is a tensor) comes first, as in NumPy.
  public func quantile(_ q: Tensor, axis: Int?, keepdims: Bool = false, ignoringNaN: Bool = false) throws(TensorError)
    -> Tensor
  {
    for v in q.data where !(v >= 0 && v <= 1) {
      throw TensorError(.value, "Quantiles must be in the range [0, 1]")
    }
    guard count > 0 else { throw TensorError(.index, "cannot compute quantiles of an empty array") }
    guard let axis else {
      let sorted = try Tensor.sortedValues(data)
      let values = Tensor.quantiles(ofSorted: sorted, q.data, ignoringNaN: ignoringNaN)
      let tail = keepdims ? [Int](repeating: 1, count: ndim) : []
      return Tensor(shape: q.shape + tail, data: values)
    }
    let k = try normalize([axis])[0]
    let sortedLanes = try sorted(axis: k)
    let moved = k == ndim - 1 ? sortedLanes : sortedLanes.transposed((0..<ndim).filter { $0 != k } + [k])
    let n = shape[k]
    let lanes = moved.count / n
    var results = [Double](repeating: 0, count: q.count * lanes)
    for lane in 0..<lanes {
      let values = Tensor.quantiles(
        ofSorted: Array(moved.data[(lane * n)..<((lane + 1) * n)]), q.data, ignoringNaN: ignoringNaN)
      for (j, v) in values.enumerated() { results[j * lanes + lane] = v }
    }
    var rest = shape
    if keepdims { rest[k] = 1 } else { rest.remove(at: k) }
    return Tensor(shape: q.shape + rest, data: results)
  }

  /// The sorted distinct values (NaNs collapse to one, as NumPy's default `equal_nan=True`), with counts.
  public func unique() throws(TensorError) -> (values: Tensor, counts: [Int]) {
    let sorted = try Tensor.sortedValues(data)
    var values: [Double] = []
    var counts: [Int] = []
    for (i, x) in sorted.enumerated() {
      if i & Tensor.checkMask == 0 { try TensorError.checkInterrupt() }
      if let last = values.last, last == x || (last.isNaN && x.isNaN) {
        counts[counts.count - 1] += 1
      } else {
        values.append(x)
        counts.append(1)
      }
    }
    return (Tensor(shape: [values.count], data: values, dtype: dtype), counts)
  }
}
