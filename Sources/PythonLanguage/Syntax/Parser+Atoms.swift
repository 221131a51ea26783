extension Parser {
  mutating func parseAtom() throws(PyError) -> Expr {
    let t = current
    switch t.kind {
    case .name(let n):
      next()
      return Expr(kind: .name(n), range: t.range)
    case .int(let v):
      next()
      return Expr(kind: .int(v), range: t.range)
    case .bigInt(let v):
      next()
      return Expr(kind: .bigInt(v), range: t.range)
    case .float(let v):
      next()
      return Expr(kind: .float(v), range: t.range)
    case .imaginary(let v):
      next()
      return Expr(kind: .imaginary(v), range: t.range)
    case .string, .fstring, .bytes:
      return try parseStrings()
    case .keyword(.true):
      next()
      return Expr(kind: .bool(true), range: t.range)
    case .keyword(.false):
      next()
      return Expr(kind: .bool(false), range: t.range)
    case .keyword(.none):
      next()
      return Expr(kind: .none, range: t.range)
    case .op("..."):
      next()
      return Expr(kind: .ellipsis, range: t.range)
    case .op("("):
      return try parseParenthesised()
    case .op("["):
      return try parseListDisplay()
    case .op("{"):
      return try parseBraceDisplay()
    case .keyword(.yield):
      throw .syntax("yield expression must be parenthesized here", at: t.range)
    default:
      throw unexpected()
    }
  }

  /// Adjacent string literals concatenate; any f-string among them makes the whole an f-string.
  mutating func parseStrings() throws(PyError) -> Expr {
    let start = current.range
    var parts: [FStringPart] = []
    var bytes: [UInt8]?
    var sawString = false
    var sawF = false
    while true {
      switch current.kind {
      case .string(let s):
        if bytes != nil { throw .syntax("cannot mix bytes and nonbytes literals", at: current.range) }
        sawString = true
        parts.append(.text(s))
      case .bytes(let b):
        if sawString { throw .syntax("cannot mix bytes and nonbytes literals", at: current.range) }
        bytes = (bytes ?? []) + b
      case .fstring(let body, let raw, let bodyStart):
        if bytes != nil { throw .syntax("cannot mix bytes and nonbytes literals", at: current.range) }
        sawString = true
        sawF = true
        parts += try parseFStringBody(body[...], raw: raw, at: bodyStart)
      default:
        let r = range(from: start)
        if let bytes { return Expr(kind: .bytes(bytes), range: r) }
        if !sawF {
          var text = ""
          for case .text(let s) in parts { text += s }
          return Expr(kind: .string(text), range: r)
        }
        return Expr(kind: .fstring(parts), range: r)
      }
      next()
    }
  }

  mutating func parseParenthesised() throws(PyError) -> Expr {
    let start = next().range
    try nest()
    defer { depth -= 1 }
    if accept(")") { return Expr(kind: .tuple([]), range: range(from: start)) }
    if check(.yield) {
      let y = try parseYield()
      try expect(")")
      return Expr(kind: y.kind, range: range(from: start))
    }
    let first = try parseStarOrNamed()
    if check(.for) {
      let clauses = try parseComprehensionClauses()
      try expect(")", "'(' was never closed")
      return Expr(kind: .comprehension(.generator(first), clauses), range: range(from: start))
    }
    if accept(")") {
      if case .starred = first.kind { throw .syntax("cannot use starred expression here", at: first.range) }
      return Expr(kind: first.kind, range: range(from: start))
    }
    var items = [first]
    while accept(",") {
      if check(")") { break }
      items.append(try parseStarOrNamed())
    }
    try expect(")", "'(' was never closed")
    return Expr(kind: .tuple(items), range: range(from: start))
  }

  mutating func parseListDisplay() throws(PyError) -> Expr {
    let start = next().range
    try nest()
    defer { depth -= 1 }
    if accept("]") { return Expr(kind: .list([]), range: range(from: start)) }
    let first = try parseStarOrNamed()
    if check(.for) {
      let clauses = try parseComprehensionClauses()
      try expect("]", "'[' was never closed")
      return Expr(kind: .comprehension(.list(first), clauses), range: range(from: start))
    }
    var items = [first]
    while accept(",") {
      if check("]") { break }
      items.append(try parseStarOrNamed())
    }
    try expect("]", "'[' was never closed")
    return Expr(kind: .list(items), range: range(from: start))
  }

  mutating func parseBraceDisplay() throws(PyError) -> Expr {
    let start = next().range
    try nest()
    defer { depth -= 1 }
    if accept("}") { return Expr(kind: .dict([]), range: range(from: start)) }
    if accept("**") {
      let spread = try parseBitOr()
      return try parseDictRest(first: (nil, spread), start: start)
    }
    let first = try parseStarOrNamed()
    if accept(":") {
      let value = try parseExpression()
      if check(.for) {
        let clauses = try parseComprehensionClauses()
        try expect("}", "'{' was never closed")
        return Expr(kind: .comprehension(.dict(first, value), clauses), range: range(from: start))
      }
      return try parseDictRest(first: (first, value), start: start)
    }
    if check(.for) {
      let clauses = try parseComprehensionClauses()
      try expect("}", "'{' was never closed")
      return Expr(kind: .comprehension(.set(first), clauses), range: range(from: start))
    }
    var items = [first]
    while accept(",") {
      if check("}") { break }
      items.append(try parseStarOrNamed())
    }
    try expect("}", "'{' was never closed")
    return Expr(kind: .set(items), range: range(from: start))
  }

  mutating func parseDictRest(first: (Expr?, Expr), start: SourceRange) throws(PyError) -> Expr {
    var entries = [first]
    while accept(",") {
      if check("}") { break }
      if accept("**") {
        entries.append((nil, try parseBitOr()))
        continue
      }
      let key = try parseExpression()
      try expect(":", "':' expected after dictionary key")
      entries.append((key, try parseExpression()))
    }
    try expect("}", "'{' was never closed")
    return Expr(kind: .dict(entries), range: range(from: start))
  }
}
