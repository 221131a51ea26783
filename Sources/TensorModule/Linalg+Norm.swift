import COpenBLAS
import Foundation

extension Linalg {
  /// NumPy's 2-norm of a whole array: the square root of the raveled array's dot product with itself (`ddot`, as
  /// NumPy's `dot`; it overflows to inf where NumPy's does).
  static func wholeNorm(_ x: [Double]) -> Double {
    Foundation.sqrt(dot(x, x))
  }

  /// The matrix norms NumPy names: `fro`, `nuc`, ±1 (column sums), ±2 (singular values), ±inf (row sums).
  static func matrixNorm(_ a: Tensor, _ ord: String) throws(TensorError) -> Double {
    let (m, n) = (a.shape[0], a.shape[1])
    func rowSums() -> [Double] { (0..<m).map { i in (0..<n).reduce(0) { $0 + Swift.abs(a.data[i * n + $1]) } } }
    func columnSums() -> [Double] { (0..<n).map { j in (0..<m).reduce(0) { $0 + Swift.abs(a.data[$1 * n + j]) } } }
    switch ord {
    case "fro": return wholeNorm(a.data)
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
    let keptShape = (0..<x.ndim).map { axes.contains($0) ? 1 : x.shape[$0] }
    func shaped(_ t: Tensor) -> Tensor { keepdims ? t.reshaped(keptShape) : t }
    // As NumPy: each element mapped, then reduced over the axes in NumPy's order (pairwise along a contiguous
    // axis, in turn across an outer one).
    func reduced(_ r: Reduction, _ f: (Double) -> Double) throws(TensorError) -> Tensor {
      try Tensor(shape: x.shape, data: x.data.map(f)).reduce(r, axes: .some(axes), keepdims: keepdims)
    }
    switch axes.count {
    case 0:
      return x
    case 1:
      if let ord, numeric == nil || numeric! == nil {
        throw TensorError(.value, "Invalid norm order '\(ord)' for vectors")
      }
      let p = numeric.flatMap { $0 }
      if axis == nil && (p == nil || p == 2) { return shaped(Tensor(shape: [], data: [wholeNorm(x.data)])) }
      switch p ?? 2 {
      case .infinity: return try reduced(.max, Swift.abs)
      case -.infinity: return try reduced(.min, Swift.abs)
      case 0: return try reduced(.sum) { $0 != 0 ? 1 : 0 }
      case 1: return try reduced(.sum, Swift.abs)
      case 2: return try reduced(.sum) { $0 * $0 }.map(Foundation.sqrt)
      case let q: return try reduced(.sum) { Foundation.pow(Swift.abs($0), q) }.map { Foundation.pow($0, 1 / q) }
      }
    case 2:
      guard x.ndim == 2 else {
        throw TensorError(.value, "matrix norms over two axes of a \(x.ndim)-d tensor are not supported; reshape first")
      }
      let a = axes == [0, 1] ? x : x.T
      // NumPy: with no axis, the raveled array's dot product; over the two axes named, a sum of squares.
      if ord == nil || ord == "fro", axis != nil { return try reduced(.sum) { $0 * $0 }.map(Foundation.sqrt) }
      let value = ord == nil ? wholeNorm(a.data) : try matrixNorm(a, ord!)
      return shaped(Tensor(shape: [], data: [value]))
    default:
      guard ord == nil else { throw TensorError(.value, "Improper number of dimensions to norm.") }
      if axis != nil { return try reduced(.sum) { $0 * $0 }.map(Foundation.sqrt) }
      return shaped(Tensor(shape: [], data: [wholeNorm(x.data)]))
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
