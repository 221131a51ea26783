/// Polynomials and sequences: `polyfit`, `polyval` and `convolve`, computed in NumPy's order (both engines).
public enum Polynomial {
  /// NumPy's `vander(x, n)`: columns x^(n-1) … x^0, powers by repeated multiplication.
  public static func vandermonde(_ x: [Double], _ n: Int) -> Tensor {
    var v = [Double](repeating: 1, count: x.count * n)
    for (i, xi) in x.enumerated() where n > 1 {
      // Build x^1 … x^(n-1) right to left, as NumPy's multiply.accumulate over the reversed columns.
      var p = xi
      for k in stride(from: n - 2, through: 0, by: -1) {
        v[i * n + k] = p
        p *= xi
      }
    }
    return Tensor(shape: [x.count, n], data: v)
  }

  /// NumPy's `polyfit`: least squares on the column-scaled Vandermonde matrix, highest power first.
  public static func fit(_ x: Tensor, _ y: Tensor, _ deg: Int) throws(TensorError) -> Tensor {
    guard deg >= 0 else { throw TensorError(.value, "expected deg >= 0") }
    guard x.ndim == 1 else { throw TensorError(.type, "expected 1D vector for x") }
    guard x.count > 0 else { throw TensorError(.type, "expected non-empty vector for x") }
    guard y.ndim == 1 || y.ndim == 2 else { throw TensorError(.type, "expected 1D or 2D array for y") }
    guard x.count == y.shape[0] else { throw TensorError(.type, "expected x and y to have same length") }
    let order = deg + 1
    var lhs = vandermonde(x.data, order)
    var scale = [Double](repeating: 0, count: order)
    for i in 0..<x.count {
      for k in 0..<order { scale[k] += lhs.data[i * order + k] * lhs.data[i * order + k] }
    }
    scale = scale.map { $0.squareRoot() }
    for i in 0..<x.count {
      for k in 0..<order { lhs.data[i * order + k] /= scale[k] }
    }
    let rcond = Double(x.count) * Double.ulpOfOne
    var c = try Linalg.lstsq(lhs, y, rcond: rcond).0
    let columns = c.ndim == 2 ? c.shape[1] : 1
    for k in 0..<order {
      for j in 0..<columns { c.data[k * columns + j] /= scale[k] }
    }
    return c
  }

  /// NumPy's `convolve` of two vectors: 'full' (length n + m - 1), 'same' (the longer one's length,
  /// centred) or 'valid' (only full overlaps).
  public static func convolve(_ a: [Double], _ v: [Double], mode: String) throws(TensorError) -> [Double] {
    guard !a.isEmpty else { throw TensorError(.value, "a cannot be empty") }
    guard !v.isEmpty else { throw TensorError(.value, "v cannot be empty") }
    let (long, short) = a.count >= v.count ? (a, v) : (v, a)
    let (n, m) = (long.count, short.count)
    var full = [Double](repeating: 0, count: n + m - 1)
    for k in full.indices {
      var s = 0.0
      for j in Swift.max(0, k - n + 1)...Swift.min(k, m - 1) { s += short[j] * long[k - j] }
      full[k] = s
    }
    switch mode {
    case "full": return full
    case "same": return Array(full[((m - 1) / 2)..<((m - 1) / 2 + n)])
    case "valid": return Array(full[(m - 1)..<n])
    default: throw TensorError(.value, "mode must be one of 'valid', 'same', or 'full' (got '\(mode)')")
    }
  }

  /// NumPy's `polyval`: Horner's rule, highest power first.
  public static func evaluate(_ p: [Double], at x: Tensor) -> Tensor {
    var y = Tensor(repeating: 0, shape: x.shape)
    for coefficient in p {
      for i in y.data.indices { y.data[i] = y.data[i] * x.data[i] + coefficient }
    }
    return y
  }
}
