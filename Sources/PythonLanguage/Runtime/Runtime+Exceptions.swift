extension Runtime {
  /// The built-in class named by a pending error (`ValueError`), or `Exception` for an unknown name.
  func exceptionClass(named name: String) -> PyType {
    BuiltinTypes.exception(named: name) ?? BuiltinTypes.exception
  }

  func newException(_ cls: PyType, args: [Value]) -> PyInstance {
    let inst = PyInstance(cls: cls)
    inst.exceptionState = ExceptionState(args: args)
    return inst
  }

  /// The error's exception object, made now if the error was raised by name; stored back into the error.
  func materialize(_ error: inout PyError) -> PyInstance {
    if let e = error.exception { return e }
    let inst = newException(
      exceptionClass(named: error.kind), args: error.message.isEmpty ? [] : [.str(error.message)])
    inst.exceptionState?.raisedAt = error.range
    error.exception = inst
    return inst
  }

  /// An error carrying a made exception of a built-in class.
  func makeError(type name: String, args: [Value]) throws(PyError) -> PyError {
    PyError(exception: newException(exceptionClass(named: name), args: args))
  }

  /// Whether `except T:` catches this error (`T` a class or a tuple of classes).
  func matches(_ error: PyError, _ t: Value) throws(PyError) -> Bool {
    guard case .object(let o) = t else {
      throw PyError("TypeError", "catching classes that do not inherit from BaseException is not allowed")
    }
    if o.tag == .tuple {
      for x in unsafeDowncast(o, to: PyTuple.self).items where try matches(error, x) { return true }
      return false
    }
    guard o.tag == .type, unsafeDowncast(o, to: PyType.self).isSubtype(of: BuiltinTypes.baseException) else {
      throw PyError("TypeError", "catching classes that do not inherit from BaseException is not allowed")
    }
    let target = unsafeDowncast(o, to: PyType.self)
    let cls = error.exception?.cls ?? exceptionClass(named: error.kind)
    return cls.isSubtype(of: target)
  }

  /// `raise v`: a class is instantiated, an instance raised as is.
  func raising(_ v: Value) throws(PyError) -> PyError {
    guard case .object(let o) = v else {
      throw PyError("TypeError", "exceptions must derive from BaseException")
    }
    if o.tag == .type {
      let t = unsafeDowncast(o, to: PyType.self)
      guard t.isSubtype(of: BuiltinTypes.baseException) else {
        throw PyError("TypeError", "exceptions must derive from BaseException")
      }
      let made = try construct(t, [], [])
      guard case .object(let inst) = made, inst.tag == .instance else {
        throw PyError("TypeError", "exceptions must derive from BaseException")
      }
      return PyError(exception: unsafeDowncast(inst, to: PyInstance.self))
    }
    guard o.tag == .instance, let inst = Optional(unsafeDowncast(o, to: PyInstance.self)),
      inst.exceptionState != nil
    else {
      throw PyError("TypeError", "exceptions must derive from BaseException")
    }
    return PyError(exception: inst)
  }

  /// `raise … from cause`.
  func setCause(_ error: inout PyError, _ cause: Value) throws(PyError) {
    let inst = materialize(&error)
    if case .none = cause {
      inst.exceptionState?.cause = .none
    } else {
      let c = try raising(cause)
      inst.exceptionState?.cause = .object(c.exception ?? inst)
    }
    inst.exceptionState?.suppressContext = true
  }

  /// An error raised while handling `context`: `__context__` links them, as Python prints "During handling…".
  func chain(_ error: PyError, context: PyError) -> PyError {
    var e = error
    var c = context
    let inst = materialize(&e)
    let ctx = materialize(&c)
    if inst !== ctx, inst.exceptionState?.context.isNone ?? false {
      inst.exceptionState?.context = .object(ctx)
    }
    return e
  }

  /// `str(e)`: no arguments → empty, one → its `str` (`repr` for `KeyError`), more → the tuple.
  func exceptionMessage(_ inst: PyInstance, _ e: ExceptionState) throws(PyError) -> String {
    switch e.args.count {
    case 0: return ""
    case 1:
      if inst.cls.isSubtype(of: exceptionClass(named: "KeyError")) { return try repr(e.args[0]) }
      return try str(e.args[0])
    default: return try repr(.tuple(e.args))
    }
  }

  func exceptionAttribute(_ inst: PyInstance, _ e: ExceptionState, _ name: String) throws(PyError) -> Value? {
    switch name {
    case "args": return .tuple(e.args)
    case "__cause__": return e.cause
    case "__context__": return e.context
    case "__suppress_context__": return .bool(e.suppressContext)
    case "__traceback__": return Value.none
    case "value" where inst.cls.isSubtype(of: exceptionClass(named: "StopIteration")):
      return e.args.first ?? Value.none
    case "code" where inst.cls.isSubtype(of: exceptionClass(named: "SystemExit")):
      return e.args.first ?? Value.none
    case "msg" where inst.cls.isSubtype(of: exceptionClass(named: "SyntaxError")):
      return e.args.first ?? Value.none
    default: return nil
    }
  }

  /// The text after `Kind:` when an error reaches the cell.
  public func message(of error: PyError) -> String {
    var copy = error
    let inst = materialize(&copy)
    guard let e = inst.exceptionState else { return error.message }
    return (try? exceptionMessage(inst, e)) ?? error.message
  }

  /// `T(args)`: instances of classes (with `__init__`), exceptions, and the built-in types' constructors.
  func construct(_ t: PyType, _ args: [Value], _ keywords: [(String, Value)]) throws(PyError) -> Value {
    if t.isBuiltin {
      if let c = constructors[ObjectIdentifier(t)] { return try c.make(self, Arguments(args, keywords)) }
      if t.isSubtype(of: BuiltinTypes.baseException) {
        if let k = keywords.first {
          throw PyError("TypeError", "\(t.name)() takes no keyword arguments (got '\(k.0)')")
        }
        return .object(newException(t, args: args))
      }
      throw PyError("TypeError", "cannot create '\(t.name)' instances")
    }
    if let layout = t.layout, layout != .instance, t.namedTuple == nil {
      throw PyError(
        "NotImplementedError",
        "subclassing the built-in type '\(t.mro.first { $0.isBuiltin && $0 !== BuiltinTypes.object }?.name ?? "?")' is not supported"
      )
    }
    let (newMethod, initMethod) = constructionMethods(t)
    if let abstract = t.abstractMethods, !abstract.isEmpty {
      if (!args.isEmpty || !keywords.isEmpty) && newMethod == nil && initMethod == nil {
        throw PyError("TypeError", "\(t.name)() takes no arguments")
      }
      throw Runtime.abstractInstance(t, abstract)
    }
    let inst = PyInstance(cls: t)
    if t.isSubtype(of: BuiltinTypes.baseException) { inst.exceptionState = ExceptionState(args: args) }
    var instance: Value = .object(inst)
    if let new = newMethod, case .object(let n) = new,
      n.tag == .function || n.tag == .staticMethod || n.tag == .builtin
    {
      let fn = n.tag == .staticMethod ? unsafeDowncast(n, to: PyStaticMethod.self).function : new
      instance = try call(fn, [.object(t)] + args, keywords)
      guard isInstance(instance, t) else { return instance }
    }
    if let initializer = initMethod {
      let r = try call(initializer, [instance] + args, keywords)
      guard case .none = r else {
        throw PyError("TypeError", "__init__() should return None, not '\(typeName(r))'")
      }
    } else if (!args.isEmpty || !keywords.isEmpty) && inst.exceptionState == nil && newMethod == nil {
      throw PyError("TypeError", "\(t.name)() takes no arguments")
    }
    return instance
  }

  /// A class's `__new__` and `__init__`, looked up once per version of the class; the initializer is nil when it
  /// is `object`'s or `BaseException`'s own (nothing to call).
  @inline(__always) func constructionMethods(_ t: PyType) -> (new: Value?, initializer: Value?) {
    let version = t.version
    if let c = t.constructionCache, c.version == version { return (c.new, c.initializer) }
    var initializer = t.lookup("__init__")
    if let f = initializer?.object,
      f === BuiltinTypes.object.own("__init__")?.object || f === BuiltinTypes.baseException.own("__init__")?.object
    {
      initializer = nil
    }
    var new = t.lookup("__new__")
    if new?.object === BuiltinTypes.object.own("__new__")?.object { new = nil }
    t.constructionCache = (version, new, initializer)
    return (new, initializer)
  }

  /// The `__init__` a call site can run with its arguments straight in the frame.
  ///
  /// Only for a plain class (no `__new__`, not an exception) whose initializer takes `argumentCount` positional
  /// arguments (self included) without `*args`, keywords or cells. `.some(nil)` means the class has no
  /// initializer and takes no arguments.
  func plainInitializer(_ t: PyType, argumentCount n: Int) -> PyFunction?? {
    guard !t.isBuiltin, t.layout == .instance, !t.isSubtype(of: BuiltinTypes.baseException),
      t.abstractMethods?.isEmpty ?? true
    else { return nil }
    let (new, initializer) = constructionMethods(t)
    guard new == nil else { return nil }
    guard let initializer else { return n == 1 ? .some(nil) : nil }
    guard case .object(let o) = initializer, o.tag == .function else { return nil }
    let fn = unsafeDowncast(o, to: PyFunction.self)
    guard fn.takesPlain(n) else {
      return nil
    }
    return .some(fn)
  }
}
