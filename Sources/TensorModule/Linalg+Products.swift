import COpenBLAS
import Foundation

/// Products and powers built on the BLAS/LAPACK core: `slogdet`, `matrix_power`, `multi_dot`, `inner`,
/// `cross`, `kron`, with NumPy's evaluation order so results agree to rounding.
extension Linalg {
  /// The sign and log |det| from an LU factorisation, accumulated as NumPy's `slogdet` does; a singular
  /// matrix gives (0, -inf).
  public static func slogdet(_ a: Tensor, name: String = "slogdet") throws(TensorError) -> (
    sign: Double, logabsdet: Double
  ) {
    let n = try square(a, name)
    if n == 0 { return (1, 0) }
    // LAPACK is handed the matrix itself in column-major order, as NumPy's linalg does: the transpose has the same
    // determinant but another LU factorisation, and so another rounding (det([[1, 2], [3, 4]]) is
    // -2.0000000000000004 in NumPy).
    var lu = [Double](repeating: 0, count: n * n)
    for i in 0..<n {
      for j in 0..<n { lu[j * n + i] = a.data[i * n + j] }
    }
    var ipiv = [LInt](repeating: 0, count: n)
    var (nn, info) = (LInt(n), LInt(0))
    dgetrf_(&nn, &nn, &lu, &nn, &ipiv, &info)
    if info > 0 { return (0, -.infinity) }
    var sign = 1.0
    var logdet = 0.0
    for i in 0..<n {
      if ipiv[i] != LInt(i + 1) { sign = -sign }
    }
    for i in 0..<n {
      let u = lu[i * n + i]
      if u < 0 { sign = -sign }
      logdet += Foundation.log(Swift.abs(u))
    }
    return (sign, logdet)
  }

  /// `A` multiplied by itself `k` times (the inverse's power for negative `k`), by NumPy's squarings.
  public static func matrixPower(_ a: Tensor, _ k: Int) throws(TensorError) -> Tensor {
    let n = try square(a, "matrix_power")
    if k == 0 { return try Tensor.identity(n) }
    let base = k < 0 ? try inv(a) : a
    var e = Swift.abs(k)
    if e == 1 { return base }
    if e == 2 { return try matmul(base, base) }
    if e == 3 { return try matmul(try matmul(base, base), base) }
    var z: Tensor?
    var result: Tensor?
    while e > 0 {
      let square = try z.map { zz throws(TensorError) in try matmul(zz, zz) } ?? base
      z = square
      if e % 2 == 1 { result = try result.map { r throws(TensorError) in try matmul(r, square) } ?? square }
      e /= 2
    }
    return result ?? base
  }

  /// NumPy's `multi_dot`: the chain multiplied in the order of fewest scalar multiplications (a 1-d first
  /// or last operand is a row or column vector).
  public static func multiDot(_ arrays: [Tensor]) throws(TensorError) -> Tensor {
    guard arrays.count >= 2 else { throw TensorError(.value, "Expecting at least two arrays.") }
    if arrays.count == 2 { return try dot(arrays[0], arrays[1]) }
    var mats = arrays
    let (firstVector, lastVector) = (arrays[0].ndim == 1, arrays[arrays.count - 1].ndim == 1)
    if firstVector { mats[0] = mats[0].reshaped([1, mats[0].count]) }
    if lastVector { mats[mats.count - 1] = mats[mats.count - 1].reshaped([mats[mats.count - 1].count, 1]) }
    for m in mats where m.ndim != 2 {
      throw TensorError(.linAlg, "\(m.ndim)-dimensional array given. Array must be two-dimensional")
    }
    let k = mats.count
    let p = mats.map { $0.shape[0] } + [mats[k - 1].shape[1]]
    // m[i][j]: the cheapest cost of the chain i…j; s[i][j]: where it splits (the first cheapest, as NumPy).
    var m = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
    var s = [[Int]](repeating: [Int](repeating: 0, count: k), count: k)
    for length in 1..<k {
      for i in 0..<(k - length) {
        let j = i + length
        m[i][j] = .infinity
        for split in i..<j {
          let cost = m[i][split] + m[split + 1][j] + Double(p[i] * p[split + 1] * p[j + 1])
          if cost < m[i][j] {
            m[i][j] = cost
            s[i][j] = split
          }
        }
      }
    }
    func chain(_ i: Int, _ j: Int) throws(TensorError) -> Tensor {
      if i == j { return mats[i] }
      return try matmul(try chain(i, s[i][j]), try chain(s[i][j] + 1, j))
    }
    var out = try chain(0, k - 1)
    if firstVector && lastVector { return out.reshaped([]) }
    if firstVector { out = out.reshaped([out.shape[1]]) }
    if lastVector { out = out.reshaped([out.shape[0]]) }
    return out
  }

