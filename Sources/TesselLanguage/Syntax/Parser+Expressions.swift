extension Parser {
  /// `a, b` (a tuple) or a single expression.
  mutating func parseExpressionList() throws(TesselError) -> Expr {
    let start = current.range
    let first = try parseExpression()
    guard check(",") else { return first }
    var items = [first]
    while accept(",") {
      if current.kind == .newline || current.kind == .eof || check("=") || check(")") || check(";") { break }
      items.append(try parseExpression())
    }
    return .tuple(items, range(from: start))
  }

  mutating func parseExpression() throws(TesselError) -> Expr {
    try nest()
    defer { depth -= 1 }
    if checkKeyword("lambda") { return try parseLambda() }
    let start = current.range
    let value = try parseOr()
    if acceptKeyword("if") {
      let condition = try parseOr()
      guard acceptKeyword("else") else { throw unexpected("expected 'else' after 'if' expression") }
      let otherwise = try parseExpression()
      return .conditional(condition: condition, then: value, otherwise: otherwise, range(from: start))
    }
    return value
  }

  mutating func parseLambda() throws(TesselError) -> Expr {
    let start = next().range
    let parameters = try parseParameters(closing: ":")
    try expect(":", "expected ':'")
    let body = try parseExpression()
    let r = range(from: start)
    return .lambda(
      FunctionDef(name: "<lambda>", parameters: parameters, body: [.returnValue(body, body.range)], doc: nil, range: r))
  }

  mutating func parseOr() throws(TesselError) -> Expr {
    var left = try parseAnd()
    var links = 0
    while acceptKeyword("or") {
      try link(&links)
      let right = try parseAnd()
      left = .or(left, right, left.range.to(right.range))
    }
    return left
  }

  mutating func parseAnd() throws(TesselError) -> Expr {
    var left = try parseNot()
    var links = 0
    while acceptKeyword("and") {
      try link(&links)
      let right = try parseNot()
      left = .and(left, right, left.range.to(right.range))
    }
    return left
  }

  mutating func parseNot() throws(TesselError) -> Expr {
    if checkKeyword("not") {
      let start = next().range
      try nest()
      defer { depth -= 1 }
      let operand = try parseNot()
      return .not(operand, start.to(operand.range))
    }
    return try parseComparison()
  }

  mutating func parseComparison() throws(TesselError) -> Expr {
    let first = try parseBinary(0)
    var operands = [first]
    var ops: [String] = []
    while true {
      var op: String?
      if case .op(let o) = current.kind, ["<", ">", "==", "!=", "<=", ">="].contains(o) {
        _ = next()
        op = o
      } else if checkKeyword("in") {
        _ = next()
        op = "in"
      } else if checkKeyword("not"), index + 1 < tokens.count, tokens[index + 1].kind == .keyword("in") {
        _ = next(); _ = next()
        op = "not in"
      } else if checkKeyword("is") {
        _ = next()
        op = acceptKeyword("not") ? "is not" : "is"
      }
      guard let op else { break }
      ops.append(op)
      operands.append(try parseBinary(0))
    }
    if ops.isEmpty { return first }
    return .compare(operands, ops, first.range.to(operands.last!.range))
  }

  static let binaryLevels: [[String]] = [["|"], ["^"], ["&"], ["<<", ">>"], ["+", "-"], ["*", "/", "//", "%", "@"]]

  /// Left-associative binary operators by precedence level.
  mutating func parseBinary(_ level: Int) throws(TesselError) -> Expr {
    if level == Parser.binaryLevels.count { return try parseUnary() }
    var left = try parseBinary(level + 1)
    var links = 0
    while case .op(let o) = current.kind, Parser.binaryLevels[level].contains(o) {
      _ = next()
      try link(&links)
      let right = try parseBinary(level + 1)
      left = .binary(o, left, right, left.range.to(right.range))
    }
    return left
  }

  mutating func parseUnary() throws(TesselError) -> Expr {
    if case .op(let o) = current.kind, o == "-" || o == "+" || o == "~" {
      let start = next().range
      try nest()
      defer { depth -= 1 }
      let operand = try parseUnary()
      return .unary(o, operand, start.to(operand.range))
    }
    return try parsePower()
  }

  /// `**` binds tighter than a unary minus on its left, and is right-associative.
  mutating func parsePower() throws(TesselError) -> Expr {
    let base = try parsePostfix()
    if accept("**") {
      try nest()
      defer { depth -= 1 }
      let exponent = try parseUnary()
      return .binary("**", base, exponent, base.range.to(exponent.range))
    }
    return base
  }

  mutating func parsePostfix() throws(TesselError) -> Expr {
    var e = try parseAtom()
    var links = 0
    while true {
      try link(&links)
      if accept("(") {
        let args = try parseArguments()
        try expect(")", "expected ')'")
        e = .call(e, args, range(from: e.range))
      } else if accept("[") {
        let subscripts = try parseSubscripts()
        try expect("]", "expected ']'")
        e = .index(e, subscripts, range(from: e.range))
      } else if accept(".") {
        guard case .name(let n) = current.kind else { throw unexpected("expected an attribute name after '.'") }
        _ = next()
        e = .attribute(e, n, range(from: e.range))
      } else {
        return e
      }
    }
  }

  mutating func parseArguments() throws(TesselError) -> [Argument] {
    var args: [Argument] = []
    var sawKeyword = false
    while !check(")") {
      if check("*") || check("**") { throw .syntax("star-args are not part of Tessel", at: current.range) }
      if case .name(let n) = current.kind, index + 1 < tokens.count, tokens[index + 1].kind == .op("=") {
        let r = next().range
        _ = next()
        if args.contains(where: { $0.name == n }) { throw .syntax("keyword argument repeated: \(n)", at: r) }
        args.append(Argument(name: n, value: try parseExpression()))
        sawKeyword = true
      } else {
        let value = try parseExpression()
        if sawKeyword { throw .syntax("positional argument follows keyword argument", at: value.range) }
        if checkKeyword("for") {
          throw .syntax("generator expressions are not part of Tessel; use [ ... ]", at: current.range)
        }
        args.append(Argument(name: nil, value: value))
      }
      if !accept(",") { break }
    }
    return args
  }

  mutating func parseSubscripts() throws(TesselError) -> [Subscript] {
    var items: [Subscript] = []
    repeat {
      if check("]") { break }
      let start = current.range
      if accept("...") {
        items.append(.ellipsis(start))
        continue
      }
      var lower: Expr?
      if !check(":") { lower = try parseExpression() }
      if accept(":") {
        var upper: Expr?
        var step: Expr?
        if !check(":") && !check("]") && !check(",") { upper = try parseExpression() }
        if accept(":"), !check("]") && !check(",") { step = try parseExpression() }
        items.append(.slice(lower: lower, upper: upper, step: step, range(from: start)))
      } else {
        items.append(.single(lower!))
      }
    } while accept(",")
    if items.isEmpty { throw .syntax("empty subscript", at: current.range) }
    return items
  }

  mutating func parseAtom() throws(TesselError) -> Expr {
    let t = current
    switch t.kind {
    case .number(let v):
      _ = next()
      return .number(v, t.range)
    case .string, .fstring:
      return try parseStrings()
    case .name(let n):
      _ = next()
      return .name(n, t.range)
    case .keyword("True"): _ = next(); return .bool(true, t.range)
    case .keyword("False"): _ = next(); return .bool(false, t.range)
    case .keyword("None"): _ = next(); return .none(t.range)
    case .op("("):
      _ = next()
      try nest()
      defer { depth -= 1 }
      if accept(")") { return .tuple([], range(from: t.range)) }
      let first = try parseExpression()
      if checkKeyword("for") {
        throw .syntax("generator expressions are not part of Tessel; use [ ... ]", at: current.range)
      }
      if accept(")") { return first }
      var items = [first]
      while accept(",") {
        if check(")") { break }
        items.append(try parseExpression())
      }
      try expect(")", "expected ')'")
      return .tuple(items, range(from: t.range))
    case .op("["):
      _ = next()
      try nest()
      defer { depth -= 1 }
      if accept("]") { return .list([], range(from: t.range)) }
      let first = try parseExpression()
      if checkKeyword("for") {
        let clauses = try parseComprehensionClauses()
        try expect("]", "expected ']'")
        return .listComprehension(element: first, clauses: clauses, range(from: t.range))
      }
      var items = [first]
      while accept(",") {
        if check("]") { break }
        items.append(try parseExpression())
      }
      try expect("]", "expected ']'")
      return .list(items, range(from: t.range))
    case .op("{"):
      return try parseDict()
    case .keyword("lambda"):
      return try parseLambda()
    case .keyword("yield"):
      throw .syntax("generators ('yield') are not part of Tessel", at: t.range)
    case .op("?"):
      throw .syntax("'?' asks for help only on its own: 'name?'", at: t.range)
    default:
      throw unexpected()
    }
  }

  /// `{"a": 1, "b": 2}`; sets are not part of Tessel.
  mutating func parseDict() throws(TesselError) -> Expr {
    let start = next().range
    try nest()
    defer { depth -= 1 }
    var entries: [(key: Expr, value: Expr)] = []
    while !check("}") {
      let key = try parseExpression()
      guard accept(":") else {
        if checkKeyword("for") { throw .syntax("dict comprehensions are not part of Tessel", at: current.range) }
        throw .syntax("set literals are not part of Tessel; use a list or a dict", at: key.range)
      }
      let value = try parseExpression()
      if checkKeyword("for") { throw .syntax("dict comprehensions are not part of Tessel", at: current.range) }
      entries.append((key, value))
      if !accept(",") { break }
    }
    try expect("}", "expected '}'")
    return .dict(entries, range(from: start))
  }

  mutating func parseComprehensionClauses() throws(TesselError) -> [ComprehensionClause] {
    var clauses: [ComprehensionClause] = []
    while true {
      if acceptKeyword("for") {
        let t = try parseTargetList()
        guard acceptKeyword("in") else { throw unexpected("expected 'in'") }
        clauses.append(ComprehensionClause(kind: .forIn(target: t, iterable: try parseOr())))
      } else if acceptKeyword("if") {
        clauses.append(ComprehensionClause(kind: .ifCondition(try parseOr())))
      } else {
        return clauses
      }
    }
  }

  /// Adjacent literals concatenate: `"a" "b"`, `"x = " f"{x}"`.
  mutating func parseStrings() throws(TesselError) -> Expr {
    let start = current.range
    var parts: [FStringPart] = []
    var isF = false
    while true {
      switch current.kind {
      case .string(let s):
        _ = next()
        parts.append(.text(s))
      case .fstring(let body, let bodyStart):
        _ = next()
        isF = true
        parts += try FStringSplitter.split(body, at: bodyStart, source: source)
      default:
        let r = range(from: start)
        if !isF {
          return .string(parts.map { if case .text(let s) = $0 { s } else { "" } }.joined(), r)
        }
        return .fstring(parts, r)
      }
    }
  }
}
