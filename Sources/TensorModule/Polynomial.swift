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
  /// centred) or 'valid' (only full overlaps); NumPy's `correlate` of the longer with the shorter reversed.
  public static func convolve(_ a: [Double], _ v: [Double], mode: String) throws(TensorError) -> [Double] {
    guard !a.isEmpty else { throw TensorError(.value, "a cannot be empty") }
    guard !v.isEmpty else { throw TensorError(.value, "v cannot be empty") }
    let (long, short) = a.count >= v.count ? (a, v) : (v, a)
    // NumPy correlates with `v[::-1]` made contiguous, so its sums use ddot as `correlate`'s do.
    return try overlapSums(long, short.reversed(), mode: mode)
  }

  /// NumPy's `correlate` (its `correlate2`): c[k] = Σ a[n + k]·v[n], the output reversed when `v` is the
  /// longer (NumPy swaps them).
  public static func correlate(_ a: [Double], _ v: [Double], mode: String) throws(TensorError) -> [Double] {
    guard !a.isEmpty else { throw TensorError(.value, "first array argument cannot be empty") }
    guard !v.isEmpty else { throw TensorError(.value, "second array argument cannot be empty") }
    if a.count < v.count { return try overlapSums(v, a, mode: mode).reversed() }
    return try overlapSums(a, v, mode: mode)
  }

  /// NumPy's `_pyarray_correlate` with `x` at least as long as `kernel`.
  ///
  /// The partial overlaps on the left and right by ddot, and the full overlaps summed in order when
  /// the kernel has at most 11 elements (`small_correlate`), by ddot otherwise. So each sum adds in NumPy's
  /// order.
  static func overlapSums(_ x: [Double], _ kernel: [Double], mode: String) throws(TensorError) -> [Double] {
    let (n1, n2) = (x.count, kernel.count)
    var (length, left, right) = (n1, 0, 0)
    switch mode {
    case "valid": length = n1 - n2 + 1
    case "same": (left, right) = (n2 / 2, n2 - n2 / 2 - 1)
    case "full": (left, right, length) = (n2 - 1, n2 - 1, n1 + n2 - 1)
    default: throw TensorError(.value, "mode must be one of 'valid', 'same', or 'full' (got '\(mode)')")
    }
    var out = [Double](repeating: 0, count: length)
    x.withUnsafeBufferPointer { xp in
      kernel.withUnsafeBufferPointer { kp in
        func dot(_ i1: Int, _ i2: Int, _ n: Int) -> Double { Linalg.numpyDot(n, xp, i1, 1, kp, i2, 1) }
        var (ip1, ip2, n, o) = (0, left, n2 - left, 0)
        for _ in 0..<left {
          out[o] = dot(ip1, ip2, n)
          n += 1
          ip2 -= 1
          o += 1
        }
        for i in 0..<(n1 - n2 + 1) {
          if n <= 11 {
            var s = 0.0
            for j in 0..<n { s += xp[ip1 + j] * kp[ip2 + j] }
            out[o + i] = s
          } else {
            out[o + i] = dot(ip1, ip2, n)
          }
          ip1 += 1
        }
        o += n1 - n2 + 1
        for _ in 0..<right {
          n -= 1
          out[o] = dot(ip1, ip2, n)
          ip1 += 1
          o += 1
        }
      }
    }
    return out
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
