/// One user's workspace: globals, the cells run so far, and the questions a frontend asks (completion,
/// documentation, is this complete?).
///
/// The only public entry to the language; it knows nothing of Jupyter.
public final class Session {
  let evaluator: Evaluator
  var sources: [Int: Traceback.Source] = [:]
  var nextSource = 1

  public init(registry: BuiltinRegistry = .standard) {
    evaluator = Evaluator(host: DetachedHost(), registry: registry)
  }

  /// Runs a cell.
  ///
  /// Returns the value of its last line when that line is an expression not ending in `;` and the value is not
  /// None.
  public func run(_ code: String, label: String, host: Host) throws(TesselError) -> Value? {
    let id = register(code, label: label)
    evaluator.host = host
    evaluator.depth = 0
    defer { evaluator.host = DetachedHost() }
    let statements = try Parser.parse(code, source: id)
    guard let last = statements.last else { return nil }
    if case .normal = try evaluator.execute(Array(statements.dropLast()), in: evaluator.globals) {} else { return nil }
    if case .expression(let e, let suppressed) = last {
      let value = try evaluator.evaluate(e, in: evaluator.globals)
      if suppressed { return nil }
      if case .none = value { return nil }
      return value
    }
    _ = try evaluator.execute(last, in: evaluator.globals)
    return nil
  }

  /// Evaluates one expression (a `user_expressions` entry) against the globals.
  public func evaluate(expression code: String, host: Host) throws(TesselError) -> Value {
    let id = register(code, label: "<expression>")
    evaluator.host = host
    defer { evaluator.host = DetachedHost() }
    var parser = Parser(tokens: try Lexer.tokenize(code, source: id), source: id)
    let e = try parser.parseExpressionList()
    while parser.current.kind == .newline { _ = parser.next() }
    guard parser.current.kind == .eof else { throw parser.unexpected() }
    return try evaluator.evaluate(e, in: evaluator.globals)
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
    let names = Set(evaluator.globals.names.keys).union(evaluator.registry.builtins.keys)
      .union([
        "True", "False", "None", "def", "for", "while", "if", "elif", "else", "return", "assert", "lambda",
        "pass", "break", "continue", "and", "or", "not", "in", "is",
      ])
    return names.filter { $0.hasPrefix(prefix) }.sorted()
  }

  /// The documentation for a name: a builtin's record, a function's docstring, or a variable's type and value.
  ///
  /// Nil if the name is unknown.
  public func documentation(for name: String) -> String? {
    if let v = evaluator.globals.names[name] { return Documentation.describe(v) }
    if let b = evaluator.registry.builtins[name] { return b.documentation }
    return nil
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
  var isInterrupted: Bool { false }
}
