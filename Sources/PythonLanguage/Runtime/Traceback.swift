/// Renders an error as IPython users read one: each place with its cell, line and column, the source line, a caret
/// under the span, then `Kind: message`.
public enum Traceback {
  /// The text of a cell, and how tracebacks name it (`In[3]`).
  public struct Source: Sendable {
    public var label: String
    public var lines: [String]
  }

  /// Identical consecutive places collapse after this many, as CPython's `traceback` module does.
  static let repeatCutoff = 3
  /// Places kept at each end of a traceback still long after collapsing (mutual recursion).
  static let keptAtEachEnd = 12

  public static func render(_ error: PyError, message: String, sources: [Int: Source]) -> [String] {
    var out: [String] = []
    // A generator left with no resuming site on the way out keeps its `def` as its place.
    let frames = (error.leftGenerator.map { [$0] } ?? []) + error.frames
    if !frames.isEmpty { out.append("Traceback (most recent call last):") }
    var places: [Place] = []
    for (k, frame) in frames.enumerated() {
      places.append(Place(range: frame.range, function: k == 0 ? nil : frames[k - 1].function))
    }
    places.append(Place(range: error.range, function: frames.last?.function))
    var blocks: [[String]] = []
    var last: Place?
    var repeats = 0
    func closeRun() {
      if repeats > repeatCutoff {
        let n = repeats - repeatCutoff
        blocks.append(["  [Previous line repeated \(n) more time\(n == 1 ? "" : "s")]"])
      }
    }
    for place in places {
      guard let range = place.range, let source = sources[Int(range.source)] else { continue }
      if place == last {
        repeats += 1
        if repeats > repeatCutoff { continue }
      } else {
        closeRun()
        last = place
        repeats = 1
      }
      var header = "  Cell \(source.label), line \(range.start.line), column \(range.start.column)"
      if let function = place.function { header += ", in \(function)" }
      blocks.append([header] + excerpt(range, source))
    }
    closeRun()
    if blocks.count > 2 * keptAtEachEnd + 1 {
      let hidden = blocks.count - 2 * keptAtEachEnd
      blocks =
        Array(blocks.prefix(keptAtEachEnd)) + [["  [... \(hidden) more places not shown ...]"]]
        + blocks.suffix(keptAtEachEnd)
    }
    out += blocks.joined()
    // A class from a library module is named with its module, as CPython prints it (`json.decoder.JSONDecodeError`).
    var kind = error.kind
    if let cls = error.exception?.cls, cls.module != "builtins" && cls.module != "__main__" {
      kind = "\(cls.module).\(cls.qualifiedName)"
    }
    out.append(message.isEmpty ? kind : "\(kind): \(message)")
    return out
  }

  struct Place: Equatable {
    var range: SourceRange?
    var function: String?
  }

  /// Scalars of a source line shown around the span; a longer line is cut, with `…` where it was.
  static let excerptWidth = 160

  static func excerpt(_ range: SourceRange, _ source: Source) -> [String] {
    let lineNumber = Int(range.start.line)
    guard lineNumber >= 1 && lineNumber <= source.lines.count else { return [] }
    let all = source.lines[lineNumber - 1].unicodeScalars
    let indent = all.prefix { $0 == " " || $0 == "\t" }.count
    let count = all.count - indent
    var startColumn = max(Int(range.start.column) - 1 - indent, 0)
    var endColumn = range.end.line == range.start.line ? Int(range.end.column) - 1 - indent : count
    endColumn = min(max(endColumn, startColumn + 1), count)
    let from = count > excerptWidth ? max(0, min(startColumn - excerptWidth / 4, count - excerptWidth)) : 0
    let to = min(count, from + excerptWidth)
    let head: [Unicode.Scalar] = from > 0 ? ["…"] : []
    let tail: [Unicode.Scalar] = to < count ? ["…"] : []
    let first = all.index(all.startIndex, offsetBy: indent + from)
    let line = head + Array(all[first...].prefix(to - from)) + tail
    startColumn = startColumn - from + head.count
    endColumn = min(endColumn - from + head.count, head.count + (to - from))
    let width = max(1, min(endColumn, line.count) - startColumn)
    return [
      "    " + String(String.UnicodeScalarView(line)),
      "    " + String(repeating: " ", count: startColumn) + String(repeating: "^", count: width),
    ]
  }
}
