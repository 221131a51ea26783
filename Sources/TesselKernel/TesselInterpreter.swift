import KernelCore
import TesselLanguage

/// The adapter: answers KernelCore's questions with a Tessel `Session`.
///
/// Errors from the language are caught here, and only here, and rendered.
public final class TesselInterpreter: Interpreter {
  let session = Session()

  public init() {}

  public func execute(code: String, context: ExecutionContext) -> ExecuteOutcome {
    if let name = Session.helpRequest(in: code) {
      return help(name, context: context)
    }
    let host = JupyterHost(context: context, session: session)
    do {
      let value = try session.run(code, label: "In[\(context.executionCount)]", host: host)
      // A bare `exit` or `quit` ends the session, as IPython's autocalled exit does.
      if let value, case .builtin(let b) = value, b.name == "exit" || b.name == "quit" {
        host.askExit(keepKernel: false)
        return .ok(result: nil, payload: host.payload)
      }
      return .ok(result: value.map(MimeRenderer.bundle), payload: host.payload)
    } catch {
      return .error(report(error))
    }
  }

  public func evaluate(expression: String, context: ExecutionContext) -> Result<DisplayData, ErrorReport> {
    do {
      return .success(
        MimeRenderer.bundle(
          try session.evaluate(expression: expression, host: JupyterHost(context: context, session: session))))
    } catch {
      return .failure(report(error))
    }
  }

  func report(_ error: TesselError) -> ErrorReport {
    ErrorReport(ename: error.kind, evalue: error.message, traceback: session.traceback(for: error))
  }

  /// `name?`: the documentation as a pager payload, as IPython does.
  func help(_ name: String, context: ExecutionContext) -> ExecuteOutcome {
    guard let doc = session.documentation(for: name) else {
      context.stream("stdout", "Object `\(name)` not found.\n")
      return .ok(result: nil, payload: [])
    }
    return .ok(result: nil, payload: [["source": "page", "data": ["text/plain": .string(doc)], "start": 0]])
  }

  public func complete(code: String, cursorPos: Int) -> Completion {
    let scalars = Array(code.unicodeScalars)
    var start = cursorPos
    while start > 0, scalars[start - 1].properties.isXIDContinue || scalars[start - 1] == "_" { start -= 1 }
    let prefix = String(String.UnicodeScalarView(scalars[start..<cursorPos]))
    return Completion(matches: session.completions(for: prefix), cursorStart: start, cursorEnd: cursorPos)
  }

  public func inspect(code: String, cursorPos: Int, detailLevel: Int) -> DisplayData? {
    let scalars = Array(code.unicodeScalars)
    func isName(_ c: Unicode.Scalar) -> Bool { c.properties.isXIDContinue || c == "_" }
    var start = min(cursorPos, scalars.count), end = start
    // With the cursor just after a name or an open parenthesis, inspect that name.
    while start > 0, !isName(scalars[start - 1]), scalars[start - 1] == "(" || scalars[start - 1] == " " {
      start -= 1; end = start
    }
    while start > 0, isName(scalars[start - 1]) { start -= 1 }
    while end < scalars.count, isName(scalars[end]) { end += 1 }
    guard start < end else { return nil }
    let name = String(String.UnicodeScalarView(scalars[start..<end]))
    guard let doc = session.documentation(for: name) else { return nil }
    return DisplayData(data: ["text/plain": .string(doc)])
  }

  public func isComplete(code: String) -> CompletenessStatus {
    switch Session.completeness(of: code) {
    case .complete: .complete
    case .incomplete(let indent): .incomplete(indent: indent)
    case .invalid: .invalid
    }
  }
}
