import BigInt

/// One lexical token with its span.
struct Token {
  enum Kind: Equatable {
    case name(String)
    case keyword(Keyword)
    case int(Int)
    case bigInt(BigInt)
    case float(Double)
    case imaginary(Double)
    case string(String)
    case bytes([UInt8])
    /// An f-string's raw body (escapes not yet applied); the parser splits it into text and expressions.
    case fstring(body: [Unicode.Scalar], raw: Bool, bodyStart: SourcePosition)
    case op(String)
    case newline
    case indent
    case dedent
    case eof
  }

  var kind: Kind
  var range: SourceRange
}

/// Python's reserved words.
enum Keyword: String, CaseIterable, Sendable {
  case `false` = "False", none = "None", `true` = "True", and, `as`, assert, async, await, `break`, `class`,
    `continue`, def, del, elif, `else`, except, finally, `for`, from, global, `if`, `import`, `in`, `is`,
    lambda, nonlocal, not, or, pass, raise, `return`, `try`, `while`, with, yield

  static let byName: [String: Keyword] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })
}
