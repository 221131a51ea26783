import TensorModule

/// Writing many elements at once: `a[...] = b`, `a op= b` and `a.sort()` store whole arrays through `assign`,
/// per dtype in bulk, never one boxed value at a time (which ran 30–80× NumPy's time on 10⁶ elements).
extension NDArray {
  /// This array broadcast to `target`: a view with stride 0 along the stretched axes, for reading only; nil when
  /// the shapes do not broadcast that way.
  func stretched(to target: [Int]) -> NDArray? {
    if shape == target { return self }
    guard target.count >= ndim else { return nil }
    let lead = target.count - ndim
    var s = [Int](repeating: 0, count: target.count)
    for k in 0..<ndim {
      if shape[k] == target[lead + k] {
        s[lead + k] = strides[k]
      } else if shape[k] != 1 {
        return nil
      }
    }
    return NDArray(storage: storage, dtype: dtype, shape: target, strides: s, offset: offset, base: base ?? self)
  }

  /// A 0-d array of `dtype` holding zero, for a number to be stored into and then broadcast.
  static func zero(_ dtype: DType) -> NDArray {
    switch dtype {
    case .float64: NDArray(doubles: [0], shape: [])
    case .int64: NDArray(ints: [0], shape: [])
    case .bool: NDArray(bools: [false], shape: [])
    }
  }

  /// This array's one element as a 0-d view (`count` must be 1).
  var soleElement: NDArray {
    NDArray(storage: storage, dtype: dtype, shape: [], strides: [], offset: offset, base: base)
  }

  /// The elements sit in C order over the whole of their storage (so the storage's buffer is exactly theirs).
  var ownsAllStorage: Bool {
    guard offset == 0, hasRowMajorStrides else { return false }
    switch dtype {
    case .float64: return storage.doubles.count == count
    case .int64: return storage.ints.count == count
    case .bool: return storage.bools.count == count
    }
  }

  /// A ufunc's `result` written into this array as its output (`a += b`, `np.clip(…, out=a)`), after NumPy's
  /// checks: writable, the same-kind casting rule, and a result that broadcasts to this shape.
  func receive(_ result: NDArray, ufunc: String) throws(PyError) {
    if writeBlock == .readOnly { throw PyError("ValueError", "output array is read-only") }
    if result.dtype.rawValue > dtype.rawValue {
      throw PyError(
        "numpy._core._exceptions._UFuncOutputCastingError",
        "Cannot cast ufunc '\(ufunc)' output from dtype('\(result.dtype.name)') to dtype('\(dtype.name)') with "
          + "casting rule 'same_kind'")
    }
    guard let stretched = result.stretched(to: shape) else {
      throw PyError(
        "ValueError",
        "non-broadcastable output operand with shape \(Tensor.compact(shape)) doesn't match the broadcast shape "
          + "\(Tensor.compact(result.shape))")
    }
    try assign(stretched)
  }

  /// Writes `source` (already this array's shape, or the selection's when `targets` is given) into this array's
  /// elements, or into the storage positions `targets` in C order of the selection, converting to this dtype as
  /// NumPy's assignment casts (floats truncate into int64; NaN and out-of-range values give int64's minimum).
  ///
  /// All of `source` is read before anything is written, so a source that overlaps the target
  /// (`a[1:] = a[:-1]`) is copied as NumPy copies it. When both arrays cover their whole storage in C order and
  /// share a dtype, the target's storage takes the source's buffer, shared until either is written.
  func assign(_ source: NDArray, at targets: [Int]? = nil) throws(PyError) {
    try checkWritable()
    precondition(source.count == (targets?.count ?? count), "assigning \(source.count) elements to \(count)")
    if targets == nil && source.dtype == dtype && source.shape == shape && ownsAllStorage && source.ownsAllStorage {
      switch dtype {
      case .float64: storage.doubles = source.storage.doubles
      case .int64: storage.ints = source.storage.ints
      case .bool: storage.bools = source.storage.bools
      }
      return
    }
    if targets == nil && source.dtype == dtype && source.shape == shape {
      // The same elements (`a[:] += b` stores its own view back): nothing to move.
      if source.storage === storage && source.offset == offset && source.strides == strides { return }
      // Other memory is read run by run along both arrays' strides, without a gathered copy first.
      if source.storage !== storage {
        switch dtype {
        case .float64: copyRuns(from: source, source.storage.doubles, into: &storage.doubles)
        case .int64: copyRuns(from: source, source.storage.ints, into: &storage.ints)
        case .bool: copyRuns(from: source, source.storage.bools, into: &storage.bools)
        }
        return
      }
    }
    switch dtype {
    case .float64: write(source.doubles, into: &storage.doubles, at: targets)
    case .int64: write(source.ints, into: &storage.ints, at: targets)
    case .bool: write(source.bools, into: &storage.bools, at: targets)
    }
  }

