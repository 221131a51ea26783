import Dispatch
import Foundation
import Interruption
import VectorKernels

/// Sorting, order statistics and quantiles, matching NumPy's results (NaNs sort last).
extension Tensor {
  /// Sorts doubles ascending with NaNs last (to completion: for library code; see `sortedValues`).
  public static func sortValues(_ values: inout [Double]) {
    values.withUnsafeMutableBufferPointer { x in
      if ProcessorFeatures.avx2 {
        _ = vectorSort(x) { false }
      } else {
        radixSort(from: UnsafeBufferPointer(x), into: x) {}
      }
    }
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

  /// Each run of `length` values of `values` sorted ascending, into new memory, polling the running cell's
  /// interrupt.
  ///
  /// Concrete for each element type, so that the generic sort is specialised inside this module: called
  /// across modules, the generic form ran through witness tables (int64 sort of 10⁷ at 2.5× NumPy's time).
  public static func sortedRuns(_ values: [Int], length: Int) throws(TensorError) -> [Int] {
    try sortedRuns(of: values, length: length)
  }

  static func sortedRuns<T: RadixSortable>(of values: [T], length: Int) throws(TensorError) -> [T] {
    var failure: TensorError?
    let out = [T](unsafeUninitializedCapacity: values.count) { out, initialized in
      if let base = out.baseAddress { HugePages.advise(base, bytes: values.count * MemoryLayout<T>.stride) }
      values.withUnsafeBufferPointer { source in
        do throws(TensorError) {
          for start in stride(from: 0, to: source.count, by: Swift.max(length, 1)) {
            let end = Swift.min(start + Swift.max(length, 1), source.count)
            try sortValues(
              of: UnsafeBufferPointer(rebasing: source[start..<end]),
              into: UnsafeMutableBufferPointer(rebasing: out[start..<end]))
          }
        } catch { failure = error }
      }
      // Trivial values: a buffer abandoned half-written is safe to release.
      initialized = values.count
    }
    if let failure { throw failure }
    return out
  }

  /// `radixSort` that stops with `TensorError.interrupted` when the running cell is interrupted; on two
  /// cores when the input is large and `out` is other memory.
  public static func sortValues(from source: UnsafeBufferPointer<Double>, into out: UnsafeMutableBufferPointer<Double>)
    throws(TensorError)
  {
    if ProcessorFeatures.avx2 {
      try vectorSortValues(from: source, into: out)
    } else {
      try sortValues(of: source, into: out)
    }
  }

  static func sortValues<T: RadixSortable>(of source: UnsafeBufferPointer<T>, into out: UnsafeMutableBufferPointer<T>)
    throws(TensorError)
  {
    if source.count >= parallelSortCount && ProcessInfo.processInfo.activeProcessorCount >= 2,
      let x = source.baseAddress, let o = out.baseAddress, UnsafePointer(o) != x
    {
      try splitSort(from: source, into: out)
    } else {
      try radixSort(from: source, into: out, poll: TensorError.checkInterrupt)
    }
  }

  /// Below this many values one core sorts (starting the second costs more than it saves).
  static let parallelSortCount = 1 << 17

  /// Sorts on two cores: the values are split at a sampled median into the two ends of `out`, then each
  /// core radix-sorts its end in place.
  ///
  /// 10⁶ doubles: 5.0 ms against 7.4 ms on one core, measured here. The split's loops are branchless: a
  /// comparison per value that branches mispredicts half the time on random data (4 ns a value here).
  /// Both cores poll the running cell's flag, read here because a worker thread does not inherit it.
  static func splitSort<T: RadixSortable>(from source: UnsafeBufferPointer<T>, into out: UnsafeMutableBufferPointer<T>)
    throws(TensorError)
  {
    let n = source.count
    let flag = InterruptFlag.current
    let pivot = medianKey(ofSampled: source)
    let half = n / 2
    let halves = [0..<half, half..<n]
    let shared = SplitSortMemory<T>(source: source, out: out, talliesCount: 8)
    defer { shared.release() }
    let tallies = shared.tallies
    // Per half: how many keys are below the pivot, and how many are at most the pivot.
    // And the bits that vary, for the radix sorts to skip the digits of none.
    DispatchQueue.concurrentPerform(iterations: 2) { t in
      var (below, atMost) = (0, 0)
      var (common, union) = (UInt64.max, UInt64(0))
      for chunk in chunks(halves[t]) {
        if flag?.isRaised == true { return }
        for i in chunk {
          let key = T.sortKey(shared.source[i])
          below &+= Int(bit: key.subtractingReportingOverflow(pivot).overflow)
          atMost &+= 1 &- Int(bit: pivot.subtractingReportingOverflow(key).overflow)
          common &= key
          union |= key
        }
      }
      shared.tallies[t] = below
      shared.tallies[2 + t] = atMost
      shared.tallies[4 + 2 * t] = Int(bitPattern: UInt(common))
      shared.tallies[5 + 2 * t] = Int(bitPattern: UInt(union))
    }
    let varying =
      UInt64(UInt(bitPattern: tallies[4]) & UInt(bitPattern: tallies[6]))
      ^ UInt64(UInt(bitPattern: tallies[5]) | UInt(bitPattern: tallies[7]))
    // An interrupted core left its tallies unfinished.
    if flag?.isRaised == true { throw .interrupted }
    let (useAtMost, low, lowCount) = shared.nearerSplit(half: half)
    guard lowCount > 0 && lowCount < n else {
      try radixSort(from: source, into: out, poll: TensorError.checkInterrupt)
      return
    }
    // Keys below `bound` go low; the NaN key is below UInt64.max, so `pivot + 1` cannot wrap.
    let bound = useAtMost ? pivot &+ 1 : pivot
    DispatchQueue.concurrentPerform(iterations: 2) { t in
      var next = (low: t == 0 ? 0 : low[0], high: lowCount + (t == 0 ? 0 : half - low[0]))
      for chunk in chunks(halves[t]) {
        if flag?.isRaised == true { return }
        for i in chunk {
          let v = shared.source[i]
          let isLow = Int(bit: T.sortKey(v).subtractingReportingOverflow(bound).overflow)
          shared.out[next.high &+ (next.low &- next.high) &* isLow] = v
          next.low &+= isLow
          next.high &+= 1 &- isLow
        }
      }
    }
    if flag?.isRaised == true { throw .interrupted }
    let ends = [0..<lowCount, lowCount..<n]
    DispatchQueue.concurrentPerform(iterations: 2) { t in
      let end = UnsafeMutableBufferPointer(rebasing: shared.out[ends[t]])
      let poll = { () throws(TensorError) in if flag?.isRaised == true { throw .interrupted } }
      do throws(TensorError) {
        try radixSort(from: UnsafeBufferPointer(end), into: end, varying: varying, poll: poll)
      } catch {
        shared.failures[t] = error
      }
    }
    if let failure = shared.failure { throw failure }
  }

  /// The median key of 1023 values spread evenly over `source`.
  static func medianKey<T: RadixSortable>(ofSampled source: UnsafeBufferPointer<T>) -> UInt64 {
    var sample = (0..<1023).map { k in T.sortKey(source[(k &* source.count) / 1023]) }
    sample.sort()
    return sample[511]
  }

  /// `range` in runs of `checkMask + 1`, for loops that poll between runs and keep a check out of each.
  static func chunks(_ range: Range<Int>) -> [Range<Int>] {
    stride(from: range.lowerBound, to: range.upperBound, by: checkMask + 1).map {
      $0..<Swift.min($0 + checkMask + 1, range.upperBound)
    }
  }

  /// The memory the two cores of `splitSort` share.
  ///
  /// Each core writes only its own half of the tallies and failures and its own places of `out`, and reads
  /// `source`. The tallies are, per half, the count below the pivot, the count at most the pivot, and the
  /// bits every key has and some key has.
  struct SplitSortMemory<T>: @unchecked Sendable {
    let source: UnsafeBufferPointer<T>
    let out: UnsafeMutableBufferPointer<T>
    let tallies: UnsafeMutablePointer<Int>
    let failures: UnsafeMutablePointer<TensorError?>

    /// New tallies (`talliesCount` of them) and no failures; `release` frees them.
    init(source: UnsafeBufferPointer<T>, out: UnsafeMutableBufferPointer<T>, talliesCount: Int) {
      self.source = source
      self.out = out
      tallies = UnsafeMutablePointer<Int>.allocate(capacity: talliesCount)
      tallies.initialize(repeating: 0, count: talliesCount)
      failures = UnsafeMutablePointer<TensorError?>.allocate(capacity: 2)
      failures.initialize(repeating: nil, count: 2)
    }

    func release() {
      tallies.deallocate()
      failures.deinitialize(count: 2)
      failures.deallocate()
    }

    /// Whichever split of the counts in tallies 0…3 (below, then at most the pivot, per half) is nearer the
    /// middle (all-equal data has nothing below its median): whether it is "at most", each half's low count,
    /// and the total.
    func nearerSplit(half: Int) -> (inclusive: Bool, low: [Int], lowCount: Int) {
      let below = [tallies[0], tallies[1]]
      let atMost = [tallies[2], tallies[3]]
      let inclusive = Swift.abs(atMost[0] + atMost[1] - half) < Swift.abs(below[0] + below[1] - half)
      let low = inclusive ? atMost : below
      return (inclusive, low, low[0] + low[1])
    }

    /// The first failure either core recorded.
    var failure: TensorError? { failures[0] ?? failures[1] }
  }

  /// Writes `source` sorted ascending (NaNs last) into `out`, which has the same count and may be the
  /// same memory.
  ///
  /// An LSD radix sort on the order-preserving bit pattern, in 8-bit digits. Digits with no bit that
  /// varies between keys are skipped (`varying`, the bits in which some two keys differ, or a read of
  /// their own finds them), one read counts every other digit, and the first pass reads the values and
  /// the last writes them back, so keys are never converted in passes of their own.
  ///
  /// The passes alternate between one scratch buffer and `out`'s own memory, arranged so that the last
  /// pass reads scratch: fresh memory is zeroed page by page here, and sorting 10⁶ doubles through two
  /// scratch buffers paid for 8 MB more of it. Only an odd number of passes over memory that is both
  /// source and destination takes a second buffer. `poll` runs every `checkMask + 1` keys of each pass;
  /// what it throws stops the sort.
  static func radixSort<T: RadixSortable, E: Error>(
    from source: UnsafeBufferPointer<T>, into out: UnsafeMutableBufferPointer<T>, varying: UInt64? = nil,
    poll: () throws(E) -> Void
  ) throws(E) {
    let n = source.count
    precondition(out.count == n, "sorting \(n) values into \(out.count) places")
    guard n > 0, let x = source.baseAddress, let o = out.baseAddress else { return }
    let aliased = UnsafePointer(o) == x
    // Small inputs, and any input whose scratch keys cannot be allocated, sort in place by comparison.
    guard n >= 512, let scratch = HugePages.allocate(UInt64.self, count: n) else {
      if !aliased { o.update(from: x, count: n) }
      var inPlace = out
      inPlace.sort { T.sortKey($0) < T.sortKey($1) }
      return
    }
    defer { HugePages.free(scratch, count: n) }
    let bits = radixBits
    let buckets = 1 << bits
    let mask = UInt64(buckets - 1)
    let passes = (64 + bits - 1) / bits
    // Digits with no bit that varies between keys move nothing: integers below 1000 have two of eight.
    let differing: UInt64
    if let varying { differing = varying } else { differing = try varyingBits(source, poll: poll) }
    let active = (0..<passes).filter { p in (differing >> UInt64(p * bits)) & mask != 0 }
    guard let lastDigit = active.last else {
      if !aliased { o.update(from: x, count: n) }
      return
    }
    let counts = UnsafeMutablePointer<Int>.allocate(capacity: buckets * passes)
    defer { counts.deallocate() }
    counts.initialize(repeating: 0, count: buckets * passes)
    // Every active digit's histogram in one read of the input. When the active digits are the lowest
    // seven or eight (most double data), a loop over them that unrolls: indexing the list of active
    // digits for each key is slower, and a loop of run-time length was slower still (6.1 ms against
    // 5.3 ms for a 10⁶-value sort).
    let lowest = active == Array(0..<lastDigit + 1)
    @inline(__always) func countLowest(_ top: Int) throws(E) {
      for i in 0..<n {
        if i & checkMask == 0 { try poll() }
        var key = T.sortKey(x[i])
        for p in 0..<top {
          counts[p &* buckets &+ Int(key & mask)] &+= 1
          key &>>= UInt64(bits)
        }
      }
    }
    if lowest && lastDigit == 7 {
      try countLowest(8)
    } else if lowest && lastDigit == 6 {
      try countLowest(7)
    } else {
      for i in 0..<n {
        if i & checkMask == 0 { try poll() }
        let key = T.sortKey(x[i])
        for p in active { counts[p &* buckets &+ Int((key >> UInt64(p &* bits)) & mask)] &+= 1 }
      }
    }
    for p in active {
      var offset = 0
      for b in 0..<buckets {
        let k = counts[p * buckets + b]
        counts[p * buckets + b] = offset
        offset += k
      }
    }
    let digit = { (p: Int) in (counts + p * buckets, UInt64(p * bits)) }
    // Counted back from the last pass (which writes values into `out`), the destinations alternate
    // scratch, `out` as keys, scratch, ...; where `out` is the source, the first pass cannot write it.
    let needsSpare = aliased && active.count % 2 == 1 && active.count > 1
    let spare = needsSpare ? HugePages.allocate(UInt64.self, count: n) : nil
    if needsSpare && spare == nil {
      var inPlace = out
      inPlace.sort { T.sortKey($0) < T.sortKey($1) }
      return
    }
    defer { if let spare { HugePages.free(spare, count: n) } }
    if active.count == 1 {
      let (c, shift) = digit(lastDigit)
      if aliased {
        try scatter(n, poll) { i in
          T.sortKey(x[i])
        } into: { key in
          let d = Int((key &>> shift) & mask)
          scratch[c[d]] = key
          c[d] &+= 1
        }
        for i in 0..<n { o[i] = T.value(ofKey: scratch[i]) }
      } else {
        try scatter(n, poll) { i in
          T.sortKey(x[i])
        } into: { key in
          let d = Int((key &>> shift) & mask)
          o[c[d]] = T.value(ofKey: key)
          c[d] &+= 1
        }
      }
      return
    }
    try o.withMemoryRebound(to: UInt64.self, capacity: n) { (outKeys) throws(E) in
      let other = spare ?? outKeys
      var src = UnsafePointer(scratch)
      for (index, p) in active.dropLast().enumerated() {
        let (c, shift) = digit(p)
        let dst = (active.count - 2 - index) % 2 == 0 ? scratch : other
        let from = src
        // Two literal closures, not one chosen at run time: each call inlines into its own loop.
        if index == 0 {
          try scatter(n, poll) { i in
            T.sortKey(x[i])
          } into: { key in
            let d = Int((key &>> shift) & mask)
            dst[c[d]] = key
            c[d] &+= 1
          }
        } else {
          try scatter(n, poll) { i in
            from[i]
          } into: { key in
            let d = Int((key &>> shift) & mask)
            dst[c[d]] = key
            c[d] &+= 1
          }
        }
        src = UnsafePointer(dst)
      }
    }
    let (c, shift) = digit(lastDigit)
    try scatter(n, poll) { i in
      scratch[i]
    } into: { key in
      let d = Int((key &>> shift) & mask)
      o[c[d]] = T.value(ofKey: key)
      c[d] &+= 1
    }
  }

  /// One pass of the radix sort: `place` each of the `n` keys `read` gives, polling between chunks.
  @inline(__always)
  static func scatter<E: Error>(
    _ n: Int, _ poll: () throws(E) -> Void, _ read: (Int) -> UInt64, into place: (UInt64) -> Void
  ) throws(E) {
    try poll()
    for i in 0..<n {
      if i & checkMask == 0 { try poll() }
      place(read(i))
    }
  }

  /// The bits in which some two keys of `values` differ.
  static func varyingBits<T: RadixSortable, E: Error>(_ values: UnsafeBufferPointer<T>, poll: () throws(E) -> Void)
    throws(E) -> UInt64
  {
    var common = UInt64.max
    var union: UInt64 = 0
    for i in values.indices {
      if i & checkMask == 0 { try poll() }
      let key = T.sortKey(values[i])
      common &= key
      union |= key
    }
    return common ^ union
  }

  /// Keys between interrupt polls (a scatter pass over 10⁸ keys takes about a second).
  static let checkMask = (1 << 16) - 1

  /// Digit width of the radix sort: 256 buckets stay in L1 while keys scatter (measured faster here
  /// than 11-bit digits despite two more passes).
  static let radixBits = 8

  /// `Double.sortKey`, for the order statistics.
  @inline(__always)
  static func sortKey(_ x: Double) -> UInt64 { Double.sortKey(x) }

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
    // Each lane sorted in place in one copy of the array, its axis moved last (no copy per lane).
    let k = try normalize([axis])[0]
    var out = k == ndim - 1 ? self : transposed((0..<ndim).filter { $0 != k } + [k])
    let n = out.shape[ndim - 1]
    if n > 1 {
      try out.data.withUnsafeMutableBufferPointer { buffer throws(TensorError) in
        for start in stride(from: 0, to: buffer.count, by: n) {
          try TensorError.checkInterrupt()
          let lane = UnsafeMutableBufferPointer(rebasing: buffer[start..<(start + n)])
          try Tensor.sortValues(from: UnsafeBufferPointer(lane), into: lane)
        }
      }
    }
    if k == ndim - 1 { return out }
    var axes = Array(0..<(ndim - 1))
    axes.insert(ndim - 1, at: k)
    return out.transposed(axes)
  }

