import TensorModule

/// NumPy's polynomial functions; `np.poly1d` itself is in `NumPyPoly1d.swift`.
///
/// Fitting and evaluating, the derivative and integral, sums, products and long division, and the
/// polynomial of given roots. As in NumPy, a result is a `poly1d` when a `poly1d` went in.
enum NumPyPolynomials {
  static func floats(_ rt: Runtime, _ v: Value) throws(PyError) -> Tensor { try NumPyFunctions.floats(rt, v) }

  static func lift<T>(_ body: () throws(TensorError) -> T) throws(PyError) -> T { try NumPyFunctions.lift(body) }

  static func vector(_ rt: Runtime, _ v: Value, _ name: String) throws(PyError) -> [Double] {
    try NumPyNumerics.vector(rt, v, name)
  }

  /// NumPy's `truepoly`: `result` made a poly1d when any of `arguments` is one.
  static func poly1d(_ rt: Runtime, _ result: Value, if arguments: [Value?]) throws(PyError) -> Value {
    guard arguments.contains(where: { $0.flatMap(Poly1D.of) != nil }) else { return result }
    return try Poly1D.wrap(rt, result)
  }

  /// `np.polyval(p, x)`: Horner's rule; with a poly1d `x`, NumPy's own loop `y = y * x + c` over poly1d
  /// arithmetic, which composes the polynomials.
  static func evaluate(_ rt: Runtime, _ c: Value, _ x: Value) throws(PyError) -> Value {
    if Poly1D.of(x) != nil {
      let coefficients = try rt.array(c)
      var y: Value = .int(0)
      for position in coefficients.positions() {
        y = try rt.binary(.add, try rt.binary(.mul, y, x), coefficients.scalar(at: position))
      }
      return y
    }
    let coefficients = try vector(rt, c, "p")
    return NumPyShaping.promoted(
      [try rt.array(c), try rt.array(x)], Polynomial.evaluate(coefficients, at: try floats(rt, x)))
  }

  /// `np.poly(seq_of_zeros)`: the monic polynomial with those roots (a square matrix's eigenvalues), built by
  /// convolving `[1, -z]` in turn; no roots is the float 1.0.
  static func poly(_ rt: Runtime, _ v: Value) throws(PyError) -> Value {
    if ComplexArrays.holdsComplex(v) {
      throw PyError("NotImplementedError", "np.poly of complex roots is not in Tessel yet")
    }
    let a = try rt.array(v)
    var zeros: [Double]
    if a.ndim == 2 && a.shape[0] == a.shape[1] && a.shape[0] != 0 {
      let (wr, wi, _) = try lift { () throws(TensorError) in try Linalg.eigGeneral(a.tensor, vectors: false) }
      guard wi.allSatisfy({ $0 == 0 }) else {
        throw PyError("NotImplementedError", "np.poly of a matrix with complex eigenvalues is not in Tessel yet")
      }
      zeros = wr
    } else if a.ndim <= 1 {
      zeros = a.doubles
    } else {
      throw PyError("ValueError", "input must be 1d or non-empty square 2d array.")
    }
    if zeros.isEmpty { return .float(1) }
    var c: [Double] = [1]
    for z in zeros { c = try lift { () throws(TensorError) in try Polynomial.convolve(c, [1, -z], mode: "full") } }
    return .object(NDArray(doubles: c, shape: [c.count]))
  }

  /// `np.polydiv(u, v)`: NumPy's long division in floats, the remainder's leading entries within 1e-8 of zero
  /// dropped (one always kept).
  static func divide(_ rt: Runtime, _ a: Arguments) throws(PyError) -> Value {
    let p = try a.bind("polydiv", ["u", "v"], required: 2)
    let (uValue, vValue) = (p[0] ?? .none, p[1] ?? .none)
    if ComplexArrays.holdsComplex(uValue) || ComplexArrays.holdsComplex(vValue) {
      throw PyError("NotImplementedError", "np.polydiv of complex coefficients is not in Tessel yet")
    }
    let (ua, va) = (try rt.array(uValue), try rt.array(vValue))
    guard ua.ndim <= 1, va.ndim <= 1 else {
      throw PyError("NotImplementedError", "np.polydiv of arrays with more than one axis is not in Tessel yet")
    }
    let (u, v) = (ua.doubles, va.doubles)
    guard let v0 = v.first, !u.isEmpty else {
      throw PyError("IndexError", "index 0 is out of bounds for axis 0 with size 0")
    }
    let (m, n) = (u.count - 1, v.count - 1)
    let scale = 1 / v0
    var q = [Double](repeating: 0, count: Swift.max(m - n + 1, 1))
    var r = u
    for k in stride(from: 0, to: m - n + 1, by: 1) {
      let d = scale * r[k]
      q[k] = d
      for j in 0...n { r[k + j] -= d * v[j] }
    }
    var start = 0
    while Swift.abs(r[start]) <= 1e-8 && r.count - start > 1 { start += 1 }
    let remainder = Array(r[start...])
    let quotient = Value.object(NDArray(doubles: q, shape: [q.count]))
    let rest = Value.object(NDArray(doubles: remainder, shape: [remainder.count]))
    if Poly1D.of(uValue) != nil || Poly1D.of(vValue) != nil {
      return .tuple([try Poly1D.wrap(rt, quotient), try Poly1D.wrap(rt, rest)])
    }
    return .tuple([quotient, rest])
  }

