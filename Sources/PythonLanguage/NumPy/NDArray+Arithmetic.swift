import Foundation
import TensorModule

/// Elementwise operators on arrays with NumPy's broadcasting and NEP 50 promotion: a Python number is "weak"
/// (it takes the array's kind), NumPy scalars and arrays are not.
enum ArrayArithmetic {
  /// An operand: an array, or a scalar with the dtype it brings (nil kind for a weak Python number).
  struct Operand {
    var array: NDArray
    var weak: Bool
  }

  /// Both operands of a binary operator.
  ///
  /// A Python int too large for int64 meets a float64 array as a float, as
  /// NumPy converts it (`10**20 * a`).
  static func operands(_ x: Value, _ y: Value, rt: Runtime) throws(PyError) -> (Operand, Operand)? {
    guard let a = try operand(x, partner: y, rt: rt), let b = try operand(y, partner: x, rt: rt) else { return nil }
    return (a, b)
  }

  private static func operand(_ v: Value, partner: Value, rt: Runtime) throws(PyError) -> Operand? {
    if case .object(let o) = v, o.tag == .bigInt, case .object(let p) = partner, p.tag == .ndarray,
      unsafeDowncast(p, to: NDArray.self).dtype == .float64
    {
      let d = Double(unsafeDowncast(o, to: PyBigInt.self).value)
      if d.isInfinite { throw PyError("OverflowError", "int too large to convert to float") }
      return Operand(array: NDArray(doubles: [d], shape: []), weak: true)
    }
    return try operand(v, rt: rt)
  }

  static func operand(_ v: Value, rt: Runtime) throws(PyError) -> Operand? {
    switch v {
    case .object(let o) where o.tag == .ndarray: return Operand(array: unsafeDowncast(o, to: NDArray.self), weak: false)
    case .int(let i): return Operand(array: NDArray(ints: [i], shape: []), weak: true)
    case .bool(let b): return Operand(array: NDArray(bools: [b], shape: []), weak: true)
    case .float(let d): return Operand(array: NDArray(doubles: [d], shape: []), weak: true)
    case .i64(let i): return Operand(array: NDArray(ints: [i], shape: []), weak: false)
    case .f64(let d): return Operand(array: NDArray(doubles: [d], shape: []), weak: false)
    case .npBool(let b): return Operand(array: NDArray(bools: [b], shape: []), weak: false)
    case .object(let o) where o.tag == .list || o.tag == .tuple:
      return Operand(array: try NDArray.make(v, dtype: nil, rt: rt), weak: false)
    case .object(let o) where o.tag == .bigInt:
      throw PyError("OverflowError", "Python integer \(try rt.repr(v)) out of bounds for int64")
    default: return nil
    }
  }

  /// The dtype NumPy 2 gives `a op b` before the operator's own rule (true division is always float).
  static func resultType(_ a: Operand, _ b: Operand) -> DType {
    switch (a.weak, b.weak) {
    case (true, false):
      // A weak Python number keeps the array's dtype unless it is a float meeting integers or bools.
      return a.array.dtype == .float64
        ? .float64 : (b.array.dtype == .bool && a.array.dtype == .int64 ? .int64 : b.array.dtype)
    case (false, true):
      return b.array.dtype == .float64
        ? .float64 : (a.array.dtype == .bool && b.array.dtype == .int64 ? .int64 : a.array.dtype)
    default:
      return DType.promote(a.array.dtype, b.array.dtype)
    }
  }

  static func binary(_ op: BinaryOperator, _ x: Value, _ y: Value, rt: Runtime) throws(PyError) -> Value? {
    guard let (a, b) = try operands(x, y, rt: rt) else { return nil }
    if op == .matmul { return try matmul(a.array, b.array) }
    // NumPy keeps a Fortran-ordered operand's layout in the result (later sums and products depend on it) when
    // the other operand agrees: Fortran-ordered too, or without two axes of its own to disagree with.
    if let (left, right) = fortranOperands(a.array, b.array, x, y) {
      let r = try binary(op, left, right, rt: rt)
      if case .object(let o)? = r, let arr = o as? NDArray { return .object(arr.reversedAxes()) }
      return r
    }
    var dtype = resultType(a, b)
    if op == .truediv { dtype = .float64 }
    // The integer-only ufuncs have no float loop; NumPy says so before it looks at shapes.
    if dtype == .float64 && [.bitand, .bitor, .bitxor, .lshift, .rshift].contains(op) {
      throw PyError(
        "TypeError",
        "ufunc '\(op.ufuncName)' not supported for the input types, and the inputs could not be safely coerced to "
          + "any supported types according to the casting rule ''safe''")
    }
    if dtype == .bool && op == .sub { throw PyError.booleanSubtract }
    guard let shape = Broadcast.shape(of: a.array.shape, and: b.array.shape) else {
      throw PyError.notBroadcastable(a.array.shape, b.array.shape)
    }
    switch dtype {
    case .float64, .bool:
      guard let top = op.kernel else { return nil }
      if dtype == .bool && (op == .add || op == .mul) {
        let r = try combine(a.array, b.array, op == .add ? .or : .and)
        return .object(r)
      }
      var left = a.array.tensor
      var right = b.array.tensor
      if dtype == .float64 {
        left.dtype = .float64
        right.dtype = .float64
      }
      do throws(TensorError) {
        var r = try Tensor.combine(left, right, top)
        if dtype == .bool { r.dtype = .bool }
        return wrap(NDArray.from(r))
      } catch { throw PyError(tensor: error) }
    case .int64:
      return wrap(try integerBinary(op, a.array, b.array, shape))
    }
  }

