extension Runtime {
  /// `callable(v)`: functions, builtins, bound methods, classes, and instances of classes with `__call__`.
  static func isCallable(_ v: Value) -> Bool {
    guard case .object(let o) = v else { return false }
    switch o.tag {
    case .function, .builtin, .boundMethod, .type: return true
    default: return o.type.lookup("__call__") != nil
    }
  }

  /// Calls any callable with positional and keyword arguments.
  func call(_ callee: Value, _ args: [Value], _ keywords: [(String, Value)] = []) throws(PyError) -> Value {
    guard case .object(let o) = callee else {
      throw PyError("TypeError", "'\(typeName(callee))' object is not callable")
    }
    switch o.tag {
    case .function:
      return try callFunction(unsafeDowncast(o, to: PyFunction.self), args, keywords)
    case .builtin:
      return try callBuiltin(unsafeDowncast(o, to: PyBuiltin.self), args, keywords)
    case .boundMethod:
      let m = unsafeDowncast(o, to: PyBoundMethod.self)
      return try call(m.function, [m.receiver] + args, keywords)
    case .type:
      return try construct(unsafeDowncast(o, to: PyType.self), args, keywords)
    case .staticMethod:
      return try call(unsafeDowncast(o, to: PyStaticMethod.self).function, args, keywords)
    default:
      if let m = o.type.lookup("__call__") { return try call(m, [callee] + args, keywords) }
      throw PyError("TypeError", "'\(typeName(callee))' object is not callable")
    }
  }

  /// `f(a)` without an argument list when `f` is a plain Python function.
  func call(_ callee: Value, _ a: Value) throws(PyError) -> Value {
    if let r = try callPlainFunction(callee, count: 1, { $0[0] = a }) { return r }
    return try call(callee, [a], [])
  }

  /// `f(a, b)` without an argument list when `f` is a plain Python function (binary dunders, comparison keys).
  func call(_ callee: Value, _ a: Value, _ b: Value) throws(PyError) -> Value {
    if let r = try callPlainFunction(
      callee, count: 2,
      {
        $0[0] = a
        $0[1] = b
      })
    {
      return r
    }
    return try call(callee, [a, b], [])
  }

  /// A plain Python function called with `n` positional arguments that `fill` writes into its new frame
  /// (defaults after them); nil when `callee` is not one, for the general path.
  @inline(__always) private func callPlainFunction(_ callee: Value, count n: Int, _ fill: (Frame) -> Void)
    throws(PyError) -> Value?
  {
    guard case .object(let o) = callee, o.tag == .function else { return nil }
    let fn = unsafeDowncast(o, to: PyFunction.self)
    guard fn.takesPlain(n) else {
      return nil
    }
    let frame = try pushFrame(fn.frameSize)
    defer { popFrame(frame, fn.frameSize) }
    fill(frame)
    fn.fillDefaults(frame, from: n)
    return try run(fn.code, frame)
  }

  /// Calls `v.name(args)`.
  func callMethod(_ v: Value, _ name: String, _ args: [Value], _ keywords: [(String, Value)] = []) throws(PyError)
    -> Value
  {
    if let m = typeOf(v).lookup(name), case .object(let o) = m, o.tag == .function || o.tag == .builtin {
      if case .object(let inst) = v, inst.tag == .instance,
        unsafeDowncast(inst, to: PyInstance.self).attribute(name) != nil
      {
        return try call(try getAttribute(v, name), args, keywords)
      }
      return try call(m, [v] + args, keywords)
    }
    return try call(try getAttribute(v, name), args, keywords)
  }

  func callBuiltin(_ b: PyBuiltin, _ args: [Value], _ keywords: [(String, Value)]) throws(PyError) -> Value {
    switch b.body {
    case .one(let f):
      guard args.count == 1, keywords.isEmpty else { throw arity(b, expected: 1, got: args.count, keywords) }
      return try f(self, args[0])
    case .two(let f):
      guard args.count == 2, keywords.isEmpty else { throw arity(b, expected: 2, got: args.count, keywords) }
      return try f(self, args[0], args[1])
    case .twoOrThree(let f):
      guard args.count == 2 || args.count == 3, keywords.isEmpty else {
        if !keywords.isEmpty { throw PyError("TypeError", "\(b.qualifiedName)() takes no keyword arguments") }
        let isMethod = b.qualifiedName.contains(".")
        if isMethod && args.isEmpty {
          throw PyError("TypeError", "unbound method \(b.qualifiedName)() needs an argument")
        }
        let shift = isMethod ? 1 : 0
        if args.count < 2 {
          throw PyError(
            "TypeError",
            "\(b.name) expected at least \(2 - shift) argument\(2 - shift == 1 ? "" : "s"), got \(args.count - shift)")
        }
        throw PyError("TypeError", "\(b.name) expected at most \(3 - shift) arguments, got \(args.count - shift)")
      }
      return try f(self, args[0], args[1], args.count == 3 ? args[2] : nil)
    case .general(let f):
      return try f(self, Arguments(args, keywords))
    case .pairOrGeneral(let pair, let general):
      if args.count == 2 && keywords.isEmpty { return try pair(self, args[0], args[1]) }
      return try general(self, Arguments(args, keywords))
    }
  }

  private func arity(_ b: PyBuiltin, expected: Int, got: Int, _ keywords: [(String, Value)]) -> PyError {
    if let k = keywords.first { return PyError("TypeError", "\(b.name)() takes no keyword arguments (got '\(k.0)')") }
    let isMethod = b.qualifiedName.contains(".")
    if isMethod && got == 0 { return PyError("TypeError", "unbound method \(b.qualifiedName)() needs an argument") }
    let e = isMethod ? expected - 1 : expected
    let g = isMethod ? got - 1 : got
    if e == 0 { return PyError("TypeError", "\(b.qualifiedName)() takes no arguments (\(g) given)") }
    if e == 1 { return PyError("TypeError", "\(b.qualifiedName)() takes exactly one argument (\(g) given)") }
    return PyError("TypeError", "\(b.qualifiedName) expected \(e) arguments, got \(g)")
  }

