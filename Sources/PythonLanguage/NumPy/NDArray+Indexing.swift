import TensorModule

extension NDArray {
  /// One resolved index entry.
  enum IndexPart {
    case integer(Int)
    case range(start: Int, step: Int, count: Int)
    case newAxis
    /// Integer positions along an axis (from an integer array, a list, or a bool mask) and the shape the index
    /// had (a 2-d index array gives a 2-d block of results): the result is a copy.
    case positions([Int], shape: [Int])
  }

  /// NumPy's indexing rules: a tuple is one index per axis, `...` fills the missing axes, `None` adds one.
  func resolve(_ index: Value, rt: Runtime) throws(PyError) -> [IndexPart] {
    var entries: [Value]
    let booleanMask = NDArray.booleanMask(index)
    if let deeper = booleanMask, deeper.ndim > ndim {
      throw PyError(
        "IndexError", "too many indices for array: array is \(ndim)-dimensional, but \(deeper.ndim) were indexed")
    }
    if case .object(let o) = index, o.tag == .tuple {
      entries = unsafeDowncast(o, to: PyTuple.self).items
    } else if let mask = booleanMask, mask.ndim == ndim, ndim > 1 {
      // A full-shape mask selects elements in C order; NumPy names the first axis whose sizes differ.
      if let axis = shape.indices.first(where: { shape[$0] != mask.shape[$0] }) {
        throw PyError(
          "IndexError",
          "boolean index did not match indexed array along axis \(axis); size of axis is \(shape[axis]) but size of "
            + "corresponding boolean axis is \(mask.shape[axis])")
      }
      // As NumPy: the mask becomes its nonzero coordinates, one index array per axis, paired element by element.
      var coordinates = [[Int]](repeating: [], count: ndim)
      for (flat, on) in mask.bools.enumerated() where on {
        var rest = flat
        for d in stride(from: ndim - 1, through: 0, by: -1) {
          coordinates[d].append(rest % shape[d])
          rest /= shape[d]
        }
      }
      return coordinates.map { .positions($0, shape: [$0.count]) }
    } else {
      entries = [index]
    }
    let used = entries.filter { v in
      if case .none = v { return false }
      if case .object(let o) = v, o === rt.ellipsis.object { return false }
      return true
    }.count
    if used > ndim {
      throw PyError(
        "IndexError", "too many indices for array: array is \(ndim)-dimensional, but \(used) were indexed")
    }
    var parts: [IndexPart] = []
    var axis = 0
    var sawEllipsis = false
    for v in entries {
      if case .none = v {
        parts.append(.newAxis)
        continue
      }
      if case .object(let o) = v, o === rt.ellipsis.object {
        if sawEllipsis { throw PyError("IndexError", "an index can only have a single ellipsis ('...')") }
        sawEllipsis = true
        for _ in 0..<(ndim - used) {
          parts.append(.range(start: 0, step: 1, count: shape[axis]))
          axis += 1
        }
        continue
      }
      let n = shape[axis]
      switch v {
      case .object(let o) where o.tag == .slice:
        let (start, stop, step) = try rt.sliceIndices(unsafeDowncast(o, to: PySlice.self), count: n)
        parts.append(.range(start: start, step: step, count: PyRange.count(start, stop, step)))
      case .object(let o) where o.tag == .ndarray || o.tag == .list:
        let arr = o.tag == .ndarray ? unsafeDowncast(o, to: NDArray.self) : try NDArray.make(v, dtype: nil, rt: rt)
        if arr.dtype == .bool {
          guard arr.count == n else {
            throw PyError(
              "IndexError",
              "boolean index did not match indexed array along axis \(axis); size of axis is \(n) but size of corresponding boolean axis is \(arr.count)"
            )
          }
          let kept = NDArray.truePositions(arr.bools)
          parts.append(.positions(kept, shape: [kept.count]))
        } else if arr.dtype == .float64 && arr.count > 0 {
          throw PyError(
            "IndexError",
            "arrays used as indices must be of integer (or boolean) type")
        } else {
          var ps: [Int] = []
          for var i in arr.ints {
            if i < -n || i >= n {
              throw PyError("IndexError", "index \(i) is out of bounds for axis \(axis) with size \(n)")
            }
            if i < 0 { i += n }
            ps.append(i)
          }
          parts.append(.positions(ps, shape: arr.shape))
        }
      default:
        var i: Int
        do throws(PyError) { i = try rt.index(v) } catch {
          throw PyError(
            "IndexError",
            "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices"
          )
        }
        if i < -n || i >= n {
          throw PyError("IndexError", "index \(i) is out of bounds for axis \(axis) with size \(n)")
        }
        if i < 0 { i += n }
        parts.append(.integer(i))
      }
      axis += 1
    }
    while axis < ndim {
      parts.append(.range(start: 0, step: 1, count: shape[axis]))
      axis += 1
    }
    // Several index arrays pair up element by element, their shapes broadcast together (`a[np.ix_(r, c)]`).
    let indexShapes = parts.compactMap { part -> [Int]? in
      if case .positions(_, let shape) = part { return shape }
      return nil
    }
    if let first = indexShapes.first, indexShapes.contains(where: { $0 != first }) {
      var common: [Int]? = first
      for s in indexShapes.dropFirst() { common = common.flatMap { Broadcast.shape(of: $0, and: s) } }
      guard let target = common else {
        let described = indexShapes.map { Tensor.compact($0) }.joined(separator: " ")
        throw PyError(
          "IndexError", "shape mismatch: indexing arrays could not be broadcast together with shapes \(described) ")
      }
      for (k, part) in parts.enumerated() {
        guard case .positions(let ps, let shape) = part, shape != target else { continue }
        parts[k] = .positions(try NDArray.broadcastIndices(ps, from: shape, to: target), shape: target)
      }
    }
    return parts
  }

