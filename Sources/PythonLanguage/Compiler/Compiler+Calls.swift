extension Compiler {
  func compileCall(_ callee: Expr, _ args: [Argument], _ range: SourceRange) throws(PyError) -> Eval {
    let plain = args.allSatisfy { if case .positional = $0 { true } else { false } }
    if case .name("super") = callee.kind, args.isEmpty, case .global = place(of: "super") {
      return try compileZeroArgumentSuper(range)
    }
    if let stream = try compileStreamCall(callee, args, range) { return stream }
    if plain, specialise, case .attribute(let obj, let name) = callee.kind {
      return try compileMethodCall(obj, name, args.map(\.expr), range)
    }
    let f = try compile(callee)
    if plain && specialise {
      if case .name(let n) = callee.kind, case .global(let box) = place(of: n) {
        return try compileGlobalCall(box, n, callee.range, args.map(\.expr), range)
      }
      return try compilePlainCall(f, args.map(\.expr), range)
    }
    return try compileGeneralCall(f, args, range)
  }

  /// Compiles positional arguments.
  func compileArguments(_ args: [Expr]) throws(PyError) -> CallArguments {
    CallArguments(try args.map { (a) throws(PyError) -> EvalRef in EvalRef(run: try compile(a)) })
  }

  /// `f(a, b)`: the callee's kind picks the path (a plain Python function's frame filled in place, a builtin of
  /// fixed arity, a plain class constructed), else the general call.
  func compilePlainCall(_ fe: @escaping Eval, _ args: [Expr], _ range: SourceRange) throws(PyError) -> Eval {
    let rt = self.rt
    let arguments = try compileArguments(args)
    return { (f) throws(PyError) -> Value in try Compiler.call(rt, try fe(f), f, arguments, range) }
  }

  /// `f(a, b)` with `f` a global (or builtin) name: the box is read here, without a closure for the name.
  func compileGlobalCall(
    _ box: Globals.Box, _ name: String, _ nameRange: SourceRange, _ args: [Expr],
    _ range: SourceRange
  ) throws(PyError) -> Eval {
    let rt = self.rt
    let arguments = try compileArguments(args)
    let n = arguments.count
    let objectTag = SlotPeek.objectTag
    // The builtins are made once, before any code is compiled: the one this name means is found now.
    let builtin = rt.builtins[name]
    return { (f) throws(PyError) -> Value in
      // A plain Python function: looked at where the box holds it, retained once for the call.
      if let u = SlotPeek.object(box.slot, tag: objectTag),
        let fn = u._withUnsafeGuaranteedRef({ o -> PyFunction? in
          guard o.tag == .function else { return nil }
          let fn = unsafeDowncast(o, to: PyFunction.self)
          return fn.takesPlain(n) ? fn : nil
        })
      {
        return try Compiler.callPlain(rt, fn, f, arguments, receiver: nil, range)
      }
      if case .unbound = box.value {
        guard let builtin else { throw Compiler.undefined(name, at: nameRange) }
        return try Compiler.call(rt, builtin, f, arguments, range)
      }
      return try Compiler.call(rt, box.value, f, arguments, range)
    }
  }

  /// Calls `callee` with the arguments evaluated in `f`, by the fastest path its kind allows.
  @inline(__always)
  static func call(_ rt: Runtime, _ callee: Value, _ f: Frame, _ args: CallArguments, _ range: SourceRange)
    throws(PyError) -> Value
  {
    let n = args.count
    if case .object(let o) = callee {
      if o.tag == .function {
        let fn = unsafeDowncast(o, to: PyFunction.self)
        if fn.takesPlain(n) {
          return try callPlain(rt, fn, f, args, receiver: nil, range)
        }
      } else if o.tag == .builtin {
        let b = unsafeDowncast(o, to: PyBuiltin.self)
        switch b.body {
        case .one(let body) where n == 1:
          let x = try args.first(f)
          do throws(PyError) { return try body(rt, x) } catch { throw error.located(range) }
        case .two(let body) where n == 2, .pairOrGeneral(let body, _) where n == 2:
          let x = try args.first(f)
          let y = try args.second(f)
          do throws(PyError) { return try body(rt, x, y) } catch { throw error.located(range) }
        default: break
        }
      } else if o.tag == .type {
        let t = unsafeDowncast(o, to: PyType.self)
        if n == 1, let unary = Constructors.unary(t) {
          let x = try args.first(f)
          do throws(PyError) { return try unary(rt, x) } catch { throw error.located(range) }
        }
        if n == 2, let binary = Constructors.binary(t) {
          let x = try args.first(f)
          let y = try args.second(f)
          do throws(PyError) { return try binary(rt, x, y) } catch { throw error.located(range) }
        }
        if n == 0, let made = Constructors.empty(t) { return made }
        if let v = try constructPlain(rt, t, f, args, range) { return v }
      }
    }
    return try callGeneric(rt, callee, try args.values(f), [], range)
  }

  /// Calls a plain-parameter function: arguments go straight into the new frame's slots.
  @inline(__always)
  static func callPlain(
    _ rt: Runtime, _ fn: PyFunction, _ f: Frame, _ args: CallArguments, receiver: consuming Value?,
    _ range: SourceRange
  ) throws(PyError) -> Value {
    let size = fn.frameSize
    let nf: Frame
    do throws(PyError) { nf = try rt.pushFrame(size) } catch { throw error.located(range) }
    defer { rt.popFrame(nf, size) }
    var k = 0
    // The receiver moves into the frame (a copy would retain it once more).
    if case .some(let r) = consume receiver {
      nf[0] = r
      k = 1
    }
    let isMethod = k == 1
    try args.fill(nf + k, f)
    fn.fillDefaults(nf, from: k + args.count)
    rt.counters.plainCalls &+= 1
    if !isMethod, let integer = fn.integer, integer.usable, let v = integer.run(fn, nf) {
      rt.counters.integerCalls &+= 1
      return .int(v)
    }
    do throws(PyError) {
      try rt.tick()
      if fn.returnsExpression { return try fn.returnExpression(nf) }
      if try fn.body(nf) == .returned {
        var v = Value.none
        swap(&v, &rt.returnValue)
        return v
      }
      return .none
    } catch { throw error.calling(fn.name, at: range) }
  }

  /// `C(a, b)` for a plain class: the instance is made here and `__init__` runs with its arguments straight in
  /// the frame (no argument lists); nil when the class needs the general path.
  static func constructPlain(_ rt: Runtime, _ t: PyType, _ f: Frame, _ args: CallArguments, _ range: SourceRange)
    throws(PyError) -> Value?
  {
    guard let initializer = rt.plainInitializer(t, argumentCount: args.count + 1) else { return nil }
    let instance = Value.object(PyInstance(cls: t))
    guard let initializer else { return instance }
    rt.counters.plainConstructions &+= 1
    let r = try callPlain(rt, initializer, f, args, receiver: instance, range)
    guard case .none = r else {
      throw PyError("TypeError", "__init__() should return None, not '\(rt.typeName(r))'", at: range)
    }
    return instance
  }

  static func callGeneric(
    _ rt: Runtime, _ callee: Value, _ args: [Value], _ keywords: [(String, Value)],
    _ range: SourceRange
  ) throws(PyError) -> Value {
    do throws(PyError) {
      try rt.tick()
      return try rt.call(callee, args, keywords)
    } catch {
      if case .object(let o) = callee, o.tag == .function {
        throw error.calling(unsafeDowncast(o, to: PyFunction.self).code.name, at: range)
      }
      if case .object(let o) = callee, o.tag == .boundMethod,
        case .object(let g) = unsafeDowncast(o, to: PyBoundMethod.self).function, g.tag == .function
      {
        throw error.calling(unsafeDowncast(g, to: PyFunction.self).code.name, at: range)
      }
      throw error.located(range)
    }
  }

  /// `obj.name(args)`: the method is found once per receiver class (cached at the site) and called with the
  /// receiver as its first argument, without making a bound method; a callable kept in an instance attribute
  /// (`self.work(n)`) is cached by slot.
  func compileMethodCall(_ obj: Expr, _ name: String, _ args: [Expr], _ range: SourceRange) throws(PyError) -> Eval {
    if specialise, name == "append", args.count == 1 {
      return try compileListAppend(obj, args[0], range)
    }
    if specialise, name == "get", (1...2).contains(args.count) {
      return try compileDictGet(obj, args, range)
    }
    if specialise, name == "add", args.count == 1 {
      return try compileSetAdd(obj, args[0], range)
    }
    if specialise, name == "pop", args.isEmpty {
      return try compileListPop(obj, range)
    }
    let rt = self.rt
    let arguments = try compileArguments(args)
    let site = MethodSite()
    if case .local(let s, let local, let nr) = try operand(obj) {
      // `self.f(x)`, `t.run()`: the receiver is looked at where the frame holds it, and copied once, into the
      // callee's frame.
      let objectTag = SlotPeek.objectTag
      let n = arguments.count
      let text = SiteText(name, range, receiver: local, at: nr)
      return { (f) throws(PyError) -> Value in
        if let u = SlotPeek.instance(f + s, tag: objectTag),
          let fn = u._withUnsafeGuaranteedRef({ site.function(for: $0) }),
          fn._withUnsafeGuaranteedRef({ $0.takesPlain(n + 1) })
        {
          rt.counters.methodHits &+= 1
          return try Compiler.callPlain(rt, fn.takeUnretainedValue(), f, arguments, receiver: f[s], text.range)
        }
        let receiver = f[s]
        try text.checkBound(receiver)
        return try Compiler.dispatchMethod(rt, site, text.name, receiver, f, arguments, text.range)
      }
    }
    let o = try compile(obj)
    return { (f) throws(PyError) -> Value in
      try Compiler.dispatchMethod(rt, site, name, try o(f), f, arguments, range)
    }
  }

  /// `xs.append(e)`: on a list, the item is appended here (a list's methods are its type's, which no program can
  /// change: CPython specialises this call the same way); any other receiver is dispatched as usual.
  ///
  /// A local list is read where the frame holds it, when `e` cannot rebind the name.
  private func compileListAppend(_ obj: Expr, _ item: Expr, _ range: SourceRange) throws(PyError) -> Eval {
    // The argument is compiled once: the fast path evaluates it, and so does the dispatch for other receivers.
    let arguments = try compileArguments([item])
    let value = arguments.first
    let call = compileMethodDispatch("append", arguments, range)
    if item.bindsNoName, case .local(let s, let local, let nr) = try operand(obj) {
      let objectTag = SlotPeek.objectTag
      return { (f) throws(PyError) -> Value in
        if let u = SlotPeek.object(f + s, tag: objectTag), u._withUnsafeGuaranteedRef({ $0.tag == .list }) {
          // The frame keeps the list alive while `e` runs: nothing `e` does can rebind the slot.
          let v = try value(f)
          u._withUnsafeGuaranteedRef { unsafeDowncast($0, to: PyList.self).items.append(v) }
          return .none
        }
        let receiver = f[s]
        if case .unbound = receiver { throw Compiler.unbound(local, at: nr) }
        return try call(receiver, f)
      }
    }
    let o = try compile(obj)
    return { (f) throws(PyError) -> Value in
      let receiver = try o(f)
      if case .object(let x) = receiver, x.tag == .list {
        let v = try value(f)
        unsafeDowncast(x, to: PyList.self).items.append(v)
        return .none
      }
      return try call(receiver, f)
    }
  }

  /// `d.get(k)` and `d.get(k, default)`: on a dict (or `defaultdict`, `Counter`, `OrderedDict`, which share its
  /// `get`) the lookup is made here, after both arguments are evaluated as the call would; any other receiver is
  /// dispatched as usual.
  private func compileDictGet(_ obj: Expr, _ args: [Expr], _ range: SourceRange) throws(PyError) -> Eval {
    let rt = self.rt
    let o = try compile(obj)
    let arguments = try compileArguments(args)
    let (key, fallback) = (arguments.first, arguments.second)
    let call = compileMethodDispatch("get", arguments, range)
    return { (f) throws(PyError) -> Value in
      let receiver = try o(f)
      guard case .object(let x) = receiver, x.tag == .dict else { return try call(receiver, f) }
      let k = try key(f)
      let otherwise = try fallback(f)
      do throws(PyError) {
        return try unsafeDowncast(x, to: PyDict.self).get(k, rt: rt) ?? otherwise
      } catch { throw error.located(range) }
    }
  }

  /// `s.add(x)`: on a set the member is added here; any other receiver is dispatched as usual.
  private func compileSetAdd(_ obj: Expr, _ item: Expr, _ range: SourceRange) throws(PyError) -> Eval {
    let rt = self.rt
    let o = try compile(obj)
    let arguments = try compileArguments([item])
    let value = arguments.first
    let call = compileMethodDispatch("add", arguments, range)
    return { (f) throws(PyError) -> Value in
      let receiver = try o(f)
      guard case .object(let x) = receiver, x.tag == .set else { return try call(receiver, f) }
      let v = try value(f)
      do throws(PyError) { try unsafeDowncast(x, to: PySet.self).add(v, rt: rt) } catch { throw error.located(range) }
      return .none
    }
  }

  /// `xs.pop()`: on a list the last item is taken here (a stack's hot path); any other receiver is dispatched as
  /// usual.
  private func compileListPop(_ obj: Expr, _ range: SourceRange) throws(PyError) -> Eval {
    let o = try compile(obj)
    let call = compileMethodDispatch("pop", CallArguments([]), range)
    return { (f) throws(PyError) -> Value in
      let receiver = try o(f)
      guard case .object(let x) = receiver, x.tag == .list else { return try call(receiver, f) }
      let list = unsafeDowncast(x, to: PyList.self)
      guard let last = list.items.popLast() else { throw PyError("IndexError", "pop from empty list", at: range) }
      return last
    }
  }

  /// The call of method `name` on a receiver already evaluated.
  private func compileMethodDispatch(_ name: String, _ arguments: CallArguments, _ range: SourceRange)
    -> (Value, Frame) throws(PyError) -> Value
  {
    let rt = self.rt
    let site = MethodSite()
    return { (receiver, f) throws(PyError) -> Value in
      try Compiler.dispatchMethod(rt, site, name, receiver, f, arguments, range)
    }
  }

  /// `receiver.name(arguments)`: by the method cached at the site, or found and cached now (inlined into each
  /// call site's closure).
  @inline(__always)
  static func dispatchMethod(
    _ rt: Runtime, _ site: MethodSite, _ name: String, _ receiver: Value, _ f: Frame, _ arguments: CallArguments,
    _ range: SourceRange
  ) throws(PyError) -> Value {
    let n = arguments.count
    var method: Value?
    if case .object(let x) = receiver {
      if x.tag == .instance {
        let inst = unsafeDowncast(x, to: PyInstance.self)
        if let fn = site.function(for: inst), fn._withUnsafeGuaranteedRef({ $0.takesPlain(n + 1) }) {
          rt.counters.methodHits &+= 1
          return try Compiler.callPlain(rt, fn.takeUnretainedValue(), f, arguments, receiver: receiver, range)
        }
        method = site.method(for: inst)
        if method == nil, let s = site.attribute.slot(of: inst) {
          rt.counters.attributeHits &+= 1
          return try Compiler.call(rt, inst.slot(s), f, arguments, range)
        }
      } else if x.tag == .module {
        if let function = site.function(in: unsafeDowncast(x, to: PyModule.self)) {
          rt.counters.methodHits &+= 1
          return try Compiler.call(rt, function, f, arguments, range)
        }
      } else if x.tag != .type {
        method = site.method(forBuiltin: x.type)
      }
    } else {
      method = site.method(forBuiltin: rt.typeOf(receiver))
    }
    if method == nil {
      let resolved: (Value, Bool)
      do throws(PyError) { resolved = try rt.resolveMethod(receiver, name) } catch { throw error.located(range) }
      if resolved.1 {
        method = resolved.0
        site.remember(receiver, resolved.0, rt)
      } else {
        // Not a method of the class (an instance attribute, a module function, a class's own function).
        site.attribute.remember(receiver, name)
        if case .object(let x) = receiver, x.tag == .module {
          site.remember(module: unsafeDowncast(x, to: PyModule.self), resolved.0)
        }
        return try Compiler.call(rt, resolved.0, f, arguments, range)
      }
    } else {
      rt.counters.methodHits &+= 1
    }
    guard case .object(let m)? = method else { return .none }
    if m.tag == .function {
      let fn = unsafeDowncast(m, to: PyFunction.self)
      if fn.takesPlain(n + 1) {
        return try Compiler.callPlain(rt, fn, f, arguments, receiver: receiver, range)
      }
    } else if m.tag == .builtin {
      let b = unsafeDowncast(m, to: PyBuiltin.self)
      switch b.body {
      case .one(let body) where n == 0:
        do throws(PyError) { return try body(rt, receiver) } catch { throw error.located(range) }
      case .two(let body) where n == 1:
        let x = try arguments.first(f)
        do throws(PyError) { return try body(rt, receiver, x) } catch { throw error.located(range) }
      case .twoOrThree(let body) where n == 1 || n == 2:
        let x = try arguments.first(f)
        let y = n == 2 ? try arguments.second(f) : nil
        do throws(PyError) { return try body(rt, receiver, x, y) } catch { throw error.located(range) }
      case .pairOrGeneral(let pair, _) where n == 1:
        let x = try arguments.first(f)
        do throws(PyError) { return try pair(rt, receiver, x) } catch { throw error.located(range) }
      default: break
      }
    }
    return try Compiler.callGeneric(rt, .object(m), [receiver] + (try arguments.values(f)), [], range)
  }

  /// Calls with keywords, `*args` or `**kwargs`.
  func compileGeneralCall(_ fe: @escaping Eval, _ args: [Argument], _ range: SourceRange) throws(PyError) -> Eval {
    let rt = self.rt
    enum Part {
      case positional(Eval)
      case star(Eval)
      case keyword(String, Eval)
      case doubleStar(Eval)
    }
    var parts: [Part] = []
    var seen: Set<String> = []
    for a in args {
      switch a {
      case .positional(let e): parts.append(.positional(try compile(e)))
      case .star(let e): parts.append(.star(try compile(e)))
      case .keyword(let k, let e):
        guard seen.insert(k).inserted else { throw .syntax("keyword argument repeated: \(k)", at: e.range) }
        parts.append(.keyword(k, try compile(e)))
      case .doubleStar(let e): parts.append(.doubleStar(try compile(e)))
      }
    }
    return { (f) throws(PyError) -> Value in
      let callee = try fe(f)
      var values: [Value] = []
      var keywords: [(String, Value)] = []
      do throws(PyError) {
        for p in parts {
          switch p {
          case .positional(let e): values.append(try e(f))
          case .star(let e):
            let v = try e(f)
            guard rt.isIterable(v) else {
              throw PyError(
                "TypeError", "\(rt.callableName(callee)) argument after * must be an iterable, not \(rt.typeName(v))")
            }
            values += try rt.collect(v)
          case .keyword(let k, let e): keywords.append((k, try e(f)))
          case .doubleStar(let e):
            let v = try e(f)
            guard case .object(let d) = v, d.tag == .dict else {
              throw PyError(
                "TypeError", "\(rt.callableName(callee)) argument after ** must be a mapping, not \(rt.typeName(v))")
            }
            for (k, x) in unsafeDowncast(d, to: PyDict.self).items {
              guard case .object(let ks) = k, ks.tag == .str else {
                throw PyError("TypeError", "keywords must be strings")
              }
              let key = unsafeDowncast(ks, to: PyStr.self).value
              if keywords.contains(where: { $0.0 == key }) {
                throw PyError(
                  "TypeError", "\(rt.callableName(callee)) got multiple values for keyword argument '\(key)'")
              }
              keywords.append((key, x))
            }
          }
        }
      } catch { throw error.located(range) }
      return try Compiler.callGeneric(rt, callee, values, keywords, range)
    }
  }

  /// `super()` inside a method: the class from the `__class__` cell and the method's first argument.
  func compileZeroArgumentSuper(_ range: SourceRange) throws(PyError) -> Eval {
    let rt = self.rt
    guard scope.kind == .function, let first = scope.parameters.first else {
      throw PyError("RuntimeError", "super(): no arguments", at: range)
    }
    let cls = compileLoad("__class__", range)
    let receiver = compileLoad(first, range)
    return { (f) throws(PyError) -> Value in
      do throws(PyError) {
        guard case .object(let c) = try cls(f), c.tag == .type else {
          throw PyError("RuntimeError", "super(): __class__ cell not found")
        }
        return try rt.makeSuper(unsafeDowncast(c, to: PyType.self), try receiver(f))
      } catch { throw error.located(range) }
    }
  }
}

