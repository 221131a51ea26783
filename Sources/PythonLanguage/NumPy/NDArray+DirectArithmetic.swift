/// `+ - * /` on contiguous float64 arrays of one shape, or such an array and a number: computed straight into the
/// result's buffer, which takes the operand's shape and strides (no broadcasting plan, no tensor copies).
///
/// Small arrays in a loop (`acc = acc + v * 0.001`) spend their time here, so each operation allocates only its result.
/// Larger arrays take the general path, which polls for interrupts between chunks.
extension ArrayArithmetic {
  /// The result, or nil when the operands need the general path (other dtypes or operators, broadcasting, views,
  /// 0-d arrays, whose results are scalars).
  @inline(__always)
  static func direct(_ op: BinaryOperator, _ x: Value, _ y: Value) -> Value? {
    guard op == .add || op == .sub || op == .mul || op == .truediv else { return nil }
    switch (x, y) {
    case (.object(let a), .object(let b)):
      guard a.tag == .ndarray && b.tag == .ndarray else { return nil }
      let u = unsafeDowncast(a, to: NDArray.self)
      let v = unsafeDowncast(b, to: NDArray.self)
      guard let p = plain(u), let q = plain(v), u.shape == v.shape else { return nil }
      let (j, k) = (u.offset, v.offset)
      return result(u) { i in apply(op, p[j + i], q[k + i]) }
    case (.object(let a), _):
      guard a.tag == .ndarray, let s = number(y) else { return nil }
      let u = unsafeDowncast(a, to: NDArray.self)
      guard let p = plain(u) else { return nil }
      let j = u.offset
      return result(u) { i in apply(op, p[j + i], s) }
    case (_, .object(let b)):
      guard b.tag == .ndarray, let s = number(x) else { return nil }
      let v = unsafeDowncast(b, to: NDArray.self)
      guard let q = plain(v) else { return nil }
      let k = v.offset
      return result(v) { i in apply(op, s, q[k + i]) }
    default: return nil
    }
  }

  /// `a op= y` the same way, written into `a`'s storage; false when the general path must do it.
  ///
  /// The result is
  /// made apart first, so a right side that overlaps `a` (`a[1:] += a[:-1]`) is read before it is written, as
  /// NumPy does.
  static func directInPlace(_ op: BinaryOperator, _ a: NDArray, _ y: Value) -> Bool {
    guard a.writeBlock == nil, case .object(let o)? = direct(op, .object(a), y) else { return false }
    let r = unsafeDowncast(o, to: NDArray.self)
    let start = a.offset
    r.storage.doubles.withUnsafeBufferPointer { source in
      a.storage.doubles.withUnsafeMutableBufferPointer { target in
        for i in 0..<source.count { target[start + i] = source[i] }
      }
    }
    return true
  }

  /// Arrays up to this many elements (one interrupt-polling chunk is far larger).
  static let directLimit = 4096

  /// The storage of a small C-ordered float64 array with at least one axis (its elements from `a.offset`).
  @inline(__always) private static func plain(_ a: NDArray) -> [Double]? {
    guard a.dtype == .float64, a.ndim > 0, a.count <= directLimit, a.hasRowMajorStrides else { return nil }
    let d = a.storage.doubles
    return a.offset >= 0 && a.offset + a.count <= d.count ? d : nil
  }

  /// A number that meets a float64 array as float64: Python's int and float (weak), NumPy's float64 and int64.
  @inline(__always) private static func number(_ v: Value) -> Double? {
    switch v {
    case .float(let d), .f64(let d): d
    case .int(let i), .i64(let i): Double(i)
    default: nil
    }
  }

  @inline(__always) private static func apply(_ op: BinaryOperator, _ a: Double, _ b: Double) -> Double {
    switch op {
    case .add: a + b
    case .sub: a - b
    case .mul: a * b
    default: a / b
    }
  }

  /// A new array shaped like `like`, element `i` from `element(i)`.
  ///
  /// Built by `map`: on this toolchain
  /// `Array(unsafeUninitializedCapacity:)` looks up `Array<Double>`'s generic metadata at each call, which costs
  /// more than a small operation itself.
  @inline(__always) private static func result(_ like: NDArray, _ element: (Int) -> Double) -> Value {
    let out = (0..<like.count).map(element)
    return .object(
      NDArray(
        storage: ArrayStorage(doubles: out), dtype: .float64, shape: like.shape, strides: like.strides, offset: 0,
        base: nil))
  }
}
