import COpenBLAS
import Foundation

extension Linalg {
  /// The 2-norm of `n` values `stride` apart, overflow-safe (dnrm2 scales as it goes).
  static func euclidean(_ p: UnsafePointer<Double>, _ n: Int, _ stride: Int) -> Double {
    n == 0 ? 0 : cblas_dnrm2(blasInt(n), p, blasInt(stride))
  }

  /// A vector norm of `ord` (nil is 2): `inf` max |x|, `-inf` min |x|, 0 the count of non-zeros, else
  /// (Σ|x|^p)^(1/p).
  static func vectorNorm(_ x: [Double], _ ord: Double?) -> Double {
    guard let p = ord, p != 2 else { return x.withUnsafeBufferPointer { euclidean($0.baseAddress!, x.count, 1) } }
    if p == .infinity { return x.map(Swift.abs).max() ?? 0 }
    if p == -.infinity { return x.map(Swift.abs).min() ?? 0 }
    if p == 0 { return Double(x.filter { $0 != 0 }.count) }
    if p == 1 { return x.reduce(0) { $0 + Swift.abs($1) } }
    return Foundation.pow(x.reduce(0) { $0 + Foundation.pow(Swift.abs($1), p) }, 1 / p)
  }

  /// The matrix norms NumPy names: `fro`, `nuc`, ±1 (column sums), ±2 (singular values), ±inf (row sums).
  static func matrixNorm(_ a: Tensor, _ ord: String) throws(TensorError) -> Double {
    let (m, n) = (a.shape[0], a.shape[1])
    func rowSums() -> [Double] { (0..<m).map { i in (0..<n).reduce(0) { $0 + Swift.abs(a.data[i * n + $1]) } } }
    func columnSums() -> [Double] { (0..<n).map { j in (0..<m).reduce(0) { $0 + Swift.abs(a.data[$1 * n + j]) } } }
    switch ord {
    case "fro": return vectorNorm(a.data, nil)
    case "nuc": return try svd(a, computeUV: false).s.data.reduce(0, +)
    case "inf": return rowSums().max() ?? 0
    case "-inf": return rowSums().min() ?? 0
    case "1": return columnSums().max() ?? 0
    case "-1": return columnSums().min() ?? 0
    case "2": return try svd(a, computeUV: false).s.data.max() ?? 0
    case "-2": return try svd(a, computeUV: false).s.data.min() ?? 0
    default: throw TensorError(.value, "Invalid norm order '\(ord)' for matrices")
    }
  }

  /// `numpy.linalg.norm(x, ord, axis, keepdims)`.
  ///
  /// `ord` is a number, `inf`, or one of `fro`/`nuc` (passed as text); nil is the 2-norm (Frobenius for
  /// matrices).
  public static func norm(_ x: Tensor, ord: String?, axis: [Int]?, keepdims: Bool) throws(TensorError) -> Tensor {
    let axes = try axis.map { a throws(TensorError) in try x.normalize(a) } ?? Array(0..<x.ndim)
    let numeric: Double?? = ord.map { o in o == "inf" ? .infinity : o == "-inf" ? -.infinity : Double(o) }
    let kept = (0..<x.ndim).filter { !axes.contains($0) }
    let keptShape = (0..<x.ndim).map { axes.contains($0) ? 1 : x.shape[$0] }
    func shaped(_ t: Tensor) -> Tensor { keepdims ? t.reshaped(keptShape) : t }
    switch axes.count {
    case 0:
      return x
    case 1:
      if let ord, numeric == nil || numeric! == nil {
        throw TensorError(.value, "Invalid norm order '\(ord)' for vectors")
      }
      let p = numeric.flatMap { $0 }
      if axis == nil || x.ndim == 1 {
        return shaped(Tensor(shape: [], data: [vectorNorm(x.data, p)]))
      }
      let moved = x.transposed(kept + axes)
      let n = x.shape[axes[0]]
      let rows = kept.map { x.shape[$0] }
      let values = (0..<(moved.count / Swift.max(n, 1))).map { i in
        vectorNorm(Array(moved.data[(i * n)..<((i + 1) * n)]), p)
      }
      return shaped(Tensor(shape: rows, data: values))
    case 2:
      guard x.ndim == 2 else {
        throw TensorError(.value, "matrix norms over two axes of a \(x.ndim)-d tensor are not supported; reshape first")
      }
      let a = axes == [0, 1] ? x : x.T
      let value = ord == nil ? vectorNorm(a.data, nil) : try matrixNorm(a, ord!)
      return shaped(Tensor(shape: [], data: [value]))
    default:
      guard ord == nil else { throw TensorError(.value, "Improper number of dimensions to norm.") }
      return shaped(Tensor(shape: [], data: [vectorNorm(x.data, nil)]))
    }
  }
}

extension Linalg {
  /// NumPy's `cond`: σmax / σmin for ord None or 2 (σmin / σmax for -2), else norm(x, ord) · norm(inv(x), ord).
  public static func cond(_ x: Tensor, ord: String?) throws(TensorError) -> Tensor {
    if ord == nil || ord == "2" || ord == "-2" {
      let s = try svd(x, computeUV: false).1.data
      guard let first = s.first, let last = s.last else { return Tensor(shape: [], data: [.nan]) }
      return Tensor(shape: [], data: [ord == "-2" ? last / first : first / last])
    }
    let forward = try norm(x, ord: ord, axis: nil, keepdims: false)
    let backward = try norm(try inv(x), ord: ord, axis: nil, keepdims: false)
    return try Tensor.combine(forward, backward, .multiply)
  }
}
