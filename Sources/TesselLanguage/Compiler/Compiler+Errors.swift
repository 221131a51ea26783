extension Compiler {
  /// `try/except/else/finally`.
  ///
  /// A bare `except:` and `except Exception` do not catch `KeyboardInterrupt`, so an
  /// interrupt always stops the cell.
  func compileTry(
    _ bodyStmts: [Stmt], _ handlerStmts: [ExceptHandler], _ orElseStmts: [Stmt]?, _ finallyStmts: [Stmt]?,
    _ r: SourceRange
  ) throws(TesselError) -> Exec {
    struct Handler {
      var types: Eval?
      var range: SourceRange
      var bind: Store?
      var body: Exec
    }
    let body = try compile(bodyStmts)
    var handlers: [Handler] = []
    for h in handlerStmts {
      handlers.append(
        Handler(
          types: try h.types.map { e throws(TesselError) in try compile(e) }, range: h.range,
          bind: h.name.map { store($0) }, body: try compile(h.body)))
    }
    let orElse = try orElseStmts.map { s throws(TesselError) in try compile(s) }
    let finally = try finallyStmts.map { s throws(TesselError) in try compile(s) }

    func handles(_ h: Handler, _ error: TesselError, _ f: Frame) throws(TesselError) -> Bool {
      guard let types = h.types else { return error.kind != "KeyboardInterrupt" }
      let value = try types(f)
      let kinds: [Value]
      if case .tuple(let items) = value { kinds = items } else { kinds = [value] }
      for k in kinds {
        guard case .exceptionType(let name) = k else {
          throw .type("catching classes that do not inherit from BaseException is not allowed", at: h.range)
        }
        if ErrorKinds.matches(error.kind, name) { return true }
      }
      return false
    }

    /// Runs the first handler that catches `error`; rethrows it if none does.
    func handle(_ error: TesselError, _ f: Frame) throws(TesselError) -> Signal {
      for h in handlers {
        guard try handles(h, error, f) else { continue }
        try h.bind?(f, .exception(error))
        f.handling.append(error)
        defer { f.handling.removeLast() }
        return try h.body(f)
      }
      throw error
    }

    func protected(_ f: Frame) throws(TesselError) -> Signal {
      let signal: Signal
      switch Result(catching: { () throws(TesselError) -> Signal in try body(f) }) {
      case .success(let s): signal = s
      case .failure(let error): return try handle(error, f)
      }
      if signal == .normal, let orElse { return try orElse(f) }
      return signal
    }

    guard let finally else { return protected }
    return { f throws(TesselError) in
      let signal: Signal
      do throws(TesselError) {
        signal = try protected(f)
      } catch {
        let s = try finally(f)
        if s != .normal { return s }
        throw error
      }
      let s = try finally(f)
      return s != .normal ? s : signal
    }
  }

  func compileRaise(_ e: Expr?, _ r: SourceRange) throws(TesselError) -> Exec {
    guard let e else {
      return { f throws(TesselError) in
        if let current = f.handling.last { throw current }
        throw TesselError("RuntimeError", "No active exception to reraise", at: r)
      }
    }
    let value = try compile(e)
    return { f throws(TesselError) in
      switch try value(f) {
      case .exception(var error):
        error.range = r
        error.frames = []
        throw error
      case .exceptionType(let kind):
        throw TesselError(kind, "", at: r)
      default:
        throw .type("exceptions must derive from BaseException", at: r)
      }
    }
  }
}
