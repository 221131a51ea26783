import TensorModule

/// NumPy's element types that Tessel has so far.
public enum DType: UInt8, Sendable {
  case bool, int64, float64

  var name: String {
    switch self {
    case .bool: "bool"
    case .int64: "int64"
    case .float64: "float64"
    }
  }

  var itemSize: Int { self == .bool ? 1 : 8 }

  /// NumPy's promotion of two array dtypes.
  static func promote(_ a: DType, _ b: DType) -> DType { DType(rawValue: max(a.rawValue, b.rawValue)) ?? .float64 }
}

/// The memory an array and its views share; exactly one of the buffers is used, by the dtype.
final class ArrayStorage {
  var doubles: [Double] = []
  var ints: [Int] = []
  var bools: [Bool] = []

  init(doubles: [Double]) { self.doubles = doubles }
  init(ints: [Int]) { self.ints = ints }
  init(bools: [Bool]) { self.bools = bools }
}

/// `numpy.ndarray`: a strided view of shared storage, so basic slices, `.T` and `reshape` of contiguous arrays
/// share memory with their base (writes go through), as in NumPy.
public final class NDArray: PyObject {
  /// Replaced only by `a.resize(...)` on an array that owns its data and is viewed by nothing.
  internal(set) var storage: ArrayStorage
  public let dtype: DType
  /// Set only by `a.shape = ...`, which reshapes in place.
  public internal(set) var shape: [Int]
  /// In elements (NumPy's byte strides are these times the item size).
  internal(set) var strides: [Int]
  let offset: Int
  /// The array this one views, for `.base` and `np.shares_memory`.
  let base: NDArray?
  internal(set) var count: Int
  /// Why writes are refused, if they are: NumPy's read-only views (`sliding_window_view`), or the parts of a
  /// complex array (`z.real`), which NumPy writes through to the complex array and Tessel keeps apart.
  var writeBlock: WriteBlock?

  enum WriteBlock {
    case readOnly
    case complexPart
  }

  /// The error for a write into an array that refuses them.
  func checkWritable() throws(PyError) {
    switch writeBlock {
    case nil: return
    case .readOnly?: throw PyError("ValueError", "assignment destination is read-only")
    case .complexPart?:
      throw PyError(
        "NotImplementedError",
        "writing into the real or imaginary part of a complex array is not in Tessel yet (NumPy writes through to "
          + "the complex array; assign to the complex array itself)")
    }
  }

  init(storage: ArrayStorage, dtype: DType, shape: [Int], strides: [Int], offset: Int, base: NDArray?) {
    self.storage = storage
    self.dtype = dtype
    self.shape = shape
    self.strides = strides
    self.offset = offset
    self.base = base
    self.count = shape.reduce(1, *)
    super.init(tag: .ndarray)
  }

  /// A new contiguous array owning `storage`.
  convenience init(_ storage: ArrayStorage, _ dtype: DType, _ shape: [Int]) {
    self.init(
      storage: storage, dtype: dtype, shape: shape, strides: NDArray.contiguousStrides(shape), offset: 0, base: nil)
  }

  convenience init(doubles: [Double], shape: [Int]) { self.init(ArrayStorage(doubles: doubles), .float64, shape) }
  convenience init(ints: [Int], shape: [Int]) { self.init(ArrayStorage(ints: ints), .int64, shape) }
  convenience init(bools: [Bool], shape: [Int]) { self.init(ArrayStorage(bools: bools), .bool, shape) }

  override public var type: PyType { NumPyTypes.ndarray }

  var ndim: Int { shape.count }

  /// C order's strides.
  ///
  /// Built by `map` (as `ArrayArithmetic.result` explains, `Array(repeating:count:)` of `Int`
  /// looks up generic metadata at each call); arrays have few axes.
  static func contiguousStrides(_ shape: [Int]) -> [Int] {
    shape.indices.map { k in
      var acc = 1
      for j in (k + 1)..<shape.count { acc *= max(shape[j], 1) }
      return acc
    }
  }

  var isContiguous: Bool { count <= 1 || hasRowMajorStrides }

  /// Laid out in Fortran order and not also in C order (a transpose of a C-ordered array, `A.T`): NumPy's
  /// elementwise results and reductions follow that memory order, so Tessel computes on `reversedAxes()`.
  var isFortranOnly: Bool {
    guard shape.count >= 2, count > 1, !hasRowMajorStrides else { return false }
    var acc = 1
    for k in shape.indices {
      if shape[k] > 1 && strides[k] != acc { return false }
      acc *= max(shape[k], 1)
    }
    return true
  }

  /// The same elements with the axes in reverse order (a view: the transpose of a 2-d array).
  func reversedAxes() -> NDArray { view(shape: shape.reversed(), strides: strides.reversed(), offset: offset) }

