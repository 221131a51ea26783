/// The one error type: a Python exception in flight, with where it was raised and the calls it unwound through.
///
/// Raised by `raise` (carrying the exception object) or by the engine and builtins (carrying a class name and
/// message; the object is made only if Python code catches it). Caught once, where a cell runs.
public struct PyError: Error {
  /// A call the error unwound through: the function's name and the call site.
  public struct Frame: Equatable, Sendable {
    public var function: String
    public var range: SourceRange
  }

  /// The exception object, once one exists.
  var exception: PyInstance?
  /// The class name and message of an exception not yet made into an object.
  public var kind: String
  public var message: String
  public var range: SourceRange?
  /// The calls the error unwound through, outermost first.
  public var frames: [Frame] = []
  /// A generator the error just left: its traceback entry waits for the site that resumed it (a `for` loop,
  /// `next()`, `list()`), which `located` supplies; until then it points at the generator's `def`.
  var leftGenerator: Frame?

  public init(_ kind: String, _ message: String, at range: SourceRange? = nil) {
    self.kind = kind
    self.message = message
    self.range = range
  }

  init(exception: PyInstance, at range: SourceRange? = nil) {
    self.exception = exception
    self.kind = exception.cls.name
    self.message = ""
    self.range = range
  }

  static func type(_ message: String) -> PyError { PyError("TypeError", message) }
  static func value(_ message: String) -> PyError { PyError("ValueError", message) }
  static func index(_ message: String) -> PyError { PyError("IndexError", message) }
  static func attribute(_ message: String) -> PyError { PyError("AttributeError", message) }
  static func syntax(_ message: String, at range: SourceRange?) -> PyError {
    PyError("SyntaxError", message, at: range)
  }
  static func notImplemented(_ message: String) -> PyError { PyError("NotImplementedError", message) }
  static let stopIteration = PyError("StopIteration", "")

  /// Gives a position to an error raised where none was known (inside a builtin).
  @inline(__always) func located(_ fallback: SourceRange) -> PyError {
    if range != nil && leftGenerator == nil { return self }
    var e = self
    if let pending = leftGenerator {
      e.frames.insert(Frame(function: pending.function, range: fallback), at: 0)
      e.leftGenerator = nil
    } else {
      e.range = fallback
    }
    return e
  }

  /// The error as it leaves a generator whose body raised it; the frame entry is completed where the generator
  /// was resumed (or, failing that, at its `def`).
  func leaving(generator name: String, defined range: SourceRange) -> PyError {
    var e = placingGenerator()
    if e.range == nil {
      e.range = range
    } else {
      e.leftGenerator = Frame(function: name, range: range)
    }
    return e
  }

  /// The error as it leaves a call to `function` made at `range`: one more traceback entry.
  func calling(_ function: String, at range: SourceRange) -> PyError {
    var e = placingGenerator()
    if e.range == nil {
      e.range = range
    } else {
      e.frames.insert(Frame(function: function, range: range), at: 0)
    }
    return e
  }

  /// A generator left with no resuming site in between (it was resumed from inside the code the error now
  /// leaves) keeps its `def` as its place.
  private func placingGenerator() -> PyError {
    guard let pending = leftGenerator else { return self }
    var e = self
    e.frames.insert(pending, at: 0)
    e.leftGenerator = nil
    return e
  }

  /// Whether this is (a subclass of) the named built-in exception, without making the object.
  func isKind(_ name: String) -> Bool {
    if let exception { return exception.cls.mro.contains { $0.name == name && $0.isBuiltin } }
    guard let t = BuiltinTypes.exception(named: kind) else { return kind == name }
    return t.mro.contains { $0.name == name }
  }
}