/// A call's positional arguments, compiled.
///
/// The first three are kept as closures of their own: a closure read out of an array is retained for the call
/// and released after, a closure held in a captured field is called in place.
struct CallArguments {
  let count: Int
  let first: Eval
  let second: Eval
  let third: Eval
  let all: [EvalRef]

  init(_ evals: [EvalRef]) {
    let missing: Eval = { _ in .none }
    count = evals.count
    first = evals.count > 0 ? evals[0].run : missing
    second = evals.count > 1 ? evals[1].run : missing
    third = evals.count > 2 ? evals[2].run : missing
    all = evals
  }

  /// Evaluates the arguments, left to right, into `slots[0..<count]`.
  @inline(__always) func fill(_ slots: Frame, _ f: Frame) throws(PyError) {
    switch count {
    case 0: return
    case 1: slots[0] = try first(f)
    case 2:
      slots[0] = try first(f)
      slots[1] = try second(f)
    case 3:
      slots[0] = try first(f)
      slots[1] = try second(f)
      slots[2] = try third(f)
    default:
      for i in all.indices { slots[i] = try all[i].run(f) }
    }
  }

  /// The arguments' values, for the general call.
  func values(_ f: Frame) throws(PyError) -> [Value] {
    var values: [Value] = []
    values.reserveCapacity(count)
    for e in all { values.append(try e.run(f)) }
    return values
  }
}
