/// Python's `dataclasses`: `@dataclass` (with `frozen`, `order`, `eq`), `field`, `asdict`, `astuple`, `fields`,
/// `replace`.
enum DataclassesModule {
  static let fieldType = BuiltinTypes.make(
    "Field", [BuiltinTypes.object], module: "dataclasses",
    attributes: [
      "name": property("name") { .str($0.name) }, "type": property("type") { $0.annotation },
      "default": property("default") { $0.defaultValue }, "default_factory": property("default_factory") { $0.factory },
    ])

  static func property(_ name: String, _ get: @escaping (Field) -> Value) -> Value {
    .object(
      PyProperty(
        getter: .object(
          PyBuiltin.one(name, "Field") { (_, v) throws(PyError) in
            guard case .object(let o) = v, let f = o as? Field else { return .none }
            return get(f)
          })))
  }
  static let frozenError = BuiltinTypes.make(
    "FrozenInstanceError", [BuiltinTypes.exception(named: "AttributeError") ?? BuiltinTypes.exception],
    module: "dataclasses")
  /// Marks "no default" in a field.
  static let missing = PySingleton("MISSING", BuiltinTypes.object)

  /// One field: name, default or factory, and whether it takes part in `__init__`/`__repr__`/comparisons.
  final class Field: PyObject {
    var name = ""
    var annotation: Value = .none
    var defaultValue: Value
    var factory: Value
    var inInit = true
    var inRepr = true
    var compare = true
    init(defaultValue: Value, factory: Value) {
      self.defaultValue = defaultValue
      self.factory = factory
      super.init(tag: .other)
    }
    override var type: PyType { DataclassesModule.fieldType }
    var hasDefault: Bool { !defaultValue.isIdentical(to: .object(DataclassesModule.missing)) || !factory.isNone }
  }

  static func make() -> PyModule {
    let functions: [PyBuiltin] = [
      .general("dataclass", "dataclasses") { (rt, a) throws(PyError) in
        var options: [String: Bool] = ["eq": true, "order": false, "frozen": false, "repr": true, "init": true]
        for (k, v) in a.keywords { options[k] = try rt.truthy(v) }
        if let c = a.positional.first {
          return .object(try decorate(rt, try classValue(c), options))
        }
        return .object(
          PyBuiltin.one("wrap", "dataclasses") { (rt, c) throws(PyError) in
            .object(try decorate(rt, try classValue(c), options))
          })
      },
      .general("field", "dataclasses") { (rt, a) throws(PyError) in
        let p = try a.bind(
          "field", [],
          keywordOnly: ["default", "default_factory", "init", "repr", "compare", "hash", "metadata", "kw_only"])
        let f = Field(defaultValue: p[0] ?? .object(missing), factory: p[1] ?? .none)
        if let v = p[2] { f.inInit = try rt.truthy(v) }
        if let v = p[3] { f.inRepr = try rt.truthy(v) }
        if let v = p[4] { f.compare = try rt.truthy(v) }
        return .object(f)
      },
      .one("fields", "dataclasses") { (rt, v) throws(PyError) in
        .tuple(try fields(rt, v).map { .object($0) })
      },
      .one("asdict", "dataclasses") { (rt, v) throws(PyError) in try asDict(rt, v) },
      .one("astuple", "dataclasses") { (rt, v) throws(PyError) in
        .tuple(try fields(rt, v).map { (f) throws(PyError) in try rt.getAttribute(v, f.name) })
      },
      .one("is_dataclass", "dataclasses") { (rt, v) throws(PyError) in
        .bool(
          rt.typeOf(v).lookup("__dataclass_fields__") != nil
            || (try? classValue(v))?.lookup("__dataclass_fields__") != nil)
      },
      .general("replace", "dataclasses") { (rt, a) throws(PyError) in
        guard let v = a.positional.first else {
          throw PyError("TypeError", "replace() missing 1 required positional argument")
        }
        var keywords: [(String, Value)] = []
        for f in try fields(rt, v) where f.inInit {
          if let k = a.keywords.first(where: { $0.0 == f.name }) {
            keywords.append(k)
          } else {
            keywords.append((f.name, try rt.getAttribute(v, f.name)))
          }
        }
        return try rt.call(.object(rt.typeOf(v)), [], keywords)
      },
    ]
    return .make(
      "dataclasses", functions: functions,
      values: ["FrozenInstanceError": .object(frozenError), "MISSING": .object(missing), "Field": .object(fieldType)])
  }

