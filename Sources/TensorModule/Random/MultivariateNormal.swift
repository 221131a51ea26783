/// `multivariate_normal` as NumPy computes it from a block of standard normals: the covariance's SVD gives the
/// factor, `u·√s` for `Generator` (`mean + x @ factorᵀ`) and `√s·vh` for `RandomState` (`x @ factor + mean`).
public enum MultivariateNormal {
  /// What `check_valid` does when `cov` is not positive semi-definite.
  public enum Check: Sendable { case warn, raise, ignore }

  /// The SVD factor of `cov` and whether `vhᵀ·diag(s)·vh` reproduces it (NumPy's `allclose` at 1e-8), which is
  /// NumPy's positive semi-definite test.
  public static func factor(_ cov: Tensor, legacy: Bool) throws(TensorError) -> (Tensor, Bool) {
    let n = cov.shape[0]
    let (u, s, vh) = try Linalg.svd(cov)
    guard let u, let vh else { throw TensorError(.value, "svd did not return vectors") }
    var rebuilt = [Double](repeating: 0, count: n * n)
    var weighted = [Double](repeating: 0, count: n * n)
    for i in 0..<n {
      for j in 0..<n { weighted[j * n + i] = vh.data[i * n + j] * s.data[i] }
    }
    rebuilt = try Linalg.matmul(Tensor(shape: [n, n], data: weighted), vh).data
    let tolerance = 1e-8
    let psd = zip(rebuilt, cov.data).allSatisfy { a, b in
      Swift.abs(a - b) <= tolerance + tolerance * Swift.abs(b)
    }
    var f = [Double](repeating: 0, count: n * n)
    for i in 0..<n {
      for j in 0..<n {
        f[i * n + j] = legacy ? s.data[i].squareRoot() * vh.data[i * n + j] : u.data[i * n + j] * s.data[j].squareRoot()
      }
    }
    return (Tensor(shape: [n, n], data: f), psd)
  }

  /// The draws: rows of `normals` (r × n) transformed by the factor and shifted by `mean`.
  public static func transform(_ normals: Tensor, mean: [Double], factor: Tensor, legacy: Bool) throws(TensorError)
    -> Tensor
  {
    var x = try Linalg.matmul(normals, legacy ? factor : factor.T)
    let n = mean.count
    for k in x.data.indices { x.data[k] += mean[k % n] }
    return x
  }
}
