import Foundation
import TensorModule

/// SciPy's `multivariate_normal` density: the covariance's symmetric eigendecomposition (`scipy.linalg.eigh`,
/// dsyevr) gives its pseudo-inverse square root `U`, rank and log pseudo-determinant, as SciPy's `_PSD` does;
/// `logpdf` is `-½ (rank·log 2π + log|Σ|₊ + ‖(x − μ) U‖²)` in SciPy's order of operations.
public struct MultivariateGaussian: Sendable {
  public let mean: Tensor
  public let cov: Tensor
  public let rank: Int
  public let logPseudoDeterminant: Double
  /// `eigenvectors · diag(1/√λ)` over the eigenvalues above the cut-off (zero columns elsewhere).
  let whitening: Tensor
  /// The eigenvectors of the eigenvalues at or below the cut-off: points off their span's complement lie
  /// outside the support of a singular distribution.
  let nullSpace: Tensor
  let supportTolerance: Double

  public var dimension: Int { mean.count }

  /// Checks the covariance as SciPy does: negative eigenvalues beyond the cut-off are a ValueError, and a
  /// singular covariance a LinAlgError unless `allowSingular`.
  public init(mean: Tensor, cov: Tensor, allowSingular: Bool) throws(TensorError) {
    self.mean = mean
    self.cov = cov
    let (values, vectors) = try Linalg.eighSciPy(cov)
    let s = values.data
    let n = s.count
    let cond = 1e6 * Double.ulpOfOne
    let eps = cond * (s.map { Swift.abs($0) }.max() ?? 0)
    if let smallest = s.min(), smallest < -eps {
      throw TensorError(.value, "The input matrix must be symmetric positive semidefinite.")
    }
    let kept = s.filter { $0 > eps }
    if kept.count < n && !allowSingular {
      throw TensorError(
        .linAlg, "When `allow_singular is False`, the input matrix must be symmetric positive definite.")
    }
    let scale = s.map { Swift.abs($0) <= eps ? 0.0 : (1 / $0).squareRoot() }
    var u = vectors
    for i in 0..<n {
      for j in 0..<n { u.data[i * n + j] *= scale[j] }
    }
    whitening = u
    let nullColumns = (0..<n).filter { s[$0] <= eps }
    let basis = vectors
    var null = [Double]()
    for i in 0..<n { for j in nullColumns { null.append(basis.data[i * n + j]) } }
    nullSpace = Tensor(shape: [n, nullColumns.count], data: null)
    supportTolerance = 1e3 * eps
    rank = kept.count
    logPseudoDeterminant = try Tensor(kept.map { Foundation.log($0) }).reduce(.sum).data[0]
  }

  /// SciPy's `_logpdf` of points `x` (the last axis the dimension, already shaped by `_process_quantiles`),
  /// with −∞ off the support of a singular distribution.
  public func logpdf(_ x: Tensor) throws(TensorError) -> Tensor {
    let dev = try Tensor.combine(x, mean, .subtract)
    let whitened = try Linalg.matmul(dev, whitening)
    let maha = try whitened.apply(.square).reduce(.sum, axes: .some([-1]))
    let constant = Double(rank) * Foundation.log(2 * Double.pi) + logPseudoDeterminant
    var out = maha.map { -0.5 * (constant + $0) }
    if rank < dimension {
      let residual = try Linalg.matmul(dev, nullSpace).apply(.square).reduce(.sum, axes: .some([-1]))
      for i in 0..<out.count where !(residual.data[i].squareRoot() < supportTolerance) { out.data[i] = -.infinity }
    }
    return out
  }
}
