/// A position in a cell: 1-based line and column, columns in Unicode scalars.
public struct SourcePosition: Equatable, Comparable, Sendable, CustomStringConvertible {
  public var line: Int32
  public var column: Int32

  public init(line: Int, column: Int) {
    self.line = Int32(truncatingIfNeeded: line)
    self.column = Int32(truncatingIfNeeded: column)
  }

  public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
    (a.line, a.column) < (b.line, b.column)
  }

  public var description: String { "\(line):\(column)" }
}

/// A span of source in one cell.
///
/// `source` numbers the cell within the session, so an error inside a function defined three cells ago points into
/// that cell.
public struct SourceRange: Equatable, Sendable {
  public var source: Int32
  public var start: SourcePosition
  public var end: SourcePosition

  public init(source: Int, start: SourcePosition, end: SourcePosition) {
    self.source = Int32(truncatingIfNeeded: source)
    self.start = start
    self.end = end
  }

  /// The smallest range covering both.
  public func to(_ other: SourceRange) -> SourceRange {
    SourceRange(source: Int(source), start: min(start, other.start), end: max(end, other.end))
  }

  /// No position: errors raised where no source applies (a builtin called from Swift).
  public static let unknown = SourceRange(
    source: 0, start: SourcePosition(line: 0, column: 0), end: SourcePosition(line: 0, column: 0))
}
