import COpenBLAS
import Foundation

/// LAPACK factorisations with NumPy's conventions and defaults.
///
/// LAPACK is column-major: a row-major buffer reads as the transpose, which several routines use directly (as NumPy
/// does) instead of copying.
extension Linalg {
  typealias LInt = lapack_int_t

  static func square(_ a: Tensor, _ name: String) throws(TensorError) -> Int {
    guard a.ndim == 2 else {
      throw TensorError(
        .linAlg, "\(a.ndim)-dimensional array given to \(name); array must be at least two-dimensional (a matrix)")
    }
    guard a.shape[0] == a.shape[1] else {
      throw TensorError(.linAlg, "Last 2 dimensions of the array must be square")
    }
    return a.shape[0]
  }

  static func matrix(_ a: Tensor, _ name: String) throws(TensorError) -> (Int, Int) {
    guard a.ndim == 2 else {
      throw TensorError(
        .linAlg, "\(a.ndim)-dimensional array given to \(name); array must be two-dimensional (a matrix)")
    }
    return (a.shape[0], a.shape[1])
  }

  static func singular(_ a: Tensor) -> TensorError {
    TensorError(.linAlg, "Singular matrix")
  }

  /// A column-major copy of a row-major matrix.
  static func columnMajor(_ a: Tensor) -> [Double] { a.transposed([1, 0]).data }

  /// The inverse as NumPy computes it: `A X = I` solved by dgesv on A in column-major order (dgetri, or factoring
  /// the row-major buffer as Aᵀ, would round differently).
  public static func inv(_ a: Tensor) throws(TensorError) -> Tensor {
    let n = try square(a, "inv")
    if n == 0 { return a }
    var lu = columnMajor(a)
    var x = [Double](repeating: 0, count: n * n)
    for i in 0..<n { x[i * n + i] = 1 }
    var ipiv = [LInt](repeating: 0, count: n)
    var (nn, info) = (LInt(n), LInt(0))
    dgesv_(&nn, &nn, &lu, &nn, &ipiv, &x, &nn, &info)
    guard info == 0 else { throw singular(a) }
    // X column-major, read row-major, is Xᵀ.
    return Tensor(shape: [n, n], data: x).transposed([1, 0])
  }

  /// The determinant as NumPy computes it: sign · exp(log |det|) from the LU factorisation (`slogdet`).
  public static func det(_ a: Tensor) throws(TensorError) -> Double {
    let (sign, logabsdet) = try slogdet(a, name: "det")
    return sign * Foundation.exp(logabsdet)
  }

