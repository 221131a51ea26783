import COpenBLAS

/// Linear algebra on OpenBLAS.
///
/// Products through CBLAS, factorisations through LAPACK. No hand loops for
/// anything BLAS or LAPACK does.
public enum Linalg {
  /// `np.dot`'s message for inner dimensions that differ.
  public static func notAligned(_ a: [Int], _ b: [Int]) -> String {
    let k1 = a[a.count - 1]
    let bAxis = b.count == 1 ? 0 : b.count - 2
    return
      "shapes \(Tensor.compact(a)) and \(Tensor.compact(b)) not aligned: \(k1) (dim \(a.count - 1)) != \(b[bAxis]) (dim \(bAxis))"
  }

  /// NumPy's words: `dot`'s "not aligned", or matmul's gufunc core-dimension mismatch.
  static func mismatch(_ a: Tensor, _ b: Tensor, _ op: String, _ k1: Int, _ k2: Int) -> TensorError {
    if op == "dot" { return TensorError(.shape, notAligned(a.shape, b.shape)) }
    return TensorError(
      .shape,
      "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size \(k2) is different from \(k1))"
    )
  }

  /// NumPy's `matmul` (`@`): vector·vector is a number (0-d), matrix·vector uses dgemv, matrix·matrix
  /// dgemm, and leading axes of n-d operands broadcast as a batch.
  public static func matmul(_ a: Tensor, _ b: Tensor, op: String = "@") throws(TensorError) -> Tensor {
    guard a.ndim > 0 && b.ndim > 0 else {
      throw TensorError(.value, "matmul: Input operand does not have enough dimensions (use * to scale)")
    }
    switch (a.ndim, b.ndim) {
    case (1, 1):
      guard a.count == b.count else { throw mismatch(a, b, op, a.count, b.count) }
      return Tensor(shape: [], data: [dot(a.data, b.data)])
    case (2, 1):
      guard a.shape[1] == b.count else { throw mismatch(a, b, op, a.shape[1], b.count) }
      return gemv(a, b, transposed: false)
    case (1, 2):
      guard a.count == b.shape[0] else { throw mismatch(a, b, op, a.count, b.shape[0]) }
      return gemv(b, a, transposed: true)
    default:
      return try batched(a, b, op)
    }
  }

  /// `m · x` (or `mᵀ · x`) by dgemv, for callers that choose the layout as NumPy does (a transposed view's
  /// product runs on the untransposed buffer, which takes the other of OpenBLAS's two kernels).
  public static func matrixVector(_ m: Tensor, _ x: Tensor, transposed: Bool) -> Tensor {
    gemv(m, x, transposed: transposed)
  }

  /// `m · x` (or `mᵀ · x`) by dgemv.
  static func gemv(_ m: Tensor, _ x: Tensor, transposed: Bool) -> Tensor {
    let (rows, cols) = (m.shape[0], m.shape[1])
    return Tensor(shape: [transposed ? cols : rows]) { y in
      if y.isEmpty { return }
      guard rows > 0 && cols > 0 else {
        y.initialize(repeating: 0)
        return
      }
      m.data.withUnsafeBufferPointer { pm in
        x.data.withUnsafeBufferPointer { px in
          cblas_dgemv(
            CblasRowMajor, transposed ? CblasTrans : CblasNoTrans, blasInt(rows), blasInt(cols), 1, pm.baseAddress,
            blasInt(cols), px.baseAddress, 1, 0, y.baseAddress, 1)
        }
      }
    }
  }