  static func classValue(_ v: Value) throws(PyError) -> PyType {
    guard case .object(let o) = v, o.tag == .type else {
      throw PyError("TypeError", "dataclass() should be applied to a class")
    }
    return unsafeDowncast(o, to: PyType.self)
  }

  static func fields(_ rt: Runtime, _ v: Value) throws(PyError) -> [Field] {
    let t = (try? classValue(v)) ?? rt.typeOf(v)
    guard case .object(let o)? = t.lookup("__dataclass_fields__"), o.tag == .tuple else {
      throw PyError("TypeError", "must be called with a dataclass type or instance")
    }
    return unsafeDowncast(o, to: PyTuple.self).items.compactMap { v in
      if case .object(let f) = v { return f as? Field }
      return nil
    }
  }

  static func asDict(_ rt: Runtime, _ v: Value) throws(PyError) -> Value {
    if rt.typeOf(v).lookup("__dataclass_fields__") != nil {
      let d = PyDict()
      for f in try fields(rt, v) { try d.set(.str(f.name), try asDict(rt, try rt.getAttribute(v, f.name)), rt: rt) }
      return .object(d)
    }
    if case .object(let o) = v {
      switch o.tag {
      case .list:
        return .list(try unsafeDowncast(o, to: PyList.self).items.map { (x) throws(PyError) in try asDict(rt, x) })
      case .tuple:
        return .tuple(try unsafeDowncast(o, to: PyTuple.self).items.map { (x) throws(PyError) in try asDict(rt, x) })
      case .dict:
        let d = PyDict()
        for (k, x) in unsafeDowncast(o, to: PyDict.self).items { try d.set(k, try asDict(rt, x), rt: rt) }
        return .object(d)
      default: break
      }
    }
    return try rt.deepCopyLeaf(v)
  }

