/// Recursive-descent parser for Tessel's Python subset.
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
  /// Operators in one left-leaning chain; CPython gives up before 100 000 `+` terms too.
  static let maxChain = 100_000

  init(tokens: [Token], source: Int) {
    self.tokens = tokens
    self.source = source
  }

  static func parse(_ text: String, source: Int) throws(TesselError) -> [Stmt] {
    var parser = Parser(tokens: try Lexer.tokenize(text, source: source), source: source)
    return try parser.parseProgram()
  }

  // MARK: - Statements

  mutating func parseProgram() throws(TesselError) -> [Stmt] {
    var statements: [Stmt] = []
    while current.kind != .eof {
      if current.kind == .newline { _ = next(); continue }
      statements += try parseStatement()
    }
    return statements
  }

  /// One line's simple statements, or one compound statement.
  mutating func parseStatement() throws(TesselError) -> [Stmt] {
    if case .keyword(let k) = current.kind {
      switch k {
      case "if": return [try parseIf()]
      case "while": return [try parseWhile()]
      case "for": return [try parseFor()]
      case "def": return [try parseDef()]
      case "class": throw .syntax("classes are not part of Tessel", at: current.range)
      case "with": throw .syntax("'with' blocks are not part of Tessel", at: current.range)
      case "async", "await": throw .syntax("'\(k)' is not part of Tessel", at: current.range)
      case "yield": throw .syntax("generators ('yield') are not part of Tessel", at: current.range)
      case "global", "nonlocal": throw .syntax("'\(k)' is not part of Tessel", at: current.range)
      case "try": return [try parseTry()]
      case "except", "finally":
        throw .syntax("'\(k)' without a matching 'try'", at: current.range)
      case "del":
        throw .syntax("'del' is not supported yet in Tessel", at: current.range)
      case "elif", "else":
        throw .syntax("'\(k)' without a matching 'if'", at: current.range)
      default: break
      }
    }
    if current.kind == .indent { throw unexpected() }
    if check("@") { throw .syntax("decorators are not part of Tessel", at: current.range) }
    if check("%") { return [try parseMagic()] }
    return try parseSimpleLine()
  }

  mutating func parseSimpleLine() throws(TesselError) -> [Stmt] {
    var statements: [Stmt] = []
    while true {
      var statement = try parseSimpleStatement()
      if accept(";") {
        if case .expression(let e, _) = statement { statement = .expression(e, suppressed: true) }
        statements.append(statement)
        if current.kind == .newline || current.kind == .eof { break }
        continue
      }
      statements.append(statement)
      break
    }
    if current.kind == .newline {
      _ = next()
    } else if current.kind != .eof {
      throw unexpected()
    }
    return statements
  }

  mutating func parseSimpleStatement() throws(TesselError) -> Stmt {
    let start = current.range
    if case .keyword(let k) = current.kind {
      switch k {
      case "pass": _ = next(); return .pass(start)
      case "break":
        if loops == 0 { throw .syntax("'break' outside loop", at: start) }
        _ = next(); return .breakLoop(start)
      case "continue":
        if loops == 0 { throw .syntax("'continue' not properly in loop", at: start) }
        _ = next(); return .continueLoop(start)
      case "return":
        if functions == 0 { throw .syntax("'return' outside function", at: start) }
        _ = next()
        if current.kind == .newline || current.kind == .eof || check(";") { return .returnValue(nil, start) }
        let value = try parseExpressionList()
        return .returnValue(value, range(from: start))
      case "raise":
        _ = next()
        if current.kind == .newline || current.kind == .eof || check(";") { return .raise(nil, start) }
        let e = try parseExpression()
        if acceptKeyword("from") { _ = try parseExpression() }  // the cause is not kept
        return .raise(e, range(from: start))
      case "import": return try parseImport()
      case "from": return try parseFromImport()
      case "assert":
        _ = next()
        let condition = try parseExpression()
        let message = accept(",") ? try parseExpression() : nil
        return .assert(condition, message, range(from: start))
      default: break
      }
    }
    let first = try parseExpressionList()
    if check("=") {
      var targets = [try target(from: first)]
      var value = first
      while accept("=") {
        value = try parseExpressionList()
        if check("=") { targets.append(try target(from: value)) }
      }
      return .assign(targets, value, range(from: start))
    }
    if case .op(let op) = current.kind, ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "@="].contains(op) {
      _ = next()
      let t = try target(from: first)
      if case .tuple = t { throw .syntax("'tuple' is an illegal expression for augmented assignment", at: first.range) }
      let value = try parseExpressionList()
      return .augmentedAssign(t, String(op.dropLast()), value, range(from: start))
    }
    return .expression(first, suppressed: false)
  }

  func target(from expr: Expr) throws(TesselError) -> Target {
    switch expr {
    case .name(let n, let r): return .name(n, r)
    case .tuple(let items, let r), .list(let items, let r):
      var targets: [Target] = []
      for item in items { targets.append(try target(from: item)) }
      return .tuple(targets, r)
    case .index(let base, let subscripts, let r): return .index(base, subscripts, r)
    case .attribute(_, _, let r): throw .syntax("cannot assign to attribute", at: r)
    case .call(_, _, let r): throw .syntax("cannot assign to function call", at: r)
    case .number(_, let r), .string(_, let r), .bool(_, let r), .none(let r), .fstring(_, let r):
      throw .syntax("cannot assign to literal", at: r)
    default: throw .syntax("cannot assign to expression", at: expr.range)
    }
  }

  /// `:` then a block: an indented suite, or simple statements on the same line.
  mutating func parseBlock(after keyword: String) throws(TesselError) -> [Stmt] {
    try expect(":", "expected ':'")
    if current.kind != .newline { return try parseSimpleLine() }
    _ = next()
    guard current.kind == .indent else {
      throw TesselError("IndentationError", "expected an indented block after '\(keyword)'", at: current.range)
    }
    _ = next()
    var body: [Stmt] = []
    while current.kind != .dedent && current.kind != .eof {
      if current.kind == .newline { _ = next(); continue }
      body += try parseStatement()
    }
    if current.kind == .dedent { _ = next() }
    return body
  }

  mutating func parseIf() throws(TesselError) -> Stmt {
    let start = next().range
    var branches: [(Expr, [Stmt])] = []
    let condition = try parseExpression()
    branches.append((condition, try parseBlock(after: "if")))
    var otherwise: [Stmt]?
    while true {
      if acceptKeyword("elif") {
        let c = try parseExpression()
        branches.append((c, try parseBlock(after: "elif")))
      } else if acceptKeyword("else") {
        otherwise = try parseBlock(after: "else")
        break
      } else {
        break
      }
    }
    return .ifElse(branches: branches, otherwise: otherwise, range(from: start))
  }

  mutating func parseWhile() throws(TesselError) -> Stmt {
    let start = next().range
    let condition = try parseExpression()
    loops += 1
    let body = try parseBlock(after: "while")
    loops -= 1
    if checkKeyword("else") { throw .syntax("'else' after a loop is not supported in Tessel", at: current.range) }
    return .whileLoop(condition, body, start.to(condition.range))
  }

  mutating func parseFor() throws(TesselError) -> Stmt {
    let start = next().range
    let t = try parseTargetList()
    guard acceptKeyword("in") else { throw unexpected("expected 'in'") }
    let iterable = try parseExpressionList()
    let header = start.to(iterable.range)
    loops += 1
    let body = try parseBlock(after: "for")
    loops -= 1
    if checkKeyword("else") { throw .syntax("'else' after a loop is not supported in Tessel", at: current.range) }
    return .forLoop(t, iterable, body, header)
  }

  /// `x`, `i, x`, `(a, b)`: the target of a `for`, parsed without `in`.
  mutating func parseTargetList() throws(TesselError) -> Target {
    let start = current.range
    // Targets sit above comparisons, or `i in xs` would parse as one.
    var items: [Expr] = [try parseBinary(0)]
    var isTuple = false
    while accept(",") {
      isTuple = true
      if checkKeyword("in") { break }
      items.append(try parseBinary(0))
    }
    return try target(from: isTuple ? .tuple(items, range(from: start)) : items[0])
  }

  mutating func parseDef() throws(TesselError) -> Stmt {
    let start = next().range
    guard case .name(let name) = current.kind else { throw unexpected("expected a function name after 'def'") }
    _ = next()
    try expect("(", "expected '('")
    let parameters = try parseParameters(closing: ")")
    try expect(")", "expected ')'")
    if accept("->") { _ = try parseExpression() }
    let header = range(from: start)
    let outerLoops = loops
    loops = 0
    functions += 1
    let body = try parseBlock(after: "def")
    functions -= 1
    loops = outerLoops
    var doc: String?
    if case .expression(.string(let s, _), _)? = body.first { doc = s }
    return .def(FunctionDef(name: name, parameters: parameters, body: body, doc: doc, range: header))
  }

  mutating func parseParameters(closing: String) throws(TesselError) -> [FunctionParameter] {
    var parameters: [FunctionParameter] = []
    var sawDefault = false
    while !check(closing) {
      if check("*") || check("**") { throw .syntax("star-args are not part of Tessel", at: current.range) }
      guard case .name(let name) = current.kind else { throw unexpected("expected a parameter name") }
      let r = next().range
      if parameters.contains(where: { $0.name == name }) {
        throw .syntax("duplicate argument '\(name)' in function definition", at: r)
      }
      if closing == ")" && accept(":") { _ = try parseExpression() }  // annotation, ignored
      var value: Expr?
      if accept("=") {
        value = try parseExpression()
        sawDefault = true
      } else if sawDefault {
        throw .syntax("parameter without a default follows parameter with a default", at: r)
      }
      parameters.append(FunctionParameter(name: name, defaultValue: value, range: r))
      if !accept(",") { break }
    }
    return parameters
  }
}