  /// Index values laid out in `shape`, repeated to fill the broadcast shape `target`.
  static func broadcastIndices(_ values: [Int], from shape: [Int], to target: [Int]) throws(PyError) -> [Int] {
    try NDArray(ints: values, shape: shape).broadcast(to: target).map { values[$0] }
  }

  /// `a[index]`: basic indexing gives a view (a NumPy scalar when every axis is an integer); integer arrays and
  /// masks give a copy.
  static func hasEllipsis(_ index: Value, _ rt: Runtime) -> Bool {
    if case .object(let o) = index {
      if o === rt.ellipsis.object { return true }
      if o.tag == .tuple {
        return unsafeDowncast(o, to: PyTuple.self).items.contains {
          if case .object(let e) = $0 { e === rt.ellipsis.object } else { false }
        }
      }
    }
    return false
  }

  func get(_ index: Value, rt: Runtime) throws(PyError) -> Value {
    let parts = try resolve(index, rt: rt)
    let fancy = parts.contains { if case .positions = $0 { true } else { false } }
    if !fancy {
      var newShape: [Int] = []
      var newStrides: [Int] = []
      var p = offset
      var axis = 0
      for part in parts {
        switch part {
        case .integer(let i):
          p += i * strides[axis]
          axis += 1
        case .range(let start, let step, let count):
          p += start * strides[axis]
          newShape.append(count)
          newStrides.append(step * strides[axis])
          axis += 1
        case .newAxis:
          newShape.append(1)
          newStrides.append(0)
        case .positions: break
        }
      }
      // Integers alone pick a scalar; with `...` the result is a 0-d array, as NumPy's.
      if newShape.isEmpty && !parts.contains(where: { if case .newAxis = $0 { true } else { false } })
        && !NDArray.hasEllipsis(index, rt)
      {
        return scalar(at: p)
      }
      return .object(view(shape: newShape, strides: newStrides, offset: p))
    }
    let (shapeOut, ps) = gather(parts)
    if shapeOut.isEmpty, let p = ps.first { return scalar(at: p) }
    return .object(taken(ps, shape: shapeOut))
  }

