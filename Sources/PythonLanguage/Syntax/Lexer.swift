import Foundation
import Interruption

/// Turns a cell into tokens with Python's layout rules: INDENT/DEDENT from leading whitespace, NEWLINE ending a
/// logical line, newlines ignored inside brackets, `\` joining lines, `#` comments.
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
    // Room for a token every other character, reserved (not touched) up front: growing a huge token array
    // copies gigabytes in one step, which no interrupt can stop.
    tokens.reserveCapacity(scalars.count / 2 + 16)
  }

  static func tokenize(_ text: String, source: Int) throws(PyError) -> [Token] {
    var lexer = Lexer(text, source: source)
    try lexer.run()
    return lexer.tokens
  }

  var position: SourcePosition { SourcePosition(line: line, column: column) }

  @inline(__always) func peek(_ offset: Int = 0) -> Unicode.Scalar? {
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

  func error(_ message: String, at start: SourcePosition, kind: String = "SyntaxError") -> PyError {
    PyError(
      kind, message,
      at: SourceRange(
        source: source, start: start, end: SourcePosition(line: Int(start.line), column: Int(start.column) + 1)))
  }

  mutating func emit(_ kind: Token.Kind, from start: SourcePosition) {
    tokens.append(Token(kind: kind, range: SourceRange(source: source, start: start, end: position)))
  }

  mutating func run() throws(PyError) {
    while true {
      // A pasted cell of 10⁷ terms takes the lexer seconds: it must stop on request.
      if tokens.count & 0x3FFF == 0x3FFF, InterruptFlag.isCurrentRaised {
        Lexer.discardInBackground(&tokens)
        throw PyError("KeyboardInterrupt", "", at: SourceRange(source: source, start: position, end: position))
      }
      if atLineStart && brackets.isEmpty {
        atLineStart = false
        if try layOutLine() { continue }
      }
      guard let c = peek() else { break }
      let start = position
      switch c {
      case " ", "\t", "\u{0C}", "\r":
        advance()
      case "#":
        while let d = peek(), d != "\n" { advance() }
      case "\\":
        advance()
        if peek() == "\r" { advance() }
        guard peek() == "\n" else { throw error("unexpected character after line continuation character", at: start) }
        advance()
      case "\n":
        advance()
        if brackets.isEmpty {
          if let last = tokens.last, last.kind != .newline { emit(.newline, from: start) }
          atLineStart = true
        }
      default:
        if c.properties.isXIDStart || c == "_" {
          try lexNameOrString(start)
        } else if c.properties.numericType == .decimal && c.isASCII || (c == "." && isDigit(peek(1))) {
          try lexNumber(start)
        } else if c == "\"" || c == "'" {
          try lexString(prefix: "", start: start)
        } else {
          try lexOperator(start)
        }
      }
    }
    let end = position
    if let (open, at) = brackets.last {
      throw error("'\(open)' was never closed", at: at)
    }
    if let last = tokens.last, last.kind != .newline { emit(.newline, from: end) }
    while indents.count > 1 {
      indents.removeLast()
      emit(.dedent, from: end)
    }
    emit(.eof, from: end)
  }

  func isDigit(_ c: Unicode.Scalar?) -> Bool {
    guard let c else { return false }
    return c.value >= 48 && c.value <= 57
  }

  /// Measures a line's indentation and emits INDENT/DEDENT; returns true for a blank or comment-only line.
  mutating func layOutLine() throws(PyError) -> Bool {
    var width = 0
    while let c = peek(), c == " " || c == "\t" || c == "\u{0C}" {
      width = c == "\t" ? (width / 8 + 1) * 8 : c == " " ? width + 1 : 0
      advance()
    }
    guard let c = peek() else { return true }
    if c == "\n" || c == "#" || c == "\r" {
      while let d = peek(), d != "\n" { advance() }
      if peek() == "\n" {
        advance()
        atLineStart = true
      }
      return true
    }
    if c == "\\" { return false }
    let start = position
    if width > indents[indents.count - 1] {
      guard !tokens.isEmpty else { throw error("unexpected indent", at: start, kind: "IndentationError") }
      indents.append(width)
      emit(.indent, from: start)
    } else {
      while width < indents[indents.count - 1] {
        indents.removeLast()
        emit(.dedent, from: start)
      }
      if width != indents[indents.count - 1] {
        throw error("unindent does not match any outer indentation level", at: start, kind: "IndentationError")
      }
    }
    return false
  }

  mutating func lexNameOrString(_ start: SourcePosition) throws(PyError) {
    let from = i
    while let c = peek(), c.properties.isXIDContinue || c == "_" { advance() }
    let name = String(String.UnicodeScalarView(scalars[from..<i]))
    if let q = peek(), q == "\"" || q == "'", name.count <= 2,
      name.lowercased().allSatisfy({ "rbfu".contains($0) }), Set(name.lowercased()).count == name.count,
      !(name.lowercased().contains("u") && name.count > 1),
      !(name.lowercased().contains("b") && name.lowercased().contains("f"))
    {
      try lexString(prefix: name.lowercased(), start: start)
      return
    }
    if let k = Keyword.byName[name] {
      emit(.keyword(k), from: start)
    } else {
      emit(.name(name), from: start)
    }
  }

  static let operators: [String] = [
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=",
    "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "@", "<", ">", "=", ".", ",", ":", ";", "(", ")",
    "[", "]", "{", "}", "&", "|", "^", "~",
  ]

  static let operatorScalars: [(String, [Unicode.Scalar])] = operators.map { ($0, Array($0.unicodeScalars)) }

  mutating func lexOperator(_ start: SourcePosition) throws(PyError) {
    guard let c = peek() else { return }
    for (op, s) in Lexer.operatorScalars {
      guard s[0] == c else { continue }
      var k = 1
      while k < s.count, peek(k) == s[k] { k += 1 }
      guard k == s.count else { continue }
      for _ in 0..<s.count { advance() }
      switch op {
      case "(", "[", "{": brackets.append((c, start))
      case ")", "]", "}":
        let want: Unicode.Scalar = op == ")" ? "(" : op == "]" ? "[" : "{"
        guard let (open, _) = brackets.last else { throw error("unmatched '\(op)'", at: start) }
        guard open == want else {
          throw error("closing parenthesis '\(op)' does not match opening parenthesis '\(open)'", at: start)
        }
        brackets.removeLast()
      default: break
      }
      emit(.op(op), from: start)
      return
    }
    if c == "!" { throw error("invalid syntax", at: start) }
    if c == "$" || c == "?" || c == "`" { throw error("invalid syntax", at: start) }
    throw error("invalid character '\(c)' (U+\(String(c.value, radix: 16, uppercase: true)))", at: start)
  }
}

extension Lexer {
  /// Tokens handed to another thread to free: ten million of them take half a second to release, which an interrupted
  /// cell should not wait for.
  ///
  /// Nothing else refers to them once they are moved out.
  final class Discarded: @unchecked Sendable {
    let tokens: [Token]
    init(_ tokens: [Token]) { self.tokens = tokens }
  }

  static func discardInBackground(_ tokens: inout [Token]) {
    guard tokens.count > 100_000 else { return }
    let address = Int(bitPattern: Unmanaged.passRetained(Discarded(tokens)).toOpaque())
    tokens = []
    Thread.detachNewThread {
      guard let pointer = UnsafeMutableRawPointer(bitPattern: address) else { return }
      Unmanaged<Discarded>.fromOpaque(pointer).release()
    }
  }
}
