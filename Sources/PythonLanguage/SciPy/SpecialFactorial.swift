import StatisticsModule

/// `scipy.special.factorial(n, exact=False, extend='zero')`: Γ(n + 1) as float64 (0 below zero, NaN kept), or
/// with `exact=True` Python's integer product for a scalar and an int64 array up to 20!.
enum SpecialFactorial {
  static let unsupportedTail =
    "\nPermitted data types are integers and floating point numbers, as well as complex numbers if `extend='complex' is passed."

  static let function = PyBuiltin.general("factorial", "scipy.special") { (rt, a) throws(PyError) in
    let p = try a.bind("factorial", ["n", "exact", "extend"], required: 1)
    let n = p[0] ?? .none
    let exact = try p[1].map { (v) throws(PyError) in try rt.truthy(v) } ?? false
    let extend = try p[2].map { (v) throws(PyError) in try rt.string(v, "extend") } ?? "zero"
    guard extend == "zero" || extend == "complex" else {
      throw PyError("ValueError", "argument `extend` must be either 'zero' or 'complex', received: \(extend)")
    }
    if exact && extend == "complex" {
      throw PyError("ValueError", "Incompatible options: `exact=True` and `extend='complex'`")
    }
    if extend == "complex" {
      throw PyError("NotImplementedError", "scipy.special.factorial(extend='complex') is not in Tessel yet")
    }
    switch n {
    case .none: return .f64(.nan)
    case .int, .i64:
      let k = try rt.index(n)
      if k < 0 { return exact ? .int(0) : .f64(0) }
      if k < 2 { return exact ? .int(1) : .f64(1) }
      if exact {
        guard let f = try rt.importModule("math").attributes["factorial"] else { return .none }
        return try rt.call(f, [n])
      }
      return .f64(Special.gamma(Double(k) + 1))
    case .float(let x), .f64(let x):
      if x.isNaN { return .f64(.nan) }
      if x < 0 { return exact ? .int(0) : .f64(0) }
      if x == 0 || x == 1 { return exact ? .int(1) : .f64(1) }
      if exact {
        throw PyError("ValueError", "`exact=True` only supports integers, cannot use data type <class 'float'>")
      }
      return .f64(Special.gamma(x + 1))
    case .object(let o) where o.tag != .ndarray && o.tag != .list && o.tag != .tuple:
      if o.tag == .complex {
        throw PyError(
          "ValueError",
          "In order to use non-integer arguments, you must opt into this by passing `extend='complex'`. Note that this changes the result for all negative arguments (which by default return 0)."
        )
      }
      throw PyError(
        "ValueError", "Unsupported data type for `n` in factorial: <class '\(rt.typeOf(n).name)'>" + unsupportedTail)
    case .bool, .npBool:
      throw PyError(
        "ValueError", "Unsupported data type for `n` in factorial: <class '\(rt.typeOf(n).name)'>" + unsupportedTail)
    default:
      break
    }
    if ComplexArrays.of(n) != nil {
      throw PyError("NotImplementedError", "scipy.special.factorial of a complex128 array is not in Tessel yet")
    }
    let x = try rt.array(n)
    if x.dtype == .bool {
      throw PyError("ValueError", "Unsupported data type for `n` in factorial: bool" + unsupportedTail)
    }
    if exact && x.dtype == .float64 {
      throw PyError("ValueError", "`exact=True` only supports integers, cannot use data type float64")
    }
    if x.count == 0 { return .object(x) }
    if exact {
      let values = x.ints
      guard (values.max() ?? 0) <= 20 else {
        throw PyError(
          "NotImplementedError",
          "scipy.special.factorial(exact=True) of an array past 20! (an object array) is not in Tessel yet")
      }
      let table = (0...20).reduce(into: [1]) { t, k in if k > 0 { t.append(t[k - 1] * k) } }
      return .object(NDArray(ints: values.map { $0 < 0 ? 0 : table[$0] }, shape: x.shape))
    }
    let values = x.doubles.map { v in v.isNaN ? Double.nan : v >= 0 ? Special.gamma(v + 1) : 0 }
    return .object(NDArray(doubles: values, shape: x.shape))
  }
}
