import TensorModule

/// `np.set_printoptions`, `np.get_printoptions` and the `np.printoptions` context manager.
///
/// They set the session's `PrintOptions`: precision, threshold, edgeitems, linewidth, suppress and floatmode. The
/// options Tessel does not print with (`formatter`, `nanstr`, `infstr`, `sign='+'`/`' '`, `legacy`, `override_repr`) are named errors.
enum NumPyPrintOptions {
  static let parameters = [
    "precision", "threshold", "edgeitems", "linewidth", "suppress", "nanstr", "infstr", "formatter", "sign",
    "floatmode",
  ]

  /// The options after applying the given arguments (None leaves one as it is), checked as NumPy checks them.
  static func updated(_ rt: Runtime, _ a: Arguments, _ name: String) throws(PyError) -> PrintOptions {
    let p = try a.bind(name, parameters, keywordOnly: ["legacy", "override_repr"])
    func given(_ k: Int) -> Value? { p[k].flatMap { $0.isNone ? nil : $0 } }
    var o = rt.printOptions
    if let mode = given(9) {
      let text = rt.isString(mode) ? try rt.string(mode, "floatmode") : ""
      guard let m = PrintOptions.FloatMode(rawValue: text) else {
        throw PyError(
          "ValueError", "floatmode option must be one of \"fixed\", \"unique\", \"maxprec\", \"maxprec_equal\"")
      }
      o.floatMode = m
    }
    if let sign = given(8) {
      let text = rt.isString(sign) ? try rt.string(sign, "sign") : ""
      guard ["-", "+", " "].contains(text) else {
        throw PyError("ValueError", "sign option must be one of ' ', '+', or '-'")
      }
      if text != "-" { throw PyError("NotImplementedError", "set_printoptions(sign='\(text)') is not in Tessel yet") }
    }
    if let legacy = p[10], !legacy.isNone {
      if case .bool(false) = legacy {
      } else {
        throw PyError("NotImplementedError", "set_printoptions(legacy=...) is not in Tessel yet")
      }
    }
    for (k, option) in [(5, "nanstr"), (6, "infstr"), (7, "formatter")] {
      if given(k) != nil {
        throw PyError("NotImplementedError", "set_printoptions(\(option)=...) is not in Tessel yet")
      }
    }
    if given(11) != nil {
      throw PyError("NotImplementedError", "set_printoptions(override_repr=...) is not in Tessel yet")
    }
    if let t = given(1) {
      switch t {
      case .int, .i64, .bool: o.threshold = try rt.index(t)
      case .float(let d), .f64(let d):
        if d.isNaN {
          throw PyError(
            "ValueError", "threshold must be non-NAN, try sys.maxsize for untruncated representation")
        }
        o.threshold = d >= 0x1p63 ? Int.max : d < -0x1p63 ? Int.min : Int(d.rounded(.down))
      case .object(let obj) where obj.tag == .bigInt: o.threshold = Int.max
      default: throw PyError("TypeError", "threshold must be numeric")
      }
    }
    if let precision = given(0) {
      do throws(PyError) { o.precision = try rt.index(precision) } catch {
        throw PyError("TypeError", "precision must be an integer")
      }
      if o.precision < 0 { throw PyError("ValueError", "precision must be >= 0") }
    }
    if let e = given(2) {
      o.edgeItems = try rt.index(e)
      if o.edgeItems < 0 {
        throw PyError("NotImplementedError", "set_printoptions(edgeitems=<a negative number>) is not in Tessel yet")
      }
    }
    if let w = given(3) { o.lineWidth = try rt.index(w) }
    if let s = given(4) { o.suppress = try rt.truthy(s) }
    return o
  }

  /// `np.get_printoptions()`: NumPy 2.4's dict, in its key order.
  static func current(_ rt: Runtime) throws(PyError) -> Value {
    let o = rt.printOptions
    let d = PyDict()
    let entries: [(String, Value)] = [
      ("edgeitems", .int(o.edgeItems)), ("threshold", .int(o.threshold)), ("floatmode", .str(o.floatMode.rawValue)),
      ("precision", .int(o.precision)), ("suppress", .bool(o.suppress)), ("linewidth", .int(o.lineWidth)),
      ("nanstr", .str("nan")), ("infstr", .str("inf")), ("sign", .str("-")), ("formatter", .none),
      ("legacy", .bool(false)), ("override_repr", .none),
    ]
    for (k, v) in entries { try d.set(.str(k), v, rt: rt) }
    return .object(d)
  }

  /// What `np.printoptions(...)` returns: `with` sets the options and puts the previous ones back after.
  final class Context: PyObject {
    let options: PrintOptions
    var saved: [PrintOptions] = []

    init(_ options: PrintOptions) {
      self.options = options
      super.init(tag: .other)
    }

    override var type: PyType { NumPyPrintOptions.contextType }
  }

  static func context(_ v: Value) throws(PyError) -> Context {
    guard case .object(let o) = v, let c = o as? Context else {
      throw PyError("TypeError", "expected a printoptions context manager")
    }
    return c
  }

  static let contextType = BuiltinTypes.make(
    "_GeneratorContextManager", [BuiltinTypes.object], module: "contextlib",
    methods: [
      .one("__enter__", "_GeneratorContextManager") { (rt, v) throws(PyError) in
        let c = try context(v)
        c.saved.append(rt.printOptions)
        rt.printOptions = c.options
        return try current(rt)
      },
      .general("__exit__", "_GeneratorContextManager") { (rt, a) throws(PyError) in
        let c = try context(a.positional.first ?? .none)
        if let previous = c.saved.popLast() { rt.printOptions = previous }
        return .bool(false)
      },
    ])

  static let functions: [PyBuiltin] = [
    .general("set_printoptions", "numpy") { (rt, a) throws(PyError) in
      rt.printOptions = try updated(rt, a, "set_printoptions")
      return .none
    },
    .general("get_printoptions", "numpy") { (rt, a) throws(PyError) in
      _ = try a.bind("get_printoptions", [])
      return try current(rt)
    },
    .general("printoptions", "numpy") { (rt, a) throws(PyError) in
      .object(Context(try updated(rt, a, "printoptions")))
    },
  ]
}
