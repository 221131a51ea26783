import Interruption

/// One user's workspace: globals, the cells run so far, and the questions a frontend asks (completion,
/// documentation, is this complete?).
///
/// The only public entry to the language; it knows nothing of Jupyter.
public final class Session {
  /// The stack a thread running cells should have (reserved, not committed).
  ///
  /// Deep recursion (1 000 Python frames) and chains of up to `Parser.maxChain` operators are walked
  /// recursively by the compiler (~1.4 KB a level) and again when the tree is freed.
  public static let stackSize = 512 << 20

  let runtime: Runtime
  var sources: [Int: Traceback.Source] = [:]
  var nextSource = 1

  public init(registry: BuiltinRegistry = .standard) {
    runtime = Runtime(host: DetachedHost(), registry: registry)
  }

  /// Runs a cell: parsed, compiled once, then run in a fresh frame over the session's globals.
  ///
  /// Returns the value of its last line when that line is an expression not ending in `;` and the value is not
  /// None.
  public func run(_ code: String, label: String, host: Host) throws(TesselError) -> Value? {
    let id = register(code, label: label)
    runtime.host = host
    runtime.depth = 0
    defer { runtime.host = DetachedHost() }
    return try withInterrupt(host.interrupt) { () throws(TesselError) -> Value? in
      let statements = try Parser.parse(code, source: id)
      let cell = try Compiler(runtime: runtime).compileCell(statements)
      let frame = Frame(runtime: runtime, slotCount: cell.slotCount, cellCount: 0, captured: [])
      guard try cell.body(frame) == .normal, let result = cell.result else { return nil }
      let value = try result(frame)
      if cell.suppressed { return nil }
      if case .none = value { return nil }
      return value
    }
  }

  /// Runs `body` with `flag` as this thread's current interrupt flag, which long library loops poll.
  func withInterrupt<T>(_ flag: InterruptFlag, _ body: () throws(TesselError) -> T) throws(TesselError) -> T {
    var outcome: Result<T, TesselError>?
    InterruptFlag.$current.withValue(flag) { outcome = Result(catching: body) }
    guard let outcome else { throw TesselError("SystemError", "the cell did not run") }
    return try outcome.get()
  }

  /// Evaluates one expression (a `user_expressions` entry) against the globals.
  public func evaluate(expression code: String, host: Host) throws(TesselError) -> Value {
    let id = register(code, label: "<expression>")
    runtime.host = host
    defer { runtime.host = DetachedHost() }
    var parser = Parser(tokens: try Lexer.tokenize(code, source: id), source: id)
    let e = try parser.parseExpressionList()
    while parser.current.kind == .newline { _ = parser.next() }
    guard parser.current.kind == .eof else { throw parser.unexpected() }
    let (eval, slotCount) = try Compiler(runtime: runtime).compileExpression(e)
    return try withInterrupt(host.interrupt) { () throws(TesselError) -> Value in
      try eval(Frame(runtime: runtime, slotCount: slotCount, cellCount: 0, captured: []))
    }
  }

  /// Binds a global, as if a cell had assigned it (papermill-style parameters, test inputs).
  public func define(_ name: String, _ value: Value) {
    runtime.globals[name] = value
  }

  func register(_ code: String, label: String) -> Int {
    let id = nextSource
    nextSource += 1
    sources[id] = Traceback.Source(
      label: label, lines: code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    return id
  }

  /// The traceback lines for an error raised by this session.
  public func traceback(for error: TesselError) -> [String] {
    Traceback.render(error, sources: sources)
  }

  public func repr(_ value: Value) -> String { Repr.repr(value) }

  // MARK: - Introspection

  /// Names visible at top level (globals, builtins, keywords) starting with `prefix`.
  public func completions(for prefix: String) -> [String] {
    let names = Set(runtime.globals.defined).union(runtime.registry.prelude.keys).union(Keywords.all)
    return names.filter { $0.hasPrefix(prefix) }.sorted()
  }

  /// The documentation for a name: a builtin's record, a function's docstring, or a variable's type and value.
  ///
  /// Nil if the name is unknown.
  public func documentation(for name: String) -> String? {
    var value: Value? = runtime.globals[name] ?? runtime.registry.prelude[name]
    // `np.linalg.norm`: a dotted path through namespaces.
    if value == nil, name.contains(".") {
      let parts = name.split(separator: ".").map(String.init)
      value = runtime.globals[parts[0]] ?? runtime.registry.prelude[parts[0]]
      for part in parts.dropFirst() {
        guard case .namespace(let ns)? = value else { return nil }
        value = ns.members[part]
      }
    }
    if case .builtin(let b)? = value { return b.documentation }
    return value.map(Documentation.describe)
  }

  /// `name?`, `?name` or `name??` alone in a cell: IPython's help request.
  public static func helpRequest(in code: String) -> String? {
    var s = code.trimmingWhitespace()
    if s.hasPrefix("?") {
      s.removeFirst()
    } else if s.hasSuffix("??") {
      s.removeLast(2)
    } else if s.hasSuffix("?") {
      s.removeLast()
    } else {
      return nil
    }
    guard let first = s.unicodeScalars.first, first.properties.isXIDStart || first == "_",
      s.unicodeScalars.allSatisfy({ $0.properties.isXIDContinue || $0 == "." })
    else { return nil }
    return s
  }
}

/// The host between cells: output goes nowhere, input is refused.
final class DetachedHost: Host {
  func write(_ text: String, toStderr: Bool) {}
  func display(_ value: Value, displayID: String?, update: Bool) {}
  func clearOutput(wait: Bool) {}
  func readLine(prompt: String, password: Bool) throws(TesselError) -> String {
    throw TesselError("StdinNotImplementedError", "input() is not available outside a running cell")
  }
  let interrupt = InterruptFlag()
  func poll() {}
}
