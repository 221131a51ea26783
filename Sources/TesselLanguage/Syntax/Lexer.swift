import Interruption

/// Turns a cell into tokens, with Python's layout rules: INDENT/DEDENT from
/// leading spaces, NEWLINE ending a logical line, newlines ignored inside
/// brackets, `\` joining lines, `#` comments.
struct Lexer {
  let scalars: [Unicode.Scalar]
  let source: Int
  var i = 0
  var line = 1
  var column = 1
  var brackets: [(Unicode.Scalar, SourcePosition)] = []
  var indents = [0]
  var tokens: [Token] = []
  var atLineStart = true

  init(_ text: String, source: Int) {
    scalars = Array(text.unicodeScalars)
    self.source = source
  }

  static func tokenize(_ text: String, source: Int) throws(TesselError) -> [Token] {
    var lexer = Lexer(text, source: source)
    try lexer.run()
    return lexer.tokens
  }

  var position: SourcePosition { SourcePosition(line: line, column: column) }

  func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    i + offset < scalars.count ? scalars[i + offset] : nil
  }

  mutating func advance() {
    if scalars[i] == "\n" {
      line += 1
      column = 1
    } else {
      column += 1
    }
    i += 1
  }

  func error(_ message: String, at start: SourcePosition, kind: String = "SyntaxError") -> TesselError {
    TesselError(
      kind, message,
      at: SourceRange(source: source, start: start, end: SourcePosition(line: start.line, column: start.column + 1)))
  }

  mutating func emit(_ kind: Token.Kind, from start: SourcePosition) {
    tokens.append(Token(kind: kind, range: SourceRange(source: source, start: start, end: position)))
  }

  mutating func run() throws(TesselError) {
    while true {
      // A pasted cell of 10⁷ terms takes the lexer tens of seconds (about 1.5 µs a token): it must stop on request.
      if tokens.count & 0x3FFF == 0x3FFF, InterruptFlag.isCurrentRaised {
        throw TesselError("KeyboardInterrupt", "", at: SourceRange(source: source, start: position, end: position))
      }
      if atLineStart && brackets.isEmpty {
        try layoutLine()
        if i >= scalars.count { break }
      }
      guard let c = peek() else { break }
      let start = position
      switch c {
      case " ", "\t", "\r", "\u{0C}":
        advance()
      case "#":
        while let d = peek(), d != "\n" { advance() }
      case "\n":
        advance()
        if brackets.isEmpty {
          if let last = tokens.last, last.kind != .newline { emit(.newline, from: start) }
          atLineStart = true
        }
      case "\\":
        guard peek(1) == "\n" || (peek(1) == "\r" && peek(2) == "\n") else {
          throw error("unexpected character after line continuation character", at: start)
        }
        advance()
        if peek() == "\r" { advance() }
        advance()
      case "0"..."9":
        try lexNumber()
      case ".":
        if let d = peek(1), ("0"..."9").contains(d) {
          try lexNumber()
        } else if peek(1) == ".", peek(2) == "." {
          advance()
          advance()
          advance()
          emit(.op("..."), from: start)
        } else {
          advance()
          emit(.op("."), from: start)
        }
      case "\"", "'":
        try lexString(prefix: "")
      default:
        if c.properties.isXIDStart || c == "_" {
          try lexNameOrPrefixedString()
        } else {
          try lexOperator()
        }
      }
    }
    if let (open, at) = brackets.last {
      throw error("'\(open)' was never closed", at: at)
    }
    let end = position
    if let last = tokens.last, last.kind != .newline { emit(.newline, from: end) }
    while indents.count > 1 {
      indents.removeLast()
      emit(.dedent, from: end)
    }
    emit(.eof, from: end)
  }

  /// At the start of a line: measure indentation, skip blank and comment-only
  /// lines, and emit INDENT or DEDENTs.
  mutating func layoutLine() throws(TesselError) {
    while true {
      var width = 0
      while let c = peek(), c == " " || c == "\t" {
        width = c == "\t" ? (width / 8 + 1) * 8 : width + 1
        advance()
      }
      guard let c = peek() else { return }
      if c == "\n" || c == "#" || c == "\r" {
        while let d = peek(), d != "\n" { advance() }
        if peek() == "\n" { advance() }
        continue
      }
      atLineStart = false
      let start = position
      if width > indents.last! {
        indents.append(width)
        emit(.indent, from: SourcePosition(line: line, column: 1))
      } else {
        while width < indents.last! {
          indents.removeLast()
          emit(.dedent, from: start)
        }
        if width != indents.last! {
          throw error("unindent does not match any outer indentation level", at: start, kind: "IndentationError")
        }
      }
      return
    }
  }

  mutating func lexNameOrPrefixedString() throws(TesselError) {
    let start = position
    let startIndex = i
    while let c = peek(), c.properties.isXIDContinue || c == "_" { advance() }
    let word = String(String.UnicodeScalarView(scalars[startIndex..<i]))
    if let q = peek(), q == "\"" || q == "'",
      ["f", "F", "r", "R", "rf", "fr", "Rf", "fR", "RF", "FR", "rF", "Fr"].contains(word)
    {
      i = startIndex
      line = start.line
      column = start.column
      for _ in word.unicodeScalars { advance() }
      try lexString(prefix: word.lowercased(), start: start)
      return
    }
    emit(Keywords.all.contains(word) ? .keyword(word) : .name(word), from: start)
  }

  static let operators: [String] = [
    "**=", "//=", "...", "->", "**", "//", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "%=", "@=", "&=", "|=",
    "^=", "<<", ">>", "+", "-", "*", "/", "%", "@", "<", ">", "=", "(", ")", "[", "]", "{", "}", ",", ":", ";",
    ".", "&", "|", "^", "~", "?", "!",
  ]

  mutating func lexOperator() throws(TesselError) {
    let start = position
    for op in Lexer.operators {
      let opScalars = Array(op.unicodeScalars)
      guard i + opScalars.count <= scalars.count, Array(scalars[i..<i + opScalars.count]) == opScalars else { continue }
      for _ in opScalars { advance() }
      switch op {
      case "(", "[", "{":
        brackets.append((opScalars[0], start))
      case ")", "]", "}":
        let pairs: [Unicode.Scalar: Unicode.Scalar] = [")": "(", "]": "[", "}": "{"]
        guard let (open, _) = brackets.last else { throw error("unmatched '\(op)'", at: start) }
        guard open == pairs[opScalars[0]] else {
          throw error("closing parenthesis '\(op)' does not match opening parenthesis '\(open)'", at: start)
        }
        brackets.removeLast()
      default: break
      }
      emit(.op(op), from: start)
      return
    }
    let c = peek()!
    throw error("invalid character '\(c)' (U+\(String(c.value, radix: 16, uppercase: true)))", at: start)
  }
}