  /// Solves `A x = b` (b a vector or a matrix of right-hand sides) by dgesv.
  public static func solve(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor {
    let n = try square(a, "solve")
    let isVector = b.ndim == 1
    guard (isVector && b.count == n) || (b.ndim == 2 && b.shape[0] == n) else {
      throw TensorError(
        .shape, "solve: \(a.shapeDescription) and \(b.shapeDescription): b must have \(n) rows to match A")
    }
    let k = isVector ? 1 : b.shape[1]
    if n == 0 || k == 0 { return b }
    var lu = columnMajor(a)
    var x = isVector ? b.data : columnMajor(b)
    var ipiv = [LInt](repeating: 0, count: n)
    var (nn, kk, info) = (LInt(n), LInt(k), LInt(0))
    dgesv_(&nn, &kk, &lu, &nn, &ipiv, &x, &nn, &info)
    guard info == 0 else { throw singular(a) }
    if isVector { return Tensor(x) }
    return Tensor(shape: [k, n], data: x).transposed([1, 0])
  }

  /// Eigenvalues (ascending) and orthonormal eigenvectors (columns) of a symmetric matrix, by dsyevd,
  /// reading the lower triangle as NumPy's default `UPLO='L'` does.
  public static func eigh(_ a: Tensor, vectors: Bool = true) throws(TensorError) -> (Tensor, Tensor?) {
    let n = try square(a, "eigh")
    if n == 0 { return (Tensor([]), vectors ? a : nil) }
    var m = a.data
    var w = [Double](repeating: 0, count: n)
    // The row-major lower triangle is LAPACK's upper one.
    var (jobz, uplo) = (CChar(UInt8(ascii: vectors ? "V" : "N")), CChar(UInt8(ascii: "U")))
    var (nn, info) = (LInt(n), LInt(0))
    var (lwork, liwork) = (LInt(-1), LInt(-1))
    var query = 0.0
    var iquery = LInt(0)
    dsyevd_(&jobz, &uplo, &nn, &m, &nn, &w, &query, &lwork, &iquery, &liwork, &info, 1, 1)
    lwork = LInt(query)
    liwork = iquery
    var work = [Double](repeating: 0, count: Int(lwork))
    var iwork = [LInt](repeating: 0, count: Int(liwork))
    dsyevd_(&jobz, &uplo, &nn, &m, &nn, &w, &work, &lwork, &iwork, &liwork, &info, 1, 1)
    guard info == 0 else {
      throw TensorError(.linAlg, "Eigenvalues did not converge for the \(a.shapeDescription) input")
    }
    // Column-major eigenvectors read row-major are transposed: transpose back so columns are vectors.
    return (Tensor(w), vectors ? Tensor(shape: [n, n], data: m).transposed([1, 0]) : nil)
  }

  /// Eigenvalues (ascending) and orthonormal eigenvectors (columns) of a symmetric matrix as `scipy.linalg.eigh`
  /// computes them: dsyevr over all eigenvalues, reading the lower triangle of the column-major copy.
  public static func eighSciPy(_ a: Tensor) throws(TensorError) -> (values: Tensor, vectors: Tensor) {
    let n = try square(a, "eigh")
    if n == 0 { return (Tensor([]), a) }
    var m = columnMajor(a)
    var w = [Double](repeating: 0, count: n)
    var z = [Double](repeating: 0, count: n * n)
    var isuppz = [LInt](repeating: 0, count: 2 * n)
    var (jobz, range, uplo) = (CChar(UInt8(ascii: "V")), CChar(UInt8(ascii: "A")), CChar(UInt8(ascii: "L")))
    var (nn, il, iu, found, info) = (LInt(n), LInt(1), LInt(n), LInt(0), LInt(0))
    var (vl, vu, abstol) = (0.0, 1.0, 0.0)
    var (lwork, liwork) = (LInt(-1), LInt(-1))
    var query = 0.0
    var iquery = LInt(0)
    dsyevr_(
      &jobz, &range, &uplo, &nn, &m, &nn, &vl, &vu, &il, &iu, &abstol, &found, &w, &z, &nn, &isuppz, &query, &lwork,
      &iquery, &liwork, &info, 1, 1, 1)
    lwork = LInt(query)
    liwork = iquery
    var work = [Double](repeating: 0, count: Swift.max(Int(lwork), 1))
    var iwork = [LInt](repeating: 0, count: Swift.max(Int(liwork), 1))
    dsyevr_(
      &jobz, &range, &uplo, &nn, &m, &nn, &vl, &vu, &il, &iu, &abstol, &found, &w, &z, &nn, &isuppz, &work, &lwork,
      &iwork, &liwork, &info, 1, 1, 1)
    guard info == 0 else {
      throw TensorError(.linAlg, "internal fortran routine failed to converge: an error occurred.")
    }
    return (Tensor(w), Tensor(shape: [n, n], data: z).transposed([1, 0]))
  }

  /// Eigenvalues and unit eigenvectors of a general matrix, as dgeev gives them: real parts `wr`, imaginary
  /// parts `wi` (a complex pair's positive member first), and the right eigenvectors in row-major order, with
  /// a complex pair `j, j+1` packed as its real part in column `j` and imaginary part in column `j+1`.
  public static func eigGeneral(_ a: Tensor, vectors: Bool = true) throws(TensorError) -> (
    wr: [Double], wi: [Double], vr: Tensor?
  ) {
    let n = try square(a, "eig")
    // NumPy's `_assert_finite`, which `eig`, `eigvals` and so `roots` run first.
    if a.data.contains(where: { !$0.isFinite }) { throw TensorError(.linAlg, "Array must not contain infs or NaNs") }
    if n == 0 { return ([], [], vectors ? a : nil) }
    var m = columnMajor(a)
    var wr = [Double](repeating: 0, count: n)
    var wi = [Double](repeating: 0, count: n)
    var vr = [Double](repeating: 0, count: vectors ? n * n : 1)
    var vl = [Double](repeating: 0, count: 1)
    var (jobvl, jobvr) = (CChar(UInt8(ascii: "N")), CChar(UInt8(ascii: vectors ? "V" : "N")))
    var (nn, one, info) = (LInt(n), LInt(1), LInt(0))
    var ldvr = LInt(vectors ? n : 1)
    var lwork = LInt(-1)
    var query = 0.0
    dgeev_(&jobvl, &jobvr, &nn, &m, &nn, &wr, &wi, &vl, &one, &vr, &ldvr, &query, &lwork, &info, 1, 1)
    lwork = LInt(query)
    var work = [Double](repeating: 0, count: Int(lwork))
    dgeev_(&jobvl, &jobvr, &nn, &m, &nn, &wr, &wi, &vl, &one, &vr, &ldvr, &work, &lwork, &info, 1, 1)
    guard info == 0 else {
      throw TensorError(.linAlg, "Eigenvalues did not converge for the \(a.shapeDescription) input")
    }
    return (wr, wi, vectors ? Tensor(shape: [n, n], data: vr).transposed([1, 0]) : nil)
  }

  /// The SVD `A = U diag(S) Vh` by dgesdd, as `numpy.linalg.svd` (`full_matrices=True` by default).
  ///
  /// As NumPy, LAPACK factors A itself, copied column-major (factoring the row-major buffer as Aᵀ would save the
  /// copies but round differently: singular values would differ from NumPy's in the last bits).
  public static func svd(_ a: Tensor, fullMatrices: Bool = true, computeUV: Bool = true) throws(TensorError) -> (
    u: Tensor?, s: Tensor, vh: Tensor?
  ) {
    let (m, n) = try matrix(a, "svd")
    let k = Swift.min(m, n)
    if k == 0 {
      let u = computeUV ? try Tensor.identity(m, columns: fullMatrices ? m : 0) : nil
      let vh = computeUV ? try Tensor.identity(fullMatrices ? n : 0, columns: n) : nil
      return (u, Tensor([]), vh)
    }
    // Aᵀ row-major is A column-major.
    var data = a.transposed([1, 0]).data
    var (lm, ln) = (LInt(m), LInt(n))
    let jobChar: UInt8 = !computeUV ? UInt8(ascii: "N") : fullMatrices ? UInt8(ascii: "A") : UInt8(ascii: "S")
    var jobz = CChar(jobChar)
    let uCols = fullMatrices ? m : k
    let vtRows = fullMatrices ? n : k
    var s = [Double](repeating: 0, count: k)
    var u = [Double](repeating: 0, count: computeUV ? m * uCols : 1)
    var vt = [Double](repeating: 0, count: computeUV ? vtRows * n : 1)
    var ldu = LInt(computeUV ? m : 1)
    var ldvt = LInt(computeUV ? vtRows : 1)
    var iwork = [LInt](repeating: 0, count: 8 * k)
    var (lwork, info) = (LInt(-1), LInt(0))
    var query = 0.0
    dgesdd_(&jobz, &lm, &ln, &data, &lm, &s, &u, &ldu, &vt, &ldvt, &query, &lwork, &iwork, &info, 1)
    lwork = LInt(query)
    var work = [Double](repeating: 0, count: Int(lwork))
    dgesdd_(&jobz, &lm, &ln, &data, &lm, &s, &u, &ldu, &vt, &ldvt, &work, &lwork, &iwork, &info, 1)
    guard info == 0 else { throw TensorError(.linAlg, "SVD did not converge for the \(a.shapeDescription) input") }
    guard computeUV else { return (nil, Tensor(s), nil) }
    // Column-major U (m × uCols) and Vᵀ (vtRows × n), read row-major, are their transposes.
    return (
      Tensor(shape: [uCols, m], data: u).transposed([1, 0]), Tensor(s),
      Tensor(shape: [n, vtRows], data: vt).transposed([1, 0])
    )
  }

  /// The reduced QR factorisation (NumPy's default `mode='reduced'`): Q (m × k) with orthonormal columns,
  /// R (k × n) upper triangular, k = min(m, n).
  public static func qr(_ a: Tensor) throws(TensorError) -> (Tensor, Tensor) {
    let (m, n) = try matrix(a, "qr")
    let k = Swift.min(m, n)
    if k == 0 { return (Tensor(repeating: 0, shape: [m, 0]), Tensor(repeating: 0, shape: [0, n])) }
    var f = columnMajor(a)
    var tau = [Double](repeating: 0, count: k)
    var (mm, nn, kk, info) = (LInt(m), LInt(n), LInt(k), LInt(0))
    var lwork = LInt(-1)
    var query = 0.0
    dgeqrf_(&mm, &nn, &f, &mm, &tau, &query, &lwork, &info)
    lwork = LInt(query)
    var work = [Double](repeating: 0, count: Int(lwork))
    dgeqrf_(&mm, &nn, &f, &mm, &tau, &work, &lwork, &info)
    // R: the upper triangle of the first k rows.
    var r = Tensor(repeating: 0, shape: [k, n])
    for i in 0..<k {
      for j in i..<n { r.data[i * n + j] = f[j * m + i] }
    }
    lwork = -1
    dorgqr_(&mm, &kk, &kk, &f, &mm, &tau, &query, &lwork, &info)
    lwork = LInt(query)
    work = [Double](repeating: 0, count: Int(lwork))
    dorgqr_(&mm, &kk, &kk, &f, &mm, &tau, &work, &lwork, &info)
    let q = Tensor(shape: [k, m], data: Array(f[0..<(m * k)])).transposed([1, 0])
    return (q, r)
  }

  /// The lower-triangular L with `A = L Lᵀ`, by dpotrf; a `LinAlgError` if A is not positive definite.
  public static func cholesky(_ a: Tensor) throws(TensorError) -> Tensor {
    let n = try square(a, "cholesky")
    if n == 0 { return a }
    var m = a.data
    // LAPACK's upper factor U (Aᵀ = A = UᵀU), read row-major, is L.
    var uplo = CChar(UInt8(ascii: "U"))
    var (nn, info) = (LInt(n), LInt(0))
    dpotrf_(&uplo, &nn, &m, &nn, &info, 1)
    guard info == 0 else {
      throw TensorError(
        .linAlg, "Matrix is not positive definite: the \(a.shapeDescription) input failed at column \(info)")
    }
    return try Tensor(shape: [n, n], data: m).triangle(upper: false, k: 0)
  }

  /// Least squares `min ‖A x − b‖` by dgelsd, as `numpy.linalg.lstsq`.
  ///
  /// (x, residuals, rank, singular values).
  /// `rcond` nil is NumPy's default, machine epsilon × max(m, n).
  public static func lstsq(_ a: Tensor, _ b: Tensor, rcond: Double? = nil) throws(TensorError) -> (
    Tensor, Tensor, Int, Tensor
  ) {
    let (m, n) = try matrix(a, "lstsq")
    let isVector = b.ndim == 1
    guard (isVector && b.count == m) || (b.ndim == 2 && b.shape[0] == m) else {
      throw TensorError(
        .shape, "lstsq: \(a.shapeDescription) and \(b.shapeDescription): b must have \(m) rows to match A")
    }
    let k = isVector ? 1 : b.shape[1]
    let ldb = Swift.max(m, n, 1)
    var f = columnMajor(a)
    var rhs = [Double](repeating: 0, count: ldb * k)
    for j in 0..<k {
      for i in 0..<m { rhs[j * ldb + i] = isVector ? b.data[i] : b.data[i * k + j] }
    }
    var s = [Double](repeating: 0, count: Swift.max(Swift.min(m, n), 1))
    var cond = rcond ?? Double.ulpOfOne * Double(Swift.max(m, n))
    var (mm, nn, kk, lb, rank, info) = (LInt(m), LInt(n), LInt(k), LInt(ldb), LInt(0), LInt(0))
    var lwork = LInt(-1)
    var query = 0.0
    var iquery = LInt(0)
    var lda = LInt(Swift.max(m, 1))
    if m > 0 && n > 0 && k > 0 {
      dgelsd_(&mm, &nn, &kk, &f, &lda, &rhs, &lb, &s, &cond, &rank, &query, &lwork, &iquery, &info)
      lwork = LInt(query)
      var work = [Double](repeating: 0, count: Int(lwork))
      var iwork = [LInt](repeating: 0, count: Swift.max(Int(iquery), 1))
      dgelsd_(&mm, &nn, &kk, &f, &lda, &rhs, &lb, &s, &cond, &rank, &work, &lwork, &iwork, &info)
      guard info == 0 else {
        throw TensorError(.linAlg, "SVD did not converge in Linear Least Squares for the \(a.shapeDescription) input")
      }
    }
    var x = [Double](repeating: 0, count: n * k)
    for i in 0..<n {
      for j in 0..<k { x[i * k + j] = rhs[j * ldb + i] }
    }
    // Residual sums of squares: only when A has full column rank and more rows than columns.
    var residuals: [Double] = []
    if Int(rank) == n && m > n {
      residuals = (0..<k).map { j in (n..<m).reduce(0) { $0 + rhs[j * ldb + $1] * rhs[j * ldb + $1] } }
    }
    let solution = isVector ? Tensor(x) : Tensor(shape: [n, k], data: x)
    return (solution, Tensor(residuals), Int(rank), Tensor(Array(s.prefix(Swift.min(m, n)))))
  }

  /// The Moore–Penrose pseudo-inverse through the SVD, dropping singular values below `rcond × max(S)`
  /// (NumPy's default rcond 1e-15).
  public static func pinv(_ a: Tensor, rcond: Double = 1e-15) throws(TensorError) -> Tensor {
    let (m, n) = try matrix(a, "pinv")
    if m == 0 || n == 0 { return Tensor(repeating: 0, shape: [n, m]) }
    let (u, s, vh) = try svd(a, fullMatrices: false)
    let cutoff = rcond * (s.data.max() ?? 0)
    let inverted = s.data.map { $0 > cutoff ? 1 / $0 : 0 }
    // pinv = V diag(1/s) Uᵀ as NumPy forms it: Uᵀ's rows scaled, then one dgemm with Vhᵀ.
    guard let u, let vh else { return Tensor(repeating: 0, shape: [n, m]) }
    var scaled = u.T
    for i in 0..<s.count {
      for j in 0..<m { scaled.data[i * m + j] *= inverted[i] }
    }
    return try matmul(vh.T, scaled)
  }

  /// The rank: singular values above `S.max() × max(m, n) × eps`, as NumPy's default tolerance.
  public static func matrixRank(_ a: Tensor, tol: Double? = nil) throws(TensorError) -> Int {
    if a.ndim < 2 { return a.data.contains { $0 != 0 } ? 1 : 0 }
    let (m, n) = (a.shape[0], a.shape[1])
    let s = try svd(a, computeUV: false).s.data
    let threshold = tol ?? (s.max() ?? 0) * Double(Swift.max(m, n)) * Double.ulpOfOne
    return s.filter { $0 > threshold }.count
  }
}

extension Tensor {
  /// The `rows × columns` matrix with ones on the diagonal.
  public static func identity(_ rows: Int, columns: Int? = nil, k: Int = 0) throws(TensorError) -> Tensor {
    let cols = columns ?? rows
    try MemoryBudget.reserve([rows, cols])
    var t = Tensor(repeating: 0, shape: [rows, cols])
    for i in 0..<rows where i + k >= 0 && i + k < cols { t.data[i * cols + i + k] = 1 }
    return t
  }
}