  /// Runs a Python function: binds the arguments into a new frame and runs the body.
  func callFunction(_ fn: PyFunction, _ args: [Value], _ keywords: [(String, Value)]) throws(PyError) -> Value {
    let code = fn.code
    if code.isGenerator {
      let frame = Frame.allocate(capacity: code.frameSize)
      frame.initialize(repeating: .unbound, count: code.frameSize)
      let generator = PyGenerator(function: fn, frame: frame, finalizers: finalizers)
      try bind(fn, args, keywords, into: frame)
      code.prologue(frame, fn)
      return .object(generator)
    }
    let frame = try pushFrame(code.frameSize)
    defer { popFrame(frame, code.frameSize) }
    let n = args.count
    if keywords.isEmpty && fn.takesPlain(n) {
      // Positional arguments straight into their slots, defaults after.
      for k in 0..<n { frame[k] = args[k] }
      fn.fillDefaults(frame, from: n)
      return try run(code, frame)
    }
    try bind(fn, args, keywords, into: frame)
    if code.needsPrologue { code.prologue(frame, fn) }
    return try run(code, frame)
  }

  /// Runs a bound frame's body and takes the returned value.
  @inline(__always) func run(_ code: Code, _ frame: Frame) throws(PyError) -> Value {
    if try code.body(frame) == .returned {
      // Moved out, not copied: no retain of the value and release of the slot.
      var v = Value.none
      swap(&v, &returnValue)
      return v
    }
    return .none
  }

  /// Binds call arguments to a function's parameters, with Python's errors for each mismatch.
  func bind(_ fn: PyFunction, _ args: [Value], _ keywords: [(String, Value)], into frame: Frame) throws(PyError) {
    let code = fn.code
    let n = code.argumentCount
    let name = fn.qualifiedName
    for k in 0..<min(args.count, n) { frame[k] = args[k] }
    if args.count > n {
      if let s = code.varArgsSlot {
        frame[s] = .tuple(Array(args[n...]))
      } else {
        throw Runtime.tooManyPositional(name, required: n - fn.defaults.count, total: n, given: args.count)
      }
    } else if let s = code.varArgsSlot {
      frame[s] = .tuple([])
    }
    var extra: PyDict?
    if let s = code.varKeywordsSlot {
      let d = PyDict()
      extra = d
      frame[s] = .object(d)
    }
    for (key, value) in keywords {
      if let index = code.parameterNames.firstIndex(of: key), index >= code.positionalOnlyCount {
        if !frame[index].isUnbound {
          throw PyError("TypeError", "\(name)() got multiple values for argument '\(key)'")
        }
        frame[index] = value
      } else if let extra {
        try extra.set(.str(key), value, rt: self)
      } else if code.parameterNames.prefix(code.positionalOnlyCount).contains(key) {
        let positionalOnly = code.parameterNames.prefix(code.positionalOnlyCount)
        let named = keywords.map(\.0).filter { positionalOnly.contains($0) }
        throw PyError(
          "TypeError",
          "\(name)() got some positional-only arguments passed as keyword arguments: '\(named.joined(separator: ", "))'"
        )
      } else {
        throw PyError("TypeError", "\(name)() got an unexpected keyword argument '\(key)'")
      }
    }
    if args.count < n {
      let firstDefault = n - fn.defaults.count
      var missing: [String] = []
      for k in args.count..<n where frame[k].isUnbound {
        if k >= firstDefault {
          frame[k] = fn.defaults[k - firstDefault]
        } else {
          missing.append(code.parameterNames[k])
        }
      }
      if !missing.isEmpty { throw Runtime.missingArguments(name, missing, kind: "positional") }
    }
    if code.keywordOnlyCount > 0 {
      var missing: [String] = []
      for k in n..<(n + code.keywordOnlyCount) where frame[k].isUnbound {
        let p = code.parameterNames[k]
        if let d = fn.keywordDefaults[p] { frame[k] = d } else { missing.append(p) }
      }
      if !missing.isEmpty { throw Runtime.missingArguments(name, missing, kind: "keyword-only") }
    }
  }

  /// `f() takes 2 positional arguments but 3 were given` (`from 1 to 2` when some have defaults); `name`
  /// is the function's qualified name, and the counts include `self` for methods.
  static func tooManyPositional(_ name: String, required: Int, total n: Int, given: Int) -> PyError {
    let takes =
      required == n
      ? "\(n) positional argument\(n == 1 ? "" : "s")"
      : "from \(required) to \(n) positional arguments"
    return PyError("TypeError", "\(name)() takes \(takes) but \(given) \(given == 1 ? "was" : "were") given")
  }

  /// `f() missing 2 required positional arguments: 'a' and 'b'` (`'a', 'b', and 'c'` for three).
  static func missingArguments(_ name: String, _ missing: [String], kind: String) -> PyError {
    let quoted = missing.map { "'\($0)'" }
    let list: String
    switch quoted.count {
    case 1: list = quoted[0]
    case 2: list = "\(quoted[0]) and \(quoted[1])"
    default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted[quoted.count - 1]
    }
    let s = missing.count == 1 ? "" : "s"
    return PyError("TypeError", "\(name)() missing \(missing.count) required \(kind) argument\(s): \(list)")
  }
}
