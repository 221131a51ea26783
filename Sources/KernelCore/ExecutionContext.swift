import Foundation
import JupyterProtocol

/// Why `input()` returned no line.
public enum InputFailure: Error, Equatable, Sendable {
  /// The request had `allow_stdin: false` (nbclient, papermill).
  case notAllowed
  case interrupted
  /// The frontend answered `"\u{4}"` (jupyter_console's end of file).
  case endOfFile
  /// The `input_reply` was malformed (its `value` not a string): the message says which field.
  case malformed(String)
}

/// What a running cell may do to the outside world: write streams, show and
/// update displays, clear output, ask for input, notice an interrupt.
///
/// Stream text is coalesced and flushed before any other output, every 50 ms
/// while a cell runs, and before the reply, so order is kept and IOPub is not
/// flooded with one message per `print`.
public final class ExecutionContext {
  public let executionCount: Int
  public let silent: Bool
  public let allowStdin: Bool
  public let interrupt: InterruptFlag

  let request: Message
  let outlet: ShellOutlet
  let factory: MessageFactory
  private var pending: [(name: String, text: String)] = []
  private var pendingBytes = 0
  private var lastFlush = DispatchTime.now().uptimeNanoseconds

  init(
    request: Message, outlet: ShellOutlet, factory: MessageFactory, executionCount: Int,
    silent: Bool, allowStdin: Bool, interrupt: InterruptFlag
  ) {
    self.request = request
    self.outlet = outlet
    self.factory = factory
    self.executionCount = executionCount
    self.silent = silent
    self.allowStdin = allowStdin
    self.interrupt = interrupt
  }

  public var isInterrupted: Bool { interrupt.isRaised }

  /// Publishes pending stream text if it has waited 50 ms.
  ///
  /// Called from the running cell's loop polls, so `print` before a long loop shows at once; the clock is read only
  /// when text is pending.
  public func flushIfDue() {
    guard !pending.isEmpty else { return }
    if DispatchTime.now().uptimeNanoseconds - lastFlush > 50_000_000 { flush() }
  }

  /// Appends to stdout or stderr.
  public func stream(_ name: String, _ text: String) {
    if silent || text.isEmpty { return }
    if let last = pending.last, last.name == name {
      pending[pending.count - 1].text += text
    } else {
      pending.append((name, text))
    }
    pendingBytes += text.utf8.count
    let now = DispatchTime.now().uptimeNanoseconds
    if pendingBytes > 65_536 || now - lastFlush > 50_000_000 { flush() }
  }

  /// Publishes coalesced stream text now.
  public func flush() {
    lastFlush = DispatchTime.now().uptimeNanoseconds
    guard !pending.isEmpty else { return }
    for chunk in pending {
      publish("stream", ["name": .string(chunk.name), "text": .string(chunk.text)])
    }
    pending.removeAll()
    pendingBytes = 0
  }

  /// `display_data`, or `update_display_data` for an existing `displayID`.
  public func display(_ value: DisplayData, displayID: String? = nil, update: Bool = false) {
    if silent { return }
    flush()
    var content: [String: JSON] = ["data": .object(value.data), "metadata": .object(value.metadata)]
    if let displayID { content["transient"] = ["display_id": .string(displayID)] }
    publish(update && displayID != nil ? "update_display_data" : "display_data", .object(content))
  }

  public func clearOutput(wait: Bool) {
    if silent { return }
    flush()
    publish("clear_output", ["wait": .bool(wait)])
  }

  /// Asks the frontend for one line over stdin.
  public func input(prompt: String, password: Bool = false) throws(InputFailure) -> String {
    guard allowStdin else { throw .notAllowed }
    flush()
    let ask = factory.message(
      "input_request", content: ["prompt": .string(prompt), "password": .bool(password)],
      parent: request, identities: request.identities)
    guard let reply = outlet.requestInput(ask, interrupt: interrupt) else { throw .interrupted }
    let value: String
    do {
      value = try RequestFields(reply).string("value")
    } catch {
      throw .malformed(error.message)
    }
    if value == "\u{4}" { throw .endOfFile }
    return value
  }

  func publish(_ type: String, _ content: JSON) {
    outlet.publish(factory.message(type, content: content, parent: request))
  }
}
