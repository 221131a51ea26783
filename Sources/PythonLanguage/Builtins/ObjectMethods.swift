/// `property`'s decorator methods, exceptions' `with_traceback`, generators' `send`/`close`.
enum ObjectMethods {
  static func property(_ v: Value) throws(PyError) -> PyProperty {
    guard case .object(let o) = v, o.tag == .property else { throw PyError("TypeError", "expected a property") }
    return unsafeDowncast(o, to: PyProperty.self)
  }

  static let property: [PyBuiltin] = [
    .two("setter", "property") { (_, p, f) throws(PyError) in
      let old = try property(p)
      return .object(PyProperty(getter: old.getter, setter: f, deleter: old.deleter, doc: old.doc))
    },
    .two("getter", "property") { (_, p, f) throws(PyError) in
      let old = try property(p)
      return .object(PyProperty(getter: f, setter: old.setter, deleter: old.deleter, doc: old.doc))
    },
    .two("deleter", "property") { (_, p, f) throws(PyError) in
      let old = try property(p)
      return .object(PyProperty(getter: old.getter, setter: old.setter, deleter: f, doc: old.doc))
    },
  ]
}

extension ObjectMethods {
  /// `object.__new__(cls)`: a bare instance of a class defined in Python (what `super().__new__(cls)` reaches in a
  /// singleton's `__new__`).
  ///
  /// Kept in `object`'s namespace as a static method; construction skips it.
  static let objectNew = PyBuiltin.general("__new__", "object") { (rt, a) throws(PyError) in
    guard case .object(let o)? = a.positional.first, o.tag == .type else {
      let given = a.positional.first.map { rt.typeName($0) } ?? "nothing"
      throw PyError("TypeError", "object.__new__(X): X is not a type object (\(given))")
    }
    let t = unsafeDowncast(o, to: PyType.self)
    if t.isBuiltin && t !== BuiltinTypes.object {
      throw PyError("TypeError", "object.__new__(\(t.name)) is not safe, use \(t.name).__new__()")
    }
    if let layout = t.layout, layout != .instance {
      throw PyError("NotImplementedError", "object.__new__ of a subclass of a built-in type is not supported")
    }
    let inst = PyInstance(cls: t)
    if t.isSubtype(of: BuiltinTypes.baseException) {
      inst.exceptionState = ExceptionState(args: Array(a.positional.dropFirst()))
    }
    return .object(inst)
  }

  static let object: [PyBuiltin] = [
    .general("__init__", "object") { (_, a) throws(PyError) in
      if a.positional.count > 1 || !a.keywords.isEmpty {
        throw PyError("TypeError", "object.__init__() takes exactly one argument (the instance to initialize)")
      }
      return .none
    },
    // What a class's own `__setattr__`/`__delattr__` reach through `object.__setattr__(self, …)` or `super()`.
    .general("__setattr__", "object") { (rt, a) throws(PyError) in
      guard a.positional.count == 3, a.keywords.isEmpty else {
        throw PyError("TypeError", "expected 2 arguments, got \(max(a.positional.count - 1, 0))")
      }
      let name = try attributeName(rt, a.positional[1])
      if case .object(let o) = a.positional[0], o.tag == .instance {
        try rt.setInstanceAttribute(unsafeDowncast(o, to: PyInstance.self), name, a.positional[2])
      } else {
        try rt.setAttribute(a.positional[0], name, a.positional[2])
      }
      return .none
    },
    .general("__delattr__", "object") { (rt, a) throws(PyError) in
      guard a.positional.count == 2, a.keywords.isEmpty else {
        throw PyError("TypeError", "expected 1 argument, got \(max(a.positional.count - 1, 0))")
      }
      let name = try attributeName(rt, a.positional[1])
      if case .object(let o) = a.positional[0], o.tag == .instance {
        try rt.deleteInstanceAttribute(unsafeDowncast(o, to: PyInstance.self), name)
      } else {
        try rt.deleteAttribute(a.positional[0], name)
      }
      return .none
    },
  ]

  /// `object.__init_subclass__`, a class method that does nothing (and takes no keywords).
  static let initSubclass = PyBuiltin.general("__init_subclass__", "object") { (rt, a) throws(PyError) in
    if !a.keywords.isEmpty {
      let owner = a.positional.first.map { v -> String in
        if case .object(let o) = v, o.tag == .type { return unsafeDowncast(o, to: PyType.self).name }
        return rt.typeName(v)
      }
      throw PyError("TypeError", "\(owner ?? "object").__init_subclass__() takes no keyword arguments")
    }
    return .none
  }

  private static func attributeName(_ rt: Runtime, _ v: Value) throws(PyError) -> String {
    guard case .object(let o) = v, o.tag == .str else {
      throw PyError("TypeError", "attribute name must be string, not '\(rt.typeName(v))'")
    }
    return unsafeDowncast(o, to: PyStr.self).value
  }
}

enum ExceptionMethods {
  static let all: [PyBuiltin] = [
    .general("__init__", "BaseException") { (_, a) throws(PyError) in
      if case .object(let o)? = a.positional.first, o.tag == .instance {
        unsafeDowncast(o, to: PyInstance.self).exceptionState?.args = Array(a.positional.dropFirst())
      }
      return .none
    },
    .two("with_traceback", "BaseException") { (_, e, _) throws(PyError) in e },
  ]
}

enum GeneratorMethods {
  static func generator(_ v: Value) throws(PyError) -> PyGenerator {
    guard case .object(let o) = v, let g = o as? PyGenerator else { throw PyError("TypeError", "expected a generator") }
    return g
  }

  static let all: [PyBuiltin] = [
    .two("send", "generator") { (rt, g, x) throws(PyError) in
      let gen = try generator(g)
      if let v = try gen.resume(rt, sending: x) { return v }
      if !gen.returned.isNone { throw try rt.makeError(type: "StopIteration", args: [gen.returned]) }
      throw PyError("StopIteration", "")
    },
    .one("close", "generator") { (rt, g) throws(PyError) in
      try generator(g).close(rt)
      return .none
    },
    .general("throw", "generator") { (rt, a) throws(PyError) in
      guard a.positional.count >= 2, a.keywords.isEmpty else {
        throw PyError("TypeError", "throw expected at least 1 argument, got \(max(0, a.positional.count - 1))")
      }
      let gen = try generator(a.positional[0])
      var error = try rt.raising(a.positional[1])
      if a.positional.count > 2, !a.positional[2].isNone {
        // `throw(type, value)`: the value is the exception (or its argument).
        let made = try rt.call(a.positional[1], a.positional[2])
        error = try rt.raising(made)
      }
      if let v = try gen.resume(rt, sending: .none, throwing: error) { return v }
      if !gen.returned.isNone { throw try rt.makeError(type: "StopIteration", args: [gen.returned]) }
      throw PyError("StopIteration", "")
    },
    .one("__next__", "generator") { (rt, g) throws(PyError) in
      let gen = try generator(g)
      if let v = try gen.next(rt) { return v }
      throw PyError("StopIteration", "")
    },
    .one("__iter__", "generator") { (_, g) throws(PyError) in g },
  ]
}