  /// The operands of an elementwise operation on reversed axes, when NumPy would lay the result out in Fortran
  /// order (one operand Fortran-ordered, the other Fortran-ordered alike or broadcast along all but one axis).
  static func fortranOperands(_ a: NDArray, _ b: NDArray, _ x: Value, _ y: Value) -> (Value, Value)? {
    let (fa, fb) = (a.isFortranOnly, b.isFortranOnly)
    guard fa || fb else { return nil }
    if fa && fb { return a.shape == b.shape ? (.object(a.reversedAxes()), .object(b.reversedAxes())) : nil }
    let (f, other) = fa ? (a, b) : (b, a)
    guard other.ndim <= f.ndim, other.shape.filter({ $0 > 1 }).count <= 1 else { return nil }
    // The other operand, padded with leading axes of one and reversed, broadcasts against the reversed one.
    let pad = f.ndim - other.ndim
    let padded = other.view(
      shape: [Int](repeating: 1, count: pad) + other.shape, strides: [Int](repeating: 0, count: pad) + other.strides,
      offset: other.offset)
    let reversedOther: Value = other.ndim == 0 ? (fa ? y : x) : .object(padded.reversedAxes())
    let reversedF: Value = .object(f.reversedAxes())
    return fa ? (reversedF, reversedOther) : (reversedOther, reversedF)
  }

  /// A 0-d result of two 0-d operands is a NumPy scalar, as NumPy returns.
  static func wrap(_ r: NDArray) -> Value {
    if r.ndim == 0 { return r.scalar(at: r.offset) }
    return .object(r)
  }

  static func combine(_ a: NDArray, _ b: NDArray, _ op: TensorModule.BinaryOperator) throws(PyError) -> NDArray {
    do throws(TensorError) {
      var r = try Tensor.combine(a.tensor, b.tensor, op)
      r.dtype = .bool
      return NDArray.from(r)
    } catch { throw PyError(tensor: error) }
  }

  /// int64 results: wrapping arithmetic, floor division and modulo as NumPy (by zero gives 0).
  static func integerBinary(_ op: BinaryOperator, _ a: NDArray, _ b: NDArray, _ shape: [Int]) throws(PyError) -> NDArray
  {
    if op == .pow, b.ints.contains(where: { $0 < 0 }) {
      throw PyError("ValueError", "Integers to negative integer powers are not allowed.")
    }
    return NDArray(ints: integerPairs(a, b, shape) { NumPyScalars.int64Element(op, $0, $1) }, shape: shape)
  }

  /// `f` of each pair of elements of `a` and `b` (as int64) broadcast to `shape`, in C order.
  static func integerPairs<T>(_ a: NDArray, _ b: NDArray, _ shape: [Int], _ f: (Int, Int) -> T) -> [T] {
    let x = a.ints
    let y = b.ints
    // The common shapes without an index per element: equal shapes, or one side a single value.
    if a.shape == shape && b.shape == shape { return zip(x, y).map(f) }
    if b.count == 1 && a.shape == shape, let v = y.first { return x.map { f($0, v) } }
    if a.count == 1 && b.shape == shape, let u = x.first { return y.map { f(u, $0) } }
    let sa = Broadcast.strides(of: a.shape, to: shape)
    let sb = Broadcast.strides(of: b.shape, to: shape)
    let n = shape.reduce(1, *)
    var out: [T] = []
    out.reserveCapacity(n)
    var index = [Int](repeating: 0, count: shape.count)
    for _ in 0..<n {
      var i = 0
      var j = 0
      for d in 0..<shape.count {
        i += index[d] * sa[d]
        j += index[d] * sb[d]
      }
      out.append(f(x[i], y[j]))
      Broadcast.advance(&index, in: shape)
    }
    return out
  }