  /// A new array of the elements at storage positions `ps`, read in this array's dtype (fancy and mask indexing):
  /// making a Python value of each element first took 10-20x NumPy's time.
  func taken(_ ps: [Int], shape: [Int]) -> NDArray {
    switch dtype {
    case .float64: NDArray(doubles: NDArray.elements(of: storage.doubles, at: ps), shape: shape)
    case .int64: NDArray(ints: NDArray.elements(of: storage.ints, at: ps), shape: shape)
    case .bool: NDArray(bools: NDArray.elements(of: storage.bools, at: ps), shape: shape)
    }
  }

  /// `source[p]` for each `p` of `ps`, in order (each read checked).
  private static func elements<T>(of source: [T], at ps: [Int]) -> [T] {
    [T](unsafeUninitializedCapacity: ps.count) { out, initialized in
      for (k, p) in ps.enumerated() { out.initializeElement(at: k, to: source[p]) }
      initialized = ps.count
    }
  }

  /// The positions of a mask's true elements, in order: counted first, so the array is allocated once.
  static func truePositions(_ mask: [Bool]) -> [Int] {
    mask.withUnsafeBufferPointer { m in
      var n = 0
      for b in m where b { n += 1 }
      return [Int](unsafeUninitializedCapacity: n) { out, initialized in
        var j = 0
        for i in 0..<m.count where m[i] {
          out.initializeElement(at: j, to: i)
          j += 1
        }
        initialized = j
      }
    }
  }

  /// Storage positions selected by resolved parts (fancy parts combine by broadcasting when there are several,
  /// here only along one axis at a time, or zipped when of equal length).
  func gather(_ parts: [IndexPart]) -> ([Int], [Int]) {
    var shapeOut: [Int] = []
    var bases = [offset]
    var axis = 0
    var zipped: [Int]?
    var fancyCount = 0
    for part in parts {
      if case .positions = part { fancyCount += 1 }
    }
    for part in parts {
      switch part {
      case .integer(let i):
        bases = bases.map { $0 + i * strides[axis] }
        axis += 1
      case .range(let start, let step, let count):
        shapeOut.append(count)
        bases = bases.flatMap { b in (0..<count).map { b + (start + $0 * step) * strides[axis] } }
        axis += 1
      case .newAxis:
        shapeOut.append(1)
      case .positions(let ps, let indexShape):
        if fancyCount > 1 {
          // Several index arrays of one shape pair up element by element (`a[[0, 1], [2, 3]]`).
          if zipped != nil {
            bases = zip(bases, ps).map { $0 + $1 * strides[axis] }
          } else {
            shapeOut.append(contentsOf: indexShape)
            bases = bases.flatMap { b in ps.map { b + $0 * strides[axis] } }
            zipped = ps
          }
        } else {
          shapeOut.append(contentsOf: indexShape)
          bases = bases.flatMap { b in ps.map { b + $0 * strides[axis] } }
        }
        axis += 1
      }
    }
    return (shapeOut, bases)
  }

  /// `index` when it is a bool array (a mask), else nil.
  static func booleanMask(_ index: Value) -> NDArray? {
    guard case .object(let o) = index, o.tag == .ndarray else { return nil }
    let a = unsafeDowncast(o, to: NDArray.self)
    return a.dtype == .bool ? a : nil
  }

