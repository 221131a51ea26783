/// The one error type of the language: a Python-style kind (`NameError`, `ShapeError` …), a message, where it
/// happened, and the calls it passed through.
///
/// Thrown anywhere; caught once, where a cell runs. Rendering is `Traceback`'s job.
public struct TesselError: Error, Equatable, Sendable {
  /// A call the error unwound through: the function's name and the call site.
  public struct Frame: Equatable, Sendable {
    public var function: String
    public var range: SourceRange
  }

  public var kind: String
  public var message: String
  public var range: SourceRange?
  /// The calls the error unwound through, outermost first; the error itself
  /// happened inside the last one's function.
  public var frames: [Frame] = []

  public init(_ kind: String, _ message: String, at range: SourceRange? = nil) {
    self.kind = kind
    self.message = message
    self.range = range
  }

  static func type(_ message: String, at range: SourceRange? = nil) -> TesselError {
    TesselError("TypeError", message, at: range)
  }

  static func value(_ message: String, at range: SourceRange? = nil) -> TesselError {
    TesselError("ValueError", message, at: range)
  }

  static func syntax(_ message: String, at range: SourceRange?) -> TesselError {
    TesselError("SyntaxError", message, at: range)
  }

  /// Gives a position to an error raised where none was known (inside a builtin).
  func located(_ fallback: SourceRange) -> TesselError {
    var e = self
    if e.range == nil { e.range = fallback }
    return e
  }
}