  /// The positions that would sort each lane, in the order NumPy's argsort of `kind` gives (NaNs last).
  public func argsorted(axis: Int = -1, kind: ArgsortKind = .stable) throws(TensorError) -> Tensor {
    if ndim == 0 { throw TensorError(.axis, "axis \(axis) is out of bounds for array of dimension 0") }
    if ndim == 1 {
      // No lane copies: 10⁸ positions would fault in seconds of pages between polls.
      let order = try Tensor.argsortOrder(data, kind: kind, poll: TensorError.checkInterrupt)
      return try Tensor(shape: shape) { out throws(TensorError) in
        for i in 0..<order.count {
          if i & Tensor.checkMask == 0 { try TensorError.checkInterrupt() }
          out[i] = Double(order[i])
        }
      }
    }
    var out = try mapLanes(axis: axis) { lane throws(TensorError) in
      lane = try Tensor.argsortOrder(lane, kind: kind, poll: TensorError.checkInterrupt).map(Double.init)
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
  public static func quantiles(
    ofSorted x: [Double], _ qs: [Double], ignoringNaN: Bool = false, method: QuantileMethod = .linear
  ) -> [Double] {
    var n = x.count
    if ignoringNaN {
      while n > 0 && x[n - 1].isNaN { n -= 1 }
    }
    if n == 0 || x[n - 1].isNaN { return qs.map { _ in .nan } }
    return qs.map { q in
      // NumPy 2's virtual index: (n - 1) * q, not the algebraically equal n*q + (1 - q) - 1.
      var virtual = Double(n - 1) * q
      switch method {
      case .lower: return x[Int(virtual.rounded(.down))]
      case .higher: return x[Int(virtual.rounded(.up))]
      case .nearest: return x[Int(virtual.rounded(.toNearestOrEven))]
      case .midpoint: virtual = 0.5 * (virtual.rounded(.down) + virtual.rounded(.up))
      case .linear: break
      }
      let previous = virtual.rounded(.down)
      let gamma = virtual - previous
      let lo = Swift.min(Swift.max(Int(previous), 0), n - 1)
      let hi = Swift.min(Swift.max(Int(previous) + 1, 0), n - 1)
      let (a, b) = (x[lo], x[hi])
      let diff = b - a
      return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma
    }
  }

  /// NumPy's `method=` for quantiles that pick or average neighbours (the default interpolates).
  public enum QuantileMethod: String, Sendable {
    case linear, lower, higher, nearest, midpoint
  }

  /// `quantile(x, q, axis)`: q in [0, 1]; the q axis (if q is a tensor) comes first, as in NumPy.
  public func quantile(
    _ q: Tensor, axis: Int?, keepdims: Bool = false, ignoringNaN: Bool = false, method: QuantileMethod = .linear
  ) throws(TensorError) -> Tensor {
    for v in q.data where !(v >= 0 && v <= 1) {
      throw TensorError(.value, "Quantiles must be in the range [0, 1]")
    }
    guard count > 0 else { throw TensorError(.index, "cannot compute quantiles of an empty array") }
    guard let axis else {
      let sorted = try Tensor.sortedValues(data)
      let values = Tensor.quantiles(ofSorted: sorted, q.data, ignoringNaN: ignoringNaN, method: method)
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
        ofSorted: Array(moved.data[(lane * n)..<((lane + 1) * n)]), q.data, ignoringNaN: ignoringNaN, method: method)
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

extension Int {
  /// 1 for true, 0 for false, without a branch.
  @inline(__always)
  init(bit: Bool) { self = Int(unsafeBitCast(bit, to: UInt8.self)) }
}

/// What the radix sort orders: values with unsigned keys in the same order.
public protocol RadixSortable: BitwiseCopyable {
  /// The key of `x`: keys compare as the values sort.
  static func sortKey(_ x: Self) -> UInt64
  /// The value whose key is `k`.
  static func value(ofKey k: UInt64) -> Self
}

extension Double: RadixSortable {
  /// Unsigned keys in the doubles' order, without branches (random signs would mispredict half the
  /// time, which cost 4× on this pass).
  ///
  /// Negative numbers have every bit flipped, others the sign bit.
  /// Every NaN becomes the positive quiet NaN, which sorts after +inf.
  @inline(__always)
  public static func sortKey(_ x: Double) -> UInt64 {
    let bits = x != x ? Double.nan.bitPattern : x.bitPattern
    return bits ^ (UInt64(bitPattern: Int64(bitPattern: bits) >> 63) | (1 << 63))
  }

  /// The double whose `sortKey` is `k`.
  @inline(__always)
  public static func value(ofKey k: UInt64) -> Double {
    Double(bitPattern: k ^ (UInt64(bitPattern: Int64(bitPattern: ~k) >> 63) | (1 << 63)))
  }
}

extension Int: RadixSortable {
  /// The two's-complement bits with the sign bit flipped: negative numbers first.
  @inline(__always)
  public static func sortKey(_ x: Int) -> UInt64 { UInt64(bitPattern: Int64(x)) ^ (1 << 63) }

  /// The integer whose `sortKey` is `k`.
  @inline(__always)
  public static func value(ofKey k: UInt64) -> Int { Int(Int64(bitPattern: k ^ (1 << 63))) }
}