  /// The strides are exactly C order's for the shape (checked without making that array).
  var hasRowMajorStrides: Bool {
    var acc = 1
    var k = shape.count - 1
    while k >= 0 {
      if strides[k] != acc { return false }
      acc *= max(shape[k], 1)
      k -= 1
    }
    return true
  }

  /// Storage positions of every element in C order.
  func positions() -> [Int] {
    if isContiguous { return Array(offset..<(offset + count)) }
    var out: [Int] = []
    out.reserveCapacity(count)
    forEachRun { start, step, length in
      var p = start
      for _ in 0..<length {
        out.append(p)
        p += step
      }
    }
    return out
  }

  /// Calls `body(start, step, length)` for each run of storage positions along the last axis, in C order.
  ///
  /// Only the outer axes step an index: computing every element's position from its full index cost several
  /// times NumPy's strided copies (`a[::2]`, `M.T`).
  @inline(__always) func forEachRun(_ body: (Int, Int, Int) -> Void) {
    guard count > 0 else { return }
    guard ndim > 0 else {
      body(offset, 1, 1)
      return
    }
    let last = ndim - 1
    var index = [Int](repeating: 0, count: last)
    var base = offset
    while true {
      body(base, strides[last], shape[last])
      var axis = last - 1
      while axis >= 0 {
        index[axis] += 1
        base += strides[axis]
        if index[axis] < shape[axis] { break }
        base -= index[axis] * strides[axis]
        index[axis] = 0
        axis -= 1
      }
      if axis < 0 { return }
    }
  }

  /// The elements in C order, as doubles (bool as 0/1, int64 converted).
  var doubles: [Double] {
    switch dtype {
    case .float64:
      if offset == 0 && storage.doubles.count == count && isContiguous { return storage.doubles }
      return gather(storage.doubles) { $0 }
    case .int64: return gather(storage.ints) { Double($0) }
    case .bool: return gather(storage.bools) { $0 ? 1 : 0 }
    }
  }

  var ints: [Int] {
    switch dtype {
    case .int64:
      if offset == 0 && storage.ints.count == count && isContiguous { return storage.ints }
      return gather(storage.ints) { $0 }
    // Truncated; NaN, infinities and doubles beyond 64 bits give x86's invalid-conversion value, as NumPy does.
    case .float64: return gather(storage.doubles) { NumberCasts.int64(casting: $0) }
    case .bool: return gather(storage.bools) { $0 ? 1 : 0 }
    }
  }

  /// The elements in C order, as bools (nonzero is True).
  var bools: [Bool] {
    switch dtype {
    case .bool:
      if offset == 0 && storage.bools.count == count && isContiguous { return storage.bools }
      return gather(storage.bools) { $0 }
    case .int64: return gather(storage.ints) { $0 != 0 }
    case .float64: return gather(storage.doubles) { $0 != 0 }
    }
  }

  /// The elements in C order from the dtype's buffer, converted.
  @inline(__always) private func gather<T, U>(_ buffer: [T], _ convert: (T) -> U) -> [U] {
    return buffer.withUnsafeBufferPointer { source in
      [U](unsafeUninitializedCapacity: count) { out, initialized in
        var k = 0
        // The reads are unchecked, so each run's two ends are checked here (a view's runs lie in its storage).
        if isContiguous {
          precondition(offset >= 0 && offset + count <= source.count, "array view outside its storage")
          // A straight loop: `map` over the slice appended one element at a time.
          for i in 0..<count { out.initializeElement(at: i, to: convert(source[offset + i])) }
          initialized = count
          return
        }
        forEachRun { start, step, length in
          let end = start + (length - 1) * step
          precondition(min(start, end) >= 0 && max(start, end) < source.count, "array view outside its storage")
          var p = start
          for _ in 0..<length {
            out.initializeElement(at: k, to: convert(source[p]))
            p += step
            k += 1
          }
        }
        initialized = k
      }
    }
  }

  /// The element at storage position `p`, as a NumPy scalar.
  func scalar(at p: Int) -> Value {
    switch dtype {
    case .float64: .f64(storage.doubles[p])
    case .int64: .i64(storage.ints[p])
    case .bool: .npBool(storage.bools[p])
    }
  }

  /// A new array of the elements at storage positions `positions`, with `shape`.
  func gathered(_ positions: [Int], shape: [Int]) -> NDArray {
    switch dtype {
    case .float64: NDArray(doubles: positions.map { storage.doubles[$0] }, shape: shape)
    case .int64: NDArray(ints: positions.map { storage.ints[$0] }, shape: shape)
    case .bool: NDArray(bools: positions.map { storage.bools[$0] }, shape: shape)
    }
  }

  /// A contiguous copy (`np.array(a)`, `a.copy()`).
  func copy() -> NDArray {
    switch dtype {
    case .float64: NDArray(doubles: doubles, shape: shape)
    case .int64: NDArray(ints: ints, shape: shape)
    case .bool: NDArray(bools: bools, shape: shape)
    }
  }

