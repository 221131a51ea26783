import TensorModule

/// A binary `np.ufunc` (`np.add`, `np.maximum`, …): callable as the function it wraps, with NumPy's `reduce`,
/// `accumulate` and `outer`.
///
/// Where NumPy's reduction of a ufunc is a named function (`add.reduce` is `sum`, pairwise for floats;
/// `maximum.accumulate` folds exactly), that function does the work, so both spellings print the same numbers.
final class NumPyUfunc: PyObject {
  let name: String
  let function: Value
  /// `np.sum`, `np.cumsum`… for the ufuncs that have one.
  let reduction: Value?
  let accumulation: Value?
  let stack: Value

  init(name: String, function: Value, reduction: Value?, accumulation: Value?, stack: Value) {
    self.name = name
    self.function = function
    self.reduction = reduction
    self.accumulation = accumulation
    self.stack = stack
    super.init(tag: .other)
  }

  override var type: PyType { NumPyUfunc.ufuncType }

  static func of(_ v: Value) throws(PyError) -> NumPyUfunc {
    guard case .object(let o) = v, let u = o as? NumPyUfunc else {
      throw PyError("TypeError", "descriptor needs a numpy.ufunc")
    }
    return u
  }

  static let ufuncType = BuiltinTypes.make(
    "ufunc", [BuiltinTypes.object], module: "numpy",
    methods: [
      .general("__call__", "ufunc") { (rt, a) throws(PyError) in
        let u = try of(a.positional.first ?? .none)
        return try rt.call(u.function, Array(a.positional.dropFirst()), a.keywords)
      },
      .one("__repr__", "ufunc") { (_, v) throws(PyError) in .str("<ufunc '\(try of(v).name)'>") },
      .general("reduce", "ufunc") { (rt, a) throws(PyError) in
        let u = try of(a.positional.first ?? .none)
        let p = try Arguments(Array(a.positional.dropFirst()), a.keywords).bind(
          "reduce", ["array", "axis", "dtype", "out", "keepdims", "initial", "where"], required: 1)
        try NumPyFunctions.unsupported(
          "\(u.name).reduce", ["dtype", "out", "initial", "where"], [p[2], p[3], p[5], p[6]])
        return try u.reduce(rt, try rt.array(p[0] ?? .none), axis: p[1] ?? .int(0), keepdims: p[4])
      },
      .general("accumulate", "ufunc") { (rt, a) throws(PyError) in
        let u = try of(a.positional.first ?? .none)
        let p = try Arguments(Array(a.positional.dropFirst()), a.keywords).bind(
          "accumulate", ["array", "axis", "dtype", "out"], required: 1)
        try NumPyFunctions.unsupported("\(u.name).accumulate", ["dtype", "out"], [p[2], p[3]])
        return try u.accumulate(
          rt, try rt.array(p[0] ?? .none), axis: try p[1].map { (v) throws(PyError) in try rt.index(v) } ?? 0)
      },
      .general("outer", "ufunc") { (rt, a) throws(PyError) in
        let u = try of(a.positional.first ?? .none)
        let p = try Arguments(Array(a.positional.dropFirst()), a.keywords).bind("outer", ["A", "B"], required: 2)
        let x = try rt.array(p[0] ?? .none)
        let y = try rt.array(p[1] ?? .none)
        let column = x.isContiguous ? x : x.copy()
        let expanded = column.view(
          shape: x.shape + [Int](repeating: 1, count: y.ndim),
          strides: NDArray.contiguousStrides(x.shape + [Int](repeating: 1, count: y.ndim)), offset: column.offset)
        return try rt.call(u.function, [.object(expanded), .object(y)])
      },
    ],
    attributes: [
      "__name__": .object(
        PyProperty(
          getter: .object(PyBuiltin.one("__name__", "ufunc") { (_, v) throws(PyError) in .str(try of(v).name) }))),
      "nin": .int(2), "nout": .int(1),
    ])

