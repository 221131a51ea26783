/// Python's `operator`: the operators as functions (read from the one operator table), and the
/// `itemgetter`/`attrgetter`/`methodcaller` objects `sorted(key=…)` uses.
enum OperatorModule {
  static let itemGetterType = getterType("itemgetter") { (rt, g, obj) throws(PyError) in
    if g.parts.count == 1 { return try rt.getItem(obj, g.parts[0]) }
    var out: [Value] = []
    for k in g.parts { out.append(try rt.getItem(obj, k)) }
    return .tuple(out)
  }

  static let attrGetterType = getterType("attrgetter") { (rt, g, obj) throws(PyError) in
    func resolve(_ dotted: Value) throws(PyError) -> Value {
      var v = obj
      for part in try rt.string(dotted, "attribute name").split(separator: ".") {
        v = try rt.getAttribute(v, String(part))
      }
      return v
    }
    if g.parts.count == 1 { return try resolve(g.parts[0]) }
    var out: [Value] = []
    for k in g.parts { out.append(try resolve(k)) }
    return .tuple(out)
  }

  static let methodCallerType = getterType("methodcaller") { (rt, g, obj) throws(PyError) in
    guard let name = g.parts.first else { return .none }
    let method = try rt.getAttribute(obj, try rt.string(name, "method name"))
    return try rt.call(method, Array(g.parts.dropFirst()), g.keywords)
  }

  /// A callable type whose instances hold their arguments; `repr` is `operator.name(args…)` as CPython's.
  private static func getterType(
    _ name: String, _ apply: @escaping @Sendable (Runtime, Getter, Value) throws(PyError) -> Value
  ) -> PyType {
    BuiltinTypes.make(
      name, [BuiltinTypes.object], module: "operator",
      methods: [
        .general("__call__", name) { (rt, a) throws(PyError) in
          guard case .object(let o)? = a.positional.first, let g = o as? Getter else { return .none }
          guard a.positional.count == 2, a.keywords.isEmpty else {
            throw PyError("TypeError", "\(name) expected 1 argument, got \(a.positional.count - 1)")
          }
          return try apply(rt, g, a.positional[1])
        },
        .one("__repr__", name) { (rt, s) throws(PyError) in
          guard case .object(let o) = s, let g = o as? Getter else { return .none }
          var parts: [String] = []
          for p in g.parts { parts.append(try rt.repr(p)) }
          for (k, v) in g.keywords { parts.append("\(k)=\(try rt.repr(v))") }
          return .str("operator.\(name)(\(parts.joined(separator: ", ")))")
        },
      ])
  }

  /// `x is b or x == b`, as CPython's sequence searches test.
  private static func sameItem(_ rt: Runtime, _ x: Value, _ b: Value) throws(PyError) -> Bool {
    if x.isIdentical(to: b) { return true }
    return try rt.equals(x, b)
  }

