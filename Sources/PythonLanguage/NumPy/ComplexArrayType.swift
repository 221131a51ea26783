import TensorModule

/// The methods and attributes of complex128 arrays. The class is named `ndarray` and derives from the real
/// arrays' (so `isinstance(z, np.ndarray)` holds); every ndarray method it does not define here is a named
/// `NotImplementedError`, never the real arrays' method run on the wrong data.
extension ComplexArrays {
  static func array(_ v: Value) throws(PyError) -> NDComplexArray {
    guard let z = of(v) else { throw PyError("TypeError", "expected a complex128 numpy.ndarray") }
    return z
  }

  static let type: PyType = {
    let t = BuiltinTypes.make(
      "ndarray", [NumPyTypes.ndarray], layout: .other, module: "numpy", methods: methods,
      attributes: Dictionary(uniqueKeysWithValues: attributes))
    let own = Set(methods.map(\.name) + attributes.map(\.0))
    for (name, value) in NumPyTypes.ndarray.dict where !own.contains(name) {
      let stub = PyBuiltin.general(name, "ndarray") { (_, _) throws(PyError) in throw unsupported("ndarray.\(name)") }
      let isProperty: Bool
      if case .object(let o) = value, o is PyProperty { isProperty = true } else { isProperty = false }
      t.set(name, isProperty ? .object(PyProperty(getter: .object(stub))) : .object(stub))
    }
    return t
  }()

  static func property(_ name: String, _ get: @escaping (NDComplexArray) -> Value) -> (String, Value) {
    (
      name,
      .object(
        PyProperty(getter: .object(PyBuiltin.one(name, "ndarray") { (_, v) throws(PyError) in get(try array(v)) })))
    )
  }

  nonisolated(unsafe) static let attributes: [(String, Value)] = [
    property("shape") { .tuple($0.shape.map { .int($0) }) },
    property("ndim") { .int($0.ndim) },
    property("size") { .int($0.count) },
    property("dtype") { _ in .object(PyDTypeObject(complex: ())) },
    property("itemsize") { _ in .int(16) },
    property("nbytes") { .int(16 * $0.count) },
    property("strides") { z in .tuple(NDArray.contiguousStrides(z.shape).map { .int(16 * $0) }) },
    property("T") { z in .object(selected(z, z.positions.reversedAxes())) },
    property("real") { z in part(z, z.realParts) },
    property("imag") { z in part(z, z.imagParts) },
  ]

