/// The exception kinds users can name in `except` and `raise`, with Python's hierarchy (and NumPy's:
/// `LinAlgError` is a `ValueError`; so is `ShapeError`, as NumPy raises `ValueError` for shapes).
enum ErrorKinds {
  static let parent: [String: String] = [
    "Exception": "BaseException",
    "KeyboardInterrupt": "BaseException",
    "ArithmeticError": "Exception", "ZeroDivisionError": "ArithmeticError", "OverflowError": "ArithmeticError",
    "FloatingPointError": "ArithmeticError",
    "LookupError": "Exception", "IndexError": "LookupError", "KeyError": "LookupError",
    "ValueError": "Exception", "LinAlgError": "ValueError", "ShapeError": "ValueError",
    "TypeError": "Exception", "NameError": "Exception", "UnboundLocalError": "NameError",
    "AttributeError": "Exception", "AssertionError": "Exception",
    "RuntimeError": "Exception", "RecursionError": "RuntimeError", "NotImplementedError": "RuntimeError",
    "ImportError": "Exception", "ModuleNotFoundError": "ImportError",
    "MemoryError": "Exception", "StopIteration": "Exception",
    "OSError": "Exception", "FileNotFoundError": "OSError",
    "SyntaxError": "Exception", "IndentationError": "SyntaxError",
    "StdinNotImplementedError": "Exception",
  ]

  static var all: [String] { Array(parent.keys) + ["BaseException"] }

  /// Whether an error of `kind` is caught by `except handler`.
  static func matches(_ kind: String, _ handler: String) -> Bool {
    var k: String? = kind
    while let current = k {
      if current == handler { return true }
      k = parent[current]
    }
    return false
  }

  /// `ValueError("message")`: an exception value, to raise.
  static func make(_ kind: String, _ positional: [Value], _ keywords: [(String, Value)], at r: SourceRange)
    throws(TesselError) -> Value
  {
    guard keywords.isEmpty else { throw .type("\(kind)() takes no keyword arguments", at: r) }
    let message: String
    switch positional.count {
    case 0: message = ""
    case 1: message = Repr.str(positional[0])
    default: message = Repr.repr(.tuple(positional))
    }
    return .exception(TesselError(kind, message, at: r))
  }
}
