/// `try`, `import` and the magics.
extension Parser {
  mutating func parseTry() throws(TesselError) -> Stmt {
    let start = next().range
    let body = try parseBlock(after: "try")
    var handlers: [ExceptHandler] = []
    while checkKeyword("except") {
      let handlerStart = next().range
      var types: Expr?
      var name: String?
      if !check(":") {
        if handlers.last.map({ $0.types == nil }) ?? false {
          throw .syntax("default 'except:' must be last", at: handlers.last!.range)
        }
        types = try parseExpression()
        if acceptKeyword("as") {
          guard case .name(let n) = current.kind else { throw unexpected("expected a name after 'as'") }
          _ = next()
          name = n
        }
      }
      let r = range(from: handlerStart)
      handlers.append(ExceptHandler(types: types, name: name, body: try parseBlock(after: "except"), range: r))
    }
    var orElse: [Stmt]?
    if !handlers.isEmpty && acceptKeyword("else") { orElse = try parseBlock(after: "else") }
    var finally: [Stmt]?
    if acceptKeyword("finally") { finally = try parseBlock(after: "finally") }
    if handlers.isEmpty && finally == nil { throw unexpected("expected 'except' or 'finally' block") }
    return .tryExcept(body: body, handlers: handlers, orElse: orElse, finally: finally, start)
  }

  /// `numpy.linalg`: a dotted module path.
  mutating func parseDottedName() throws(TesselError) -> String {
    var parts: [String] = []
    repeat {
      guard case .name(let n) = current.kind else { throw unexpected("expected a module name") }
      _ = next()
      parts.append(n)
    } while accept(".")
    return parts.joined(separator: ".")
  }

  mutating func parseAlias() throws(TesselError) -> String? {
    guard acceptKeyword("as") else { return nil }
    guard case .name(let n) = current.kind else { throw unexpected("expected a name after 'as'") }
    _ = next()
    return n
  }

  mutating func parseImport() throws(TesselError) -> Stmt {
    let start = next().range
    let path = try parseDottedName()
    let alias = try parseAlias()
    if check(",") { throw .syntax("import one module per line in Tessel", at: current.range) }
    return .importModule(path: path, alias: alias, range(from: start))
  }

  mutating func parseFromImport() throws(TesselError) -> Stmt {
    let start = next().range
    let path = try parseDottedName()
    guard acceptKeyword("import") else { throw unexpected("expected 'import'") }
    if check("*") {
      throw .syntax("'from … import *' is not part of Tessel; every builtin is already in scope", at: current.range)
    }
    let parenthesised = accept("(")
    var names: [(name: String, alias: String?)] = []
    repeat {
      if parenthesised && check(")") { break }
      guard case .name(let n) = current.kind else { throw unexpected("expected a name to import") }
      _ = next()
      names.append((n, try parseAlias()))
    } while accept(",")
    if parenthesised { try expect(")", "expected ')'") }
    return .importFrom(path: path, names: names, range(from: start))
  }

  /// A line starting with `%`: `%time stmt`, `%timeit -n 10 stmt`, `%who`, `%reset -f`, or `%%time` heading
  /// the cell.
  mutating func parseMagic() throws(TesselError) -> Stmt {
    let start = next().range
    let isCellMagic = accept("%")
    guard case .name(let name) = current.kind, current.range.start.column == start.end.column + (isCellMagic ? 1 : 0)
    else { throw unexpected("expected a magic name after '%'") }
    _ = next()
    let header = range(from: start)
    if isCellMagic {
      guard name == "time" else { throw .syntax("unknown cell magic '%%\(name)'; Tessel has %%time", at: header) }
      guard start.start.line == 1, index <= 3 else { throw .syntax("'%%time' must start the cell", at: header) }
      if current.kind == .newline { _ = next() }
      return .magic(.time(try parseProgram()), header)
    }
    switch name {
    case "time":
      return .magic(.time(try parseSimpleLine()), header)
    case "timeit":
      var number: Int?
      var repeats: Int?
      while check("-"), index + 1 < tokens.count, case .name(let option) = tokens[index + 1].kind,
        option == "n" || option == "r"
      {
        _ = next()
        _ = next()
        guard case .number(let v) = current.kind, v >= 1, v.rounded() == v, v < 1e9 else {
          throw unexpected("expected a positive whole number after -\(option)")
        }
        _ = next()
        if option == "n" { number = Int(v) } else { repeats = Int(v) }
      }
      return .magic(.timeit(try parseSimpleLine(), number: number, repeats: repeats), header)
    case "who":
      try endOfLine()
      return .magic(.who, header)
    case "reset":
      var force = false
      if check("-"), index + 1 < tokens.count, tokens[index + 1].kind == .name("f") {
        _ = next()
        _ = next()
        force = true
      }
      try endOfLine()
      return .magic(.reset(force: force), header)
    default:
      var message = "unknown magic '%\(name)'"
      if let s = Suggest.closest(to: name, among: ["time", "timeit", "who", "reset"]) {
        message += ". Did you mean: '%\(s)'?"
      } else {
        message += "; Tessel has %time, %timeit, %%time, %who and %reset"
      }
      throw .syntax(message, at: header)
    }
  }

  mutating func endOfLine() throws(TesselError) {
    if current.kind == .newline {
      _ = next()
    } else if current.kind != .eof {
      throw unexpected()
    }
  }
}
