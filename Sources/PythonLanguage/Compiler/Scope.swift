/// A scope's names, as CPython's symbol table resolves them: local slots, cells (locals captured by inner
/// functions), free variables (cells of an enclosing function), globals, and a class body's namespace.
final class Scope {
  enum Kind {
    case module
    case function
    case classBody
    /// A list, set or dict comprehension: its own scope, run inline in the enclosing frame (PEP 709).
    case comprehension
    /// A generator expression: its own lazily run generator.
    case generator
  }

  enum Resolution: Equatable {
    case local
    case cell
    case free
    case global
    /// In a class body: the class namespace, then globals.
    case classNamespace
    /// In a class body, a name also bound in an enclosing function: the namespace, then that cell.
    case classFree
  }

  let kind: Kind
  weak var parent: Scope?
  var children: [ScopeKey: Scope] = [:]
  /// Bound in this scope, in first-binding order.
  private(set) var bound: [String] = []
  private var boundSet: Set<String> = []
  var used: Set<String> = []
  var declaredGlobal: Set<String> = []
  var declaredNonlocal: Set<String> = []
  var parameters: [String] = []
  /// Locals that inner scopes capture.
  var cells: Set<String> = []
  /// Names this scope takes from enclosing functions.
  var frees: [String] = []
  var isGenerator = false
  /// `yield`s and `yield from`s seen so far in this scope's own body.
  var yields = 0
  /// The statements of this scope's own body that hold a `yield` (keyed by `ScopeBuilder.pausingKind`): only they
  /// compile to resumable statements in a generator; the rest run as in any function.
  var pausing: Set<ScopeKey> = []
  /// Uses `super` or `__class__` (so methods get the `__class__` cell).
  var usesClassCell = false

  init(kind: Kind, parent: Scope?) {
    self.kind = kind
    self.parent = parent
  }

  var isFunctionLike: Bool { kind == .function || kind == .comprehension || kind == .generator }

  func bind(_ name: String) {
    if boundSet.insert(name).inserted { bound.append(name) }
  }

  func binds(_ name: String) -> Bool { boundSet.contains(name) }

  /// Where `name`, used in this scope, lives.
  func resolve(_ name: String) -> Resolution {
    if declaredGlobal.contains(name) { return .global }
    switch kind {
    case .module:
      return .global
    case .classBody:
      if binds(name) || declaredGlobal.contains(name) { return .classNamespace }
      return frees.contains(name) ? .classFree : .classNamespace
    case .function, .comprehension, .generator:
      if declaredNonlocal.contains(name) { return .free }
      if binds(name) { return cells.contains(name) ? .cell : .local }
      return frees.contains(name) ? .free : .global
    }
  }

  /// After the whole tree is collected: decides cells and frees, innermost scopes first.
  func finish() throws(PyError) {
    for child in children.values { try child.finish() }
    var wanted = used.union(declaredNonlocal)
    for child in children.values { wanted.formUnion(child.frees) }
    for name in wanted.sorted() {
      if declaredGlobal.contains(name) { continue }
      if kind == .classBody && name == "__class__" {
        cells.insert(name)
        continue
      }
      if isFunctionLike && binds(name) && !declaredNonlocal.contains(name) {
        if children.values.contains(where: { $0.captures(name) }) { cells.insert(name) }
        continue
      }
      if kind == .classBody && binds(name) && !children.values.contains(where: { $0.frees.contains(name) }) {
        continue
      }
      if enclosingFunction(binding: name) != nil {
        if !frees.contains(name) { frees.append(name) }
      } else if declaredNonlocal.contains(name) {
        throw .syntax("no binding for nonlocal '\(name)' found", at: nil)
      }
    }
  }

  /// Whether this child scope needs `name` from its parent as a cell.
  ///
  /// A list, set or dict comprehension runs inline in its parent's frame and reads the parent's slot directly (as
  /// CPython 3.12's PEP 709); only closures made inside it capture.
  func captures(_ name: String) -> Bool {
    guard frees.contains(name) else { return false }
    if kind == .comprehension { return children.values.contains { $0.captures(name) } }
    return true
  }

  /// The nearest enclosing function-like scope that binds `name` (class bodies are skipped, as in Python).
  func enclosingFunction(binding name: String) -> Scope? {
    var s = parent
    while let scope = s {
      if scope.kind == .classBody && name == "__class__" { return scope }
      if scope.isFunctionLike && scope.binds(name) && !scope.declaredGlobal.contains(name) { return scope }
      if scope.isFunctionLike && scope.declaredNonlocal.contains(name) { return scope }
      if scope.kind == .module { return nil }
      s = scope.parent
    }
    return nil
  }
}

/// Identifies a scope-making node by where it starts and what it is.
struct ScopeKey: Hashable {
  var source: Int32
  var line: Int32
  var column: Int32
  var kind: UInt8

  init(_ range: SourceRange, _ kind: UInt8) {
    source = range.source
    line = range.start.line
    column = range.start.column
    self.kind = kind
  }
}