  /// Integer matrix products run in float64 (BLAS): exact while every partial sum stays within 2⁵³, which
  /// the largest magnitudes and the inner length bound; beyond that a named error, not a rounded product.
  static func integerProductIsExact(_ a: NDArray, _ b: NDArray) throws(PyError) {
    let (la, ha) = NumPyCounting.extremes(a.ints)
    let (lb, hb) = NumPyCounting.extremes(b.ints)
    let inner = Double(a.shape.last ?? 1)
    let bound = Double(Swift.max(la.magnitude, ha.magnitude)) * Double(Swift.max(lb.magnitude, hb.magnitude)) * inner
    if bound > 0x1p53 {
      throw PyError(
        "NotImplementedError",
        "integer matrix products whose sums may pass 2**53 are not in Tessel yet (they would be rounded)")
    }
  }

  /// `np.dot`: `matmul` up to 2-d, in `dot`'s words when the shapes do not align; a scalar operand multiplies.
  static func dot(_ a: NDArray, _ b: NDArray, rt: Runtime) throws(PyError) -> Value {
    if a.ndim == 0 || b.ndim == 0 { return try binary(.mul, .object(a), .object(b), rt: rt) ?? .none }
    guard a.ndim <= 2 && b.ndim <= 2 else {
      throw PyError("NotImplementedError", "np.dot of arrays above 2-d is not in Tessel yet; matmul (@) batches")
    }
    let k1 = a.shape[a.ndim - 1]
    let k2 = b.ndim == 1 ? b.shape[0] : b.shape[b.ndim - 2]
    if k1 != k2 { throw PyError("ValueError", Linalg.notAligned(a.shape, b.shape)) }
    return try matmul(a, b)
  }

  static func matmul(_ a: NDArray, _ b: NDArray) throws(PyError) -> Value {
    if a.ndim == 0 || b.ndim == 0 {
      throw PyError(
        "ValueError",
        "matmul: Input operand \(a.ndim == 0 ? 0 : 1) does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)"
      )
    }
    if a.dtype != .float64 && b.dtype != .float64 { try integerProductIsExact(a, b) }
    do throws(TensorError) {
      let r: NDArray
      if let product = numpyMatrixVector(a, b) {
        r = NDArray.from(product)
      } else {
        r = NDArray.from(try Linalg.matmul(a.tensor, b.tensor))
      }
      if a.dtype != .float64 && b.dtype != .float64 {
        let kind: DType = DType.promote(a.dtype, b.dtype) == .bool ? .bool : .int64
        return wrap(r.astype(kind))
      }
      return wrap(r)
    } catch { throw PyError(tensor: error) }
  }

  /// A float64 vector product taken the way NumPy's matmul loop takes it, where that differs from a plain dgemv.
  ///
  /// A one-row (or one-column) product is a strided ddot; a column-major matrix (`X.T @ r`, `v @ W.T`) goes to
  /// BLAS untransposed with the other flag, which runs OpenBLAS's other gemv kernel; a matrix BLAS cannot take
  /// (both strides past one, `A[:, ::2].T @ v`) is summed in order by NumPy's plain loop. Nil when the ordinary
  /// path already matches.
  static func numpyMatrixVector(_ a: NDArray, _ b: NDArray) -> Tensor? {
    guard a.dtype == .float64, b.dtype == .float64, a.count > 0, b.count > 0 else { return nil }
    func rowMajor(_ m: NDArray) -> Bool { m.strides[1] == 1 && m.strides[0] >= m.shape[1] }
    func columnMajor(_ m: NDArray) -> Bool { m.strides[0] == 1 && m.strides[1] >= m.shape[0] }
    func transposed(_ m: NDArray) -> NDArray {
      m.view(shape: m.shape.reversed(), strides: m.strides.reversed(), offset: m.offset)
    }
    /// NumPy's `DOUBLE_dot` of n elements along the given strides of each operand's storage.
    func dot(_ n: Int, _ x: NDArray, _ xs: Int, _ y: NDArray, _ ys: Int) -> Double {
      x.storage.doubles.withUnsafeBufferPointer { px in
        y.storage.doubles.withUnsafeBufferPointer { py in Linalg.numpyDot(n, px, x.offset, xs, py, y.offset, ys) }
      }
    }
    /// out[i] = Σⱼ m[i, j]·v[j], from zero in order (`matmul_inner_noblas`).
    func plainLoop(_ m: NDArray, _ v: [Double]) -> Tensor {
      let data = m.doubles
      let (rows, cols) = (m.shape[0], m.shape[1])
      var out = [Double](repeating: 0, count: rows)
      for i in 0..<rows {
        var sum = 0.0
        for j in 0..<cols { sum += data[i * cols + j] * v[j] }
        out[i] = sum
      }
      return Tensor(shape: [rows], data: out)
    }
    if a.ndim == 1 && b.ndim == 1 && a.count == b.count {
      return Tensor(shape: [], data: [dot(a.count, a, a.strides[0], b, b.strides[0])])
    }
    if a.ndim == 2 && b.ndim == 1 && a.shape[1] == b.count {
      if a.shape[0] == 1 { return Tensor(shape: [1], data: [dot(b.count, a, a.strides[1], b, b.strides[0])]) }
      if a.shape[1] == 1 || rowMajor(a) { return nil }
      if columnMajor(a) { return Linalg.matrixVector(transposed(a).tensor, b.tensor, transposed: true) }
      return plainLoop(a, b.doubles)
    }
    if a.ndim == 1 && b.ndim == 2 && a.count == b.shape[0] {
      if b.shape[1] == 1 { return Tensor(shape: [1], data: [dot(a.count, a, a.strides[0], b, b.strides[0])]) }
      if b.shape[0] == 1 { return nil }
      if columnMajor(b) { return Linalg.matrixVector(transposed(b).tensor, a.tensor, transposed: false) }
      if rowMajor(b) { return nil }
      return plainLoop(transposed(b), a.doubles)
    }
    return nil
  }

