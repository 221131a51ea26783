extension Compiler {
  /// One `except` clause: the class(es) it catches, where `as name` stores, and its body.
  struct Handler {
    var type: Eval?
    var store: Store?
    var name: String?
    var body: Exec
    var range: SourceRange
  }

  func compileHandlers(_ handlers: [ExceptHandler]) throws(PyError) -> [Handler] {
    try handlers.map { (h) throws(PyError) -> Handler in
      Handler(
        type: try h.type.map { (t) throws(PyError) in try compile(t) },
        store: h.name.map { compileStore($0) }, name: h.name, body: try compileBlock(h.body), range: h.range)
    }
  }

  /// Runs the first handler that matches `error`; nil when none does.
  static func handle(_ error: PyError, _ handlers: [Handler], _ f: Frame, _ rt: Runtime, unbind: [Exec?])
    throws(PyError) -> Flow?
  {
    for (k, h) in handlers.enumerated() {
      if let t = h.type {
        let typeValue: Value
        do throws(PyError) { typeValue = try t(f) } catch { throw error.located(h.range) }
        guard try rt.matches(error, typeValue) else { continue }
      }
      var caught = error
      let exception = rt.materialize(&caught)
      rt.handling.append(caught)
      defer { rt.handling.removeLast() }
      try h.store?(f, .object(exception))
      let r: Flow
      do throws(PyError) { r = try h.body(f) } catch {
        _ = try? unbind[k]?(f)
        throw rt.chain(error, context: caught)
      }
      _ = try unbind[k]?(f)
      return r
    }
    return nil
  }

  func compileTry(_ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt], _ finally: [Stmt])
    throws(PyError) -> Exec
  {
    let rt = self.rt
    let b = try compileBlock(body)
    let e = try compileBlock(orElse)
    let hs = try compileHandlers(handlers)
    let unbind: [Exec?] = handlers.map { h in h.name.map { n in self.compileDelete(n, h.range) } }
    let hasElse = !orElse.isEmpty
    let tryExcept: Exec =
      hs.isEmpty
      ? b
      : { (f) throws(PyError) -> Flow in
        let r: Flow
        do throws(PyError) { r = try b(f) } catch {
          if let handled = try Compiler.handle(error, hs, f, rt, unbind: unbind) { return handled }
          throw error
        }
        if r != .normal || !hasElse { return r }
        return try e(f)
      }
    if finally.isEmpty { return tryExcept }
    let fin = try compileBlock(finally)
    return { (f) throws(PyError) -> Flow in
      let r: Flow
      do throws(PyError) { r = try tryExcept(f) } catch {
        let saved = rt.returnValue
        rt.handling.append(error)
        let fr: Flow
        do throws(PyError) { fr = try fin(f) } catch {
          rt.handling.removeLast()
          throw rt.chain(error, context: error)
        }
        rt.handling.removeLast()
        if fr != .normal { return fr }
        rt.returnValue = saved
        throw error
      }
      let saved = rt.returnValue
      let fr = try fin(f)
      if fr != .normal { return fr }
      rt.returnValue = saved
      return r
    }
  }

  /// `try` in a generator: a `yield` may sit in the body, a handler, `else` or `finally`.
  ///
  /// The phase slot says which (0 body, 2 else, 3 finally, 10 + k handler k); a handler's exception waits in its own
  /// slot, so a resumed handler still sees it (bare `raise`, implicit chaining).
  func compileResumableTry(_ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt], _ finally: [Stmt])
    throws(PyError) -> Exec
  {
    let rt = self.rt
    guard let rs = resumeSlot else { return try compileTry(body, handlers, orElse, finally) }
    let b = try compileBlock(body)
    let e = try compileBlock(orElse)
    let fin = try compileBlock(finally)
    let hs = try compileHandlers(handlers)
    let unbind: [Exec?] = handlers.map { h in h.name.map { n in self.compileDelete(n, h.range) } }
    let phase = newSlot()
    let caughtSlot = newSlot()
    let hasFinally = !finally.isEmpty

    /// Runs handler `k` for `error` (first entry or resumption).
    func runHandler(_ k: Int, _ error: PyError, _ f: Frame, resuming: Bool) throws(PyError) -> Flow {
      var caught = error
      let exception = rt.materialize(&caught)
      if !resuming {
        f[phase] = .int(10 + k)
        f[caughtSlot] = .object(exception)
        try hs[k].store?(f, .object(exception))
      }
      rt.handling.append(caught)
      defer { rt.handling.removeLast() }
      let r: Flow
      do throws(PyError) { r = try hs[k].body(f) } catch {
        _ = try? unbind[k]?(f)
        f[caughtSlot] = .unbound
        throw rt.chain(error, context: caught)
      }
      if r == .yielded { return r }
      _ = try unbind[k]?(f)
      f[caughtSlot] = .unbound
      return r
    }

    return { (f) throws(PyError) -> Flow in
      let resume = Compiler.resuming(f, rs)
      var current = 0
      if resume, case .int(let p) = f[phase] { current = p }
      var r: Flow = .normal
      var pending: PyError?
      if current != 3 {
        do throws(PyError) {
          if current == 0 {
            if !resume { f[phase] = .int(0) }
            var failed: PyError?
            do throws(PyError) { r = try b(f) } catch { failed = error }
            if let error = failed {
              var matched: Int?
              for (k, h) in hs.enumerated() {
                if let t = h.type {
                  let typeValue: Value
                  do throws(PyError) { typeValue = try t(f) } catch { throw error.located(h.range) }
                  guard try rt.matches(error, typeValue) else { continue }
                }
                matched = k
                break
              }
              guard let k = matched else { throw error }
              r = try runHandler(k, error, f, resuming: false)
            } else if r == .normal {
              f[phase] = .int(2)
              r = try e(f)
            }
          } else if current == 2 {
            r = try e(f)
          } else if current >= 10, case .object(let o) = f[caughtSlot], o.tag == .instance {
            r = try runHandler(
              current - 10, PyError(exception: unsafeDowncast(o, to: PyInstance.self)), f, resuming: true)
          }
          if r == .yielded { return r }
        } catch {
          pending = error
        }
      }
      guard hasFinally else {
        if let pending { throw pending }
        return r
      }
      f[phase] = .int(3)
      let saved = rt.returnValue
      let fr = try fin(f)
      if fr != .normal { return fr }
      rt.returnValue = saved
      if let pending { throw pending }
      return r
    }
  }

  func compileRaise(_ e: Expr?, _ cause: Expr?, _ range: SourceRange) throws(PyError) -> Exec {
    let rt = self.rt
    guard let e else {
      return { (_) throws(PyError) -> Flow in
        guard let current = rt.handling.last else {
          throw PyError("RuntimeError", "No active exception to reraise", at: range)
        }
        throw current
      }
    }
    let v = try compile(e)
    let c = try cause.map { (x) throws(PyError) in try compile(x) }
    return { (f) throws(PyError) -> Flow in
      let value = try v(f)
      var error: PyError
      do throws(PyError) {
        error = try rt.raising(value)
        if let c { try rt.setCause(&error, try c(f)) }
      } catch { throw error.located(range) }
      error.range = range
      error.frames = []
      error.leftGenerator = nil
      if let context = rt.handling.last { error = rt.chain(error, context: context) }
      throw error
    }
  }

  /// `with a as x, b: body`.
  ///
  /// In a generator the manager and its `__exit__` wait in frame slots while the body is suspended at a `yield`, so
  /// resuming skips `__enter__`; closing the generator there runs `__exit__` with `GeneratorExit`.
  func compileWith(_ items: [(Expr, Expr?)], _ body: [Stmt], _ range: SourceRange) throws(PyError) -> Exec {
    let rt = self.rt
    guard let first = items.first else { return try compileBlock(body) }
    let inner: Exec =
      items.count > 1 ? try compileWith(Array(items.dropFirst()), body, range) : try compileBlock(body)
    let manager = try compile(first.0)
    let store = try first.1.map { (t) throws(PyError) in try compileAssignment(t) }
    let resumeSlot = self.resumeSlot
    let managerSlot = resumeSlot == nil ? -1 : newSlot()
    let exitSlot = resumeSlot == nil ? -1 : newSlot()
    return { (f) throws(PyError) -> Flow in
      let m: Value
      let exit: Value
      if let rs = resumeSlot, Compiler.resuming(f, rs) {
        m = f[managerSlot]
        exit = f[exitSlot]
      } else {
        m = try manager(f)
        do throws(PyError) {
          let t = rt.typeOf(m)
          guard let enter = t.lookup("__enter__"), let ex = t.lookup("__exit__") else {
            throw PyError(
              "TypeError", "'\(rt.typeName(m))' object does not support the context manager protocol")
          }
          exit = ex
          let entered = try rt.call(enter, m)
          try store?(f, entered)
        } catch { throw error.located(first.0.range) }
        if resumeSlot != nil {
          f[managerSlot] = m
          f[exitSlot] = exit
        }
      }
      let r: Flow
      do throws(PyError) { r = try inner(f) } catch {
        if resumeSlot != nil {
          f[managerSlot] = .unbound
          f[exitSlot] = .unbound
        }
        var caught = error
        let exception = rt.materialize(&caught)
        let suppress: Bool
        do throws(PyError) {
          suppress = try rt.truthy(
            try rt.call(exit, [m, .object(exception.cls), .object(exception), .none]))
        } catch {
          // Raised while the body's exception was being handled: that one becomes its `__context__`.
          throw rt.chain(error, context: caught).located(range)
        }
        if suppress { return .normal }
        throw caught
      }
      if r == .yielded { return r }
      if resumeSlot != nil {
        f[managerSlot] = .unbound
        f[exitSlot] = .unbound
      }
      do throws(PyError) { _ = try rt.call(exit, [m, .none, .none, .none]) } catch { throw error.located(range) }
      return r
    }
  }
}

extension Value {
  func isInt(_ n: Int) -> Bool {
    if case .int(let i) = self { return i == n }
    return false
  }
}