  static func batched(_ a: Tensor, _ b: Tensor, _ op: String) throws(TensorError) -> Tensor {
    // Vectors join the batch as a row (left) or a column (right), dropped again at the end, as NumPy does.
    let left = a.ndim == 1 ? a.reshaped([1, a.count]) : a
    let right = b.ndim == 1 ? b.reshaped([b.count, 1]) : b
    let (m, k) = (left.shape[left.ndim - 2], left.shape[left.ndim - 1])
    let (k2, n) = (right.shape[right.ndim - 2], right.shape[right.ndim - 1])
    guard k == k2 else { throw mismatch(a, b, op, k, k2) }
    let batchA = Array(left.shape.dropLast(2))
    let batchB = Array(right.shape.dropLast(2))
    guard let batch = Broadcast.shape(of: batchA, and: batchB) else {
      throw TensorError(
        .shape, "\(a.shapeDescription) \(op) \(b.shapeDescription): batch dimensions could not be broadcast together")
    }
    let count = batch.reduce(1, *)
    let stridesA = Broadcast.strides(of: batchA, to: batch)
    let stridesB = Broadcast.strides(of: batchB, to: batch)
    var shape = batch + [m, n]
    try MemoryBudget.reserve(shape)
    let result = Tensor(shape: shape) { c in
      left.data.withUnsafeBufferPointer { pa in
        right.data.withUnsafeBufferPointer { pb in
          var index = [Int](repeating: 0, count: batch.count)
          for i in 0..<count {
            var offA = 0
            var offB = 0
            for d in 0..<batch.count {
              offA += index[d] * stridesA[d]
              offB += index[d] * stridesB[d]
            }
            let out = c.baseAddress! + i * m * n
            if k == 0 {
              out.initialize(repeating: 0, count: m * n)
            } else if m > 0 && n > 0 {
              cblas_dgemm(
                CblasRowMajor, CblasNoTrans, CblasNoTrans, blasInt(m), blasInt(n), blasInt(k), 1,
                pa.baseAddress! + offA * m * k, blasInt(k), pb.baseAddress! + offB * k * n, blasInt(n), 0, out,
                blasInt(n))
            }
            Broadcast.advance(&index, in: batch)
          }
        }
      }
    }
    if a.ndim == 1 { shape.remove(at: shape.count - 2) }
    if b.ndim == 1 { shape.removeLast() }
    return result.reshaped(shape)
  }

  /// The product of two m × m row-major matrices by dgemm (for algorithms that power a small matrix).
  public static func squareProduct(_ a: [Double], _ b: [Double], size m: Int) -> [Double] {
    precondition(a.count == m * m && b.count == m * m)
    var c = [Double](repeating: 0, count: m * m)
    if m == 0 { return c }
    a.withUnsafeBufferPointer { pa in
      b.withUnsafeBufferPointer { pb in
        c.withUnsafeMutableBufferPointer { pc in
          cblas_dgemm(
            CblasRowMajor, CblasNoTrans, CblasNoTrans, blasInt(m), blasInt(m), blasInt(m), 1, pa.baseAddress,
            blasInt(m), pb.baseAddress, blasInt(m), 0, pc.baseAddress, blasInt(m))
        }
      }
    }
    return c
  }

  /// `x · y` by ddot.
  public static func dot(_ x: [Double], _ y: [Double]) -> Double {
    precondition(x.count == y.count)
    if x.isEmpty { return 0 }
    return x.withUnsafeBufferPointer { px in
      y.withUnsafeBufferPointer { py in cblas_ddot(blasInt(x.count), px.baseAddress, 1, py.baseAddress, 1) }
    }
  }

  /// NumPy's `dot`: numbers multiply; up to 2-d it is `matmul`.
  public static func dot(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor {
    if a.ndim == 0 || b.ndim == 0 { return try Tensor.combine(a, b, .multiply) }
    guard a.ndim <= 2 && b.ndim <= 2 else {
      throw TensorError(.value, "dot of tensors above 2-d is not supported; matmul (@) batches over leading axes")
    }
    return try matmul(a, b, op: "dot")
  }

  /// `outer(a, b)[i, j] = a[i] * b[j]`, by dger, over the flattened inputs.
  public static func outer(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor {
    let (m, n) = (a.count, b.count)
    try MemoryBudget.reserve([m, n])
    var out = Tensor(repeating: 0, shape: [m, n])
    if m == 0 || n == 0 { return out }
    a.data.withUnsafeBufferPointer { pa in
      b.data.withUnsafeBufferPointer { pb in
        out.data.withUnsafeMutableBufferPointer { c in
          cblas_dger(
            CblasRowMajor, blasInt(m), blasInt(n), 1, pa.baseAddress, 1, pb.baseAddress, 1, c.baseAddress, blasInt(n))
        }
      }
    }
    return out
  }

  /// The sum of the diagonal of a matrix (of the last two axes' first two, as NumPy's `trace`).
  public static func trace(_ a: Tensor) throws(TensorError) -> Double {
    guard a.ndim == 2 else { throw TensorError(.value, "trace needs a 2-d tensor, got \(a.shapeDescription)") }
    return try a.diag().data.reduce(0, +)
  }

  @inline(__always)
  static func blasInt(_ n: Int) -> Int32 { Int32(truncatingIfNeeded: n) }
}
