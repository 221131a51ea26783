extension Runtime {
  /// `getattr(v, name)`: data descriptors on the class, then the instance's own attributes, then the class's
  /// (functions bound to the instance), then `__getattr__`.
  func getAttribute(_ v: Value, _ name: String) throws(PyError) -> Value {
    if case .object(let o) = v {
      switch o.tag {
      case .instance:
        let inst = unsafeDowncast(o, to: PyInstance.self)
        let classAttr = inst.cls.lookup(name)
        if let classAttr, case .object(let d) = classAttr {
          if d.tag == .property { return try propertyGet(unsafeDowncast(d, to: PyProperty.self), v, name) }
          if d.tag == .instance, let hooks = DescriptorHooks(d), hooks.isData {
            // A data descriptor takes precedence over the instance's own attribute; one without `__get__` is
            // itself the value when the instance has none.
            if let get = hooks.getter { return try call(get, [classAttr, v, .object(inst.cls)]) }
            return inst.attribute(name) ?? classAttr
          }
        }
        if let own = inst.attribute(name) { return own }
        if let classAttr { return try bind(classAttr, to: v, type: inst.cls) }
        if name == "__dict__" { return .object(try instanceDict(inst)) }
        if name == "__class__" { return .object(inst.cls) }
        if let e = inst.exceptionState, let special = try exceptionAttribute(inst, e, name) { return special }
        if let getattr = inst.cls.lookup("__getattr__") { return try call(getattr, [v, .str(name)]) }
        throw PyError("AttributeError", "'\(inst.cls.name)' object has no attribute '\(name)'")
      case .type:
        return try classAttribute(unsafeDowncast(o, to: PyType.self), name)
      case .module:
        let m = unsafeDowncast(o, to: PyModule.self)
        if let a = m.attributes[name] { return a }
        if name == "__name__" { return .str(m.name) }
        if let sub = try? importModule(m.name + "." + name) { return .object(sub) }
        throw PyError(
          "AttributeError", "module '\(m.name)' has no attribute '\(name)'" + LibraryNames.gap(m.name, name))
      case .superProxy:
        return try superAttribute(unsafeDowncast(o, to: PySuper.self), name)
      case .function:
        let fn = unsafeDowncast(o, to: PyFunction.self)
        switch name {
        case "__name__": return .str(fn.name)
        case "__qualname__": return .str(fn.qualifiedName)
        case "__doc__": return fn.doc
        case "__module__": return .str("__main__")
        case "__defaults__": return fn.defaults.isEmpty ? .none : .tuple(fn.defaults)
        case "__closure__":
          guard !fn.closure.isEmpty else { return .none }
          return .tuple(fn.closure.map { .object($0) })
        case "__kwdefaults__":
          guard !fn.keywordDefaults.isEmpty else { return .none }
          let d = PyDict()
          for name in fn.code.parameterNames[fn.code.argumentCount...] {
            if let v = fn.keywordDefaults[name] { try d.set(.str(name), v, rt: self) }
          }
          return .object(d)
        case "__dict__":
          if fn.attributes == nil { fn.attributes = PyDict() }
          return .object(fn.attributes ?? PyDict())
        default:
          if let a = fn.attributes?.get(string: name) { return a }
        }
      case .builtin:
        let b = unsafeDowncast(o, to: PyBuiltin.self)
        if name == "__name__" { return .str(b.name) }
        if name == "__qualname__" { return .str(b.qualifiedName) }
        if name == "__doc__" { return b.doc.isEmpty ? .none : .str(b.doc) }
      case .boundMethod:
        let m = unsafeDowncast(o, to: PyBoundMethod.self)
        if name == "__self__" { return m.receiver }
        if name == "__func__" { return m.function }
        if name == "__name__" || name == "__qualname__" || name == "__doc__" {
          return try getAttribute(m.function, name)
        }
      default: break
      }
    }
    let t = typeOf(v)
    if let attr = t.lookup(name) { return try bind(attr, to: v, type: t) }
    if name == "__class__" { return .object(t) }
    if let special = try valueAttribute(v, name) { return special }
    // A builtin subclass of dict that reads keys as attributes (SciPy's OptimizeResult).
    if let getattr = t.lookup("__getattr__") { return try call(getattr, [v, .str(name)]) }
    throw PyError("AttributeError", "'\(typeName(v))' object has no attribute '\(name)'")
  }

  /// Attributes of built-in values that are data, not methods (`z.real`, `x.imag`, `r.start`).
  private func valueAttribute(_ v: Value, _ name: String) throws(PyError) -> Value? {
    switch (v, name) {
    case (.int, "real"), (.float, "real"): return v
    // A bool's real part and numerator are the int it stands for: `True.real` is 1.
    case (.bool(let b), "real"), (.bool(let b), "numerator"): return .int(b ? 1 : 0)
    case (.int, "imag"), (.bool, "imag"): return .int(0)
    case (.float, "imag"): return .float(0)
    case (.int, "numerator"): return v
    case (.int, "denominator"), (.bool, "denominator"): return .int(1)
    case (.object(let o), _):
      switch (o.tag, name) {
      case (.complex, "real"):
        let c = unsafeDowncast(o, to: PyComplex.self)
        return c.isNumPy ? .f64(c.real) : .float(c.real)
      case (.complex, "imag"):
        let c = unsafeDowncast(o, to: PyComplex.self)
        return c.isNumPy ? .f64(c.imag) : .float(c.imag)
      case (.range, "start"): return .int(unsafeDowncast(o, to: PyRange.self).start)
      case (.range, "stop"): return .int(unsafeDowncast(o, to: PyRange.self).stop)
      case (.range, "step"): return .int(unsafeDowncast(o, to: PyRange.self).step)
      case (.slice, "start"): return unsafeDowncast(o, to: PySlice.self).start
      case (.slice, "stop"): return unsafeDowncast(o, to: PySlice.self).stop
      case (.slice, "step"): return unsafeDowncast(o, to: PySlice.self).step
      case (.property, "fget"): return unsafeDowncast(o, to: PyProperty.self).getter
      case (.cell, "cell_contents"):
        let v = unsafeDowncast(o, to: PyCell.self).value
        if case .unbound = v { throw PyError("ValueError", "Cell is empty") }
        return v
      case (.dict, "default_factory")
      where unsafeDowncast(o, to: PyDict.self).dictType === CollectionsModule.defaultdict:
        return unsafeDowncast(o, to: PyDict.self).defaultFactory
      case (_, "maxlen") where o is PyDeque: return (o as? PyDeque)?.maxlen.map { Value.int($0) } ?? Value.none
      case (_, "func") where o is Partial: return (o as? Partial)?.function ?? Value.none
      case (_, "args") where o is Partial: return .tuple((o as? Partial)?.arguments ?? [])
      case (_, "keywords") where o is Partial:
        let d = PyDict()
        for (k, v) in (o as? Partial)?.keywords ?? [] { try d.set(.str(k), v, rt: self) }
        return .object(d)
      case (.bigInt, "real"), (.bigInt, "numerator"): return v
      default: return nil
      }
    default: return nil
    }
  }

  /// A class attribute seen through an instance: functions become bound methods.
  func bind(_ attr: Value, to receiver: Value, type: PyType) throws(PyError) -> Value {
    guard case .object(let a) = attr else { return attr }
    switch a.tag {
    case .function, .builtin: return .object(PyBoundMethod(attr, receiver))
    case .staticMethod: return unsafeDowncast(a, to: PyStaticMethod.self).function
    case .classMethod: return .object(PyBoundMethod(unsafeDowncast(a, to: PyClassMethod.self).function, .object(type)))
    case .property: return try propertyGet(unsafeDowncast(a, to: PyProperty.self), receiver, "")
    case .instance:
      // A descriptor: `__get__(attr, receiver, type)`.
      if let get = DescriptorHooks(a)?.getter { return try call(get, [attr, receiver, .object(type)]) }
      return attr
    default: return attr
    }
  }

  private func propertyGet(_ p: PyProperty, _ receiver: Value, _ name: String) throws(PyError) -> Value {
    if p.getter.isNone {
      throw PyError("AttributeError", "property '\(name)' of '\(typeName(receiver))' object has no getter")
    }
    return try call(p.getter, receiver)
  }

  /// `Class.name`: the class's own attributes along its MRO (functions stay plain functions).
  func classAttribute(_ t: PyType, _ name: String) throws(PyError) -> Value {
    switch name {
    case "__name__": return .str(t.name)
    case "__qualname__": return .str(t.qualifiedName)
    case "__module__": return .str(t.module)
    case "__mro__": return .tuple(t.mro.map { .object($0) })
    case "__bases__":
      return .tuple(
        (t.bases.isEmpty && t !== BuiltinTypes.object ? [BuiltinTypes.object] : t.bases).map { .object($0) })
    case "__base__": return t.bases.first.map { .object($0) } ?? .none
    case "__dict__":
      let d = PyDict()
      for k in t.ownNames { if let v = t.own(k) { try d.set(.str(k), v, rt: self) } }
      return .object(d)
    case "__doc__": return t.lookup("__doc__") ?? .none
    case "__abstractmethods__" where t.abstractMethods != nil && t.own(name) == nil:
      let names = PySet(frozen: true)
      for n in t.abstractMethods ?? [] { try names.add(.str(n), rt: self) }
      return .object(names)
    default: break
    }
    guard let attr = t.lookup(name) else {
      throw PyError("AttributeError", "type object '\(t.name)' has no attribute '\(name)'")
    }
    if case .object(let a) = attr {
      if a.tag == .classMethod {
        return .object(PyBoundMethod(unsafeDowncast(a, to: PyClassMethod.self).function, .object(t)))
      }
      if a.tag == .staticMethod { return unsafeDowncast(a, to: PyStaticMethod.self).function }
      // A descriptor read through its class: `__get__(attr, None, cls)`.
      if a.tag == .instance, let get = DescriptorHooks(a)?.getter { return try call(get, [attr, .none, .object(t)]) }
    }
    return attr
  }

  /// For `obj.name(...)`: the class's function and whether to pass `obj` as its first argument.
  func resolveMethod(_ v: Value, _ name: String) throws(PyError) -> (Value, Bool) {
    if case .object(let o) = v {
      switch o.tag {
      case .instance:
        let inst = unsafeDowncast(o, to: PyInstance.self)
        if let attr = inst.cls.lookup(name), case .object(let a) = attr, a.tag == .function || a.tag == .builtin,
          inst.attribute(name) == nil
        {
          return (attr, true)
        }
      case .type, .module, .superProxy, .function:
        return (try getAttribute(v, name), false)
      default: break
      }
    }
    let t = typeOf(v)
    if let attr = t.lookup(name), case .object(let a) = attr, a.tag == .builtin || a.tag == .function {
      if case .object(let o) = v, o.tag == .instance { return (try getAttribute(v, name), false) }
      return (attr, true)
    }
    return (try getAttribute(v, name), false)
  }

  /// `obj.name = value`.
  func setAttribute(_ v: Value, _ name: String, _ value: Value) throws(PyError) {
    guard case .object(let o) = v else {
      throw PyError("AttributeError", "'\(typeName(v))' object has no attribute '\(name)'")
    }
    switch o.tag {
    case .instance:
      let inst = unsafeDowncast(o, to: PyInstance.self)
      if let setattr = inst.cls.lookup("__setattr__"), case .object(let s) = setattr, s.tag == .function {
        _ = try call(setattr, [v, .str(name), value])
        return
      }
      try setInstanceAttribute(inst, name, value)
    case .type:
      let t = unsafeDowncast(o, to: PyType.self)
      if t.isBuiltin {
        throw PyError(
          "TypeError", "cannot set '\(name)' attribute of immutable type '\(t.name)'")
      }
      try Runtime.checkSupportedHook(name, value)
      t.set(name, value)
    case .function:
      let fn = unsafeDowncast(o, to: PyFunction.self)
      switch name {
      case "__name__":
        if case .object(let s) = value, s.tag == .str { fn.name = unsafeDowncast(s, to: PyStr.self).value }
      case "__qualname__":
        if case .object(let s) = value, s.tag == .str { fn.qualifiedName = unsafeDowncast(s, to: PyStr.self).value }
      case "__doc__": fn.doc = value
      default:
        if fn.attributes == nil { fn.attributes = PyDict() }
        try fn.attributes?.set(.str(name), value, rt: self)
      }
    case .module:
      unsafeDowncast(o, to: PyModule.self).attributes[name] = value
    default:
      if o.tag == .dict, let setattr = typeOf(v).lookup("__setattr__"), case .object(let own) = setattr,
        case .object(let inherited)? = BuiltinTypes.object.lookup("__setattr__"), own !== inherited
      {
        _ = try call(setattr, [v, .str(name), value])
        return
      }
      if o is PyNamedTuple, typeOf(v).lookup(name) != nil { throw PyError("AttributeError", "can't set attribute") }
      // A builtin type's settable property (`a.shape = ...`, `a.flags.writeable = False`).
      if case .object(let d)? = typeOf(v).lookup(name), d.tag == .property,
        case let setter = unsafeDowncast(d, to: PyProperty.self).setter, !setter.isNone
      {
        _ = try call(setter, [v, value])
        return
      }
      if typeOf(v).lookup(name) != nil {
        throw PyError("AttributeError", "'\(typeName(v))' object attribute '\(name)' is read-only")
      }
      throw PyError("AttributeError", "'\(typeName(v))' object has no attribute '\(name)'")
    }
  }

  func deleteAttribute(_ v: Value, _ name: String) throws(PyError) {
    if case .object(let o) = v {
      if o.tag == .instance {
        let inst = unsafeDowncast(o, to: PyInstance.self)
        if let delattr = inst.cls.lookup("__delattr__"), case .object(let d) = delattr, d.tag == .function {
          _ = try call(delattr, [v, .str(name)])
          return
        }
        return try deleteInstanceAttribute(inst, name)
      }
      if o.tag == .dict, let delattr = typeOf(v).lookup("__delattr__"), case .object(let own) = delattr,
        case .object(let inherited)? = BuiltinTypes.object.lookup("__delattr__"), own !== inherited
      {
        _ = try call(delattr, [v, .str(name)])
        return
      }
      if o.tag == .type, !unsafeDowncast(o, to: PyType.self).isBuiltin, unsafeDowncast(o, to: PyType.self).remove(name)
      {
        return
      }
    }
    throw PyError("AttributeError", "'\(typeName(v))' object has no attribute '\(name)'")
  }

  /// `vars(obj)` / `obj.__dict__`: a snapshot of the instance's attributes.
  func instanceDict(_ inst: PyInstance) throws(PyError) -> PyDict {
    let d = PyDict()
    for (k, n) in inst.attributeNames.enumerated() where k < inst.slotCount {
      try d.set(.str(n), inst.slot(k), rt: self)
    }
    return d
  }

  /// `super()`: a proxy that looks names up after `start` in the receiver's MRO.
  func makeSuper(_ start: PyType, _ receiver: Value) throws(PyError) -> Value {
    let receiverType: PyType
    if case .object(let o) = receiver, o.tag == .type, unsafeDowncast(o, to: PyType.self).isSubtype(of: start) {
      receiverType = unsafeDowncast(o, to: PyType.self)
    } else {
      receiverType = typeOf(receiver)
    }
    guard receiverType.isSubtype(of: start) else {
      throw PyError("TypeError", "super(type, obj): obj must be an instance or subtype of type")
    }
    return .object(PySuper(start: start, receiver: receiver, receiverType: receiverType))
  }

  private func superAttribute(_ s: PySuper, _ name: String) throws(PyError) -> Value {
    let mro = s.receiverType.mro
    guard let k = mro.firstIndex(where: { $0 === s.start }) else {
      throw PyError("AttributeError", "'super' object has no attribute '\(name)'")
    }
    for t in mro[(k + 1)...] {
      if let attr = t.own(name) {
        if case .object(let o) = s.receiver, o.tag == .type {
          if case .object(let a) = attr, a.tag == .classMethod {
            return .object(PyBoundMethod(unsafeDowncast(a, to: PyClassMethod.self).function, s.receiver))
          }
          return attr
        }
        return try bind(attr, to: s.receiver, type: s.receiverType)
      }
    }
    throw PyError("AttributeError", "'super' object has no attribute '\(name)'")
  }

  /// How errors name a callable: `f()`, `list.append()`.
  func callableName(_ v: Value) -> String {
    if case .object(let o) = v {
      switch o.tag {
      case .function: return unsafeDowncast(o, to: PyFunction.self).qualifiedName + "()"
      case .builtin: return unsafeDowncast(o, to: PyBuiltin.self).qualifiedName + "()"
      case .type: return unsafeDowncast(o, to: PyType.self).name + "()"
      default: break
      }
    }
    return typeName(v) + "()"
  }

  /// `object.__setattr__`: a property's setter or a data descriptor's `__set__`, else the instance's own attribute.
  func setInstanceAttribute(_ inst: PyInstance, _ name: String, _ value: Value) throws(PyError) {
    if let classAttr = inst.cls.lookup(name), case .object(let d) = classAttr {
      if d.tag == .property {
        let p = unsafeDowncast(d, to: PyProperty.self)
        if p.setter.isNone {
          throw PyError("AttributeError", "property '\(name)' of '\(inst.cls.name)' object has no setter")
        }
        _ = try call(p.setter, .object(inst), value)
        return
      }
      if d.tag == .instance, let hooks = DescriptorHooks(d), hooks.isData {
        guard let set = hooks.setter else { throw PyError("AttributeError", "__set__") }
        _ = try call(set, [classAttr, .object(inst), value])
        return
      }
    }
    if inst.cls.frozenDataclass {
      throw PyError(
        exception: newException(DataclassesModule.frozenError, args: [.str("cannot assign to field '\(name)'")]))
    }
    inst.setAttribute(name, value)
  }

  /// `object.__delattr__`: a property's deleter or a data descriptor's `__delete__`, else the instance's own
  /// attribute.
  func deleteInstanceAttribute(_ inst: PyInstance, _ name: String) throws(PyError) {
    if let classAttr = inst.cls.lookup(name), case .object(let d) = classAttr {
      if d.tag == .property {
        let p = unsafeDowncast(d, to: PyProperty.self)
        if p.deleter.isNone {
          throw PyError("AttributeError", "property '\(name)' of '\(inst.cls.name)' object has no deleter")
        }
        _ = try call(p.deleter, .object(inst))
        return
      }
      if d.tag == .instance, let hooks = DescriptorHooks(d), hooks.isData {
        guard let delete = hooks.deleter else { throw PyError("AttributeError", "__delete__") }
        _ = try call(delete, [classAttr, .object(inst)])
        return
      }
    }
    if inst.cls.frozenDataclass {
      throw PyError(
        exception: newException(DataclassesModule.frozenError, args: [.str("cannot delete field '\(name)'")]))
    }
    if inst.removeAttribute(name) { return }
    throw PyError("AttributeError", "'\(inst.cls.name)' object has no attribute '\(name)'")
  }

  /// Whether a class attribute takes precedence over an instance's own attribute of the same name (a property, or
  /// an object whose class defines `__set__` or `__delete__`): call sites do not cache such names.
  static func isDataDescriptor(_ attr: Value) -> Bool {
    guard case .object(let d) = attr else { return false }
    if d.tag == .property { return true }
    return d.tag == .instance && DescriptorHooks(d)?.isData == true
  }
}

/// The descriptor methods an instance's class defines (`__get__`, `__set__`, `__delete__`); nil when it defines
/// none.
struct DescriptorHooks {
  let getter: Value?
  let setter: Value?
  let deleter: Value?

  init?(_ o: PyObject) {
    let t = o.type
    getter = t.lookup("__get__")
    setter = t.lookup("__set__")
    deleter = t.lookup("__delete__")
    if getter == nil && setter == nil && deleter == nil { return nil }
  }

  /// A data descriptor (`__set__` or `__delete__`) wins over the instance's own attribute.
  var isData: Bool { setter != nil || deleter != nil }
}