  static func make() -> PyModule {
    var functions: [PyBuiltin] = []
    for op in BinaryOperator.allCases {
      let name = op.stem == "and" || op.stem == "or" ? op.stem + "_" : op.stem
      functions.append(.two(name, "operator") { (rt, a, b) throws(PyError) in try rt.binary(op, a, b) })
      functions.append(
        .two("i" + op.stem, "operator") { (rt, a, b) throws(PyError) in try rt.inPlace(op, a, b) })
    }
    let comparisons: [(String, CompareOperator)] = [
      ("lt", .lt), ("le", .le), ("eq", .eq), ("ne", .ne), ("gt", .gt), ("ge", .ge),
    ]
    for (name, op) in comparisons {
      functions.append(.two(name, "operator") { (rt, a, b) throws(PyError) in try rt.compare(op, a, b) })
    }
    let unary: [(String, UnaryOperator)] = [("neg", .neg), ("pos", .pos), ("invert", .invert), ("inv", .invert)]
    for (name, op) in unary {
      functions.append(.one(name, "operator") { (rt, a) throws(PyError) in try rt.unary(op, a) })
    }
    functions += [
      .one("not_", "operator") { (rt, a) throws(PyError) in .bool(!(try rt.truthy(a))) },
      .one("truth", "operator") { (rt, a) throws(PyError) in .bool(try rt.truthy(a)) },
      .two("is_", "operator") { (_, a, b) throws(PyError) in .bool(a.isIdentical(to: b)) },
      .two("is_not", "operator") { (_, a, b) throws(PyError) in .bool(!a.isIdentical(to: b)) },
      .two("contains", "operator") { (rt, a, b) throws(PyError) in .bool(try rt.contains(a, b)) },
      .two("getitem", "operator") { (rt, a, b) throws(PyError) in try rt.getItem(a, b) },
      .general("setitem", "operator") { (rt, a) throws(PyError) in
        let p = try a.bind("setitem", ["a", "b", "c"], required: 3)
        try rt.setItem(p[0] ?? .none, p[1] ?? .none, p[2] ?? .none)
        return .none
      },
      .two("delitem", "operator") { (rt, a, b) throws(PyError) in
        try rt.deleteItem(a, b)
        return .none
      },
      .two("concat", "operator") { (rt, a, b) throws(PyError) in
        guard rt.isIterable(a), case .object(let o) = a, o.tag != .dict, o.tag != .set else {
          throw PyError("TypeError", "'\(rt.typeName(a))' object can't be concatenated")
        }
        return try rt.binary(.add, a, b)
      },
      .two("countOf", "operator") { (rt, a, b) throws(PyError) in
        var n = 0
        try rt.forEach(a) { (x) throws(PyError) in
          if try sameItem(rt, x, b) { n += 1 }
          return true
        }
        return .int(n)
      },
      .two("indexOf", "operator") { (rt, a, b) throws(PyError) in
        var k = 0
        var found: Int?
        try rt.forEach(a) { (x) throws(PyError) in
          if try sameItem(rt, x, b) {
            found = k
            return false
          }
          k += 1
          return true
        }
        guard let found else { throw PyError("ValueError", "sequence.index(x): x not in sequence") }
        return .int(found)
      },
      .one("index", "operator") { (rt, a) throws(PyError) in .int(try rt.index(a)) },
      .one("abs", "operator") { (rt, a) throws(PyError) in
        try rt.call(rt.builtins["abs"] ?? .none, [a])
      },
      .general("itemgetter", "operator") { (_, a) throws(PyError) in
        guard !a.positional.isEmpty else { throw PyError("TypeError", "itemgetter expected 1 argument, got 0") }
        return .object(Getter(itemGetterType, a.positional, []))
      },
      .general("attrgetter", "operator") { (rt, a) throws(PyError) in
        guard !a.positional.isEmpty else { throw PyError("TypeError", "attrgetter expected 1 argument, got 0") }
        for p in a.positional {
          guard case .object(let o) = p, o.tag == .str else {
            throw PyError("TypeError", "attribute name must be a string")
          }
        }
        _ = rt
        return .object(Getter(attrGetterType, a.positional, []))
      },
      .general("methodcaller", "operator") { (_, a) throws(PyError) in
        guard case .object(let o)? = a.positional.first, o.tag == .str else {
          throw PyError("TypeError", "method name must be a string")
        }
        return .object(Getter(methodCallerType, a.positional, a.keywords))
      },
    ]
    return .make("operator", functions: functions)
  }
}

/// An `itemgetter`, `attrgetter` or `methodcaller`: the arguments it was made with.
final class Getter: PyObject {
  let getterType: PyType
  let parts: [Value]
  let keywords: [(String, Value)]

  init(_ type: PyType, _ parts: [Value], _ keywords: [(String, Value)]) {
    getterType = type
    self.parts = parts
    self.keywords = keywords
    super.init(tag: .other)
  }

  override var type: PyType { getterType }
}