  /// NumPy's `inner`: sums over the last axes of both, `out[i…, j…] = Σₖ a[i…, k]·b[j…, k]`.
  public static func inner(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor {
    if a.ndim == 0 || b.ndim == 0 { return try Tensor.combine(a, b, .multiply) }
    let (n, nb) = (a.shape[a.ndim - 1], b.shape[b.ndim - 1])
    guard n == nb else {
      throw TensorError(
        .shape,
        "shapes \(a.shapeDescription) and \(b.shapeDescription) not aligned: \(n) (dim \(a.ndim - 1)) != \(nb) (dim \(b.ndim - 1))"
      )
    }
    let left = a.reshaped([a.count / Swift.max(n, 1), n])
    let right = b.reshaped([b.count / Swift.max(n, 1), n]).T
    return try matmul(left, right).reshaped(Array(a.shape.dropLast()) + Array(b.shape.dropLast()))
  }

  /// NumPy's `cross` along the last axis (3-vectors, or 2-vectors giving the z component), broadcasting
  /// the leading axes.
  public static func cross(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor {
    guard a.ndim > 0, b.ndim > 0, [2, 3].contains(a.shape[a.ndim - 1]), [2, 3].contains(b.shape[b.ndim - 1]) else {
      throw TensorError(.value, "incompatible dimensions for cross product (dimension must be 2 or 3)")
    }
    func part(_ t: Tensor, _ i: Int) -> Tensor? {
      let last = t.ndim - 1
      guard i < t.shape[last] else { return nil }
      return t.take([i], axis: last).reshaped(Array(t.shape.dropLast()))
    }
    func times(_ x: Tensor?, _ y: Tensor?) throws(TensorError) -> Tensor? {
      guard let x, let y else { return nil }
      return try Tensor.combine(x, y, .multiply)
    }
    func minus(_ x: Tensor?, _ y: Tensor?) throws(TensorError) -> Tensor {
      switch (x, y) {
      case (let x?, let y?): return try Tensor.combine(x, y, .subtract)
      case (let x?, nil): return x
      case (nil, let y?): return try y.apply(.negative)
      default: return Tensor(shape: [], data: [0])
      }
    }
    let (a0, a1, a2, b0, b1, b2) = (part(a, 0), part(a, 1), part(a, 2), part(b, 0), part(b, 1), part(b, 2))
    let z = try minus(try times(a0, b1), try times(a1, b0))
    if a.shape[a.ndim - 1] == 2 && b.shape[b.ndim - 1] == 2 { return z }
    let x = try minus(try times(a1, b2), try times(a2, b1))
    let y = try minus(try times(a2, b0), try times(a0, b2))
    let shape = Broadcast.shape(of: x.shape, and: Broadcast.shape(of: y.shape, and: z.shape) ?? z.shape) ?? x.shape
    let parts = try [x, y, z].map { t throws(TensorError) in try t.broadcast(to: shape) }
    return try Tensor.stack(parts, axis: -1)
  }

  /// NumPy's `kron`: the block tensor whose block `i…` is `a[i…] · b` (shapes padded to the same rank).
  public static func kron(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor {
    let d = Swift.max(a.ndim, b.ndim)
    let sa = [Int](repeating: 1, count: d - a.ndim) + a.shape
    let sb = [Int](repeating: 1, count: d - b.ndim) + b.shape
    // outer(a, b) has axes (a0, …, b0, …); interleave them as (a0, b0, a1, b1, …) and merge the pairs.
    let product = try outer(a, b).reshaped(sa + sb)
    let order = (0..<d).flatMap { [$0, d + $0] }
    return product.transposed(order).reshaped(zip(sa, sb).map { $0 * $1 })
  }
}
