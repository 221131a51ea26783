/// One lexical token with its span.
struct Token: Equatable {
  enum Kind: Equatable {
    case name(String)
    case keyword(String)
    case number(Double)
    case string(String)
    /// An f-string's raw body; the parser splits it into text and expressions.
    ///
    /// `bodyStart` is where the body begins, for positions inside it.
    case fstring(String, bodyStart: SourcePosition)
    case op(String)
    case newline
    case indent
    case dedent
    case eof
  }

  var kind: Kind
  var range: SourceRange
}

enum Keywords {
  static let all: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
    "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
  ]
}
