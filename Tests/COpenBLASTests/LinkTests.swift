import COpenBLAS
import Testing

/// The system library links and its calling conventions are right: CBLAS, and Fortran LAPACK with trailing string
/// lengths.
///
/// The tensor module builds on these.
@Suite struct LinkTests {
  @Test func cblasDdotAndDgemm() {
    let x: [Double] = [1, 2, 3], y: [Double] = [4, 5, 6]
    #expect(cblas_ddot(3, x, 1, y, 1) == 32)
    // Row-major 2×2: [[1, 2], [3, 4]] @ [[5, 6], [7, 8]] = [[19, 22], [43, 50]]
    let a: [Double] = [1, 2, 3, 4], b: [Double] = [5, 6, 7, 8]
    var c = [Double](repeating: 0, count: 4)
    cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, 2, 2, 2, 1, a, 2, b, 2, 0, &c, 2)
    #expect(c == [19, 22, 43, 50])
  }

  @Test func lapackDgesvSolves() {
    // Column-major A = [[3, 1], [1, 2]]; b = [9, 8] → x = [2, 3]
    var a: [Double] = [3, 1, 1, 2], b: [Double] = [9, 8]
    var n: Int32 = 2, nrhs: Int32 = 1, lda: Int32 = 2, ldb: Int32 = 2, info: Int32 = -1
    var ipiv = [Int32](repeating: 0, count: 2)
    dgesv_(&n, &nrhs, &a, &lda, &ipiv, &b, &ldb, &info)
    #expect(info == 0)
    #expect(abs(b[0] - 2) < 1e-12 && abs(b[1] - 3) < 1e-12)
  }

  @Test func lapackDsyevdWithStringLengths() {
    // Eigenvalues of [[2, 1], [1, 2]] are 1 and 3.
    var a: [Double] = [2, 1, 1, 2], w = [Double](repeating: 0, count: 2)
    var n: Int32 = 2, lda: Int32 = 2, lwork: Int32 = 64, liwork: Int32 = 16, info: Int32 = -1
    var work = [Double](repeating: 0, count: 64), iwork = [Int32](repeating: 0, count: 16)
    dsyevd_("N", "U", &n, &a, &lda, &w, &work, &lwork, &iwork, &liwork, &info, 1, 1)
    #expect(info == 0)
    #expect(abs(w[0] - 1) < 1e-12 && abs(w[1] - 3) < 1e-12)
  }
}
