/// Recursive-descent parser for Python 3.12's statements and expressions.
///
/// Produces statements with source spans; errors are `SyntaxError`s at the offending token.
struct Parser {
  var tokens: [Token]
  var index = 0
  let source: Int
  var depth = 0
  /// Enclosing loops and functions, for `'break' outside loop` and friends.
  var loops = 0
  var functions = 0
  static let maxDepth = 200
  /// Operators in one left-leaning chain; CPython gives up on deep trees during compilation too.
  static let maxChain = 100_000

  init(tokens: [Token], source: Int) {
    self.tokens = tokens
    self.source = source
  }

  static func parse(_ text: String, source: Int) throws(PyError) -> [Stmt] {
    var parser = Parser(tokens: try Lexer.tokenize(text, source: source), source: source)
    // Ten million tokens take seconds to free; the cell's result (or error) should not wait for that.
    defer { Lexer.discardInBackground(&parser.tokens) }
    return try parser.parseProgram()
  }

  var current: Token { tokens[index] }

  func peekKind(_ offset: Int) -> Token.Kind {
    tokens[min(index + offset, tokens.count - 1)].kind
  }

  @discardableResult
  mutating func next() -> Token {
    let t = tokens[index]
    if index < tokens.count - 1 { index += 1 }
    return t
  }

  func check(_ op: String) -> Bool {
    if case .op(let o) = current.kind { return o == op }
    return false
  }

  func check(_ keyword: Keyword) -> Bool {
    if case .keyword(let k) = current.kind { return k == keyword }
    return false
  }

  mutating func accept(_ op: String) -> Bool {
    if check(op) {
      next()
      return true
    }
    return false
  }

  mutating func accept(_ keyword: Keyword) -> Bool {
    if check(keyword) {
      next()
      return true
    }
    return false
  }

  @discardableResult
  mutating func expect(_ op: String, _ message: String? = nil) throws(PyError) -> Token {
    guard check(op) else { throw unexpected(message ?? "expected '\(op)'") }
    return next()
  }

  mutating func expect(_ keyword: Keyword) throws(PyError) {
    guard accept(keyword) else { throw unexpected("expected '\(keyword.rawValue)'") }
  }

  mutating func expectName() throws(PyError) -> String {
    guard case .name(let n) = current.kind else { throw unexpected() }
    next()
    return n
  }

  func unexpected(_ message: String? = nil) -> PyError {
    let t = current
    if let message { return .syntax(message, at: t.range) }
    switch t.kind {
    case .indent: return PyError("IndentationError", "unexpected indent", at: t.range)
    case .eof: return .syntax("unexpected end of cell", at: t.range)
    default: return .syntax("invalid syntax", at: t.range)
    }
  }

  func range(from start: SourceRange) -> SourceRange {
    start.to(tokens[max(0, index - 1)].range)
  }

  /// One more link in a left-leaning chain (`a + b + …`, `f()()…`): deeper than `maxChain` is CPython's
  /// `RecursionError` rather than a stack overflow in the passes that walk the tree.
  func link(_ links: inout Int) throws(PyError) {
    links += 1
    if links > Parser.maxChain {
      throw PyError(
        "RecursionError",
        "maximum recursion depth exceeded during compilation (a chain of more than \(Parser.maxChain) operators)",
        at: current.range)
    }
  }

  mutating func nest() throws(PyError) {
    depth += 1
    if depth > Parser.maxDepth { throw PyError("RecursionError", "too many nested parentheses", at: current.range) }
  }
}
