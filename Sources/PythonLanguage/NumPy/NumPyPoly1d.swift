import TensorModule

/// `np.poly1d`: a polynomial as its coefficient array (leading zeros trimmed, highest power first) and the name
/// of its variable.
///
/// As in NumPy, the coefficients are the array given (a trimmed view of it, not a copy), arithmetic goes
/// through `polyadd`/`polysub`/`polymul`/`polydiv`, calling it is `polyval`, and `str` writes the powers
/// on a line above the terms, wrapped at 70 columns. Complex coefficients are a named error.
final class Poly1D: PyObject {
  /// The coefficients, a 1-d array (NumPy keeps it in `__dict__['coeffs']`; `p[k] = v` may replace it).
  var coeffs: NDArray
  let variable: String

  init(_ coeffs: NDArray, variable: String) {
    self.coeffs = coeffs
    self.variable = variable
    super.init(tag: .other)
  }

  override var type: PyType { Poly1D.pyType }

  var order: Int { coeffs.count - 1 }

  static func of(_ v: Value) -> Poly1D? {
    if case .object(let o) = v, o.tag == .other { return o as? Poly1D }
    return nil
  }

  static func self_(_ v: Value) throws(PyError) -> Poly1D {
    guard let p = of(v) else { throw PyError("TypeError", "descriptor requires a 'numpy.poly1d' object") }
    return p
  }

  /// NumPy's constructor: another poly1d's coefficients (shared) and variable, the polynomial with the given
  /// roots (`r=True`), or the coefficients as a 1-d array with its leading zeros dropped (`[0]` if none is left).
  static func make(_ rt: Runtime, _ v: Value, roots: Bool = false, variable: String? = nil) throws(PyError) -> Poly1D {
    if let p = of(v) { return Poly1D(p.coeffs, variable: variable ?? p.variable) }
    var source = v
    if roots { source = try NumPyPolynomials.poly(rt, source) }
    if ComplexArrays.holdsComplex(source) {
      throw PyError("NotImplementedError", "np.poly1d with complex coefficients is not in Tessel yet")
    }
    var c = try rt.array(source)
    if c.ndim == 0 { c = c.view(shape: [1], strides: [1], offset: c.offset) }
    guard c.ndim == 1 else { throw PyError("ValueError", "Polynomial must be 1d only.") }
    // `trim_zeros(c, 'f')`: a view from the first nonzero coefficient (NaN counts as nonzero).
    let leading = c.bools.firstIndex(of: true) ?? c.count
    if leading == c.count {
      c = NDArray(ints: [0], shape: [1]).astype(c.dtype)
    } else if leading > 0 {
      c = c.view(shape: [c.count - leading], strides: c.strides, offset: c.offset + leading * c.strides[0])
    }
    return Poly1D(c, variable: variable ?? "x")
  }

  /// `np.isscalar`: Python's numbers and strings, and NumPy's scalars (not 0-d arrays, not lists).
  static func isScalar(_ rt: Runtime, _ v: Value) -> Bool {
    switch v {
    case .int, .float, .bool, .f64, .i64, .npBool: return true
    case .object(let o):
      return [.str, .bigInt, .complex, .bytes].contains(o.tag) || rt.isInstance(v, NumPyTypes.generic)
    default: return false
    }
  }

  /// An array or NumPy scalar, whose own operator runs first against a poly1d on its right and takes it as the
  /// array of its coefficients.
  static func goesFirst(_ rt: Runtime, _ v: Value) -> Bool {
    switch v {
    case .f64, .i64, .npBool: return true
    case .object(let o): return o.tag == .ndarray || ComplexArrays.of(v) != nil || rt.isInstance(v, NumPyTypes.generic)
    default: return false
    }
  }

  static func function(_ name: String) -> Value { NumPyLinalg.numpyFunction(NumPyPolynomials.functions, name) }

