extension Runtime {
  /// Creates a class from a `class` statement's namespace, as `type.__new__` does: `__init_subclass__` and
  /// `__class_getitem__` become class methods, each attribute's `__set_name__` runs, then the nearest base's
  /// `__init_subclass__`.
  func buildClass(name: String, qualifiedName: String, bases: [PyType], namespace: PyDict) throws(PyError) -> PyType {
    let bases = bases.isEmpty ? [BuiltinTypes.object] : bases
    _ = try PyType.linearize(bases)
    for b in bases
    where b.isBuiltin && b.layout != nil && b.layout != .instance && !b.isSubtype(of: BuiltinTypes.baseException) {
      if b === BuiltinTypes.object { continue }
      throw PyError("NotImplementedError", "subclassing the built-in type '\(b.name)' is not supported")
    }
    let t = PyType(name: name, module: "__main__", bases: bases, layout: .instance, builtin: false)
    t.qualifiedName = qualifiedName
    for (k, v) in namespace.items {
      guard case .object(let ko) = k, ko.tag == .str else { continue }
      let key = unsafeDowncast(ko, to: PyStr.self).value
      if key == "__qualname__" { continue }
      try Runtime.checkSupportedHook(key, v)
      if Runtime.implicitClassMethods.contains(key), case .object(let f) = v, f.tag == .function {
        t.set(key, .object(PyClassMethod(v)))
      } else {
        t.set(key, v)
      }
    }
    if t.own("__eq__") != nil && t.own("__hash__") == nil { t.set("__hash__", .none) }
    t.abstractMethods = AbcModule.abstractMethods(of: t)
    for key in t.ownNames {
      guard let v = t.own(key), case .object(let o) = v, o.tag == .instance,
        let setName = o.type.lookup("__set_name__")
      else { continue }
      _ = try call(setName, [v, .object(t), .str(key)])
    }
    if let definer = t.mro.dropFirst().first(where: { $0.own("__init_subclass__") != nil }),
      case .object(let hook)? = definer.own("__init_subclass__"), hook.tag == .classMethod
    {
      _ = try call(unsafeDowncast(hook, to: PyClassMethod.self).function, [.object(t)])
    }
    return t
  }

  /// `class P(NamedTuple):`: a named tuple class whose fields are the annotated names, in order, those given a
  /// value optional; the class's other attributes (methods, docstring) are its own.
  func buildNamedTupleClass(name: String, qualifiedName: String, namespace: PyDict) throws(PyError) -> PyType {
    var fields: [String] = []
    if case .object(let a)? = namespace.get(string: "__annotations__"), a.tag == .dict {
      for k in unsafeDowncast(a, to: PyDict.self).items.map(\.key) { fields.append(try string(k, "field name")) }
    }
    var defaults: [Value] = []
    var lastDefault: String?
    for f in fields {
      if let v = namespace.get(string: f) {
        defaults.append(v)
        lastDefault = f
      } else if let lastDefault {
        throw PyError("TypeError", "Non-default namedtuple field \(f) cannot follow default field \(lastDefault)")
      }
    }
    for f in fields where f.hasPrefix("_") {
      throw PyError("ValueError", "Field names cannot start with an underscore: '\(f)'")
    }
    let t = Runtime.namedTupleType(name, fields, defaults: defaults)
    t.qualifiedName = qualifiedName
    for (k, v) in namespace.items {
      let key = try string(k, "attribute name")
      if fields.contains(key) || key == "__qualname__" { continue }
      try Runtime.checkSupportedHook(key, v)
      t.set(key, v)
    }
    return t
  }

  /// The special methods a class may define as plain functions that Python makes class methods.
  static let implicitClassMethods: Set<String> = ["__init_subclass__", "__class_getitem__"]

  /// Class attributes Tessel would otherwise ignore: a named error instead of a program that silently differs.
  static func checkSupportedHook(_ name: String, _ v: Value) throws(PyError) {
    guard case .object(let f) = v, f.tag == .function else { return }
    switch name {
    case "__getattribute__":
      throw PyError(
        "NotImplementedError", "defining __getattribute__ is not supported (define __getattr__, which Tessel runs)")
    case "__del__":
      throw PyError("NotImplementedError", "defining __del__ is not supported (Tessel does not run finalizers)")
    default: return
    }
  }

  /// `C[item]` for a class defined in Python: its `__class_getitem__`.
  func classItem(_ t: PyType, _ item: Value) throws(PyError) -> Value {
    guard t.lookup("__class_getitem__") != nil else {
      throw PyError("TypeError", "type '\(t.name)' is not subscriptable")
    }
    return try call(try classAttribute(t, "__class_getitem__"), item)
  }

  /// CPython's error for making an instance of a class with abstract methods left.
  static func abstractInstance(_ t: PyType, _ names: [String]) -> PyError {
    PyError(
      "TypeError",
      "Can't instantiate abstract class \(t.name) with abstract method\(names.count == 1 ? "" : "s") "
        + names.joined(separator: ", "))
  }
}
