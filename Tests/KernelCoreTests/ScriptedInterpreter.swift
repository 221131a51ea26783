import JupyterProtocol
import KernelCore

/// An interpreter whose behaviour the code spells out: `print:TEXT`, `fail`,
/// `value:TEXT`, `input:PROMPT`, `display:ID`, `update:ID`, `clear`, `spin`
/// (loops until interrupted), one per line.
final class ScriptedInterpreter: Interpreter {
  var executed: [String] = []

  func execute(code: String, context: ExecutionContext) -> ExecuteOutcome {
    executed.append(code)
    var result: DisplayData?
    for line in code.split(separator: "\n").map(String.init) {
      let (verb, arg) =
        line.firstIndex(of: ":").map { (String(line[..<$0]), String(line[line.index(after: $0)...])) } ?? (line, "")
      switch verb {
      case "print": context.stream("stdout", arg + "\n")
      case "warn": context.stream("stderr", arg + "\n")
      case "value": result = .text(arg)
      case "fail": return .error(ErrorReport(ename: "ValueError", evalue: "boom", traceback: ["ValueError: boom"]))
      case "display": context.display(.text("shown"), displayID: arg)
      case "update": context.display(.text("updated"), displayID: arg, update: true)
      case "clear": context.clearOutput(wait: true)
      case "input":
        do { result = .text(try context.input(prompt: arg)) } catch {
          return .error(ErrorReport(ename: "Input", evalue: "\(error)", traceback: []))
        }
      case "spin":
        while !context.isInterrupted {}
        return .error(ErrorReport(ename: "KeyboardInterrupt", evalue: "", traceback: []))
      default: break
      }
    }
    return .ok(result: result, payload: [])
  }

  func evaluate(expression: String, context: ExecutionContext) -> Result<DisplayData, ErrorReport> {
    expression == "bad"
      ? .failure(ErrorReport(ename: "NameError", evalue: "bad", traceback: []))
      : .success(.text(expression.uppercased()))
  }

  func complete(code: String, cursorPos: Int) -> Completion {
    Completion(matches: ["print"], cursorStart: 0, cursorEnd: cursorPos)
  }

  func inspect(code: String, cursorPos: Int, detailLevel: Int) -> DisplayData? {
    code.hasPrefix("print") ? .text("print docs") : nil
  }

  func isComplete(code: String) -> CompletenessStatus {
    code.hasSuffix(":") ? .incomplete(indent: "    ") : .complete
  }
}
