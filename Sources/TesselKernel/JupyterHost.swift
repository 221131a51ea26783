import JupyterProtocol
import KernelCore
import TesselLanguage

/// The language's `Host`, over the execution context of one request.
final class JupyterHost: Host {
  let context: ExecutionContext
  let session: Session

  init(context: ExecutionContext, session: Session) {
    self.context = context
    self.session = session
  }

  func write(_ text: String, toStderr: Bool) {
    context.stream(toStderr ? "stderr" : "stdout", text)
  }

  func display(_ value: Value, displayID: String?, update: Bool) {
    context.display(MimeRenderer.bundle(value), displayID: displayID, update: update)
  }

  func clearOutput(wait: Bool) {
    context.clearOutput(wait: wait)
  }

  func readLine(prompt: String, password: Bool) throws(TesselError) -> String {
    do {
      return try context.input(prompt: prompt, password: password)
    } catch .notAllowed {
      throw TesselError(
        "StdinNotImplementedError", "input() was called, but this frontend does not support input requests")
    } catch .interrupted {
      throw TesselError("KeyboardInterrupt", "")
    } catch .malformed(let message) {
      throw TesselError("ValueError", message)
    } catch {
      throw TesselError("EOFError", "end of input")
    }
  }

  var interrupt: InterruptFlag { context.interrupt }

  /// Payloads for the execute reply (`exit()` asks the frontend to end the session, as IPython's `ask_exit`).
  var payload: [JSON] = []

  func askExit(keepKernel: Bool) {
    payload = [["source": "ask_exit", "keepkernel": .bool(keepKernel)]]
  }

  /// Every thousand or so loop iterations and calls: let waiting output out.
  func poll() { context.flushIfDue() }
}
