/// Number and string literals, escapes included.
extension Lexer {
  mutating func lexNumber() throws(TesselError) {
    let start = position
    var text = ""
    if peek() == "0", let x = peek(1), x == "x" || x == "X" || x == "b" || x == "B" || x == "o" || x == "O" {
      advance(); advance()
      var digits = ""
      while let c = peek(), c.properties.isXIDContinue { if c != "_" { digits.unicodeScalars.append(c) }; advance() }
      let radix = (x == "x" || x == "X") ? 16 : (x == "b" || x == "B") ? 2 : 8
      guard let v = UInt64(digits, radix: radix) else { throw error("invalid number literal", at: start) }
      emit(.number(Double(v)), from: start)
      return
    }
    func digits() {
      while let c = peek(), ("0"..."9").contains(c) || c == "_" {
        if c != "_" { text.unicodeScalars.append(c) }
        advance()
      }
    }
    digits()
    if peek() == "." {
      text += "."
      advance()
      digits()
    }
    if let e = peek(), e == "e" || e == "E" {
      let save = (i, line, column)
      var exponent = "e"
      advance()
      if let s = peek(), s == "+" || s == "-" { exponent.unicodeScalars.append(s); advance() }
      if let d = peek(), ("0"..."9").contains(d) {
        text += exponent
        digits()
      } else {
        (i, line, column) = save
      }
    }
    if let c = peek(), c.properties.isXIDStart || c == "_" {
      if c == "j" || c == "J" { throw error("complex numbers are not part of Tessel", at: start) }
      throw error("invalid decimal literal", at: start)
    }
    guard let value = Double(text.hasPrefix(".") ? "0" + text : text) else {
      throw error("invalid number literal", at: start)
    }
    emit(.number(value), from: start)
  }

  mutating func lexString(prefix: String, start: SourcePosition? = nil) throws(TesselError) {
    let start = start ?? position
    let quote = peek()!
    let triple = peek(1) == quote && peek(2) == quote
    for _ in 0..<(triple ? 3 : 1) { advance() }
    let raw = prefix.contains("r")
    let isF = prefix.contains("f")
    let bodyStart = position
    var body = String.UnicodeScalarView()
    while true {
      guard let c = peek() else {
        throw error(triple ? "unterminated triple-quoted string literal" : "unterminated string literal", at: start)
      }
      if c == quote {
        if !triple { advance(); break }
        if peek(1) == quote && peek(2) == quote { advance(); advance(); advance(); break }
      }
      if c == "\n" && !triple { throw error("unterminated string literal", at: start) }
      if c == "\\" && !raw {
        advance()
        guard let e = peek() else { throw error("unterminated string literal", at: start) }
        if isF {
          // Keep escapes for the f-string splitter, which needs to see `{` as written.
          body.append("\\")
          body.append(e)
          advance()
          continue
        }
        body.append(contentsOf: try escape(e, at: start).unicodeScalars)
        continue
      }
      body.append(c)
      advance()
    }
    emit(isF ? .fstring(String(body), bodyStart: bodyStart) : .string(String(body)), from: start)
  }

  /// The character an escape stands for; `i` is at the character after `\`.
  mutating func escape(_ e: Unicode.Scalar, at start: SourcePosition) throws(TesselError) -> String {
    advance()
    switch e {
    case "n": return "\n"
    case "t": return "\t"
    case "r": return "\r"
    case "0": return "\0"
    case "\\": return "\\"
    case "'": return "'"
    case "\"": return "\""
    case "\n": return ""
    case "x", "u", "U":
      let count = e == "x" ? 2 : e == "u" ? 4 : 8
      var hex = ""
      for _ in 0..<count {
        guard let h = peek(), h.properties.isASCIIHexDigit else { throw error("truncated \\\(e) escape", at: start) }
        hex.unicodeScalars.append(h)
        advance()
      }
      guard let v = UInt32(hex, radix: 16), let s = Unicode.Scalar(v) else {
        throw error("invalid \\\(e) escape", at: start)
      }
      return String(s)
    default:
      return "\\" + String(e)
    }
  }
}
