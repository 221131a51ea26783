/// Whether a console should run what was typed or ask for more (`is_complete`).
public enum Completeness: Equatable, Sendable {
  case complete
  case incomplete(indent: String)
  case invalid
}

extension Session {
  /// IPython's rules: open brackets, strings or a trailing `\` or `:` want more;
  /// a block wants a blank line to end it; a syntax error is invalid.
  public static func completeness(of code: String) -> Completeness {
    let lines = code.split(separator: "\n", omittingEmptySubsequences: false)
    let lastLine = lines.last(where: { !$0.allSatisfy(\.isWhitespace) }).map(String.init) ?? ""
    let lastIndent = String(lastLine.prefix { $0 == " " || $0 == "\t" })
    let trimmed = lastLine.trimmingWhitespace()
    if code.hasSuffix("\\") { return .incomplete(indent: lastIndent) }
    do {
      _ = try Parser.parse(code, source: 0)
    } catch {
      let m = error.message
      if m.contains("was never closed") || m.contains("unterminated triple-quoted") || m == "unexpected end of cell"
        || (m.hasPrefix("expected an indented block") && error.range.map { $0.start.line > lines.count - 1 } ?? true)
      {
        return .incomplete(indent: trimmed.hasSuffix(":") ? lastIndent + "    " : lastIndent)
      }
      return .invalid
    }
    // A whitespace-only last line ends a block: the console's auto-indent leaves "    " there.
    let endsWithBlankLine = lines.count >= 2 && lines.last!.allSatisfy(\.isWhitespace)
    if !lastIndent.isEmpty && !endsWithBlankLine {
      return .incomplete(indent: lastIndent)
    }
    return .complete
  }
}
