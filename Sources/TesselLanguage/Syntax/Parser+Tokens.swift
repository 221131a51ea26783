/// Looking at, taking and expecting tokens; error positions and nesting depth.
extension Parser {
  var current: Token { tokens[index] }

  mutating func next() -> Token {
    let t = tokens[index]
    if index < tokens.count - 1 { index += 1 }
    return t
  }

  func check(_ op: String) -> Bool {
    if case .op(let o) = current.kind { return o == op }
    return false
  }

  func checkKeyword(_ word: String) -> Bool {
    if case .keyword(let k) = current.kind { return k == word }
    return false
  }

  mutating func accept(_ op: String) -> Bool {
    if check(op) { _ = next(); return true }
    return false
  }

  mutating func acceptKeyword(_ word: String) -> Bool {
    if checkKeyword(word) { _ = next(); return true }
    return false
  }

  @discardableResult
  mutating func expect(_ op: String, _ message: String? = nil) throws(TesselError) -> Token {
    guard check(op) else { throw unexpected(message ?? "expected '\(op)'") }
    return next()
  }

  func unexpected(_ message: String? = nil) -> TesselError {
    let t = current
    if let message { return .syntax(message, at: t.range) }
    switch t.kind {
    case .indent: return TesselError("IndentationError", "unexpected indent", at: t.range)
    case .eof: return .syntax("unexpected end of cell", at: t.range)
    case .newline: return .syntax("invalid syntax", at: t.range)
    default: return .syntax("invalid syntax", at: t.range)
    }
  }

  func range(from start: SourceRange) -> SourceRange {
    let previous = tokens[max(0, index - 1)]
    return start.to(previous.range)
  }

  /// One more link in a left-leaning chain (`a + b + …`, `x and y and …`, `f()()…`): the tree grows one level
  /// deeper, so a chain longer than `maxChain` is CPython's `RecursionError` rather than a stack overflow in the
  /// passes that walk it (and in freeing it).
  mutating func link(_ links: inout Int) throws(TesselError) {
    links += 1
    if links > Parser.maxChain {
      throw TesselError(
        "RecursionError",
        "maximum recursion depth exceeded during compilation (a chain of more than \(Parser.maxChain) operators)",
        at: current.range)
    }
  }

  mutating func nest() throws(TesselError) {
    depth += 1
    if depth > Parser.maxDepth { throw .syntax("too many nested expressions", at: current.range) }
  }
}
