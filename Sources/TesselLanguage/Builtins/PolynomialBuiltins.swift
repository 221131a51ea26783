import TensorModule

/// Polynomials and sequences: `polyfit polyval convolve`, computed in NumPy's order.
enum PolynomialBuiltins {
  /// NumPy's `vander(x, n)`: columns x^(n-1) … x^0, powers by repeated multiplication.
  static func vandermonde(_ x: [Double], _ n: Int) -> Tensor {
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
  static func polyfit(_ x: Tensor, _ y: Tensor, _ deg: Int) throws(TensorError) -> Tensor {
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
  static func convolve(_ a: [Double], _ v: [Double], mode: String) throws(TesselError) -> [Double] {
    guard !a.isEmpty else { throw TesselError("ValueError", "a cannot be empty") }
    guard !v.isEmpty else { throw TesselError("ValueError", "v cannot be empty") }
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
    default: throw TesselError("ValueError", "mode must be one of 'valid', 'same', or 'full' (got '\(mode)')")
    }
  }

  static let all: [Builtin] = [
    Builtin(
      "polyfit", [Parameter("x"), Parameter("y"), Parameter("deg")],
      "The least-squares polynomial of degree deg through (x, y), coefficients highest power first.",
      details:
        "Minimises Σ (y - p(x))² (lstsq on the scaled Vandermonde matrix, as NumPy).\nExample: slope, intercept = polyfit(x, y, 1)"
    ) { c throws(TesselError) in
      let (x, y, deg) = (try c.tensor("x"), try c.tensor("y"), try c.integer("deg"))
      return .tensor(try c.lift { () throws(TensorError) in try polyfit(x, y, deg) })
    },
    Builtin(
      "polyval", [Parameter("p"), Parameter("x")],
      "The polynomial with coefficients p (highest power first) at x, by Horner's rule.",
      details: "Example: polyval([3, 0, 1], 5)  →  76"
    ) { c throws(TesselError) in
      let (p, x) = (try c.tensor("p", ndim: 1), try c.tensor("x"))
      var y = Tensor(repeating: 0, shape: x.shape)
      let interrupt = c.runtime.interrupt
      for coefficient in p.data {
        if interrupt.isRaised { throw TesselError("KeyboardInterrupt", "") }
        for i in y.data.indices { y.data[i] = y.data[i] * x.data[i] + coefficient }
      }
      return TensorValues.value(y)
    },
    Builtin(
      "convolve", [Parameter("a"), Parameter("v"), Parameter("mode", .optional(.string("full")))],
      "The discrete linear convolution (a * v)[k] = Σⱼ a[j]·v[k - j]; mode 'full', 'same' or 'valid'.",
      details:
        "The distribution of a sum of independent variables is the convolution of theirs.\nExample: convolve([1, 1], [1, 1])  →  array([1., 2., 1.])"
    ) { c throws(TesselError) in
      let (a, v) = (try c.tensor("a"), try c.tensor("v"))
      guard a.ndim <= 1, v.ndim <= 1 else { throw TesselError("ValueError", "object too deep for desired array") }
      return .tensor(Tensor(try convolve(a.data, v.data, mode: try c.string("mode"))))
    },
  ]
}
