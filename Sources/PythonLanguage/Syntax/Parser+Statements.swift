extension Parser {
  mutating func parseProgram() throws(PyError) -> [Stmt] {
    var statements: [Stmt] = []
    while current.kind != .eof {
      if current.kind == .newline {
        next()
        continue
      }
      statements += try parseStatement()
    }
    return statements
  }

  /// One line's simple statements, or one compound statement.
  mutating func parseStatement() throws(PyError) -> [Stmt] {
    let start = current.range
    if case .keyword(let k) = current.kind {
      switch k {
      case .if: return [try parseIf()]
      case .while: return [try parseWhile()]
      case .for: return [try parseFor(start)]
      case .def: return [try parseDef(decorators: [], start: start)]
      case .class: return [try parseClass(decorators: [], start: start)]
      case .try: return [try parseTry()]
      case .with: return [try parseWith()]
      case .async:
        throw PyError("NotImplementedError", "'async' functions and loops are not supported", at: start)
      case .except, .finally: throw .syntax("invalid syntax", at: start)
      case .elif, .else: throw .syntax("invalid syntax", at: start)
      default: break
      }
    }
    if case .name("match") = current.kind, isMatchStatement() {
      throw PyError("NotImplementedError", "the 'match' statement is not supported", at: start)
    }
    if current.kind == .indent { throw unexpected() }
    if check("@") { return [try parseDecorated()] }
    return try parseSimpleLine()
  }

  /// `match subject:` at the start of a line (`match` is a soft keyword: `match = 3` is an assignment).
  func isMatchStatement() -> Bool {
    var k = 1
    var depth = 0
    while true {
      switch peekKind(k) {
      case .op("("), .op("["), .op("{"): depth += 1
      case .op(")"), .op("]"), .op("}"): depth -= 1
      case .op("="), .op("+="), .op("-="), .op("."): if depth == 0 && k == 1 { return false }
      case .op(":"):
        if depth == 0 { return k > 1 && peekKind(k + 1) == .newline }
      case .newline, .eof: return false
      default: break
      }
      k += 1
    }
  }

  mutating func parseSimpleLine() throws(PyError) -> [Stmt] {
    var statements: [Stmt] = [try parseSimpleStatement()]
    while accept(";") {
      if current.kind == .newline || current.kind == .eof { break }
      statements.append(try parseSimpleStatement())
    }
    guard current.kind == .newline || current.kind == .eof else { throw unexpected() }
    if current.kind == .newline { next() }
    return statements
  }

  mutating func parseSimpleStatement() throws(PyError) -> Stmt {
    let start = current.range
    if case .keyword(let k) = current.kind {
      switch k {
      case .pass:
        next()
        return Stmt(kind: .pass, range: start)
      case .break:
        guard loops > 0 else { throw .syntax("'break' outside loop", at: start) }
        next()
        return Stmt(kind: .breakStmt, range: start)
      case .continue:
        guard loops > 0 else { throw .syntax("'continue' not properly in loop", at: start) }
        next()
        return Stmt(kind: .continueStmt, range: start)
      case .return:
        guard functions > 0 else { throw .syntax("'return' outside function", at: start) }
        next()
        if atStatementEnd { return Stmt(kind: .returnStmt(nil), range: start) }
        let value = try parseStarExpressions()
        return Stmt(kind: .returnStmt(value), range: range(from: start))
      case .raise:
        next()
        if atStatementEnd { return Stmt(kind: .raise(nil, cause: nil), range: start) }
        let e = try parseExpression()
        let cause = accept(.from) ? try parseExpression() : nil
        return Stmt(kind: .raise(e, cause: cause), range: range(from: start))
      case .global, .nonlocal:
        next()
        var names = [try expectName()]
        while accept(",") { names.append(try expectName()) }
        return Stmt(kind: k == .global ? .global(names) : .nonlocal(names), range: range(from: start))
      case .del:
        next()
        var targets = [try parseTarget()]
        while accept(",") {
          if atStatementEnd { break }
          targets.append(try parseTarget())
        }
        for t in targets { try checkTarget(t, deleting: true) }
        return Stmt(kind: .delete(targets), range: range(from: start))
      case .assert:
        next()
        let test = try parseExpression()
        let message = accept(",") ? try parseExpression() : nil
        return Stmt(kind: .assert(test, message), range: range(from: start))
      case .import: return try parseImport()
      case .from: return try parseFromImport()
      default: break
      }
    }
    let first = try parseStarExpressions(allowYield: true)
    if check("=") {
      var targets = [first]
      var value = first
      while accept("=") {
        value = check(.yield) ? try parseYield() : try parseStarExpressions(allowYield: true)
        targets.append(value)
      }
      targets.removeLast()
      for t in targets { try checkTarget(t) }
      return Stmt(kind: .assign(targets, value), range: range(from: start))
    }
    if case .op(let o) = current.kind, let op = BinaryOperator.byAugmentedSymbol[o] {
      switch first.kind {
      case .name, .attribute, .subscription: break
      default: throw .syntax("'\(describe(first))' is an illegal expression for augmented assignment", at: first.range)
      }
      next()
      let value = check(.yield) ? try parseYield() : try parseStarExpressions()
      return Stmt(kind: .augAssign(first, op, value), range: range(from: start))
    }
    if accept(":") {
      switch first.kind {
      case .name, .attribute, .subscription: break
      default: throw .syntax("illegal target for annotation", at: first.range)
      }
      let annotation = try parseExpression()
      let value = accept("=") ? try parseStarExpressions(allowYield: true) : nil
      return Stmt(kind: .annAssign(first, annotation: annotation, value), range: range(from: start))
    }
    return Stmt(kind: .expr(first), range: first.range)
  }

  var atStatementEnd: Bool {
    current.kind == .newline || current.kind == .eof || check(";")
  }

  /// An assignment target must be a name, attribute, subscript, or a tuple/list of targets (one starred).
  func checkTarget(_ e: Expr, deleting: Bool = false) throws(PyError) {
    switch e.kind {
    case .name, .attribute, .subscription: return
    case .tuple(let items), .list(let items):
      var starred = 0
      for item in items {
        if case .starred(let inner) = item.kind, !deleting {
          starred += 1
          try checkTarget(inner)
        } else {
          try checkTarget(item, deleting: deleting)
        }
      }
      if starred > 1 { throw .syntax("multiple starred expressions in assignment", at: e.range) }
    case .starred where !deleting:
      throw .syntax("starred assignment target must be in a list or tuple", at: e.range)
    default:
      let verb = deleting ? "delete" : "assign to"
      throw .syntax("cannot \(verb) \(describe(e))", at: e.range)
    }
  }

  /// How CPython names an expression in "cannot assign to …".
  func describe(_ e: Expr) -> String {
    switch e.kind {
    case .int, .float, .string, .bigInt, .imaginary, .bytes, .ellipsis: "literal"
    case .bool(let b): b ? "True" : "False"
    case .none: "None"
    case .call: "function call"
    case .binary, .unary: "expression"
    case .boolOp, .compare: "expression"
    case .lambda: "lambda"
    case .ifExp: "conditional expression"
    case .comprehension(let k, _):
      switch k {
      case .list: "list comprehension"
      case .set: "set comprehension"
      case .dict: "dict comprehension"
      case .generator: "generator expression"
      }
    case .dict: "dict literal"
    case .set: "set display"
    case .fstring: "f-string expression"
    case .namedExpr: "named expression"
    case .yield, .yieldFrom: "yield expression"
    case .await: "await expression"
    default: "expression"
    }
  }

  // MARK: - Blocks

  /// `:` then either an indented block or simple statements on the same line.
  mutating func parseBlock() throws(PyError) -> [Stmt] {
    try expect(":", "expected ':'")
    if current.kind != .newline { return try parseSimpleLine() }
    next()
    guard current.kind == .indent else {
      throw PyError("IndentationError", "expected an indented block", at: current.range)
    }
    next()
    var body: [Stmt] = []
    while current.kind != .dedent && current.kind != .eof {
      if current.kind == .newline {
        next()
        continue
      }
      body += try parseStatement()
    }
    if current.kind == .dedent { next() }
    return body
  }

  mutating func parseIf() throws(PyError) -> Stmt {
    let start = next().range
    let test = try parseNamedExpression()
    let body = try parseBlock()
    var orElse: [Stmt] = []
    if check(.elif) {
      orElse = [try parseIf()]
    } else if accept(.else) {
      orElse = try parseBlock()
    }
    return Stmt(kind: .ifStmt(test, body, orElse), range: start)
  }

  mutating func parseWhile() throws(PyError) -> Stmt {
    let start = next().range
    let test = try parseNamedExpression()
    loops += 1
    let body = try parseBlock()
    loops -= 1
    let orElse = accept(.else) ? try parseBlock() : []
    return Stmt(kind: .whileStmt(test, body, orElse: orElse), range: range(from: start))
  }

  mutating func parseFor(_ start: SourceRange) throws(PyError) -> Stmt {
    next()
    let target = try parseTargetList()
    try checkTarget(target)
    try expect(.in)
    let iterable = try parseStarExpressions()
    let header = range(from: start)
    loops += 1
    let body = try parseBlock()
    loops -= 1
    let orElse = accept(.else) ? try parseBlock() : []
    return Stmt(kind: .forStmt(target, iterable, body, orElse: orElse), range: header)
  }

  mutating func parseTry() throws(PyError) -> Stmt {
    let start = next().range
    let body = try parseBlock()
    var handlers: [ExceptHandler] = []
    while check(.except) {
      let at = next().range
      if check("*") { throw PyError("NotImplementedError", "'except*' is not supported", at: current.range) }
      var type: Expr?
      var name: String?
      if !check(":") {
        type = try parseExpression()
        if check(",") {
          throw .syntax("multiple exception types must be parenthesized", at: current.range)
        }
        if accept(.as) { name = try expectName() }
      }
      let handlerRange = range(from: at)
      handlers.append(ExceptHandler(type: type, name: name, body: try parseBlock(), range: handlerRange))
    }
    let orElse = !handlers.isEmpty && accept(.else) ? try parseBlock() : []
    let finally = accept(.finally) ? try parseBlock() : []
    if handlers.isEmpty && finally.isEmpty { throw unexpected("expected 'except' or 'finally' block") }
    return Stmt(kind: .tryStmt(body: body, handlers: handlers, orElse: orElse, finally: finally), range: start)
  }

  mutating func parseWith() throws(PyError) -> Stmt {
    let start = next().range
    var items: [(Expr, Expr?)] = []
    let parenthesised = check("(") && withItemsAreParenthesised()
    if parenthesised { next() }
    repeat {
      if parenthesised && check(")") { break }
      let e = try parseExpression()
      var target: Expr?
      if accept(.as) {
        let t = try parseTarget()
        try checkTarget(t)
        target = t
      }
      items.append((e, target))
    } while accept(",")
    if parenthesised { try expect(")") }
    let header = range(from: start)
    return Stmt(kind: .with(items, try parseBlock()), range: header)
  }

  /// `with (open(a) as f, open(b) as g):` — parentheses around the items rather than around one expression.
  func withItemsAreParenthesised() -> Bool {
    var k = 1
    var depth = 1
    while depth > 0 {
      switch peekKind(k) {
      case .op("("), .op("["), .op("{"): depth += 1
      case .op(")"), .op("]"), .op("}"): depth -= 1
      case .keyword(.as): if depth == 1 { return true }
      case .eof: return false
      default: break
      }
      k += 1
    }
    return false
  }

  mutating func parseDecorated() throws(PyError) -> Stmt {
    let start = current.range
    var decorators: [Expr] = []
    while accept("@") {
      decorators.append(try parseNamedExpression())
      guard current.kind == .newline else { throw unexpected() }
      next()
    }
    if check(.def) { return try parseDef(decorators: decorators, start: start) }
    if check(.class) { return try parseClass(decorators: decorators, start: start) }
    throw unexpected("expected 'def' or 'class' after a decorator")
  }

  mutating func parseDef(decorators: [Expr], start: SourceRange) throws(PyError) -> Stmt {
    next()
    let nameRange = current.range
    let name = try expectName()
    try expect("(", "expected '('")
    let parameters = try parseParameters(closing: ")")
    try expect(")")
    let returns = accept("->") ? try parseExpression() : nil
    let savedLoops = loops
    loops = 0
    functions += 1
    let body = try parseBlock()
    functions -= 1
    loops = savedLoops
    let def = FunctionDef(
      name: name, parameters: parameters, body: body, decorators: decorators, returns: returns, nameRange: nameRange)
    return Stmt(kind: .functionDef(def), range: start.to(nameRange))
  }

  /// A parameter list, up to (not including) `closing` (`)` for `def`, `:` for `lambda`).
  mutating func parseParameters(closing: String) throws(PyError) -> Parameters {
    var p = Parameters()
    var seenStar = false
    var seenDefault = false
    var names: Set<String> = []
    while !check(closing) {
      let at = current.range
      if accept("/") {
        guard !seenStar, p.positionalOnly.isEmpty, !p.positional.isEmpty else {
          throw .syntax("/ must be ahead of *", at: at)
        }
        p.positionalOnly = p.positional
        p.positional = []
      } else if accept("**") {
        let name = try expectName()
        if closing == ")" && accept(":") { _ = try parseExpression() }
        p.varKeywords = .init(name: name, defaultValue: nil, range: at)
        names.insert(name)
        _ = accept(",")
        guard check(closing) else { throw .syntax("arguments cannot follow var-keyword argument", at: current.range) }
        break
      } else if accept("*") {
        guard !seenStar else { throw .syntax("* argument may appear only once", at: at) }
        seenStar = true
        if case .name(let name) = current.kind {
          next()
          if closing == ")" && accept(":") { _ = try parseExpression() }
          p.varArgs = .init(name: name, defaultValue: nil, range: at)
          names.insert(name)
        } else if check(closing) || check("**") {
          throw .syntax("named arguments must follow bare *", at: at)
        }
      } else {
        let name = try expectName()
        guard names.insert(name).inserted else {
          throw .syntax("duplicate argument '\(name)' in function definition", at: at)
        }
        if closing == ")" && accept(":") { _ = try parseExpression() }
        var defaultValue: Expr?
        if accept("=") {
          defaultValue = try parseExpression()
          if !seenStar { seenDefault = true }
        } else if seenDefault && !seenStar {
          throw .syntax("non-default argument follows default argument", at: at)
        }
        let param = Parameters.Parameter(name: name, defaultValue: defaultValue, range: range(from: at))
        if seenStar { p.keywordOnly.append(param) } else { p.positional.append(param) }
      }
      if !accept(",") { break }
    }
    return p
  }

  mutating func parseClass(decorators: [Expr], start: SourceRange) throws(PyError) -> Stmt {
    next()
    let name = try expectName()
    var bases: [Argument] = []
    if accept("(") {
      bases = try parseArguments()
      try expect(")")
    }
    let header = range(from: start)
    let savedLoops = loops
    let savedFunctions = functions
    loops = 0
    functions = 0
    let body = try parseBlock()
    loops = savedLoops
    functions = savedFunctions
    return Stmt(kind: .classDef(ClassDef(name: name, bases: bases, body: body, decorators: decorators)), range: header)
  }

  // MARK: - Imports

  mutating func parseDottedName() throws(PyError) -> [String] {
    var path = [try expectName()]
    while accept(".") { path.append(try expectName()) }
    return path
  }

  mutating func parseImport() throws(PyError) -> Stmt {
    let start = next().range
    var modules: [(path: [String], alias: String?)] = []
    repeat {
      let path = try parseDottedName()
      let alias = accept(.as) ? try expectName() : nil
      modules.append((path, alias))
    } while accept(",")
    return Stmt(kind: .importModules(modules), range: range(from: start))
  }

  mutating func parseFromImport() throws(PyError) -> Stmt {
    let start = next().range
    var level = 0
    while true {
      if accept(".") {
        level += 1
      } else if accept("...") {
        level += 3
      } else {
        break
      }
    }
    let module = level > 0 && check(.import) ? [] : try parseDottedName()
    try expect(.import)
    var names: [(String, String?)] = []
    if accept("*") {
      names = [("*", nil)]
    } else {
      let parenthesised = accept("(")
      repeat {
        if parenthesised && check(")") { break }
        let name = try expectName()
        names.append((name, accept(.as) ? try expectName() : nil))
      } while accept(",")
      if parenthesised { try expect(")") }
    }
    return Stmt(kind: .importFrom(module: module, level: level, names: names), range: range(from: start))
  }
}
