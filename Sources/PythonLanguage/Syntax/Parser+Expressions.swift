extension Parser {
  /// `a, b, *c` without brackets (assignment right-hand sides, `return`, `for … in`): a tuple when there is a comma.
  mutating func parseStarExpressions(allowYield: Bool = false) throws(PyError) -> Expr {
    if allowYield && check(.yield) { return try parseYield() }
    let start = current.range
    let first = try parseStarOrNamed()
    guard check(",") else {
      if case .starred = first.kind {
        throw .syntax("can't use starred expression here", at: first.range)
      }
      return first
    }
    var items = [first]
    while accept(",") {
      if isExpressionEnd { break }
      items.append(try parseStarOrNamed())
    }
    return Expr(kind: .tuple(items), range: range(from: start))
  }

  /// Tokens that end an expression list (so `x = 1,` is a one-element tuple).
  var isExpressionEnd: Bool {
    switch current.kind {
    case .newline, .eof: return true
    case .op(let o): return ["=", ")", "]", "}", ":", ";"].contains(o) || BinaryOperator.byAugmentedSymbol[o] != nil
    case .keyword(let k): return k == .in
    default: return false
    }
  }

  mutating func parseStarOrNamed() throws(PyError) -> Expr {
    let start = current.range
    if accept("*") {
      let e = try parseBitOr()
      return Expr(kind: .starred(e), range: range(from: start))
    }
    return try parseNamedExpression()
  }

  /// A `for` target: `i`, `i, j`, `(a, b), c`.
  mutating func parseTargetList() throws(PyError) -> Expr {
    let start = current.range
    let first = try parseTargetItem()
    guard check(",") else { return first }
    var items = [first]
    while accept(",") {
      if check(.in) || check("=") { break }
      items.append(try parseTargetItem())
    }
    return Expr(kind: .tuple(items), range: range(from: start))
  }

  mutating func parseTargetItem() throws(PyError) -> Expr {
    let start = current.range
    if accept("*") { return Expr(kind: .starred(try parseTarget()), range: range(from: start)) }
    return try parseTarget()
  }

  /// One target without a top-level comma: a primary (`a`, `a.b`, `a[i]`, `(a, b)`, `[a, b]`).
  mutating func parseTarget() throws(PyError) -> Expr {
    try parseBitOr()
  }

  /// `name := value` or an ordinary expression.
  mutating func parseNamedExpression() throws(PyError) -> Expr {
    let start = current.range
    if case .name(let n) = current.kind, peekKind(1) == .op(":=") {
      next()
      next()
      let value = try parseExpression()
      return Expr(kind: .namedExpr(n, value), range: range(from: start))
    }
    return try parseExpression()
  }

  mutating func parseYield() throws(PyError) -> Expr {
    let start = next().range
    guard functions > 0 else { throw .syntax("'yield' outside function", at: start) }
    if accept(.from) {
      let e = try parseExpression()
      return Expr(kind: .yieldFrom(e), range: range(from: start))
    }
    if isExpressionEnd || check(")") { return Expr(kind: .yield(nil), range: start) }
    let e = try parseStarExpressions()
    return Expr(kind: .yield(e), range: range(from: start))
  }

  /// A full expression: a conditional expression or a lambda.
  mutating func parseExpression() throws(PyError) -> Expr {
    try nest()
    defer { depth -= 1 }
    if check(.lambda) { return try parseLambda() }
    let start = current.range
    let body = try parseOr()
    if check(.if) {
      next()
      let test = try parseOr()
      guard accept(.else) else { throw unexpected("expected 'else' after 'if' expression") }
      let orElse = try parseExpression()
      return Expr(kind: .ifExp(test: test, body: body, orElse: orElse), range: range(from: start))
    }
    return body
  }

  mutating func parseLambda() throws(PyError) -> Expr {
    let start = next().range
    let params = try parseParameters(closing: ":")
    try expect(":")
    functions += 1
    let savedLoops = loops
    loops = 0
    defer {
      functions -= 1
      loops = savedLoops
    }
    let body = try parseExpression()
    return Expr(kind: .lambda(params, body), range: range(from: start))
  }

  mutating func parseOr() throws(PyError) -> Expr {
    let start = current.range
    let first = try parseAnd()
    guard check(.or) else { return first }
    var terms = [first]
    var links = 0
    while accept(.or) {
      try link(&links)
      terms.append(try parseAnd())
    }
    return Expr(kind: .boolOp(isAnd: false, terms), range: range(from: start))
  }

  mutating func parseAnd() throws(PyError) -> Expr {
    let start = current.range
    let first = try parseNot()
    guard check(.and) else { return first }
    var terms = [first]
    var links = 0
    while accept(.and) {
      try link(&links)
      terms.append(try parseNot())
    }
    return Expr(kind: .boolOp(isAnd: true, terms), range: range(from: start))
  }

  mutating func parseNot() throws(PyError) -> Expr {
    let start = current.range
    if accept(.not) {
      try nest()
      defer { depth -= 1 }
      let e = try parseNot()
      return Expr(kind: .unary(.not, e), range: range(from: start))
    }
    return try parseComparison()
  }

  mutating func parseComparison() throws(PyError) -> Expr {
    let start = current.range
    let first = try parseBitOr()
    var rest: [(CompareOperator, Expr)] = []
    while true {
      var op: CompareOperator?
      switch current.kind {
      case .op("<"): op = .lt
      case .op("<="): op = .le
      case .op("=="): op = .eq
      case .op("!="): op = .ne
      case .op(">"): op = .gt
      case .op(">="): op = .ge
      case .keyword(.in): op = .in
      case .keyword(.is):
        op = peekKind(1) == .keyword(.not) ? .isNot : .is
      case .keyword(.not):
        if peekKind(1) == .keyword(.in) { op = .notIn }
      default: break
      }
      guard let op else { break }
      next()
      if op == .isNot || op == .notIn { next() }
      rest.append((op, try parseBitOr()))
    }
    if rest.isEmpty { return first }
    return Expr(kind: .compare(first, rest), range: range(from: start))
  }

  /// Left-associative binary levels, loosest first.
  static let levels: [[String]] = [["|"], ["^"], ["&"], ["<<", ">>"], ["+", "-"], ["*", "/", "//", "%", "@"]]

  mutating func parseBitOr() throws(PyError) -> Expr { try parseBinary(level: 0) }

  mutating func parseBinary(level: Int) throws(PyError) -> Expr {
    guard level < Parser.levels.count else { return try parseUnary() }
    let start = current.range
    var left = try parseBinary(level: level + 1)
    var links = 0
    while case .op(let o) = current.kind, Parser.levels[level].contains(o), let op = BinaryOperator.bySymbol[o] {
      next()
      try link(&links)
      let right = try parseBinary(level: level + 1)
      left = Expr(kind: .binary(op, left, right), range: start.to(right.range))
    }
    return left
  }

  mutating func parseUnary() throws(PyError) -> Expr {
    let start = current.range
    let op: UnaryOperator? =
      switch current.kind {
      case .op("-"): .neg
      case .op("+"): .pos
      case .op("~"): .invert
      default: nil
      }
    guard let op else { return try parsePower() }
    next()
    try nest()
    defer { depth -= 1 }
    let e = try parseUnary()
    return Expr(kind: .unary(op, e), range: range(from: start))
  }

  mutating func parsePower() throws(PyError) -> Expr {
    let start = current.range
    if check(.await) {
      throw PyError("NotImplementedError", "'await' is not supported", at: start)
    }
    let base = try parsePrimary()
    guard accept("**") else { return base }
    try nest()
    defer { depth -= 1 }
    let exponent = try parseUnary()
    return Expr(kind: .binary(.pow, base, exponent), range: range(from: start))
  }

  /// An atom followed by calls, subscripts and attributes.
  mutating func parsePrimary() throws(PyError) -> Expr {
    let start = current.range
    var e = try parseAtom()
    var links = 0
    while true {
      if accept("(") {
        try link(&links)
        let args = try parseArguments()
        try expect(")", "'(' was never closed")
        e = Expr(kind: .call(e, args), range: range(from: start))
      } else if accept("[") {
        try link(&links)
        let index = try parseSubscript()
        try expect("]", "'[' was never closed")
        e = Expr(kind: .subscription(e, index), range: range(from: start))
      } else if accept(".") {
        try link(&links)
        let name = try expectName()
        e = Expr(kind: .attribute(e, name), range: range(from: start))
      } else {
        return e
      }
    }
  }

  mutating func parseArguments() throws(PyError) -> [Argument] {
    var args: [Argument] = []
    var sawKeyword = false
    while !check(")") {
      let at = current.range
      if accept("**") {
        args.append(.doubleStar(try parseExpression()))
        sawKeyword = true
      } else if accept("*") {
        args.append(.star(try parseExpression()))
      } else if case .name(let n) = current.kind, peekKind(1) == .op("=") {
        next()
        next()
        args.append(.keyword(n, try parseExpression()))
        sawKeyword = true
      } else {
        let e = try parseNamedExpression()
        if check(.for) {
          let generators = try parseComprehensionClauses()
          args.append(
            .positional(Expr(kind: .comprehension(.generator(e), generators), range: range(from: at))))
          if !args.dropLast().isEmpty || check(",") && peekKind(1) != .op(")") {
            throw .syntax("Generator expression must be parenthesized", at: at)
          }
        } else {
          if sawKeyword {
            if case .doubleStar = args.last {
              throw .syntax("positional argument follows keyword argument unpacking", at: at)
            }
            throw .syntax("positional argument follows keyword argument", at: at)
          }
          args.append(.positional(e))
        }
      }
      if !accept(",") { break }
    }
    return args
  }

  /// The inside of `[...]`: one index, a slice, or a tuple of them.
  mutating func parseSubscript() throws(PyError) -> Expr {
    let start = current.range
    let first = try parseSliceItem()
    guard check(",") else { return first }
    var items = [first]
    while accept(",") {
      if check("]") { break }
      items.append(try parseSliceItem())
    }
    return Expr(kind: .tuple(items), range: range(from: start))
  }

  mutating func parseSliceItem() throws(PyError) -> Expr {
    let start = current.range
    if accept("*") { return Expr(kind: .starred(try parseBitOr()), range: range(from: start)) }
    var lower: Expr?
    if !check(":") {
      let e = try parseNamedExpression()
      guard check(":") else { return e }
      lower = e
    }
    next()
    let upper = check(":") || check("]") || check(",") ? nil : try parseExpression()
    var step: Expr?
    if accept(":") { step = check("]") || check(",") ? nil : try parseExpression() }
    return Expr(kind: .slice(lower, upper, step), range: range(from: start))
  }

  mutating func parseComprehensionClauses() throws(PyError) -> [Comprehension] {
    var clauses: [Comprehension] = []
    while accept(.for) {
      let target = try parseTargetList()
      try checkTarget(target)
      try expect(.in)
      let iterable = try parseOr()
      var conditions: [Expr] = []
      while accept(.if) { conditions.append(try parseOr()) }
      clauses.append(Comprehension(target: target, iterable: iterable, conditions: conditions))
      if check(.async) { throw PyError("NotImplementedError", "'async for' is not supported", at: current.range) }
    }
    return clauses
  }
}