  /// `a < b` and friends: bool arrays.
  static func compare(_ op: CompareOperator, _ x: Value, _ y: Value, rt: Runtime) throws(PyError) -> Value? {
    guard let (a, b) = try operands(x, y, rt: rt) else { return nil }
    guard let top = op.kernel else { return nil }
    // NumPy 2: `==` and `!=` of shapes that do not broadcast raise too (NumPy 1 answered False).
    guard let shape = Broadcast.shape(of: a.array.shape, and: b.array.shape) else {
      throw PyError.notBroadcastable(a.array.shape, b.array.shape)
    }
    if let r = directCompare(a.array, b.array, top, shape) { return wrap(r) }
    if a.array.dtype != .float64 && b.array.dtype != .float64 {
      // As integers: through float64, values past 2⁵³ compared equal to their neighbours.
      return wrap(NDArray(bools: integerCompare(op, a.array, b.array, shape), shape: shape))
    }
    return wrap(try combine(a.array, b.array, top))
  }

  /// `op` on int64 (or bool) operands; each operator has its own loop where the shapes are equal or one
  /// side is a single value (`labels == 3`), as fast as the float64 kernel.
  static func integerCompare(_ op: CompareOperator, _ a: NDArray, _ b: NDArray, _ shape: [Int]) -> [Bool] {
    let direct =
      (a.shape == shape || (a.count == 1 && b.shape == shape))
      && (b.shape == shape || (b.count == 1 && a.shape == shape))
    guard direct else {
      return integerPairs(a, b, shape) { x, y in
        switch op {
        case .lt: x < y
        case .le: x <= y
        case .gt: x > y
        case .ge: x >= y
        case .ne: x != y
        default: x == y
        }
      }
    }
    let count = shape.reduce(1, *)
    return a.ints.withUnsafeBufferPointer { x in
      b.ints.withUnsafeBufferPointer { y in
        switch op {
        case .lt: compared(x, y, count) { $0 < $1 }
        case .le: compared(x, y, count) { $0 <= $1 }
        case .gt: compared(x, y, count) { $0 > $1 }
        case .ge: compared(x, y, count) { $0 >= $1 }
        case .ne: compared(x, y, count) { $0 != $1 }
        default: compared(x, y, count) { $0 == $1 }
        }
      }
    }
  }

  /// `f` of `count` pairs, a side of one element repeating.
  @inline(__always)
  private static func compared(
    _ x: UnsafeBufferPointer<Int>, _ y: UnsafeBufferPointer<Int>, _ count: Int, _ f: (Int, Int) -> Bool
  ) -> [Bool] {
    // A loop per layout, each of which vectorises (an index times a 0-or-1 stride did not).
    [Bool](unsafeUninitializedCapacity: count) { out, initialized in
      if x.count == count && y.count == count {
        for i in 0..<count { out[i] = f(x[i], y[i]) }
      } else if x.count == count, let v = y.first {
        for i in 0..<count { out[i] = f(x[i], v) }
      } else if let u = x.first, y.count == count {
        for i in 0..<count { out[i] = f(u, y[i]) }
      } else if let u = x.first, let v = y.first {
        for i in 0..<count { out[i] = f(u, v) }
      }
      initialized = count
    }
  }

