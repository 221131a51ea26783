import TensorModule

/// SciPy's `OptimizeResult`: a dict whose keys read as attributes, printed as SciPy's `_dict_formatter` prints it
/// (keys right-aligned, the usual ones first, arrays in ten-character scientific notation).
enum OptimizeResultType {
  static let type = BuiltinTypes.make(
    "OptimizeResult", [BuiltinTypes.dict], layout: .dict, module: "scipy.optimize._optimize",
    methods: [getattr, setattr, delattr, repr, dir])

  /// The keys SciPy prints first, in this order; the rest follow as inserted.
  static let order = [
    "message", "success", "status", "fun", "funl", "x", "xl", "col_ind", "nit", "lower", "upper", "eqlin",
    "ineqlin", "converged", "flag", "function_calls", "iterations", "root",
  ]
  static let omitted: Set<String> = ["slack", "con", "crossover_nit", "_order_keys"]

  static func make(_ rt: Runtime, _ items: [(String, Value)]) throws(PyError) -> Value {
    let d = PyDict()
    d.dictType = type
    for (k, v) in items { try d.set(.str(k), v, rt: rt) }
    return .object(d)
  }

  static let getattr = PyBuiltin.two("__getattr__", "OptimizeResult") { (rt, s, name) throws(PyError) in
    let d = try CollectionsModule.dict(s)
    if let v = try d.get(name, rt: rt) { return v }
    throw PyError("AttributeError", try rt.string(name, "name"))
  }

  static let setattr = PyBuiltin.general("__setattr__", "OptimizeResult") { (rt, a) throws(PyError) in
    guard a.positional.count == 3 else { throw PyError("TypeError", "expected 2 arguments") }
    try CollectionsModule.dict(a.positional[0]).set(a.positional[1], a.positional[2], rt: rt)
    return .none
  }

  static let delattr = PyBuiltin.two("__delattr__", "OptimizeResult") { (rt, s, name) throws(PyError) in
    let d = try CollectionsModule.dict(s)
    guard try d.remove(name, rt: rt) != nil else { throw try rt.keyError(name) }
    return .none
  }

  static let dir = PyBuiltin.one("__dir__", "OptimizeResult") { (rt, s) throws(PyError) in
    .list(Array(try CollectionsModule.dict(s).items.map(\.key)))
  }

  static let repr = PyBuiltin.one("__repr__", "OptimizeResult") { (rt, s) throws(PyError) in
    let d = try CollectionsModule.dict(s)
    if d.count == 0 { return .str("OptimizeResult()") }
    return .str(try format(rt, s, indent: 0, keyPadding: 1))
  }

  /// `_dict_formatter`: a dict as right-aligned `key: value` lines, anything else as `str` under SciPy's print
  /// options (line width 76 less the indent, 2 edge items, summarised past 12 elements).
  static func format(_ rt: Runtime, _ v: Value, indent: Int, keyPadding: Int) throws(PyError) -> String {
    guard case .object(let o) = v, o.tag == .dict else {
      let saved = rt.printOptions
      defer { rt.printOptions = saved }
      rt.printOptions.lineWidth = 76 - indent
      rt.printOptions.edgeItems = 2
      rt.printOptions.threshold = 12
      rt.printOptions.tenCharacterFloats = true
      return try rt.str(v)
    }
    let d = unsafeDowncast(o, to: PyDict.self)
    var entries: [(key: String, value: Value, rank: Int)] = []
    for (k, value) in d.items {
      let key = try rt.str(k)
      if omitted.contains(key) { continue }
      entries.append((key, value, order.firstIndex(of: key.lowercased()) ?? order.count))
    }
    let ordered = entries.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }
    let width = (try d.items.map { (k, _) throws(PyError) in try rt.str(k).count }.max() ?? 0) + keyPadding
    var lines: [String] = []
    for (_, e) in ordered {
      let body = try format(rt, e.value, indent: width + indent + 2, keyPadding: 0)
      let padded = String(repeating: " ", count: Swift.max(0, width - e.key.count)) + e.key
      lines.append(
        padded + ": " + body.replacingOccurrences(of: "\n", with: "\n" + String(repeating: " ", count: width + 2)))
    }
    return lines.joined(separator: "\n")
  }
}
