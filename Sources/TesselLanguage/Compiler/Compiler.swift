/// Compiles a cell's syntax tree, once, into closures over frames.
///
/// Names are resolved here (to frame slots, shared boxes or global slots), so running code never looks a
/// name up by string; numbers stay unboxed `Double`s on the fast paths of operators, indexing and loops.
final class Compiler {
  let runtime: Runtime
  let analysis = ScopeAnalysis()
  var scope = CompileScope()

  init(runtime: Runtime) {
    self.runtime = runtime
  }

  /// A compiled cell: its statements but the last, and the last as an expression when it is one.
  struct Cell {
    var body: Exec
    var result: Eval?
    /// The last line ended with `;`: run it, show nothing.
    var suppressed: Bool
    var slotCount: Int
  }

  func compileCell(_ statements: [Stmt]) throws(TesselError) -> Cell {
    var body = statements
    var result: Eval?
    var suppressed = false
    let runtime = self.runtime
    if case .expression(let e, let s)? = statements.last {
      body.removeLast()
      let eval = try compile(e)
      result = { f throws(TesselError) in
        let value = try eval(f)
        try runtime.raiseKeptInterrupt(e.range)
        return value
      }
      suppressed = s
    }
    // After each top-level statement: an interrupt that arrived during one long operation (a single BLAS
    // product, `A @ B`, checks nothing while it runs) stops the cell there, never lost.
    let steps = try body.map { s throws(TesselError) in (try compile(s), s.range) }
    let exec: Exec = { f throws(TesselError) in
      for (step, range) in steps {
        let flow = try step(f)
        try runtime.raiseKeptInterrupt(range)
        if flow != .normal { return flow }
      }
      return .normal
    }
    return Cell(body: exec, result: result, suppressed: suppressed, slotCount: scope.slotCount)
  }

  /// Compiles an expression alone (a `user_expressions` entry).
  func compileExpression(_ e: Expr) throws(TesselError) -> (Eval, slotCount: Int) {
    let eval = try compile(e)
    return (eval, scope.slotCount)
  }

  // MARK: - Names

  func load(_ name: String, _ r: SourceRange) -> Eval {
    switch scope.resolve(name) {
    case .local(let s)?:
      return { f throws(TesselError) in
        if let v = f.slots[s] { return v }
        throw TesselError(
          "UnboundLocalError", "cannot access local variable '\(name)' where it is not associated with a value", at: r)
      }
    case .cell(let c)?:
      return { f throws(TesselError) in
        if let v = f.cells[c].value { return v }
        throw TesselError(
          "UnboundLocalError", "cannot access local variable '\(name)' where it is not associated with a value", at: r)
      }
    case .captured(let c)?:
      return { f throws(TesselError) in
        if let v = f.captured[c].value { return v }
        throw TesselError(
          "NameError", "cannot access free variable '\(name)' where it is not associated with a value", at: r)
      }
    case .global, nil:
      let slot = runtime.globals.slot(for: name)
      let globals = runtime.globals
      let fallback = runtime.registry.prelude[name]
      let visible = scope.visibleNames
      return { f throws(TesselError) in
        if let v = globals.values[slot] { return v }
        if let fallback { return fallback }
        throw f.runtime.missingName(name, r, extra: visible)
      }
    }
  }

  /// Where a name assigned in the current scope is stored.
  func location(ofAssigned name: String) -> VariableLocation {
    if let l = scope.resolve(name) { return l }
    return .global(runtime.globals.slot(for: name))
  }

  typealias Store = (Frame, Value) throws(TesselError) -> Void

  func store(_ name: String) -> Store {
    switch location(ofAssigned: name) {
    case .local(let s): return { f, v in f.slots[s] = v }
    case .cell(let c): return { f, v in f.cells[c].value = v }
    case .captured(let c): return { f, v in f.captured[c].value = v }
    case .global(let g):
      let globals = runtime.globals
      return { _, v in globals.values[g] = v }
    }
  }

  /// Runs `body` on the variable's value in place: the variable is emptied meanwhile, so the value is
  /// uniquely owned and a tensor or list is written without a copy.
  typealias Update = (inout Value) throws(TesselError) -> Void
  typealias Modify = (Frame, Update) throws(TesselError) -> Void

  func modify(_ name: String, _ r: SourceRange) -> Modify {
    let read = load(name, r)
    switch location(ofAssigned: name) {
    case .local(let s):
      return { f, body throws(TesselError) in
        var v = try read(f)
        f.slots[s] = nil
        defer { f.slots[s] = v }
        try body(&v)
      }
    case .cell(let c):
      return { f, body throws(TesselError) in
        var v = try read(f)
        f.cells[c].value = nil
        defer { f.cells[c].value = v }
        try body(&v)
      }
    case .captured(let c):
      return { f, body throws(TesselError) in
        var v = try read(f)
        f.captured[c].value = nil
        defer { f.captured[c].value = v }
        try body(&v)
      }
    case .global(let g):
      let globals = runtime.globals
      return { f, body throws(TesselError) in
        var v = try read(f)
        globals.values[g] = nil
        defer { globals.values[g] = v }
        try body(&v)
      }
    }
  }

  /// Read-modify-write of an assignable expression: a name, or an element of one (`a[i][j]`).
  func modify(_ e: Expr) throws(TesselError) -> Modify {
    switch e {
    case .name(let n, let r):
      return modify(n, r)
    case .index(let base, let subs, let r):
      let outer = try modify(base)
      let items = try compile(subs)
      return { f, body throws(TesselError) in
        let index = try items(f)
        try outer(f) { container throws(TesselError) in
          try Subscripting.modify(&container, index, r, body)
        }
      }
    default:
      throw .syntax("cannot assign to an element of this expression", at: e.range)
    }
  }
}