  /// Copies `source` (this shape, other storage whose buffer is `values`) element by element along both
  /// arrays' strides.
  private func copyRuns<T>(from source: NDArray, _ values: [T], into buffer: inout [T]) {
    values.withUnsafeBufferPointer { v in
      buffer.withUnsafeMutableBufferPointer { out in
        forEachRunPair(source) { start, step, from, fromStep, length in
          let (end, fromEnd) = (start + (length - 1) * step, from + (length - 1) * fromStep)
          precondition(
            Swift.min(start, end) >= 0 && Swift.max(start, end) < out.count && Swift.min(from, fromEnd) >= 0
              && Swift.max(from, fromEnd) < v.count, "array view outside its storage")
          if step == 1 && fromStep == 1, let o = out.baseAddress, let w = v.baseAddress {
            (o + start).update(from: w + from, count: length)
            return
          }
          var (p, q) = (start, from)
          for _ in 0..<length {
            out[p] = v[q]
            p += step
            q += fromStep
          }
        }
      }
    }
  }

  /// `forEachRun` over this array and `other` (the same shape) together: `body(start, step, otherStart,
  /// otherStep, length)` for each run along the last axis, in C order.
  func forEachRunPair(_ other: NDArray, _ body: (Int, Int, Int, Int, Int) -> Void) {
    guard count > 0 else { return }
    guard ndim > 0 else {
      body(offset, 1, other.offset, 1, 1)
      return
    }
    let last = ndim - 1
    var index = [Int](repeating: 0, count: last)
    var (base, otherBase) = (offset, other.offset)
    while true {
      body(base, strides[last], otherBase, other.strides[last], shape[last])
      var axis = last - 1
      while axis >= 0 {
        index[axis] += 1
        base += strides[axis]
        otherBase += other.strides[axis]
        if index[axis] < shape[axis] { break }
        base -= index[axis] * strides[axis]
        otherBase -= index[axis] * other.strides[axis]
        index[axis] = 0
        axis -= 1
      }
      if axis < 0 { return }
    }
  }

  /// Stores `values` (C order) at `targets`, or along this array's own strides.
  private func write<T>(_ values: [T], into buffer: inout [T], at targets: [Int]?) {
    values.withUnsafeBufferPointer { v in
      buffer.withUnsafeMutableBufferPointer { out in
        if let targets {
          for (k, p) in targets.enumerated() {
            precondition(p >= 0 && p < out.count, "array position outside its storage")
            out[p] = v[k]
          }
          return
        }
        var k = 0
        forEachRun { start, step, length in
          let end = start + (length - 1) * step
          precondition(
            Swift.min(start, end) >= 0 && Swift.max(start, end) < out.count, "array view outside its storage")
          var p = start
          for _ in 0..<length {
            out[p] = v[k]
            p += step
            k += 1
          }
        }
      }
    }
  }

  /// `a[mask] = v` where `v` views `a`'s own memory, as NumPy does it: no copy of `v` first, but each run of
  /// consecutive selected elements moved as one block, read as it stands after the runs before it.
  ///
  /// So `g[g >= 100] = g[:3]` can read a value an earlier run just wrote. Only contiguous arrays and sources
  /// follow that rule simply; other layouts stop with an error rather than guess NumPy's strided transfer order.
  func assignMaskRuns(_ source: NDArray, at targets: [Int]) throws(PyError) {
    try checkWritable()
    guard isContiguous, source.isContiguous || source.count == 1 || source.strides.allSatisfy({ $0 == 0 }) else {
      throw PyError(
        "NotImplementedError",
        "assigning through a boolean mask from a view that overlaps the array is in Tessel only for contiguous "
          + "arrays (copy the value first: a[mask] = v.copy())")
    }
    let from = source.positions()
    switch dtype {
    case .float64: NDArray.moveRuns(&storage.doubles, from: from, to: targets)
    case .int64: NDArray.moveRuns(&storage.ints, from: from, to: targets)
    case .bool: NDArray.moveRuns(&storage.bools, from: from, to: targets)
    }
  }

  private static func moveRuns<T>(_ buffer: inout [T], from: [Int], to targets: [Int]) {
    var k = 0
    while k < targets.count {
      var end = k + 1
      while end < targets.count && targets[end] == targets[end - 1] + 1 { end += 1 }
      let block = from[k..<end].map { buffer[$0] }
      for (i, p) in targets[k..<end].enumerated() { buffer[p] = block[i] }
      k = end
    }
  }
}
