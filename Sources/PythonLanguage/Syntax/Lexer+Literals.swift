import BigInt

extension Lexer {
  /// Integers (decimal, `0x`, `0o`, `0b`, with `_`), floats and imaginary literals.
  mutating func lexNumber(_ start: SourcePosition) throws(PyError) {
    var text = ""
    func digits(_ ok: (Unicode.Scalar) -> Bool, into text: inout String, lexer: inout Lexer) throws(PyError) {
      var lastUnderscore = false
      while let c = lexer.peek(), ok(c) || c == "_" {
        if c == "_" {
          if lastUnderscore { throw lexer.error("invalid decimal literal", at: start) }
          lastUnderscore = true
        } else {
          text.unicodeScalars.append(c)
          lastUnderscore = false
        }
        lexer.advance()
      }
      if lastUnderscore { throw lexer.error("invalid decimal literal", at: start) }
    }
    let isDecimal: (Unicode.Scalar) -> Bool = { $0.value >= 48 && $0.value <= 57 }
    if peek() == "0", let x = peek(1), "xXoObB".unicodeScalars.contains(x) {
      advance()
      advance()
      let radix = x == "x" || x == "X" ? 16 : x == "o" || x == "O" ? 8 : 2
      if peek() == "_" { advance() }
      try digits(
        { $0.properties.numericType != nil || ("a"..."f").contains($0) || ("A"..."F").contains($0) },
        into: &text, lexer: &self)
      guard !text.isEmpty, let big = Constructors.digits(text, radix: radix) else {
        throw error("invalid \(radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary") literal", at: start)
      }
      emit(Int(exactly: big).map { .int($0) } ?? .bigInt(big), from: start)
      return
    }
    var isFloat = false
    try digits(isDecimal, into: &text, lexer: &self)
    if peek() == ".", !(peek(1) == "." && peek(2) == ".") {
      isFloat = true
      text += "."
      advance()
      try digits(isDecimal, into: &text, lexer: &self)
    }
    if let e = peek(), e == "e" || e == "E",
      isDigit(peek(1)) || ((peek(1) == "+" || peek(1) == "-") && isDigit(peek(2)))
    {
      isFloat = true
      text += "e"
      advance()
      if let sign = peek(), sign == "+" || sign == "-" {
        text.unicodeScalars.append(sign)
        advance()
      }
      try digits(isDecimal, into: &text, lexer: &self)
    }
    if let j = peek(), j == "j" || j == "J" {
      advance()
      emit(.imaginary(Double(text) ?? 0), from: start)
      return
    }
    if let c = peek(), c.properties.isXIDContinue {
      throw error("invalid decimal literal", at: start)
    }
    if isFloat {
      emit(.float(Double(text) ?? .infinity), from: start)
      return
    }
    if text.count > 1, text.first == "0", text.contains(where: { $0 != "0" }) {
      throw error(
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", at: start)
    }
    if let n = Int(text) {
      emit(.int(n), from: start)
    } else if let big = BigInt(text) {
      emit(.bigInt(big), from: start)
    } else {
      throw error("invalid decimal literal", at: start)
    }
  }

  /// A string, bytes or f-string literal; `prefix` is lower-cased (`r`, `b`, `f`, `rb`, `fr`, `u`).
  mutating func lexString(prefix: String, start: SourcePosition) throws(PyError) {
    guard let quote = peek() else { return }
    let triple = peek(1) == quote && peek(2) == quote
    for _ in 0..<(triple ? 3 : 1) { advance() }
    let raw = prefix.contains("r")
    let isF = prefix.contains("f")
    let bodyStart = position
    var body: [Unicode.Scalar] = []
    var depth = 0
    while true {
      guard let c = peek() else {
        throw error(
          triple ? "unterminated triple-quoted string literal" : "unterminated string literal", at: start)
      }
      if c == "\n" && !triple && depth == 0 {
        throw error("unterminated string literal (detected at line \(line))", at: start)
      }
      if isF && c == "{" {
        if depth == 0 && peek(1) == "{" {
          body += ["{", "{"]
          advance()
          advance()
          continue
        }
        depth += 1
      } else if isF && c == "}" && depth > 0 {
        depth -= 1
      } else if isF && depth > 0 && (c == "\"" || c == "'") {
        // Python 3.12: a string inside a replacement field may reuse the outer quote.
        let inner = c
        body.append(c)
        advance()
        while let d = peek(), d != inner, d != "\n" || triple {
          body.append(d)
          advance()
        }
        if let d = peek() {
          body.append(d)
          advance()
        }
        continue
      }
      if c == quote && depth == 0 && (!triple || (peek(1) == quote && peek(2) == quote)) {
        for _ in 0..<(triple ? 3 : 1) { advance() }
        break
      }
      if c == "\\" && depth == 0, let next = peek(1) {
        body.append(c)
        body.append(next)
        advance()
        advance()
        continue
      }
      body.append(c)
      advance()
    }
    if isF {
      emit(.fstring(body: body, raw: raw, bodyStart: bodyStart), from: start)
      return
    }
    let text = raw ? String(String.UnicodeScalarView(body)) : try Lexer.unescape(body, at: start, lexer: self)
    if prefix.contains("b") {
      guard text.unicodeScalars.allSatisfy({ $0.value < 256 }) else {
        throw error("bytes can only contain ASCII literal characters", at: start)
      }
      emit(.bytes(text.unicodeScalars.map { UInt8($0.value) }), from: start)
    } else {
      emit(.string(text), from: start)
    }
  }

  /// Applies backslash escapes: `\n`, `\t`, `\xhh`, `\uXXXX`, `\N{…}` is refused, octal, line continuations;
  /// an unknown escape keeps its backslash, as Python does.
  static func unescape(_ body: some Collection<Unicode.Scalar>, at start: SourcePosition, lexer: Lexer) throws(PyError)
    -> String
  {
    var out = String.UnicodeScalarView()
    var it = Array(body)[...]
    while let c = it.popFirst() {
      guard c == "\\", let e = it.popFirst() else {
        out.append(c)
        continue
      }
      switch e {
      case "\n": break
      case "\\": out.append("\\")
      case "'": out.append("'")
      case "\"": out.append("\"")
      case "a": out.append("\u{07}")
      case "b": out.append("\u{08}")
      case "f": out.append("\u{0C}")
      case "n": out.append("\n")
      case "r": out.append("\r")
      case "t": out.append("\t")
      case "v": out.append("\u{0B}")
      case "0"..."7":
        var v = e.value - 48
        for _ in 0..<2 {
          guard let d = it.first, ("0"..."7").contains(d) else { break }
          v = v * 8 + d.value - 48
          it.removeFirst()
        }
        out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
      case "x", "u", "U":
        let n = e == "x" ? 2 : e == "u" ? 4 : 8
        let hex = String(String.UnicodeScalarView(it.prefix(n)))
        guard hex.unicodeScalars.count == n, let v = UInt32(hex, radix: 16), let s = Unicode.Scalar(v) else {
          throw lexer.error("(unicode error) truncated \\\(e)XX escape", at: start)
        }
        it.removeFirst(n)
        out.append(s)
      case "N":
        throw PyError(
          "NotImplementedError", "\\N{...} escapes are not supported",
          at: SourceRange(source: lexer.source, start: start, end: start))
      default:
        out.append("\\")
        out.append(e)
      }
    }
    return String(out)
  }
}