  /// `a[index] = value`: through views and masks alike, with the value broadcast to the selection.
  func set(_ index: Value, _ value: Value, rt: Runtime) throws(PyError) {
    let parts = try resolve(index, rt: rt)
    let fancy = parts.contains { if case .positions = $0 { true } else { false } }
    // Basic indexing writes through the view it selects; fancy indexing at the positions it gathers.
    var view: NDArray?
    var targets: [Int]?
    let targetShape: [Int]
    if fancy {
      let (shape, positions) = gather(parts)
      (targetShape, targets) = (shape, positions)
    } else {
      guard case .object(let o) = try get(index, rt: rt), o.tag == .ndarray else {
        // A single element.
        var p = offset
        var axis = 0
        for part in parts {
          if case .integer(let i) = part {
            p += i * strides[axis]
            axis += 1
          }
        }
        if case .object(let o) = value, o.tag == .ndarray {
          // An array casts into the element; only a 0-d one fits (a bool element takes any one-element array).
          let a = unsafeDowncast(o, to: NDArray.self)
          guard a.ndim == 0 || (dtype == .bool && a.count == 1) else {
            throw PyError("ValueError", "setting an array element with a sequence.")
          }
          try self.view(shape: [], strides: [], offset: p).assign(a.soleElement)
          return
        }
        try store(value, at: p, rt: rt)
        return
      }
      let v = unsafeDowncast(o, to: NDArray.self)
      view = v
      targetShape = v.shape
    }
    guard var source = try ArrayArithmetic.operand(value, rt: rt)?.array else {
      throw PyError("TypeError", "float() argument must be a string or a real number, not '\(rt.typeName(value))'")
    }
    let isArray = if case .object(let o) = value, o.tag == .ndarray { true } else { false }
    if source.count == 1 && !isArray {
      // A number converts as `int(x)` or `float(x)` would (NaN into int64 is an error), then fills.
      let one = NDArray.zero(dtype)
      try one.store(source.scalar(at: source.offset), at: 0, rt: rt)
      source = one
    }
    // NumPy drops an array's leading axes of length one that the selection lacks.
    var unit = 0
    while source.ndim - unit > targetShape.count && source.shape[unit] == 1 { unit += 1 }
    if unit > 0 {
      source = source.view(
        shape: Array(source.shape.dropFirst(unit)), strides: Array(source.strides.dropFirst(unit)),
        offset: source.offset)
    }
    guard let stretched = source.stretched(to: targetShape) else {
      if NDArray.booleanMask(index) != nil, targetShape.count == 1, source.ndim == 1 {
        throw PyError(
          "ValueError",
          "NumPy boolean array indexing assignment cannot assign \(source.count) input values to the "
            + "\(targetShape[0]) output values where the mask is true")
      }
      throw PyError(
        "ValueError",
        "could not broadcast input array from shape \(Tensor.compact(source.shape)) into shape \(Tensor.compact(targetShape))"
      )
    }
    if let targets, isArray, source.storage === storage, let mask = NDArray.booleanMask(index), mask.ndim == ndim {
      try assignMaskRuns(stretched, at: targets)
      return
    }
    try (view ?? self).assign(stretched, at: targets)
  }

  /// Storage positions of this array's elements broadcast to `target`, in C order.
  func broadcast(to target: [Int]) throws(PyError) -> [Int] {
    let s = Broadcast.strides(of: shape, to: target)
    // Broadcast.strides gives contiguous-element strides of this shape; map through the real strides.
    let own = NDArray.contiguousStrides(shape)
    var out: [Int] = []
    let n = target.reduce(1, *)
    out.reserveCapacity(n)
    var index = [Int](repeating: 0, count: target.count)
    for _ in 0..<n {
      var flat = 0
      for d in 0..<target.count { flat += index[d] * s[d] }
      // From a flat C-order position of this array to its storage position.
      var p = offset
      var rest = flat
      for d in 0..<ndim {
        let q = own[d] == 0 ? 0 : rest / own[d]
        rest -= q * own[d]
        p += q * strides[d]
      }
      out.append(p)
      Broadcast.advance(&index, in: target)
    }
    return out
  }

  static func fromScalars(_ values: [Value], dtype: DType, shape: [Int], rt: Runtime) throws(PyError) -> NDArray {
    switch dtype {
    case .float64:
      return NDArray(doubles: values.map { if case .f64(let d) = $0 { return d } else { return 0 } }, shape: shape)
    case .int64:
      return NDArray(ints: values.map { if case .i64(let i) = $0 { return i } else { return 0 } }, shape: shape)
    case .bool:
      return NDArray(bools: values.map { if case .npBool(let b) = $0 { return b } else { return false } }, shape: shape)
    }
  }
}
