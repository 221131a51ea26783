import COpenBLAS

/// BLAS and LAPACK kernels on parts of flat column-major arrays (an offset and a stride), for algorithms ported
/// from Fortran that call them on columns and sub-blocks (L-BFGS-B). The same library routines SciPy's compiled
/// code calls, so the sums come out in the same order.
extension Linalg {
  /// Σ x[xo + i]·y[yo + i] over `count` elements, by ddot.
  public static func dot(_ count: Int, _ x: [Double], _ xo: Int, _ y: [Double], _ yo: Int) -> Double {
    guard count > 0 else { return 0 }
    return x.withUnsafeBufferPointer { px in
      y.withUnsafeBufferPointer { py in
        cblas_ddot(blasInt(count), px.baseAddress! + xo, 1, py.baseAddress! + yo, 1)
      }
    }
  }

  /// NumPy's `DOUBLE_dot`: ddot over strided elements when both strides are positive, else a plain loop;
  /// the sum starts from zero (so a −0 product sums to +0, as NumPy's does).
  public static func numpyDot(
    _ count: Int, _ x: UnsafeBufferPointer<Double>, _ xo: Int, _ xs: Int, _ y: UnsafeBufferPointer<Double>,
    _ yo: Int, _ ys: Int
  ) -> Double {
    guard count > 0 else { return 0 }
    if xs > 0 && ys > 0 {
      return 0.0 + cblas_ddot(blasInt(count), x.baseAddress! + xo, blasInt(xs), y.baseAddress! + yo, blasInt(ys))
    }
    var sum = 0.0
    for i in 0..<count { sum += x[xo + i * xs] * y[yo + i * ys] }
    return sum
  }

  /// y[yo + i] += α·x[xo + i], by daxpy.
  public static func axpy(_ count: Int, _ alpha: Double, _ x: [Double], _ xo: Int, _ y: inout [Double], _ yo: Int) {
    guard count > 0 else { return }
    x.withUnsafeBufferPointer { px in
      y.withUnsafeMutableBufferPointer { py in
        cblas_daxpy(blasInt(count), alpha, px.baseAddress! + xo, 1, py.baseAddress! + yo, 1)
      }
    }
  }

  /// ‖x‖₂ by dnrm2.
  public static func norm2(_ x: [Double]) -> Double {
    guard !x.isEmpty else { return 0 }
    return x.withUnsafeBufferPointer { cblas_dnrm2(blasInt(x.count), $0.baseAddress, 1) }
  }

  /// The upper Cholesky factor of the n × n block at `offset` (leading dimension `lda`), in place, by dpotrf;
  /// LAPACK's info (0 when positive definite).
  public static func choleskyUpper(_ a: inout [Double], _ offset: Int, n: Int, lda: Int) -> Int {
    var info: lapack_int_t = 0
    var nn = lapack_int_t(n)
    var ld = lapack_int_t(lda)
    a.withUnsafeMutableBufferPointer { pa in
      dpotrf_("U", &nn, pa.baseAddress! + offset, &ld, &info, 1)
    }
    return Int(info)
  }

  /// Inverts the upper-triangular n×n column-major `a` in place by LAPACK's dtrtri (non-unit diagonal), as
  /// SciPy's `trtri` does; LAPACK's info (positive for a zero on the diagonal).
  public static func invertUpper(_ a: inout [Double], n: Int) -> Int {
    guard n > 0, a.count >= n * n else { return -1 }
    var info: lapack_int_t = 0
    var nn = lapack_int_t(n)
    var lda = lapack_int_t(n)
    a.withUnsafeMutableBufferPointer { pa in
      guard let base = pa.baseAddress else { return }
      dtrtri_("U", "N", &nn, base, &lda, &info, 1, 1)
    }
    return Int(info)
  }

  /// Solves U X = B (`transposed` false) or Uᵀ X = B with the upper-triangular block of `a` at `aOffset`, B the
  /// block of `b` at `bOffset`, in place, by dtrtrs; LAPACK's info.
  public static func solveUpper(
    _ a: [Double], _ aOffset: Int, lda: Int, transposed: Bool, n: Int, rhs: Int, _ b: inout [Double],
    _ bOffset: Int, ldb: Int
  ) -> Int {
    var info: lapack_int_t = 0
    var nn = lapack_int_t(n)
    var nr = lapack_int_t(rhs)
    var la = lapack_int_t(lda)
    var lb = lapack_int_t(ldb)
    a.withUnsafeBufferPointer { pa in
      b.withUnsafeMutableBufferPointer { pb in
        dtrtrs_(
          "U", transposed ? "T" : "N", "N", &nn, &nr, pa.baseAddress! + aOffset, &la, pb.baseAddress! + bOffset, &lb,
          &info, 1, 1, 1)
      }
    }
    return Int(info)
  }
}
