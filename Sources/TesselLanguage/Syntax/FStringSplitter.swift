/// Splits an f-string body into text and `{expression!conversion:spec}` fields,
/// parsing each expression with positions inside the cell.
enum FStringSplitter {
  static func split(
    _ body: String, at bodyStart: SourcePosition, source: Int
  ) throws(TesselError) -> [FStringPart] {
    let s = Array(body.unicodeScalars)
    var i = 0
    return try parts(s, &i, bodyStart: bodyStart, source: source, inSpec: false)
  }

  /// Position of scalar `offset` of the body, counting newlines.
  static func position(of offset: Int, in s: [Unicode.Scalar], from start: SourcePosition) -> SourcePosition {
    var p = start
    for k in 0..<min(offset, s.count) {
      if s[k] == "\n" { p.line += 1; p.column = 1 } else { p.column += 1 }
    }
    return p
  }

  static func parts(
    _ s: [Unicode.Scalar], _ i: inout Int, bodyStart: SourcePosition, source: Int,
    inSpec: Bool
  ) throws(TesselError) -> [FStringPart] {
    var result: [FStringPart] = []
    var text = String.UnicodeScalarView()
    let fail = { (message: String, at: Int) -> TesselError in
      failure(message, at: at, s, bodyStart: bodyStart, source: source)
    }
    while i < s.count {
      let c = s[i]
      if inSpec && c == "}" { break }
      if c == "\\" && i + 1 < s.count {
        let e = s[i + 1]
        let map: [Unicode.Scalar: Unicode.Scalar] = [
          "n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", "'": "'", "\"": "\"",
        ]
        if let m = map[e] { text.append(m) } else if e == "\n" {} else { text.append(c); text.append(e) }
        i += 2
        continue
      }
      if c == "{" {
        if !inSpec && i + 1 < s.count && s[i + 1] == "{" {
          text.append("{")
          i += 2
          continue
        }
        if !text.isEmpty { result.append(.text(String(text))); text = String.UnicodeScalarView() }
        i += 1
        result.append(try field(s, &i, bodyStart: bodyStart, source: source))
        continue
      }
      if c == "}" {
        if i + 1 < s.count && s[i + 1] == "}" {
          text.append("}")
          i += 2
          continue
        }
        throw fail("single '}' is not allowed", i)
      }
      text.append(c)
      i += 1
    }
    if !text.isEmpty { result.append(.text(String(text))) }
    return result
  }

  static func field(
    _ s: [Unicode.Scalar], _ i: inout Int, bodyStart: SourcePosition, source: Int
  ) throws(TesselError) -> FStringPart {
    func fail(_ message: String) -> TesselError { failure(message, at: i, s, bodyStart: bodyStart, source: source) }
    let exprStart = i
    var depth = 0
    var quote: Unicode.Scalar?
    while i < s.count {
      let c = s[i]
      if let q = quote {
        if c == q { quote = nil }
      } else if c == "'" || c == "\"" {
        quote = c
      } else if "([{".unicodeScalars.contains(c) {
        depth += 1
      } else if ")]}".unicodeScalars.contains(c) {
        if depth == 0 { break }
        depth -= 1
      } else if depth == 0 && (c == ":" || c == "!") {
        if c == "!" && i + 1 < s.count && s[i + 1] == "=" { i += 2; continue }
        break
      }
      i += 1
    }
    let exprText = String(String.UnicodeScalarView(s[exprStart..<i]))
    if exprText.trimmingWhitespace().isEmpty { throw fail("empty expression not allowed") }
    guard i < s.count else { throw fail("expecting '}'") }
    let origin = position(of: exprStart, in: s, from: bodyStart)
    let expr = try parseEmbedded(exprText, origin: origin, source: source)
    var conversion: Character?
    if s[i] == "!" {
      guard i + 1 < s.count, s[i + 1] == "r" || s[i + 1] == "s" else {
        throw fail("invalid conversion character: expected 's' or 'r'")
      }
      conversion = Character(s[i + 1])
      i += 2
    }
    var spec: [FStringPart] = []
    if i < s.count && s[i] == ":" {
      i += 1
      spec = try parts(s, &i, bodyStart: bodyStart, source: source, inSpec: true)
    }
    guard i < s.count, s[i] == "}" else { throw fail("expecting '}'") }
    i += 1
    return .field(expr, conversion: conversion, spec: spec)
  }

  static func failure(_ message: String, at offset: Int, _ s: [Unicode.Scalar], bodyStart: SourcePosition, source: Int)
    -> TesselError
  {
    let p = position(of: offset, in: s, from: bodyStart)
    return .syntax(
      "f-string: " + message,
      at: SourceRange(source: source, start: p, end: SourcePosition(line: p.line, column: p.column + 1)))
  }

  /// Parses one embedded expression, shifting its positions to where it sits in the cell.
  static func parseEmbedded(_ text: String, origin: SourcePosition, source: Int) throws(TesselError) -> Expr {
    func shift(_ p: SourcePosition) -> SourcePosition {
      p.line == 1
        ? SourcePosition(line: origin.line, column: origin.column + p.column - 1)
        : SourcePosition(line: origin.line + p.line - 1, column: p.column)
    }
    func shift(_ r: SourceRange) -> SourceRange {
      SourceRange(source: source, start: shift(r.start), end: shift(r.end))
    }
    var tokens = try Lexer.tokenize("(" + text + ")", source: source)
    for k in tokens.indices {
      var r = tokens[k].range
      // The added "(" occupies column 1 of line 1.
      if r.start.line == 1 { r.start.column -= 1 }
      if r.end.line == 1 { r.end.column -= 1 }
      tokens[k].range = shift(r)
    }
    var parser = Parser(tokens: tokens, source: source)
    let e = try parser.parseExpression()
    if parser.current.kind != .newline && parser.current.kind != .eof { throw parser.unexpected() }
    return e
  }
}

extension String {
  func trimmingWhitespace() -> String {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s.removeFirst() }
    while let l = s.last, l.isWhitespace { s.removeLast() }
    return String(s)
  }
}
