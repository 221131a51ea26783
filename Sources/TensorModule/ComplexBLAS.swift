import COpenBLAS

/// Complex128 products as NumPy's `matmul` loop chooses them.
///
/// `zdotu` for a single output, `zgemv` when one side is a vector, `zgemm` for two matrices, and NumPy's own
/// triple loop where a core dimension is 0 or the inner dimension is 1. Arrays are interleaved `(re, im)`
/// pairs in C order.
public enum ComplexBLAS {
  /// `Σ x_k·y_k` (or `Σ conj(x_k)·y_k`) by `zdotu_sub`/`zdotc_sub`, added to +0 as NumPy's `CDOUBLE_dot`.
  public static func dot(_ x: [Double], _ y: [Double], conjugate: Bool = false) -> (Double, Double) {
    let n = x.count / 2
    precondition(y.count == 2 * n, "dot of vectors of different lengths")
    if n == 0 { return (0, 0) }
    var result = [0.0, 0.0]
    x.withUnsafeBufferPointer { px in
      y.withUnsafeBufferPointer { py in
        result.withUnsafeMutableBufferPointer { r in
          if conjugate {
            cblas_zdotc_sub(Linalg.blasInt(n), px.baseAddress, 1, py.baseAddress, 1, r.baseAddress)
          } else {
            cblas_zdotu_sub(Linalg.blasInt(n), px.baseAddress, 1, py.baseAddress, 1, r.baseAddress)
          }
        }
      }
    }
    return (0.0 + result[0], 0.0 + result[1])
  }

  /// The `m × p` product of an `m × n` and an `n × p` matrix, C-ordered, by NumPy's choice of kernel.
  public static func product(_ a: [Double], _ b: [Double], m: Int, n: Int, p: Int) -> [Double] {
    precondition(a.count == 2 * m * n && b.count == 2 * n * p, "product of matrices of the wrong sizes")
    var out = [Double](repeating: 0, count: 2 * m * p)
    if m == 0 || n == 0 || p == 0 {
      // NumPy's loop: zeros (nothing to add).
      return out
    }
    let special = m == 1 || n == 1 || p == 1
    if special {
      if m == 1 && p == 1 {
        let (re, im) = dot(a, b)
        return [re, im]
      }
      if n == 1 {
        return noBLAS(a, b, m: m, n: n, p: p)
      }
    }
    let one = [1.0, 0.0]
    let zero = [0.0, 0.0]
    a.withUnsafeBufferPointer { pa in
      b.withUnsafeBufferPointer { pb in
        out.withUnsafeMutableBufferPointer { pc in
          one.withUnsafeBufferPointer { alpha in
            zero.withUnsafeBufferPointer { beta in
              if special && m == 1 {
                // vector @ matrix: bᵀ·a by gemv on b's rows.
                cblas_zgemv(
                  CblasRowMajor, CblasTrans, Linalg.blasInt(n), Linalg.blasInt(p), alpha.baseAddress, pb.baseAddress,
                  Linalg.blasInt(p),
                  pa.baseAddress, 1, beta.baseAddress, pc.baseAddress, 1)
              } else if special && p == 1 {
                cblas_zgemv(
                  CblasRowMajor, CblasNoTrans, Linalg.blasInt(m), Linalg.blasInt(n), alpha.baseAddress, pa.baseAddress,
                  Linalg.blasInt(n),
                  pb.baseAddress, 1, beta.baseAddress, pc.baseAddress, 1)
              } else {
                // NumPy's OpenBLAS runs products of up to 64³ multiply-adds on one thread; Debian's threads
                // zgemm sooner, and a split tile sums in another order.
                let threads = openblas_get_num_threads()
                let small = m * n * p <= 1 << 18
                if small && threads > 1 { openblas_set_num_threads(1) }
                cblas_zgemm(
                  CblasRowMajor, CblasNoTrans, CblasNoTrans, Linalg.blasInt(m), Linalg.blasInt(p),
                  Linalg.blasInt(n), alpha.baseAddress, pa.baseAddress, Linalg.blasInt(n), pb.baseAddress,
                  Linalg.blasInt(p), beta.baseAddress, pc.baseAddress, Linalg.blasInt(p))
                if small && threads > 1 { openblas_set_num_threads(threads) }
              }
            }
          }
        }
      }
    }
    return out
  }

  /// `np.dot` of a complex scalar and an array as NumPy's `cblas_matrixproduct` computes it: `zaxpy` into zeros
  /// (a matrix a column or row at a time along its longer axis), or one unfused product for a single element.
  public static func scaled(_ alpha: (Double, Double), _ x: [Double], shape: [Int]) -> [Double] {
    let count = x.count / 2
    var out = [Double](repeating: 0, count: x.count)
    if count == 0 { return out }
    if count == 1 {
      return [alpha.0 * x[0] - alpha.1 * x[1], alpha.0 * x[1] + alpha.1 * x[0]]
    }
    let a = [alpha.0, alpha.1]
    x.withUnsafeBufferPointer { px in
      out.withUnsafeMutableBufferPointer { po in
        a.withUnsafeBufferPointer { pa in
          guard let xb = px.baseAddress, let ob = po.baseAddress, let ab = pa.baseAddress else { return }
          if shape.count == 2 && shape[0] > 1 && shape[1] > 1 {
            let (rows, columns) = (shape[0], shape[1])
            let alongRows = rows >= columns
            let length = alongRows ? rows : columns
            let step = alongRows ? columns : 1
            for i in 0..<(alongRows ? columns : rows) {
              let start = 2 * (alongRows ? i : i * columns)
              cblas_zaxpy(
                Linalg.blasInt(length), ab, xb + start, Linalg.blasInt(step), ob + start, Linalg.blasInt(step))
            }
          } else {
            cblas_zaxpy(Linalg.blasInt(count), ab, xb, 1, ob, 1)
          }
        }
      }
    }
    return out
  }

  /// NumPy's `matmul_inner_noblas` for complex numbers: each output summed from +0 in order, products unfused.
  static func noBLAS(_ a: [Double], _ b: [Double], m: Int, n: Int, p: Int) -> [Double] {
    var out = [Double](repeating: 0, count: 2 * m * p)
    for i in 0..<m {
      for j in 0..<p {
        var (re, im) = (0.0, 0.0)
        for k in 0..<n {
          let (ar, ai) = (a[2 * (i * n + k)], a[2 * (i * n + k) + 1])
          let (br, bi) = (b[2 * (k * p + j)], b[2 * (k * p + j) + 1])
          re = re + ((ar * br) - (ai * bi))
          im = im + ((ar * bi) + (ai * br))
        }
        out[2 * (i * p + j)] = re
        out[2 * (i * p + j) + 1] = im
      }
    }
    return out
  }
}