  /// Float64 operands of the result's shape, or with one element on a side: compared straight into bools.
  private static func directCompare(
    _ a: NDArray, _ b: NDArray, _ op: TensorModule.BinaryOperator, _ shape: [Int]
  ) -> NDArray? {
    guard a.dtype == .float64, b.dtype == .float64,
      a.shape == shape || (a.count == 1 && b.shape == shape),
      b.shape == shape || (b.count == 1 && a.shape == shape)
    else { return nil }
    let count = shape.reduce(1, *)
    let x = a.doubles
    let y = b.doubles
    let bools = x.withUnsafeBufferPointer { xs in
      y.withUnsafeBufferPointer { ys in Tensor.compared(xs, ys, op, count: count) }
    }
    // Nil when interrupted: the general path stops at its first chunk and raises.
    return bools.map { NDArray(bools: $0, shape: shape) }
  }

  /// `abs(a)` and `np.abs(a)`: int64's minimum stays itself, as NumPy's wraps.
  static func absolute(_ a: NDArray) -> NDArray {
    if a.isFortranOnly { return absolute(a.reversedAxes()).reversedAxes() }
    switch a.dtype {
    case .int64: return NDArray(ints: a.ints.map { $0 == .min ? $0 : Swift.abs($0) }, shape: a.shape)
    case .bool: return a.copy()
    case .float64: return NDArray(doubles: a.doubles.map { Swift.abs($0) }, shape: a.shape)
    }
  }

  static func unary(_ op: UnaryOperator, _ a: NDArray) throws(PyError) -> Value {
    if a.isFortranOnly {
      let r = try unary(op, a.reversedAxes())
      if case .object(let o) = r, let arr = o as? NDArray { return .object(arr.reversedAxes()) }
      return r
    }
    switch (op, a.dtype) {
    case (.neg, .float64):
      // The shared kernel polls the interrupt between chunks (10⁸ elements take a third of a second).
      return .object(NDArray.from(try NumPyFunctions.lift { () throws(TensorError) in try a.tensor.apply(.negative) }))
    case (.neg, .int64): return .object(NDArray(ints: a.ints.map { 0 &- $0 }, shape: a.shape))
    case (.pos, _): return .object(a.copy())
    case (.invert, .bool): return .object(NDArray(bools: a.bools.map { !$0 }, shape: a.shape))
    case (.invert, .int64): return .object(NDArray(ints: a.ints.map { ~$0 }, shape: a.shape))
    case (.neg, .bool):
      throw PyError(
        "TypeError",
        "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead."
      )
    default:
      throw PyError("TypeError", "ufunc 'invert' not supported for the input types")
    }
  }

  /// `a op= b`: the result written through `a`'s strides (views included), cast to `a`'s dtype when NumPy's
  /// same-kind rule allows.
  static func inPlace(_ op: BinaryOperator, _ a: NDArray, _ y: Value, rt: Runtime) throws(PyError) -> Value? {
    // NumPy checks the output before computing: a read-only array takes no in-place operator.
    if a.writeBlock == .readOnly { throw PyError("ValueError", "output array is read-only") }
    try a.checkWritable()
    if directInPlace(op, a, y) { return .object(a) }
    guard let r = try binary(op, .object(a), y, rt: rt) else { return nil }
    let result: NDArray
    switch r {
    case .object(let o) where o.tag == .ndarray: result = unsafeDowncast(o, to: NDArray.self)
    default: result = try operand(r, rt: rt)?.array ?? a
    }
    try a.receive(result, ufunc: op.ufuncName)
    return .object(a)
  }
}

extension PyError {
  /// NumPy's refusal of `-` between bools (and so of `ptp` of bools).
  static var booleanSubtract: PyError {
    PyError(
      "TypeError",
      "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the "
        + "logical_xor function instead.")
  }

  /// A tensor kernel's error as the Python exception NumPy raises (its "ShapeError" is NumPy's ValueError).
  init(tensor e: TensorError) {
    switch e.kind {
    case .shape, .value: self.init("ValueError", e.message)
    case .linAlg: self.init("LinAlgError", e.message)
    case .axis: self.init("AxisError", e.message)
    default: self.init(e.kind.rawValue, e.message)
    }
  }
}

extension PyError {
  /// NumPy's error for operands whose shapes do not broadcast together (`... with shapes (2,) (3,) `).
  static func notBroadcastable(_ shapes: [Int]...) -> PyError {
    PyError(
      "ValueError",
      "operands could not be broadcast together with shapes " + shapes.map { Tensor.compact($0) + " " }.joined())
  }
}