  static func wrap(_ rt: Runtime, _ v: Value) throws(PyError) -> Value { .object(try make(rt, v)) }

  // MARK: - str

  /// `poly1d.__str__`: the terms as `c x**k`, joined with ` + ` or ` - `, then the powers raised.
  func text(_ rt: Runtime) throws(PyError) -> String {
    let values = coeffs.doubles
    let kept = values.drop { $0 == 0 }
    let top = kept.count - 1
    var out = "0"
    for (k, coefficient) in kept.enumerated() {
      // `f'{q:.4g}'` of the real part: ints and bools format as floats under `g`.
      let c = try rt.format(.float(coefficient), ".4g")
      let power = top - k
      let term: String
      if power == 0 {
        term = c != "0" ? c : (k == 0 ? "0" : "")
      } else if c == "0" {
        term = ""
      } else {
        term = power == 1 ? "\(c) \(variable)" : "\(c) \(variable)**\(power)"
      }
      if k == 0 {
        out = term
      } else if !term.isEmpty {
        out += term.hasPrefix("-") ? " - " + term.dropFirst() : " + " + term
      }
    }
    return Poly1D.raisingPowers(out)
  }

  /// NumPy's `_raise_power`: each `**k` taken out of the line and written above the end of its term, the
  /// two lines broken together before either passes `wrap` characters.
  static func raisingPowers(_ text: String, wrap: Int = 70) -> String {
    let s = Array(text.unicodeScalars)
    func string(_ part: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(part)) }
    func spaces(_ n: Int) -> String { String(repeating: " ", count: Swift.max(n, 0)) }
    var (upper, lower, output) = ("", "", " ")
    var (upperCount, lowerCount) = (0, 0)
    var n = 0
    var i = 0
    while i + 1 < s.count {
      guard s[i] == "*", s[i + 1] == "*" else {
        i += 1
        continue
      }
      var end = i + 2
      while end < s.count, ("0"..."9").contains(s[end]) { end += 1 }
      let part = s[n..<i]
      let power = string(s[(i + 2)..<end])
      let powerCount = end - i - 2
      let lowerAdd = string(part) + spaces(powerCount - 1)
      let upperAdd = spaces(part.count - 1) + power
      let (lowerAddCount, upperAddCount) = (
        part.count + Swift.max(powerCount - 1, 0), Swift.max(part.count - 1, 0) + powerCount
      )
      if lowerCount + lowerAddCount > wrap || upperCount + upperAddCount > wrap {
        output += upper + "\n" + lower + "\n "
        (upper, lower, upperCount, lowerCount) = (upperAdd, lowerAdd, upperAddCount, lowerAddCount)
      } else {
        upper += upperAdd
        lower += lowerAdd
        upperCount += upperAddCount
        lowerCount += lowerAddCount
      }
      n = end
      i = end
    }
    return output + upper + "\n" + lower + string(s[n...])
  }

  // MARK: - the class

  static let pyType = BuiltinTypes.make(
    "poly1d", [BuiltinTypes.object], module: "numpy",
    methods: [
      .one("__repr__", "poly1d") { (rt, v) throws(PyError) in
        let r = Array(try rt.repr(.object(try self_(v).coeffs)))
        return .str("poly1d(" + String(r.dropFirst(6).dropLast(1)) + ")")
      },
      .one("__str__", "poly1d") { (rt, v) throws(PyError) in .str(try self_(v).text(rt)) },
      .one("__len__", "poly1d") { (_, v) throws(PyError) in .int(try self_(v).order) },
      .one("__iter__", "poly1d") { (rt, v) throws(PyError) in .object(try rt.iterate(.object(try self_(v).coeffs))) },
      .two("__call__", "poly1d") { (rt, v, x) throws(PyError) in
        try NumPyPolynomials.evaluate(rt, .object(try self_(v).coeffs), x)
      },
      .one("__neg__", "poly1d") { (rt, v) throws(PyError) in
        try wrap(rt, try rt.unary(.neg, .object(try self_(v).coeffs)))
      },
      .one("__pos__", "poly1d") { (_, v) throws(PyError) in v },
      scaling("__mul__", .mul, reflected: false), scaling("__rmul__", .mul, reflected: true),
      combining("__add__", "polyadd", .add, reflected: false), combining("__radd__", "polyadd", .add, reflected: true),
      combining("__sub__", "polysub", .sub, reflected: false), combining("__rsub__", "polysub", .sub, reflected: true),
      scaling("__truediv__", .truediv, reflected: false), scaling("__rtruediv__", .truediv, reflected: true),
      .two("__pow__", "poly1d") { (rt, v, k) throws(PyError) in
        let p = try self_(v)
        let whole = try? rt.toInt(k)
        guard isScalar(rt, k), let whole, try rt.equals(whole, k), try !rt.compareBool(.lt, k, .int(0)) else {
          throw PyError("ValueError", "Power to non-negative integers only.")
        }
        var result: Value = .list([.int(1)])
        for _ in 0..<(try rt.index(k)) { result = try rt.call(function("polymul"), [.object(p.coeffs), result]) }
        return try wrap(rt, result)
      },
      .two("__eq__", "poly1d") { (rt, v, w) throws(PyError) in
        guard let other = of(w) else { return rt.notImplemented }
        let p = try self_(v)
        guard p.coeffs.shape == other.coeffs.shape else { return .bool(false) }
        return try rt.call(
          try rt.getAttribute(try rt.compare(.eq, .object(p.coeffs), .object(other.coeffs)), "all"), [])
      },
      .two("__ne__", "poly1d") { (rt, v, w) throws(PyError) in
        guard let other = of(w) else { return rt.notImplemented }
        let p = try self_(v)
        guard p.coeffs.shape == other.coeffs.shape else { return .bool(true) }
        let equal = try rt.compare(.eq, .object(p.coeffs), .object(other.coeffs))
        return .bool(!(try rt.truthy(try rt.call(try rt.getAttribute(equal, "all"), []))))
      },
      .two("__getitem__", "poly1d") { (rt, v, key) throws(PyError) in
        let p = try self_(v)
        let power = try rt.index(key)
        guard power >= 0, power <= p.order else {
          return NDArray(ints: [0], shape: [1]).astype(p.coeffs.dtype).scalar(at: 0)
        }
        return try rt.getItem(.object(p.coeffs), .int(p.order - power))
      },
      .general("__setitem__", "poly1d") { (rt, a) throws(PyError) in
        guard a.positional.count == 3, a.keywords.isEmpty else {
          throw PyError("TypeError", "expected 2 arguments, got \(Swift.max(a.positional.count - 1, 0))")
        }
        let p = try self_(a.positional[0])
        let power = try rt.index(a.positional[1])
        guard power >= 0 else { throw PyError("ValueError", "Does not support negative powers.") }
        if power > p.order {
          let zeros = NDArray(ints: [Int](repeating: 0, count: power - p.order), shape: [power - p.order])
          let joined = try NumPyFunctions.lift { () throws(TensorError) in
            try Tensor.concatenate([zeros.tensor, p.coeffs.tensor], axis: 0)
          }
          p.coeffs = NDArray.from(joined).astype(p.coeffs.dtype)
        }
        try rt.setItem(.object(p.coeffs), .int(p.order - power), a.positional[2])
        return .none
      },
      .general("deriv", "poly1d") { (rt, a) throws(PyError) in
        let b = try a.bind("deriv", ["self", "m"], required: 1)
        let p = try self_(b[0] ?? .none)
        return try wrap(rt, try rt.call(function("polyder"), [.object(p.coeffs), b[1] ?? .int(1)]))
      },
      .general("integ", "poly1d") { (rt, a) throws(PyError) in
        let b = try a.bind("integ", ["self", "m", "k"], required: 1)
        let p = try self_(b[0] ?? .none)
        return try wrap(
          rt, try rt.call(function("polyint"), [.object(p.coeffs), b[1] ?? .int(1), b[2] ?? .int(0)]))
      },
    ],
    attributes: properties)

  /// `coeffs` and its aliases (settable only to the same array, so `p.coeffs *= 2` works), `variable`,
  /// `order`/`o`, `roots`/`r`; `__hash__` is None (`hash(p)` is refused in `Runtime.hash`).
  static var properties: [String: Value] {
    var out: [String: Value] = ["__hash__": .none]
    let coeffs = Value.object(
      PyProperty(
        getter: .object(PyBuiltin.one("coeffs", "poly1d") { (_, v) throws(PyError) in .object(try self_(v).coeffs) }),
        setter: .object(
          PyBuiltin.two("coeffs", "poly1d") { (_, v, w) throws(PyError) in
            guard case .object(let o) = w, o === (try self_(v).coeffs) else {
              throw PyError("AttributeError", "Cannot set attribute")
            }
            return .none
          })))
    for name in ["coeffs", "c", "coef", "coefficients"] { out[name] = coeffs }
    let order = getter("order") { (_, p) throws(PyError) in .int(p.order) }
    let roots = getter("roots") { (_, p) throws(PyError) in try ComplexFunctions.roots(p.coeffs) }
    out["order"] = order
    out["o"] = order
    out["roots"] = roots
    out["r"] = roots
    out["variable"] = getter("variable") { (_, p) throws(PyError) in .str(p.variable) }
    return out
  }

  private static func getter(_ name: String, _ get: @escaping (Runtime, Poly1D) throws(PyError) -> Value) -> Value {
    .object(
      PyProperty(
        getter: .object(PyBuiltin.one(name, "poly1d") { (rt, v) throws(PyError) in try get(rt, try self_(v)) }))
    )
  }

  /// `__mul__`/`__truediv__` and their reflections, as NumPy's `poly1d` defines them.
  ///
  /// A scalar scales the coefficients; anything else is made a poly1d and multiplied (`polymul`) or divided
  /// (`polydiv`, a quotient and remainder). An array or NumPy scalar on the left gets there first in NumPy and
  /// takes the coefficients as an array.
  private static func scaling(_ name: String, _ op: BinaryOperator, reflected: Bool) -> PyBuiltin {
    .two(name, "poly1d") { (rt, v, other) throws(PyError) in
      let p = try self_(v)
      if reflected && goesFirst(rt, other) { return try rt.binary(op, other, .object(p.coeffs)) }
      if isScalar(rt, other) {
        let scaled =
          reflected ? try rt.binary(op, other, .object(p.coeffs)) : try rt.binary(op, .object(p.coeffs), other)
        return try wrap(rt, scaled)
      }
      let q = try make(rt, other)
      if op == .mul { return try wrap(rt, try rt.call(function("polymul"), [.object(p.coeffs), .object(q.coeffs)])) }
      let (u, w) = reflected ? (q, p) : (p, q)
      return try rt.call(function("polydiv"), [.object(u), .object(w)])
    }
  }

  /// `__add__`/`__sub__` and their reflections: the other made a poly1d, then `polyadd`/`polysub`.
  private static func combining(_ name: String, _ function: String, _ op: BinaryOperator, reflected: Bool)
    -> PyBuiltin
  {
    .two(name, "poly1d") { (rt, v, other) throws(PyError) in
      let p = try self_(v)
      if reflected && goesFirst(rt, other) { return try rt.binary(op, other, .object(p.coeffs)) }
      let q = try make(rt, other)
      let (x, y) = reflected ? (q, p) : (p, q)
      return try wrap(rt, try rt.call(Poly1D.function(function), [.object(x.coeffs), .object(y.coeffs)]))
    }
  }
}
