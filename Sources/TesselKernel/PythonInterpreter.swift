import JupyterProtocol
import KernelCore
import PythonLanguage

/// The adapter for the Python engine (`tessel kernel`): answers KernelCore's questions with a
/// `PythonLanguage.Session`.
///
/// Errors from the language are caught here, and only here, and rendered.
public final class PythonInterpreter: Interpreter {
  let session = PythonLanguage.Session()

  public init() {}

  public func execute(code: String, context: ExecutionContext) -> ExecuteOutcome {
    if let name = PythonLanguage.Session.helpRequest(in: code) {
      guard let doc = session.documentation(for: name) else {
        context.stream("stdout", "Object `\(name)` not found.\n")
        return .ok(result: nil, payload: [])
      }
      return .ok(result: nil, payload: [["source": "page", "data": ["text/plain": .string(doc)], "start": 0]])
    }
    let host = PythonHost(context: context)
    do throws(PyError) {
      let value = try session.run(code, label: "In[\(context.executionCount)]", host: host)
      return .ok(result: value.map { DisplayData.text(session.pretty($0)) }, payload: host.payload)
    } catch {
      return .error(report(error))
    }
  }

  public func evaluate(expression: String, context: ExecutionContext) -> Result<DisplayData, ErrorReport> {
    do throws(PyError) {
      let value = try session.evaluate(expression: expression, host: PythonHost(context: context))
      return .success(.text(session.pretty(value)))
    } catch {
      return .failure(report(error))
    }
  }

  func report(_ error: PyError) -> ErrorReport {
    let lines = session.traceback(for: error)
    let last = lines.last ?? error.kind
    let evalue = last.hasPrefix(error.kind + ": ") ? String(last.dropFirst(error.kind.count + 2)) : ""
    return ErrorReport(ename: error.kind, evalue: evalue, traceback: lines)
  }

  public func complete(code: String, cursorPos: Int) -> Completion {
    let scalars = Array(code.unicodeScalars)
    let end = min(max(cursorPos, 0), scalars.count)
    var start = end
    while start > 0,
      scalars[start - 1].properties.isXIDContinue || scalars[start - 1] == "_" || scalars[start - 1] == "."
    {
      start -= 1
    }
    let prefix = String(String.UnicodeScalarView(scalars[start..<end]))
    return Completion(matches: session.completions(for: prefix), cursorStart: start, cursorEnd: end)
  }

  public func inspect(code: String, cursorPos: Int, detailLevel: Int) -> DisplayData? {
    let scalars = Array(code.unicodeScalars)
    func isName(_ c: Unicode.Scalar) -> Bool { c.properties.isXIDContinue || c == "_" || c == "." }
    var start = min(max(cursorPos, 0), scalars.count)
    var end = start
    while start > 0, !isName(scalars[start - 1]), scalars[start - 1] == "(" || scalars[start - 1] == " " {
      start -= 1
      end = start
    }
    while start > 0, isName(scalars[start - 1]) { start -= 1 }
    while end < scalars.count, isName(scalars[end]) { end += 1 }
    guard start < end else { return nil }
    let name = String(String.UnicodeScalarView(scalars[start..<end]))
    guard let doc = session.documentation(for: name) else { return nil }
    return .text(doc)
  }

  public func isComplete(code: String) -> CompletenessStatus {
    switch PythonLanguage.Session.completeness(of: code) {
    case .complete: .complete
    case .incomplete(let indent): .incomplete(indent: indent)
    case .invalid: .invalid
    }
  }
}

/// The language's `Host`, over the execution context of one request.
final class PythonHost: PythonLanguage.Host {
  let context: ExecutionContext
  var payload: [JSON] = []

  init(context: ExecutionContext) {
    self.context = context
  }

  func write(_ text: String, toStderr: Bool) { context.stream(toStderr ? "stderr" : "stdout", text) }
  func display(_ text: String, displayID: String?, update: Bool) {
    context.display(.text(text), displayID: displayID, update: update)
  }
  func clearOutput(wait: Bool) { context.clearOutput(wait: wait) }

  func readLine(prompt: String, password: Bool) throws(PyError) -> String {
    do {
      return try context.input(prompt: prompt, password: password)
    } catch .notAllowed {
      throw PyError("StdinNotImplementedError", "input() was called, but this frontend does not support input requests")
    } catch .interrupted {
      throw PyError("KeyboardInterrupt", "")
    } catch .malformed(let message) {
      throw PyError("ValueError", message)
    } catch {
      throw PyError("EOFError", "end of input")
    }
  }

  var interrupt: InterruptFlag { context.interrupt }
  func askExit(keepKernel: Bool) { payload = [["source": "ask_exit", "keepkernel": .bool(keepKernel)]] }
  func poll() { context.flushIfDue() }
}
