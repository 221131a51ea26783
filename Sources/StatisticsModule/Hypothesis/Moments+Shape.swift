import Foundation
import TensorModule

/// Central moments, skewness and kurtosis along one axis, in the order of operations of SciPy's `_moment`,
/// `skew` and `kurtosis`: NumPy's mean along the axis, deviations from it, their power by squaring, and the
/// mean of that, so the digits are SciPy's for any shape.
extension Moments {
  /// The central (or, with `center`, the about-`center`) moment of `order` along `axis`.
  public static func moment(_ t: Tensor, order: Int, axis: Int, center: Tensor? = nil) throws(TensorError) -> Tensor {
    let k = try t.normalize([axis])[0]
    var reducedShape = t.shape
    reducedShape.remove(at: k)
    if t.count == 0 { return try t.reduce(.mean, axes: .some([k])) }
    if order == 0 { return Tensor(repeating: 1, shape: reducedShape) }
    if order == 1 && center == nil { return Tensor(repeating: 0, shape: reducedShape) }
    var mean: Tensor
    if let center { mean = center } else { mean = try t.reduce(.mean, axes: .some([k]), keepdims: true) }
    let deviations = try Tensor.combine(t, mean, .subtract)
    // Exponentiation by squares, as SciPy forms it: the exponents halve down to 1 or 2.
    var exponents = [order]
    var current = order
    while current > 2 {
      current = current % 2 == 1 ? (current - 1) / 2 : current / 2
      exponents.append(current)
    }
    var s = exponents.last == 1 ? deviations : deviations.map { $0 * $0 }
    for e in exponents.dropLast().reversed() {
      s = s.map { $0 * $0 }
      if e % 2 == 1 { s = try Tensor.combine(s, deviations, .multiply) }
    }
    return try s.reduce(.mean, axes: .some([k]))
  }

  /// m₂ and the moment of `order` along an axis, mapped per lane by `value(n, m₂, m_order)`; NaN where the
  /// variance is below (ε·mean)², where SciPy calls the data constant.
  static func standardized(
    _ t: Tensor, axis: Int, order: Int, _ value: (Double, Double, Double) -> Double
  ) throws(TensorError) -> Tensor {
    let k = try t.normalize([axis])[0]
    let n = Double(t.shape[k])
    let mean = try t.reduce(.mean, axes: .some([k]), keepdims: true)
    let m2 = try moment(t, order: 2, axis: k, center: mean)
    let mk = try moment(t, order: order, axis: k, center: mean)
    return Tensor(shape: m2.shape) { out in
      for i in 0..<out.count {
        let constant = m2.data[i] <= pow(Double.ulpOfOne * mean.data[i], 2)
        out[i] = constant ? .nan : value(n, m2.data[i], mk.data[i])
      }
    }
  }

  /// SciPy's `skew`: m₃ / m₂^1.5; unbiased with `bias: false` (√(n(n − 1)) / (n − 2) · m₃ / m₂^1.5, for n > 2).
  public static func skewness(_ t: Tensor, axis: Int, bias: Bool) throws(TensorError) -> Tensor {
    try standardized(t, axis: axis, order: 3) { n, m2, m3 in
      !bias && n > 2 ? ((n - 1.0) * n).squareRoot() / (n - 2.0) * m3 / pow(m2, 1.5) : m3 / pow(m2, 1.5)
    }
  }

  /// SciPy's `kurtosis`: m₄ / m₂² (minus 3 when `fisher`); unbiased with `bias: false` (for n > 3).
  public static func kurtosis(_ t: Tensor, axis: Int, fisher: Bool, bias: Bool) throws(TensorError) -> Tensor {
    let pearson = try standardized(t, axis: axis, order: 4) { n, m2, m4 in
      guard !bias && n > 3 else { return m4 / pow(m2, 2.0) }
      return 1.0 / (n - 2) / (n - 3) * ((n * n - 1.0) * m4 / pow(m2, 2.0) - 3 * pow(n - 1, 2.0)) + 3.0
    }
    return fisher ? pearson.map { $0 - 3 } : pearson
  }

  /// SciPy's `_var`: the second central moment, scaled by n/(n − ddof).
  public static func variance(_ t: Tensor, axis: Int, ddof: Double) throws(TensorError) -> Tensor {
    let k = try t.normalize([axis])[0]
    let n = Double(t.shape[k])
    let m2 = try moment(t, order: 2, axis: k)
    return ddof == 0 ? m2 : m2.map { $0 * (n / (n - ddof)) }
  }
}
