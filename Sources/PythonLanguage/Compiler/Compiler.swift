/// Compiles one code unit (a cell, a function body, a class body or a generator expression) into closures that
/// run on a frame of slots.
///
/// Names are resolved at compile time: locals to slots, captured variables to cells in slots, globals to their
/// boxes. List, set and dict comprehensions run inline in the enclosing frame with their own slots (PEP 709).
final class Compiler {
  unowned(unsafe) let rt: Runtime
  let scope: Scope
  let globals: Globals
  /// `Outer.method.<locals>.` — prefixed to the qualified names of functions and classes defined here.
  let qualifiedPrefix: String
  var slots: [String: Int] = [:]
  var frameSize = 0
  /// Inline comprehensions being compiled, innermost last: their names shadow the unit's.
  var inline: [(scope: Scope, slots: [String: Int])] = []
  /// Whether this unit is a generator body (statements record where to resume).
  let isGenerator: Bool
  /// In a class body: the slot holding the class namespace.
  var namespaceSlot: Int?
  /// In a class body whose methods use `super()`: the slot of the `__class__` cell.
  var classCellSlot: Int?
  /// In a generator body: the slot that says "resuming" while control finds its way back to the last `yield`.
  var resumeSlot: Int?
  /// A `try` or `with` was compiled in this generator's body.
  var compiledCleanup = false
  /// The `yield`s compiled so far: a resumable block notes which of its statements can pause.
  var yieldsCompiled = 0
  /// Whether the specialised forms are compiled (`tessel run --no-specialise` turns them off).
  var specialise: Bool { rt.specialise }

  /// Frozenset constants of the whole cell (CPython merges equal constants of one compilation into the first).
  let frozensets: FrozensetConstants

  init(
    rt: Runtime, scope: Scope, globals: Globals, qualifiedPrefix: String, isGenerator: Bool = false,
    frozensets: FrozensetConstants
  ) {
    self.rt = rt
    self.frozensets = frozensets
    self.scope = scope
    self.globals = globals
    self.qualifiedPrefix = qualifiedPrefix
    self.isGenerator = isGenerator
  }

  /// A fresh slot in this unit's frame (temporaries, loop state, comprehension variables).
  func newSlot() -> Int {
    frameSize += 1
    return frameSize - 1
  }

  func slot(for name: String) -> Int {
    if let s = slots[name] { return s }
    let s = newSlot()
    slots[name] = s
    return s
  }

  /// Where a name lives, seen from the code being compiled now.
  enum Place {
    case local(Int)
    /// The enclosing function's local, read from inside an inline comprehension (CPython 3.11 reads it through
    /// a cell, so an unassigned one is the free-variable `NameError`).
    case enclosingLocal(Int)
    case cell(Int)
    case global(Globals.Box)
    case classNamespace(Int, Globals.Box)
    case classCell(Int, Int, name: String)
  }

  func place(of name: String) -> Place {
    if name == "__class__", scope.kind == .classBody, let s = classCellSlot { return .cell(s) }
    for ctx in inline.reversed() {
      if ctx.scope.declaredNonlocal.contains(name) || ctx.scope.declaredGlobal.contains(name) { continue }
      if ctx.scope.binds(name), let s = ctx.slots[name] {
        return ctx.scope.cells.contains(name) ? .cell(s) : .local(s)
      }
    }
    let resolution = scope.resolve(name)
    if !inline.isEmpty && scope.kind == .classBody {
      // A comprehension in a class body does not see the class's names.
      if resolution == .classFree, let s = slots[name] { return .cell(s) }
      return .global(globals.box(name))
    }
    switch resolution {
    case .local: return inline.isEmpty ? .local(slot(for: name)) : .enclosingLocal(slot(for: name))
    case .cell, .free: return .cell(slot(for: name))
    case .global: return .global(globals.box(name))
    case .classNamespace: return .classNamespace(namespaceSlot ?? 0, globals.box(name))
    case .classFree: return .classCell(namespaceSlot ?? 0, slot(for: name), name: name)
    }
  }

  // MARK: - Errors

  @inline(__always) static func isStr(_ v: Value) -> Bool {
    if case .object(let o) = v { return o.tag == .str }
    return false
  }

  static func unbound(_ name: String, at range: SourceRange) -> PyError {
    PyError(
      "UnboundLocalError", "cannot access local variable '\(name)' where it is not associated with a value", at: range)
  }

  /// A name found nowhere; a builtin of CPython's that Tessel lacks says so.
  static func undefined(_ name: String, at range: SourceRange) -> PyError {
    PyError("NameError", "name '\(name)' is not defined\(LibraryNames.gap("builtins", name))", at: range)
  }

  static func unboundFree(_ name: String, at range: SourceRange) -> PyError {
    PyError(
      "NameError", "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope",
      at: range)
  }

  // MARK: - Units

  /// Compiles a cell: statements run over the globals; the value of a final expression statement is returned
  /// separately so the kernel can show it.
  static func compileCell(_ body: [Stmt], rt: Runtime, source: Int) throws(PyError) -> CompiledCell {
    let scope = try ScopeBuilder.build(body)
    let c = Compiler(
      rt: rt, scope: scope, globals: rt.globals, qualifiedPrefix: "", frozensets: FrozensetConstants())
    var statements = body
    var result: Eval?
    if case .expr(let e)? = statements.last?.kind {
      statements.removeLast()
      result = try c.compile(e)
    }
    let execs = try statements.map { (s) throws(PyError) -> ExecRef in ExecRef(run: try c.compileTopLevel(s)) }
    return CompiledCell(body: c.block(execs), result: result, frameSize: c.frameSize)
  }

  /// A top-level statement also checks for an interrupt that arrived during a builtin that ran it.
  func compileTopLevel(_ s: Stmt) throws(PyError) -> Exec {
    let exec = try compile(s)
    let rt = self.rt
    let range = s.range
    return { (f) throws(PyError) -> Flow in
      let flow = try exec(f)
      if rt.interrupt.isRaised { throw PyError("KeyboardInterrupt", "", at: range) }
      return flow
    }
  }
}

/// The frozenset constants made so far in one compilation, by their members (type and value).
final class FrozensetConstants {
  var byMembers: [String: PySet] = [:]
}

/// A compiled cell.
struct CompiledCell {
  var body: Exec
  /// The cell's last expression, evaluated after the body, when there is one.
  var result: Eval?
  var frameSize: Int
}
