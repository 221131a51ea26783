extension Parser {
  /// Splits an f-string body into text and `{expr!conv:spec}` fields; each expression is lexed and parsed on its
  /// own, with positions inside the cell.
  mutating func parseFStringBody(_ body: ArraySlice<Unicode.Scalar>, raw: Bool, at bodyStart: SourcePosition)
    throws(PyError) -> [FStringPart]
  {
    var parts: [FStringPart] = []
    var text: [Unicode.Scalar] = []
    var i = body.startIndex
    var line = Int(bodyStart.line)
    var column = Int(bodyStart.column)
    func position(of k: Int) -> SourcePosition {
      var l = line
      var c = column
      var j = i
      while j < k {
        if body[j] == "\n" {
          l += 1
          c = 1
        } else {
          c += 1
        }
        j += 1
      }
      return SourcePosition(line: l, column: c)
    }
    func advance(to k: Int) {
      let p = position(of: k)
      line = Int(p.line)
      column = Int(p.column)
      i = k
    }
    func flushText() throws(PyError) {
      guard !text.isEmpty else { return }
      let s =
        raw
        ? String(String.UnicodeScalarView(text))
        : try Lexer.unescape(text, at: bodyStart, lexer: Lexer("", source: source))
      parts.append(.text(s))
      text = []
    }
    while i < body.endIndex {
      let c = body[i]
      if c == "\\" && !raw, i + 1 < body.endIndex {
        text += [c, body[i + 1]]
        advance(to: i + 2)
        continue
      }
      if c == "{" && i + 1 < body.endIndex && body[i + 1] == "{" {
        text.append("{")
        advance(to: i + 2)
        continue
      }
      if c == "}" {
        guard i + 1 < body.endIndex, body[i + 1] == "}" else {
          let p = position(of: i)
          throw .syntax("f-string: single '}' is not allowed", at: SourceRange(source: source, start: p, end: p))
        }
        text.append("}")
        advance(to: i + 2)
        continue
      }
      if c != "{" {
        text.append(c)
        advance(to: i + 1)
        continue
      }
      try flushText()
      let open = position(of: i)
      // Find the end of the expression: a top-level `=`, `!`, `:` or `}`.
      var k = i + 1
      var depth = 0
      var quote: Unicode.Scalar?
      while k < body.endIndex {
        let d = body[k]
        if let q = quote {
          if d == q { quote = nil }
        } else if d == "'" || d == "\"" {
          quote = d
        } else if "([{".unicodeScalars.contains(d) {
          depth += 1
        } else if ")]}".unicodeScalars.contains(d) {
          if depth == 0 { break }
          depth -= 1
        } else if depth == 0 && (d == "!" && k + 1 < body.endIndex && body[k + 1] != "=") {
          break
        } else if depth == 0 && d == ":" {
          break
        } else if depth == 0 && d == "=" && k + 1 < body.endIndex && body[k + 1] != "="
          && !"=!<>".unicodeScalars.contains(body[k - 1])
        {
          break
        }
        k += 1
      }
      let exprScalars = body[(i + 1)..<k]
      let exprText = String(String.UnicodeScalarView(exprScalars))
      if exprText.allSatisfy({ $0 == " " }) {
        throw .syntax(
          "f-string: valid expression required before '}'", at: SourceRange(source: source, start: open, end: open))
      }
      let exprStart = position(of: i + 1)
      var lexer = Lexer("(" + exprText + ")", source: source)
      lexer.line = Int(exprStart.line)
      lexer.column = Int(exprStart.column) - 1
      try lexer.run()
      var sub = Parser(tokens: lexer.tokens, source: source)
      sub.functions = functions
      let expr = try sub.parseStarExpressions()
      while sub.current.kind == .newline { sub.next() }
      guard sub.current.kind == .eof else { throw sub.unexpected() }
      var conversion: Unicode.Scalar?
      var spec: [FStringPart]?
      var selfDocumenting = false
      if k < body.endIndex && body[k] == "=" {
        selfDocumenting = true
        k += 1
        // Whitespace after `=` belongs to the literal text too.
        var trailing = k
        while trailing < body.endIndex && body[trailing] == " " { trailing += 1 }
        parts.append(.text(exprText + "=" + String(String.UnicodeScalarView(body[k..<trailing]))))
        k = trailing
      }
      if k < body.endIndex && body[k] == "!" {
        guard k + 1 < body.endIndex, "rsa".unicodeScalars.contains(body[k + 1]) else {
          let p = position(of: k)
          throw .syntax(
            "f-string: invalid conversion character: expected 's', 'r', or 'a'",
            at: SourceRange(source: source, start: p, end: p))
        }
        conversion = body[k + 1]
        k += 2
      }
      if k < body.endIndex && body[k] == ":" {
        // The spec runs to the matching `}`, and may hold nested fields.
        var m = k + 1
        var nested = 0
        while m < body.endIndex {
          if body[m] == "{" {
            nested += 1
          } else if body[m] == "}" {
            if nested == 0 { break }
            nested -= 1
          }
          m += 1
        }
        let specStart = position(of: k + 1)
        spec = try parseFStringBody(body[(k + 1)..<m], raw: true, at: specStart)
        k = m
      }
      guard k < body.endIndex, body[k] == "}" else {
        throw .syntax("f-string: expecting '}'", at: SourceRange(source: source, start: open, end: open))
      }
      if selfDocumenting && conversion == nil && spec == nil { conversion = "r" }
      parts.append(.field(expr, conversion: conversion, spec: spec))
      advance(to: k + 1)
    }
    try flushText()
    return parts
  }
}