  /// The v1 tensor kernels' form: float64 (or bool) data in C order.
  var tensor: Tensor { Tensor(shape: shape, data: doubles, dtype: dtype == .bool ? .bool : .float64) }

  static func from(_ t: Tensor) -> NDArray {
    // A bool tensor's 0/1 doubles become bools through the same straight loop as `bools` of a float64 array.
    if t.dtype == .bool { return NDArray(bools: NDArray(doubles: t.data, shape: t.shape).bools, shape: t.shape) }
    return NDArray(doubles: t.data, shape: t.shape)
  }

  /// `a.resize(dims)` on an array that owns its data: the flat elements kept, cut or padded with zeros.
  ///
  /// With `refcheck`, refused while a view shares the storage (NumPy counts references instead).
  func resize(_ dims: [Int], refcheck: Bool) throws(PyError) {
    let n = dims.reduce(1, *)
    if refcheck && n != count && !isKnownUniquelyReferenced(&storage) {
      throw PyError(
        "ValueError",
        "cannot resize an array that references or is referenced\nby another object in this way.\n"
          + "Use the np.resize function to get a new resized copy or\n set refcheck=False to disable this check")
    }
    do throws(TensorError) { _ = try MemoryBudget.reserve(dims, itemSize: dtype.itemSize, dtype: dtype.name) } catch {
      throw PyError(tensor: error)
    }
    // A new buffer, so views made with refcheck=False keep reading the old one rather than past its end.
    switch dtype {
    case .float64:
      storage = ArrayStorage(
        doubles: Array((storage.doubles + [Double](repeating: 0, count: Swift.max(0, n - count))).prefix(n)))
    case .int64:
      storage = ArrayStorage(
        ints: Array((storage.ints + [Int](repeating: 0, count: Swift.max(0, n - count))).prefix(n)))
    case .bool:
      storage = ArrayStorage(
        bools: Array((storage.bools + [Bool](repeating: false, count: Swift.max(0, n - count))).prefix(n)))
    }
    shape = dims
    strides = NDArray.contiguousStrides(dims)
    count = n
  }

  /// Exchanges the elements at storage positions `p` and `q`.
  func swapElements(_ p: Int, _ q: Int) {
    switch dtype {
    case .float64: storage.doubles.swapAt(p, q)
    case .int64: storage.ints.swapAt(p, q)
    case .bool: storage.bools.swapAt(p, q)
    }
  }

  /// A view with new shape and strides over the same storage.
  func view(shape: [Int], strides: [Int], offset: Int) -> NDArray {
    // An empty view reads nothing, and its start may lie outside the data (`a[::-1]` of an empty axis starts
    // at -1; `b[:, ::-1]` of a (0, 3) array at 2): it starts at 0 instead.
    let start = shape.contains(0) ? 0 : offset
    let v = NDArray(storage: storage, dtype: dtype, shape: shape, strides: strides, offset: start, base: base ?? self)
    v.writeBlock = writeBlock
    return v
  }

  /// Converts a value to this array's dtype and stores it at storage position `p`.
  func store(_ v: Value, at p: Int, rt: Runtime) throws(PyError) {
    if writeBlock != nil { try checkWritable() }
    switch dtype {
    case .float64:
      storage.doubles[p] = try rt.double(v, "float() argument must be a string or a real number", quoted: true)
    case .int64: storage.ints[p] = try NumberCasts.int64(storing: v, rt: rt)
    case .bool: storage.bools[p] = try rt.truthy(v)
    }
  }
}

extension NDArray {
  /// The storage position of `[i]` (1-d) or `[i, j]` (2-d) with Python's negative indices; nil when out of range
  /// (the generic path then raises NumPy's error).
  @inline(__always) func position(_ i: Int) -> Int? {
    guard ndim == 1 else { return nil }
    let n = shape[0]
    let k = i < 0 ? i + n : i
    guard k >= 0 && k < n else { return nil }
    return offset + k * strides[0]
  }

  @inline(__always) func position(_ i: Int, _ j: Int) -> Int? {
    guard ndim == 2 else { return nil }
    let a = i < 0 ? i + shape[0] : i
    let b = j < 0 ? j + shape[1] : j
    guard a >= 0 && a < shape[0] && b >= 0 && b < shape[1] else { return nil }
    return offset + a * strides[0] + b * strides[1]
  }

  /// Stores a number at `p` without going through the generic conversion (loops' hot path); false if the value
  /// needs the generic path.
  @inline(__always) func storeFast(_ v: Value, at p: Int) -> Bool {
    if writeBlock != nil { return false }
    switch (dtype, v) {
    case (.float64, .f64(let d)), (.float64, .float(let d)):
      storage.doubles[p] = d
      return true
    case (.float64, .int(let i)), (.float64, .i64(let i)):
      storage.doubles[p] = Double(i)
      return true
    case (.int64, .int(let i)), (.int64, .i64(let i)):
      storage.ints[p] = i
      return true
    default:
      return false
    }
  }
}