  static let methods: [PyBuiltin] = [
    .one("__repr__", "ndarray") { (rt, v) throws(PyError) in
      let z = try array(v)
      return .str(Printing.repr(complexPairs: z.pairs, shape: z.shape, rt.printOptions))
    },
    .one("__str__", "ndarray") { (rt, v) throws(PyError) in
      let z = try array(v)
      if z.ndim == 0 { return .str(Complex.repr(z.pairs[0], z.pairs[1])) }
      return .str(Printing.str(complexPairs: z.pairs, shape: z.shape, rt.printOptions))
    },
    .one("__len__", "ndarray") { (_, v) throws(PyError) in
      let z = try array(v)
      guard let n = z.shape.first else { throw PyError("TypeError", "len() of unsized object") }
      return .int(n)
    },
    .one("__iter__", "ndarray") { (rt, v) throws(PyError) in
      let z = try array(v)
      guard let n = z.shape.first else { throw PyError("TypeError", "iteration over a 0-d array") }
      var items: [Value] = []
      for i in 0..<n { items.append(try item(z, .int(i), rt: rt)) }
      return .object(ArrayIterator(items))
    },
    .two("__getitem__", "ndarray") { (rt, v, key) throws(PyError) in try item(try array(v), key, rt: rt) },
    .general("__setitem__", "ndarray") { (rt, a) throws(PyError) in
      guard a.positional.count == 3 else { throw PyError("TypeError", "__setitem__ expected 2 arguments") }
      try assign(try array(a.positional[0]), a.positional[1], a.positional[2], rt: rt)
      return .none
    },
    .two("fill", "ndarray") { (rt, v, x) throws(PyError) in
      let z = try array(v)
      try assign(z, rt.ellipsis, x, rt: rt)
      return .none
    },
    .one("__bool__", "ndarray") { (rt, v) throws(PyError) in
      let z = try array(v)
      guard z.count == 1 else {
        throw PyError(
          "ValueError",
          "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
      }
      return .bool(z.pairs[0] != 0 || z.pairs[1] != 0)
    },
    // NumPy's `x in z`: `(z == x).any()`.
    .two("__contains__", "ndarray") { (rt, v, x) throws(PyError) in
      guard let equal = try ComplexArithmetic.compare(.eq, v, x, rt: rt) else { return .bool(false) }
      if case .object(let o) = equal, o.tag == .ndarray {
        return .bool(unsafeDowncast(o, to: NDArray.self).bools.contains(true))
      }
      return .bool(try rt.truthy(equal))
    },
    .one("__abs__", "ndarray") { (_, v) throws(PyError) in absolute(try array(v)) },
    .one("conj", "ndarray") { (_, v) throws(PyError) in conjugate(try array(v)) },
    .one("conjugate", "ndarray") { (_, v) throws(PyError) in conjugate(try array(v)) },
    .one("copy", "ndarray") { (_, v) throws(PyError) in
      let z = try array(v)
      return .object(NDComplexArray(pairs: z.pairs, shape: z.shape))
    },
    .one("tolist", "ndarray") { (_, v) throws(PyError) in tolist(try array(v)) },
    .general("item", "ndarray") { (rt, a) throws(PyError) in
      let z = try array(a.positional.first ?? .none)
      let rest = Array(a.positional.dropFirst())
      if rest.isEmpty {
        guard z.count == 1 else {
          throw PyError("ValueError", "can only convert an array of size 1 to a Python scalar")
        }
        return Complex.make(z.element(0))
      }
      let k = try rt.callMethod(.object(z.positions), "item", rest)
      guard case .int(let p) = k else { throw unsupported("item with these arguments") }
      return Complex.make(z.element(p))
    },
    shapeMethod("reshape"), shapeMethod("ravel"), shapeMethod("flatten"), shapeMethod("transpose"),
    shapeMethod("squeeze"), shapeMethod("swapaxes"),
    .general("sum", "ndarray") { (_, a) throws(PyError) in
      let z = try array(a.positional.first ?? .none)
      try onlyWholeArray("sum", a)
      return scalar(sum(z))
    },
    .general("mean", "ndarray") { (_, a) throws(PyError) in
      let z = try array(a.positional.first ?? .none)
      try onlyWholeArray("mean", a)
      return scalar(mean(z))
    },
    .general("round", "ndarray") { (rt, a) throws(PyError) in
      let z = try array(a.positional.first ?? .none)
      let p = try Arguments(Array(a.positional.dropFirst()), a.keywords).bind(
        "round", ["decimals", "out"], required: 0)
      if let out = p[1], !out.isNone { throw unsupported("ndarray.round(out=)") }
      return try ComplexFunctions.round(z, p[0] ?? .int(0), rt: rt)
    },
    .two("dot", "ndarray") { (rt, v, other) throws(PyError) in try ComplexFunctions.dot(v, other, rt: rt) },
    .two("astype", "ndarray") { (rt, v, d) throws(PyError) in try astype(try array(v), d, rt: rt) },
  ]

  /// `z.real`/`z.imag`: NumPy's views are copies here, so `z` takes no writes while one lives.
  static func part(_ z: NDComplexArray, _ values: [Double]) -> Value {
    let a = NDArray(doubles: values, shape: z.shape)
    a.writeBlock = .complexPart
    z.root.views.append(WeakObject(a))
    return .object(a)
  }

  /// A reshaping method of the real arrays, run on the positions with the caller's arguments.
  static func shapeMethod(_ name: String) -> PyBuiltin {
    .general(name, "ndarray") { (rt, a) throws(PyError) in
      let z = try array(a.positional.first ?? .none)
      return try reshaped(z, rt: rt) { (positions) throws(PyError) in
        let method = try rt.getAttribute(positions, name)
        return try rt.call(method, Array(a.positional.dropFirst()), a.keywords)
      }
    }
  }

  /// `sum`/`mean` of complex arrays take the whole array only.
  static func onlyWholeArray(_ name: String, _ a: Arguments) throws(PyError) {
    let extra = a.positional.dropFirst().contains { !$0.isNone } || a.keywords.contains { !$0.1.isNone }
    if extra { throw unsupported("\(name) with axis, dtype, out or keepdims") }
  }

  static func conjugate(_ z: NDComplexArray) -> Value {
    ComplexArithmetic.wrap(ComplexArithmetic.map(z) { ($0.re, -$0.im) })
  }

  /// `np.abs` of a complex array: float64 magnitudes (NumPy's vector formula); of a 0-d array, a scalar.
  static func absolute(_ z: NDComplexArray) -> Value {
    let r = NDArray(doubles: (0..<z.count).map { ComplexArithmetic.arrayAbs(z.element($0)) }, shape: z.shape)
    return ArrayArithmetic.wrap(r)
  }

  /// Nested lists of Python complex numbers (a 0-d array gives the number).
  static func tolist(_ z: NDComplexArray) -> Value {
    if z.ndim == 0 { return Complex.make(z.element(0)) }
    let strides = NDArray.contiguousStrides(z.shape)
    func level(_ axis: Int, _ start: Int) -> Value {
      if axis == z.ndim { return Complex.make(z.element(start)) }
      return .list((0..<z.shape[axis]).map { level(axis + 1, start + $0 * strides[axis]) })
    }
    return level(0, 0)
  }

  /// NumPy's pairwise sum of the interleaved parts (eight accumulators over blocks of 64 pairs), added to +0.
  static func sum(_ z: NDComplexArray) -> Complex.C {
    z.pairs.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return (0, 0) }
      let (re, im) = pairwise(base, buffer.count)
      return (0.0 + re, 0.0 + im)
    }
  }

  /// `sum / n` as NumPy computes it: a complex division by `n + 0j`.
  static func mean(_ z: NDComplexArray) -> Complex.C {
    ComplexArithmetic.quotient(sum(z), (Double(z.count), 0))
  }

  /// NumPy's `CDOUBLE_pairwise_sum` over `n` doubles (`n/2` pairs).
  static func pairwise(_ p: UnsafePointer<Double>, _ n: Int) -> Complex.C {
    if n < 8 {
      var (re, im) = (-0.0, -0.0)
      var i = 0
      while i < n {
        re += p[i]
        im += p[i + 1]
        i += 2
      }
      return (re, im)
    }
    if n <= 128 {
      var r = (p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7])
      var i = 8
      while i < n - n % 8 {
        r.0 += p[i]
        r.1 += p[i + 1]
        r.2 += p[i + 2]
        r.3 += p[i + 3]
        r.4 += p[i + 4]
        r.5 += p[i + 5]
        r.6 += p[i + 6]
        r.7 += p[i + 7]
        i += 8
      }
      var re = (r.0 + r.2) + (r.4 + r.6)
      var im = (r.1 + r.3) + (r.5 + r.7)
      while i < n {
        re += p[i]
        im += p[i + 1]
        i += 2
      }
      return (re, im)
    }
    var half = n / 2
    half -= half % 8
    let a = pairwise(p, half)
    let b = pairwise(p + half, n - half)
    return (a.re + b.re, a.im + b.im)
  }
}
