import Foundation
import TensorModule

/// NumPy's complex128 arithmetic, element by element as its loops compute it, so results match to the last bit:
/// array products are fused (`fmaddsub`, NumPy's vector loop), scalar products are not; division is Smith's with
/// a reciprocal scale; `abs` of an array is NumPy's vector `larger * sqrt(1 + ratio²)`, of a scalar `hypot`.
enum ComplexArithmetic {
  typealias C = Complex.C

  /// NumPy's vector complex product: `re = fma(ar, br, -(ai·bi))`, `im = fma(ar, bi, ai·br)`.
  @inline(__always) static func fusedProduct(_ a: C, _ b: C) -> C {
    ((-(a.im * b.im)).addingProduct(a.re, b.re), (a.im * b.re).addingProduct(a.re, b.im))
  }

  /// NumPy's scalar complex product (and `npy_cpow`'s), unfused.
  @inline(__always) static func product(_ a: C, _ b: C) -> C {
    (a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
  }

  /// NumPy's complex division (loops and scalars alike): Smith's method, multiplied by a reciprocal scale; a
  /// zero divisor gives infinities or NaN.
  @inline(__always) static func quotient(_ a: C, _ b: C) -> C {
    let absRe = Swift.abs(b.re)
    let absIm = Swift.abs(b.im)
    if absRe >= absIm {
      if absRe == 0 && absIm == 0 { return (a.re / absRe, a.im / absIm) }
      let rat = b.im / b.re
      let scl = 1.0 / (b.re + b.im * rat)
      return ((a.re + a.im * rat) * scl, (a.im - a.re * rat) * scl)
    }
    let rat = b.re / b.im
    let scl = 1.0 / (b.im + b.re * rat)
    return ((a.re * rat + a.im) * scl, (a.im * rat - a.re) * scl)
  }

  /// NumPy's `reciprocal` loop (`z ** -1` of an array).
  @inline(__always) static func reciprocal(_ z: C) -> C {
    if Swift.abs(z.im) <= Swift.abs(z.re) {
      let r = z.im / z.re
      let d = z.re + z.im * r
      return (1 / d, -r / d)
    }
    let r = z.re / z.im
    let d = z.re * r + z.im
    return (r / d, -1 / d)
  }

  /// `npy_cpow` for the exponents it computes by products (integers below 100 in magnitude, and 0); nil for
  /// the rest, which NumPy hands to the C library's `cpow`.
  static func power(_ a: C, _ b: C) -> C? {
    if b.re == 0 && b.im == 0 { return (1, 0) }
    if a.re == 0 && a.im == 0 { return b.re > 0 ? (0, 0) : (.nan, .nan) }
    guard b.im == 0, b.re > -100, b.re < 100, b.re == b.re.rounded(.towardZero) else { return nil }
    var n = Int(b.re)
    switch n {
    case 1: return a
    case 2: return product(a, a)
    case 3: return product(a, product(a, a))
    default:
      if n < 0 { n = -n }
      var acc: C = (1, 0)
      var p = a
      var mask = 1
      while true {
        if n & mask != 0 { acc = product(acc, p) }
        mask <<= 1
        if n < mask { break }
        p = product(p, p)
      }
      return b.re < 0 ? quotient((1, 0), acc) : acc
    }
  }

  /// NumPy's vector `absolute` of a complex array element.
  @inline(__always) static func arrayAbs(_ z: C) -> Double {
    var re = Swift.abs(z.re)
    var im = Swift.abs(z.im)
    if re == .infinity { im = .infinity }
    if im == .infinity { re = .infinity }
    if re.isNaN || im.isNaN { return .nan }
    let larger = Swift.max(re, im)
    let smaller = Swift.min(re, im)
    let ratio = larger == 0 || smaller == .infinity ? 0 : smaller / larger
    return (1.0.addingProduct(ratio, ratio)).squareRoot() * larger
  }

  /// The C library's `cexp` (glibc's steps: `exp(x)` times `sincos(y)`, scaled past 709; Annex G's special
  /// values), which NumPy's `exp` of complex numbers calls.
  static func exp(_ z: C) -> C {
    let (x, y) = z
    if x.isFinite && y.isFinite {
      var (s, c) = Swift.abs(y) > Double.leastNormalMagnitude ? (Foundation.sin(y), Foundation.cos(y)) : (y, 1.0)
      let t = 709.0
      var rx = x
      if rx > t {
        let scale = Foundation.exp(t)
        rx -= t
        s *= scale
        c *= scale
        if rx > t {
          rx -= t
          s *= scale
          c *= scale
        }
        if rx > t { return (Double.greatestFiniteMagnitude * c, Double.greatestFiniteMagnitude * s) }
      }
      let e = Foundation.exp(rx)
      return (e * c, e * s)
    }
    if x.isNaN { return y == 0 ? z : (x, .nan) }
    if x.isInfinite && x > 0 {
      if y == 0 { return z }
      if y.isFinite { return (x * Foundation.cos(y), x * Foundation.sin(y)) }
      return (x, .nan)
    }
    if x.isInfinite {
      if y.isFinite {
        let e = Foundation.exp(x)
        return (e * Foundation.cos(y), e * Foundation.sin(y))
      }
      return (0, 0)
    }
    // x finite, y infinite or NaN.
    return (.nan, .nan)
  }

  /// The C library's `csqrt` (glibc's steps: `hypot`, then the root of the half sum and `Im x / (2r)` to avoid
  /// cancellation, with scaling near the ends of the range; Annex G's special values), which NumPy's `sqrt` of
  /// complex numbers calls.
  static func sqrt(_ z: C) -> C {
    var (x, y) = z
    if x.isInfinite || y.isInfinite || x.isNaN || y.isNaN {
      if y.isInfinite { return (.infinity, y) }
      if x.isInfinite {
        if x < 0 { return (y.isNaN ? .nan : 0, Double(signOf: y, magnitudeOf: .infinity)) }
        return (x, y.isNaN ? .nan : Double(signOf: y, magnitudeOf: 0))
      }
      return (.nan, .nan)
    }
    if y == 0 {
      if x < 0 { return (0, Double(signOf: y, magnitudeOf: (-x).squareRoot())) }
      return (Swift.abs(x.squareRoot()), Double(signOf: y, magnitudeOf: 0))
    }
    if x == 0 {
      let r =
        Swift.abs(y) >= 2 * Double.leastNormalMagnitude
        ? (0.5 * Swift.abs(y)).squareRoot() : 0.5 * (2 * Swift.abs(y)).squareRoot()
      return (r, Double(signOf: y, magnitudeOf: r))
    }
    var scale = 0
    let big = Double.greatestFiniteMagnitude / 4
    let tiny = 2 * Double.leastNormalMagnitude
    if Swift.abs(x) > big {
      scale = 1
      x = Foundation.scalbn(x, -2)
      y = Foundation.scalbn(y, -2)
    } else if Swift.abs(y) > big {
      scale = 1
      x = Swift.abs(x) >= 4 * Double.leastNormalMagnitude ? Foundation.scalbn(x, -2) : 0
      y = Foundation.scalbn(y, -2)
    } else if Swift.abs(x) < tiny && Swift.abs(y) < tiny {
      scale = -((Double.significandBitCount + 2) / 2)
      x = Foundation.scalbn(x, -2 * scale)
      y = Foundation.scalbn(y, -2 * scale)
    }
    let d = Foundation.hypot(x, y)
    var r: Double
    var s: Double
    if x > 0 {
      r = (0.5 * d + 0.5 * x).squareRoot()
      if scale == 1 && Swift.abs(y) < 1 {
        s = y / r
        r = Foundation.scalbn(r, scale)
        scale = 0
      } else {
        s = 0.5 * (y / r)
      }
    } else {
      s = (0.5 * d - 0.5 * x).squareRoot()
      if scale == 1 && Swift.abs(y) < 1 {
        r = Swift.abs(y / s)
        s = Foundation.scalbn(s, scale)
        scale = 0
      } else {
        r = Swift.abs(0.5 * (y / s))
      }
    }
    if scale != 0 {
      r = Foundation.scalbn(r, scale)
      s = Foundation.scalbn(s, scale)
    }
    return (r, Double(signOf: y, magnitudeOf: s))
  }

  // MARK: Operators

  /// `a op b` when a complex array takes part, or a real array meets a complex number; nil otherwise.
  static func binary(_ op: BinaryOperator, _ a: Value, _ b: Value, rt: Runtime) throws(PyError) -> Value? {
    let za = ComplexArrays.of(a)
    let zb = ComplexArrays.of(b)
    guard za != nil || zb != nil || ComplexArrays.complexScalar(a) != nil || ComplexArrays.complexScalar(b) != nil
    else { return nil }
    guard let x = try operand(a, rt: rt), let y = try operand(b, rt: rt) else { return nil }
    guard rt.isArray(a) || rt.isArray(b) || za != nil || zb != nil else { return nil }
    switch op {
    case .add: return try elementwise(x, y) { ($0.re + $1.re, $0.im + $1.im) }
    case .sub: return try elementwise(x, y) { ($0.re - $1.re, $0.im - $1.im) }
    case .mul: return try elementwise(x, y, fusedProduct)
    case .truediv: return try elementwise(x, y, quotient)
    case .pow:
      // NumPy's array `**` takes `square` for the int 2 and `reciprocal` for -1 (vector loops), else `npy_cpow`.
      if za != nil, y.ndim == 0, case .int(let n) = b, n == 2 || n == -1 {
        return wrap(map(x) { n == 2 ? fusedProduct($0, $0) : reciprocal($0) })
      }
      if za != nil, case .float(let e) = b, e == 0.5 { return wrap(map(x, sqrt)) }
      var failed = false
      let r = try elementwise(x, y) { (p, q) -> C in
        if let v = power(p, q) { return v }
        failed = true
        return (.nan, .nan)
      }
      if failed { throw ComplexArrays.unsupported("** with a non-integer exponent") }
      return r
    case .matmul: return try matmul(x, y)
    case .floordiv, .mod:
      throw PyError(
        "TypeError",
        "ufunc '\(op.ufuncName)' not supported for the input types, and the inputs could not be safely coerced to "
          + "any supported types according to the casting rule ''safe''")
    default:
      throw PyError(
        "TypeError",
        "ufunc '\(op.ufuncName)' not supported for the input types, and the inputs could not be safely coerced to "
          + "any supported types according to the casting rule ''safe''")
    }
  }

  /// `z op= b`: the result written into `z` itself (other names for it see the change, as in NumPy).
  static func inPlace(_ op: BinaryOperator, _ z: NDComplexArray, _ b: Value, rt: Runtime) throws(PyError) -> Value {
    try ComplexArrays.writable(z)
    guard let r = try binary(op, .object(z), b, rt: rt), let result = try operand(r, rt: rt) else {
      throw Numbers.unsupported(op, "numpy.ndarray", rt.typeName(b), inPlace: true)
    }
    guard result.shape == z.shape else {
      throw PyError(
        "ValueError",
        "non-broadcastable output operand with shape \(Tensor.compact(z.shape)) doesn't match the broadcast shape "
          + Tensor.compact(result.shape))
    }
    z.pairs = result.pairs
    return .object(z)
  }

  /// `x @ y` for vectors and matrices, by NumPy's choice of BLAS kernel (`ComplexBLAS.product`).
  static func matmul(_ x: NDComplexArray, _ y: NDComplexArray) throws(PyError) -> Value {
    for (k, a) in [x, y].enumerated() where a.ndim == 0 {
      throw PyError(
        "ValueError",
        "matmul: Input operand \(k) does not have enough dimensions (has 0, gufunc core with signature "
          + "(n?,k),(k,m?)->(n?,m?) requires 1)")
    }
    guard x.ndim <= 2, y.ndim <= 2 else { throw ComplexArrays.unsupported("@ of stacks of matrices") }
    let (m, n) = x.ndim == 2 ? (x.shape[0], x.shape[1]) : (1, x.shape[0])
    let (n2, p) = y.ndim == 2 ? (y.shape[0], y.shape[1]) : (y.shape[0], 1)
    // NumPy hands strided matrices to BLAS with other flags (another kernel), runs `A @ A.T` on one buffer with
    // zsyrk, and sums a strided dot of 8 or more in another order; Tessel's views are contiguous copies.
    if (x.ndim == 2 && !x.contiguous) || (y.ndim == 2 && !y.contiguous) {
      throw ComplexArrays.unsupported("@ of a transposed or strided complex matrix")
    }
    if x.ndim == 2 && y.ndim == 2 && m > 1 && n > 1 && p > 1 && x.root === y.root
      && (x.viewOf != nil || y.viewOf != nil)
    {
      throw ComplexArrays.unsupported("@ of a complex matrix and a view of it")
    }
    if m == 1 && p == 1 && n >= 8 && (!x.contiguous || !y.contiguous) {
      throw ComplexArrays.unsupported("@ of strided complex vectors")
    }
    guard n == n2 else {
      throw PyError(
        "ValueError",
        "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
          + "(n?,k),(k,m?)->(n?,m?) (size \(n2) is different from \(n))")
    }
    do throws(TensorError) { try MemoryBudget.reserve([m, p, 2]) } catch { throw PyError(tensor: error) }
    let out = ComplexBLAS.product(x.pairs, y.pairs, m: m, n: n, p: p)
    var shape: [Int] = []
    if x.ndim == 2 { shape.append(m) }
    if y.ndim == 2 { shape.append(p) }
    return wrap(NDComplexArray(pairs: out, shape: shape))
  }

  /// An operand as a complex array (numbers and real arrays converted, as NumPy promotes them to complex128).
  static func operand(_ v: Value, rt: Runtime) throws(PyError) -> NDComplexArray? {
    if let z = ComplexArrays.complexOperand(v) { return z }
    switch v {
    case .int, .bool, .float, .f64, .i64, .npBool:
      return NDComplexArray(pairs: [try rt.double(v), 0], shape: [])
    case .object(let o) where o.tag == .ndarray: return NDComplexArray.from(unsafeDowncast(o, to: NDArray.self))
    case .object(let o) where o.tag == .list || o.tag == .tuple: return try ComplexArrays.make(v, rt: rt)
    default: return nil
    }
  }

  /// `f` over the broadcast elements of `x` and `y`; a 0-d result is an `np.complex128`.
  static func elementwise(_ x: NDComplexArray, _ y: NDComplexArray, _ f: (C, C) -> C) throws(PyError) -> Value {
    guard let shape = Broadcast.shape(of: x.shape, and: y.shape) else {
      throw PyError.notBroadcastable(x.shape, y.shape)
    }
    let n = shape.reduce(1, *)
    do throws(TensorError) { try MemoryBudget.reserve(count: 2 * n) } catch { throw PyError(tensor: error) }
    let ix = x.shape == shape ? Array(0..<n) : try broadcastPositions(x, shape)
    let iy = y.shape == shape ? Array(0..<n) : try broadcastPositions(y, shape)
    var out = [Double](repeating: 0, count: 2 * n)
    for k in 0..<n {
      let r = f(x.element(ix[k]), y.element(iy[k]))
      out[2 * k] = r.re
      out[2 * k + 1] = r.im
    }
    return wrap(NDComplexArray(pairs: out, shape: shape))
  }

  static func broadcastPositions(_ z: NDComplexArray, _ shape: [Int]) throws(PyError) -> [Int] {
    try NDArray.broadcastIndices(Array(0..<z.count), from: z.shape, to: shape)
  }

  static func map(_ z: NDComplexArray, _ f: (C) -> C) -> NDComplexArray {
    var out = [Double](repeating: 0, count: z.pairs.count)
    for k in 0..<z.count {
      let r = f(z.element(k))
      out[2 * k] = r.re
      out[2 * k + 1] = r.im
    }
    return NDComplexArray(pairs: out, shape: z.shape)
  }

  /// A 0-d result is an `np.complex128`, as NumPy returns.
  static func wrap(_ z: NDComplexArray) -> Value { z.ndim == 0 ? z.scalar(0) : .object(z) }

  /// NumPy's order of complex numbers: by real part, then imaginary part (`CLT`, `CLE`, `CGT`, `CGE`: a NaN
  /// imaginary part makes the real parts' comparison false).
  static func ordered(_ op: CompareOperator, _ x: C, _ y: C) -> Bool {
    let comparable = !x.im.isNaN && !y.im.isNaN
    switch op {
    case .lt: return (x.re < y.re && comparable) || (x.re == y.re && x.im < y.im)
    case .le: return (x.re < y.re && comparable) || (x.re == y.re && x.im <= y.im)
    case .gt: return (x.re > y.re && comparable) || (x.re == y.re && x.im > y.im)
    case .ge: return (x.re > y.re && comparable) || (x.re == y.re && x.im >= y.im)
    case .eq: return x.re == y.re && x.im == y.im
    default: return !(x.re == y.re && x.im == y.im)
    }
  }

  /// `a op b` elementwise for the six comparisons, when a complex array takes part or a real array meets a
  /// complex number.
  static func compare(_ op: CompareOperator, _ a: Value, _ b: Value, rt: Runtime) throws(PyError) -> Value? {
    let arrays = ComplexArrays.of(a) != nil || ComplexArrays.of(b) != nil
    let mixed =
      (rt.isArray(a) && ComplexArrays.complexScalar(b) != nil)
      || (rt.isArray(b) && ComplexArrays.complexScalar(a) != nil)
    guard arrays || mixed else { return nil }
    guard let x = try operand(a, rt: rt), let y = try operand(b, rt: rt) else { return nil }
    guard let shape = Broadcast.shape(of: x.shape, and: y.shape) else {
      throw PyError.notBroadcastable(x.shape, y.shape)
    }
    let n = shape.reduce(1, *)
    let ix = x.shape == shape ? Array(0..<n) : try broadcastPositions(x, shape)
    let iy = y.shape == shape ? Array(0..<n) : try broadcastPositions(y, shape)
    let result = (0..<n).map { k in ordered(op, x.element(ix[k]), y.element(iy[k])) }
    return ArrayArithmetic.wrap(NDArray(bools: result, shape: shape))
  }

  /// `-z`, `+z`; `~z` is NumPy's TypeError.
  static func unary(_ op: UnaryOperator, _ z: NDComplexArray, rt: Runtime) throws(PyError) -> Value {
    switch op {
    case .neg: return .object(map(z) { (-$0.re, -$0.im) })
    case .pos: return .object(NDComplexArray(pairs: z.pairs, shape: z.shape))
    case .not: return .bool(!(try rt.truthy(.object(z))))
    case .invert:
      throw PyError(
        "TypeError",
        "ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any "
          + "supported types according to the casting rule ''safe''")
    }
  }

  // MARK: NumPy complex scalars

  /// The qualified type name of a number, as NumPy's errors give it.
  static func scalarTypeName(_ v: Value) -> String {
    switch v {
    case .int: "int"
    case .bool: "bool"
    case .float: "float"
    case .f64: "numpy.float64"
    case .i64: "numpy.int64"
    case .npBool: "numpy.bool"
    case .object(let o) where o.tag == .complex:
      unsafeDowncast(o, to: PyComplex.self).isNumPy ? "numpy.complex128" : "complex"
    default: "object"
    }
  }

  /// Whether NumPy (not Python's `complex`) computes `a op b` for two numbers one of which is complex: a
  /// NumPy operand takes over, except that Python's `complex` accepts `np.float64` (a `float` subclass) first.
  static func numpyComputes(_ a: Value, _ b: Value) -> Bool {
    func isNumPyComplex(_ v: Value) -> Bool {
      if case .object(let o) = v, o.tag == .complex { return unsafeDowncast(o, to: PyComplex.self).isNumPy }
      return false
    }
    if isNumPyComplex(a) || isNumPyComplex(b) { return true }
    switch (a, b) {
    case (.f64, _), (.i64, _), (.npBool, _): return true
    case (_, .i64), (_, .npBool): return true
    default: return false
    }
  }

  /// `a op b` for NumPy complex scalars: NumPy's division (no `ZeroDivisionError`), `npy_cpow`, and an
  /// `np.complex128` result.
  static func scalarBinary(_ op: BinaryOperator, _ x: Value, _ y: Value, _ a: C, _ b: C) throws(PyError) -> Value {
    let r: C
    switch op {
    case .add: r = (a.re + b.re, a.im + b.im)
    case .sub: r = (a.re - b.re, a.im - b.im)
    case .mul: r = product(a, b)
    case .truediv: r = quotient(a, b)
    case .pow:
      guard let p = power(a, b) else { throw ComplexArrays.unsupported("** with a non-integer exponent") }
      r = p
    default:
      throw Numbers.unsupported(op, scalarTypeName(x), scalarTypeName(y))
    }
    return ComplexArrays.scalar(r)
  }
}