  /// `ufunc.reduce(a, axis=0)`: the named reduction where there is one, else a left fold over the axis.
  func reduce(_ rt: Runtime, _ x: NDArray, axis: Value, keepdims: Value?) throws(PyError) -> Value {
    if let reduction {
      var keywords: [(String, Value)] = [("axis", axis)]
      if let keepdims { keywords.append(("keepdims", keepdims)) }
      return try rt.call(reduction, [.object(x)], keywords)
    }
    if let k = keepdims, try rt.truthy(k) {
      throw PyError("NotImplementedError", "\(name).reduce(keepdims=True) is not in Tessel yet")
    }
    var source = x
    if axis.isNone {
      let c = x.copy()
      source = NDArray(storage: c.storage, dtype: c.dtype, shape: [c.count], strides: [1], offset: 0, base: nil)
    }
    let a = try moved(source, axis: axis.isNone ? 0 : try rt.index(axis))
    guard a.shape[0] > 0 else {
      throw PyError("ValueError", "zero-size array to reduction operation \(name) which has no identity")
    }
    var result = try a.get(.int(0), rt: rt)
    for i in 1..<a.shape[0] { result = try rt.call(function, [result, try a.get(.int(i), rt: rt)]) }
    return result
  }

  /// `ufunc.accumulate(a, axis=0)`: the named running reduction where there is one, else the fold's prefixes.
  func accumulate(_ rt: Runtime, _ x: NDArray, axis: Int) throws(PyError) -> Value {
    if let accumulation { return try rt.call(accumulation, [.object(x)], [("axis", .int(axis))]) }
    let a = try moved(x, axis: axis)
    guard a.shape[0] > 0 else { return .object(x.copy()) }
    var running = try a.get(.int(0), rt: rt)
    var prefixes = [running]
    for i in 1..<a.shape[0] {
      running = try rt.call(function, [running, try a.get(.int(i), rt: rt)])
      prefixes.append(running)
    }
    return try rt.call(stack, [.list(prefixes)], [("axis", .int(axis < 0 ? axis + x.ndim : axis))])
  }

  /// `x` with `axis` moved to the front (a view).
  func moved(_ x: NDArray, axis: Int) throws(PyError) -> NDArray {
    guard x.ndim > 0 else { throw PyError("TypeError", "cannot \(name).reduce on a 0-d array") }
    let k = axis < 0 ? axis + x.ndim : axis
    guard k >= 0 && k < x.ndim else {
      throw PyError("AxisError", "axis \(axis) is out of bounds for array of dimension \(x.ndim)")
    }
    var order = Array(0..<x.ndim)
    order.remove(at: k)
    order.insert(k, at: 0)
    return x.view(shape: order.map { x.shape[$0] }, strides: order.map { x.strides[$0] }, offset: x.offset)
  }

  /// Wraps the module's binary ufunc functions, with `sum`/`prod`/`max`/`min`/`all`/`any` as their reductions.
  static func install(in attributes: inout [String: Value]) {
    let named: [String: (String?, String?)] = [
      "add": ("sum", "cumsum"), "multiply": ("prod", "cumprod"), "maximum": ("max", nil), "minimum": ("min", nil),
      "logical_and": ("all", nil), "logical_or": ("any", nil),
    ]
    let binary =
      NumPyUfuncs.operators.map(\.0) + NumPyUfuncs.comparisons.map(\.0) + NumPyUfuncs.floatKernels.map(\.0) + [
        "maximum", "minimum", "fmax", "fmin", "fmod", "logical_and", "logical_or", "logical_xor",
      ]
    guard let stack = attributes["stack"] else { return }
    for name in binary {
      guard let f = attributes[name] else { continue }
      let (r, c) = named[name] ?? (nil, nil)
      attributes[name] = .object(
        NumPyUfunc(
          name: name, function: f, reduction: r.flatMap { attributes[$0] }, accumulation: c.flatMap { attributes[$0] },
          stack: stack))
    }
    attributes["ufunc"] = .object(ufuncType)
  }
}