  /// Adds the generated methods to the class.
  static func decorate(_ rt: Runtime, _ cls: PyType, _ options: [String: Bool]) throws(PyError) -> PyType {
    var all: [Field] = []
    // Fields of dataclass bases come first.
    for base in cls.mro.dropFirst().reversed() {
      if case .object(let o)? = base.own("__dataclass_fields__"), o.tag == .tuple {
        for v in unsafeDowncast(o, to: PyTuple.self).items {
          if case .object(let f) = v, let field = f as? Field {
            all.removeAll { $0.name == field.name }
            all.append(field)
          }
        }
      }
    }
    if case .object(let ao)? = cls.own("__annotations__"), ao.tag == .dict {
      for (k, annotation) in unsafeDowncast(ao, to: PyDict.self).items {
        let name = try rt.string(k, "field name")
        let field: Field
        if case .object(let d)? = cls.own(name), let f = d as? Field {
          field = f
          if f.defaultValue.isIdentical(to: .object(missing)) {
            _ = cls.remove(name)
          } else {
            cls.set(name, f.defaultValue)
          }
        } else if let d = cls.own(name) {
          if case .object(let o) = d, o.tag == .list || o.tag == .dict || o.tag == .set {
            throw PyError(
              "ValueError",
              "mutable default \(rt.typeOf(d).displayName.replacingOccurrences(of: "builtins.", with: "")) for field \(name) is not allowed: use default_factory"
            )
          }
          field = Field(defaultValue: d, factory: .none)
        } else {
          field = Field(defaultValue: .object(missing), factory: .none)
        }
        field.name = name
        field.annotation = annotation
        all.removeAll { $0.name == name }
        all.append(field)
      }
    }
    var sawDefault = false
    for f in all where f.inInit {
      if f.hasDefault {
        sawDefault = true
      } else if sawDefault {
        throw PyError("TypeError", "non-default argument '\(f.name)' follows default argument")
      }
    }
    cls.set("__dataclass_fields__", .tuple(all.map { .object($0) }))
    let name = cls.name
    if options["init"] ?? true, cls.own("__init__") == nil {
      cls.set(
        "__init__",
        .object(
          PyBuiltin.general("__init__", name) { (rt, a) throws(PyError) in
            guard let selfValue = a.positional.first, case .object(let o) = selfValue, o.tag == .instance else {
              return .none
            }
            let inst = unsafeDowncast(o, to: PyInstance.self)
            let initFields = all.filter(\.inInit)
            let args = Array(a.positional.dropFirst())
            if args.count > initFields.count {
              let required = initFields.prefix { !$0.hasDefault }.count
              throw Runtime.tooManyPositional(
                "\(name).__init__", required: required + 1, total: initFields.count + 1, given: args.count + 1)
            }
            var bound = [Value?].filled(with: nil, count: initFields.count)
            for (k, v) in args.enumerated() { bound[k] = v }
            for (key, v) in a.keywords {
              guard let k = initFields.firstIndex(where: { $0.name == key }) else {
                throw PyError("TypeError", "\(name).__init__() got an unexpected keyword argument '\(key)'")
              }
              if bound[k] != nil {
                throw PyError("TypeError", "\(name).__init__() got multiple values for argument '\(key)'")
              }
              bound[k] = v
            }
            var missingNames: [String] = []
            for (k, f) in initFields.enumerated() where bound[k] == nil {
              if !f.factory.isNone {
                bound[k] = try rt.call(f.factory, [])
              } else if !f.defaultValue.isIdentical(to: .object(missing)) {
                bound[k] = f.defaultValue
              } else {
                missingNames.append(f.name)
              }
            }
            if !missingNames.isEmpty {
              throw Runtime.missingArguments("\(name).__init__", missingNames, kind: "positional")
            }
            for (k, f) in initFields.enumerated() { inst.setAttribute(f.name, bound[k] ?? .none) }
            for f in all where !f.inInit {
              if !f.factory.isNone {
                inst.setAttribute(f.name, try rt.call(f.factory, []))
              } else if !f.defaultValue.isIdentical(to: .object(missing)) {
                inst.setAttribute(f.name, f.defaultValue)
              }
            }
            if let post = inst.cls.lookup("__post_init__") { _ = try rt.call(post, selfValue) }
            return .none
          }))
    }
    if options["repr"] ?? true, cls.own("__repr__") == nil {
      cls.set(
        "__repr__",
        .object(
          PyBuiltin.one("__repr__", name) { (rt, s) throws(PyError) in
            var parts: [String] = []
            for f in all where f.inRepr { parts.append("\(f.name)=\(try rt.repr(try rt.getAttribute(s, f.name)))") }
            return .str("\(rt.typeOf(s).qualifiedName)(\(parts.joined(separator: ", ")))")
          }))
    }
    func values(_ rt: Runtime, _ v: Value) throws(PyError) -> Value {
      .tuple(try all.filter(\.compare).map { (f) throws(PyError) in try rt.getAttribute(v, f.name) })
    }
    if options["eq"] ?? true, cls.own("__eq__") == nil {
      cls.set(
        "__eq__",
        .object(
          PyBuiltin.two("__eq__", name) { (rt, a, b) throws(PyError) in
            guard rt.typeOf(a) === rt.typeOf(b) else { return rt.notImplemented }
            return .bool(try rt.equals(try values(rt, a), try values(rt, b)))
          }))
    }
    if options["order"] ?? false {
      for (method, op) in [("__lt__", CompareOperator.lt), ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge)] {
        cls.set(
          method,
          .object(
            PyBuiltin.two(method, name) { (rt, a, b) throws(PyError) in
              guard rt.typeOf(a) === rt.typeOf(b) else { return rt.notImplemented }
              return .bool(try rt.compareBool(op, try values(rt, a), try values(rt, b)))
            }))
      }
    }
    if options["frozen"] ?? false {
      cls.frozenDataclass = true
      cls.set(
        "__hash__",
        .object(PyBuiltin.one("__hash__", name) { (rt, s) throws(PyError) in .int(try rt.hash(try values(rt, s))) }))
    } else if options["eq"] ?? true, cls.own("__hash__") == nil || cls.own("__hash__")?.isNone == true {
      cls.set("__hash__", .none)
    }
    return cls
  }
}

extension Runtime {
  /// `asdict` copies leaves with `copy.deepcopy`.
  func deepCopyLeaf(_ v: Value) throws(PyError) -> Value {
    var memo: [ObjectIdentifier: Value] = [:]
    return try deepCopy(v, &memo)
  }
}
