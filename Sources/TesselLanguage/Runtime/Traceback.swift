/// Renders an error the way IPython users read one: each place with its cell,
/// line and column, the source line, a caret under the span, then `Kind: message`.
public enum Traceback {
  /// The text of a cell, and how tracebacks name it (`In[3]`).
  public struct Source: Sendable {
    public var label: String
    public var lines: [String]
  }

  public static func render(_ error: TesselError, sources: [Int: Source]) -> [String] {
    var out: [String] = []
    if !error.frames.isEmpty { out.append("Traceback (most recent call last):") }
    var places: [(SourceRange?, String?)] = []
    for (k, frame) in error.frames.enumerated() {
      places.append((frame.range, k == 0 ? nil : error.frames[k - 1].function))
    }
    places.append((error.range, error.frames.last?.function))
    for (range, function) in places {
      guard let range, let source = sources[range.source] else { continue }
      var header = "  Cell \(source.label), line \(range.start.line), column \(range.start.column)"
      if let function { header += ", in \(function)" }
      out.append(header)
      out += excerpt(range, source)
    }
    out.append(error.message.isEmpty ? error.kind : "\(error.kind): \(error.message)")
    return out
  }

  /// The source line, without its indentation, and carets under the span.
  static func excerpt(_ range: SourceRange, _ source: Source) -> [String] {
    guard range.start.line >= 1 && range.start.line <= source.lines.count else { return [] }
    let line = Array(source.lines[range.start.line - 1].unicodeScalars)
    let indent = line.prefix { $0 == " " || $0 == "\t" }.count
    let text = String(String.UnicodeScalarView(line[indent...]))
    let startColumn = max(range.start.column - 1 - indent, 0)
    let endColumn =
      range.end.line == range.start.line
      ? range.end.column - 1 - indent
      : line.count - indent
    let width = max(1, min(endColumn, line.count - indent) - startColumn)
    return [
      "    " + text,
      "    " + String(repeating: " ", count: startColumn) + String(repeating: "^", count: width),
    ]
  }
}