  /// `np.polyadd` / `np.polysub`: the shorter padded with leading zeros, then the operator (its dtype rules).
  static func polynomialSum(_ rt: Runtime, _ a: Arguments, _ name: String, _ op: BinaryOperator) throws(PyError)
    -> Value
  {
    let p = try a.bind(name, ["a1", "a2"], required: 2)
    var (x, y) = (try rt.array(p[0] ?? .none), try rt.array(p[1] ?? .none))
    if x.ndim == 0 { x = x.view(shape: [1], strides: [0], offset: x.offset) }
    if y.ndim == 0 { y = y.view(shape: [1], strides: [0], offset: y.offset) }
    func padded(_ v: NDArray, to n: Int) -> NDArray {
      guard v.count < n else { return v }
      let zeros = NDArray(ints: [Int](repeating: 0, count: n - v.count), shape: [n - v.count]).astype(v.dtype)
      return NDArray.from((try? Tensor.concatenate([zeros.tensor, v.tensor], axis: 0)) ?? v.tensor).astype(v.dtype)
    }
    let n = max(x.count, y.count)
    guard let r = try ArrayArithmetic.binary(op, .object(padded(x, to: n)), .object(padded(y, to: n)), rt: rt) else {
      throw PyError("TypeError", "ufunc '\(op.ufuncName)' not supported for the input types")
    }
    return try poly1d(rt, r, if: [p[0], p[1]])
  }

  static let functions: [PyBuiltin] = [
    .general("polyfit", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("polyfit", ["x", "y", "deg", "rcond", "full", "w", "cov"], required: 3)
      try NumPyFunctions.unsupported("polyfit", ["rcond", "w"], [p[3], p[5]])
      for (k, name) in [(4, "full"), (6, "cov")]
      where try p[k].map({ (v) throws(PyError) in try rt.truthy(v) }) ?? false {
        throw PyError("NotImplementedError", "polyfit(\(name)=True) is not in Tessel yet")
      }
      let (x, y, deg) = (try floats(rt, p[0] ?? .none), try floats(rt, p[1] ?? .none), try rt.index(p[2] ?? .none))
      return .object(NDArray.from(try lift { () throws(TensorError) in try Polynomial.fit(x, y, deg) }))
    },
    .two("polyval", "numpy") { (rt, c, x) throws(PyError) in try evaluate(rt, c, x) },
    .general("polyder", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("polyder", ["p", "m"], required: 1)
      let order =
        try p[1].map { (v) throws(PyError) in try NumberCasts.pythonInt(try rt.double(v), rounded: .towardZero) } ?? 1
      guard order >= 0 else { throw PyError("ValueError", "Order of derivative must be positive (see polyint)") }
      let source = try rt.array(p[0] ?? .none)
      var c = try vector(rt, p[0] ?? .none, "p")
      // NumPy's p[:-1] * arange(n, 0, -1), `m` times.
      for _ in 0..<order { c = c.dropLast().enumerated().map { $0.element * Double(c.count - 1 - $0.offset) } }
      return try poly1d(rt, NumPyShaping.promoted([source], Tensor(c)), if: [p[0]])
    },
    .general("polyint", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("polyint", ["p", "m", "k"], required: 1)
      let order =
        try p[1].map { (v) throws(PyError) in try NumberCasts.pythonInt(try rt.double(v), rounded: .towardZero) } ?? 1
      guard order >= 0 else { throw PyError("ValueError", "Order of integral must be positive (see polyder)") }
      var k = [Double](repeating: 0, count: order)
      if let given = p[2], !given.isNone {
        k = try floats(rt, given).data
        if k.count == 1 && order > 1 { k = [Double](repeating: k[0], count: order) }
        guard k.count >= order else {
          throw PyError("ValueError", "k must be a scalar or a rank-1 array of length 1 or >m.")
        }
      }
      let source = try rt.array(p[0] ?? .none)
      var c = try vector(rt, p[0] ?? .none, "p")
      if order == 0 { return try poly1d(rt, ArrayArithmetic.wrap(source.copy()), if: [p[0]]) }
      // NumPy's concatenate((p / arange(len(p), 0, -1), [k[0]])), once per order with the next constant.
      for step in 0..<order { c = c.enumerated().map { $0.element / Double(c.count - $0.offset) } + [k[step]] }
      return try poly1d(rt, .object(NDArray(doubles: c, shape: [c.count])), if: [p[0]])
    },
    .general("polyadd", "numpy") { (rt, a) throws(PyError) in try polynomialSum(rt, a, "polyadd", .add) },
    .general("polysub", "numpy") { (rt, a) throws(PyError) in try polynomialSum(rt, a, "polysub", .sub) },
    .general("polymul", "numpy") { (rt, a) throws(PyError) in
      // NumPy makes each a poly1d first (leading zeros dropped, [0] if none is left), then convolves.
      let p = try a.bind("polymul", ["a1", "a2"], required: 2)
      var arrays: [NDArray] = []
      var coefficients: [[Double]] = []
      for v in [p[0], p[1]] {
        let arr = try rt.array(v ?? .none)
        guard arr.ndim <= 1 else { throw PyError("ValueError", "Polynomial must be 1d only.") }
        let c = try vector(rt, v ?? .none, "a")
        let trimmed = Array(c.drop { $0 == 0 })
        arrays.append(arr)
        coefficients.append(trimmed.isEmpty ? [0] : trimmed)
      }
      let r = Tensor(
        try lift { () throws(TensorError) in try Polynomial.convolve(coefficients[0], coefficients[1], mode: "full") })
      return try poly1d(rt, NumPyShaping.promoted(arrays, r), if: [p[0], p[1]])
    },
    .general("polydiv", "numpy") { (rt, a) throws(PyError) in try divide(rt, a) },
    .one("poly", "numpy") { (rt, v) throws(PyError) in try poly(rt, v) },
    .one("isscalar", "numpy") { (rt, v) throws(PyError) in .bool(Poly1D.isScalar(rt, v)) },
  ]
}
