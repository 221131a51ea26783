import JupyterProtocol

/// A mime bundle and its metadata, as `display_data` and `execute_result` carry them.
public struct DisplayData: Equatable, Sendable {
  public var data: [String: JSON]
  public var metadata: [String: JSON]

  public init(data: [String: JSON], metadata: [String: JSON] = [:]) {
    self.data = data
    self.metadata = metadata
  }

  public static func text(_ s: String) -> DisplayData { DisplayData(data: ["text/plain": .string(s)]) }
}

/// An error as Jupyter shows it: exactly one `error` output and the reply fields.
public struct ErrorReport: Equatable, Sendable, Error {
  public var ename: String
  public var evalue: String
  public var traceback: [String]

  public init(ename: String, evalue: String, traceback: [String]) {
    self.ename = ename
    self.evalue = evalue
    self.traceback = traceback
  }

  var content: JSON {
    ["ename": .string(ename), "evalue": .string(evalue), "traceback": .array(traceback.map { .string($0) })]
  }
}

public enum ExecuteOutcome: Equatable, Sendable {
  /// The cell's value (published as `execute_result` unless silent) and payloads
  /// such as `{"source": "page", …}`.
  case ok(result: DisplayData?, payload: [JSON])
  case error(ErrorReport)
}

public struct Completion: Equatable, Sendable {
  public var matches: [String]
  /// Replacement range, in Unicode scalars.
  public var cursorStart: Int
  public var cursorEnd: Int

  public init(matches: [String], cursorStart: Int, cursorEnd: Int) {
    self.matches = matches
    self.cursorStart = cursorStart
    self.cursorEnd = cursorEnd
  }
}

public enum CompletenessStatus: Equatable, Sendable {
  case complete
  case incomplete(indent: String)
  case invalid
  case unknown
}

/// The language behind the kernel.
///
/// It answers the protocol's questions and writes output only through the `ExecutionContext` it is handed; it never
/// sees a socket or a message. All calls come from the shell thread.
public protocol Interpreter: AnyObject {
  func execute(code: String, context: ExecutionContext) -> ExecuteOutcome
  /// One `user_expressions` entry, evaluated after the cell.
  func evaluate(expression: String, context: ExecutionContext) -> Result<DisplayData, ErrorReport>
  func complete(code: String, cursorPos: Int) -> Completion
  /// The documentation for the name at the cursor, or nil if there is none.
  func inspect(code: String, cursorPos: Int, detailLevel: Int) -> DisplayData?
  func isComplete(code: String) -> CompletenessStatus
}
