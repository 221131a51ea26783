import JupyterProtocol

/// The shell side of the protocol: a dispatch table from message type to handler, busy/idle around every request,
/// the execution count, history and abort-after-error.
///
/// It owns the interpreter and runs on the shell thread only.
public final class Kernel {
  typealias Handler = @Sendable (Kernel) -> (Message, ShellOutlet) -> Void

  let interpreter: Interpreter
  let info: KernelInfo
  let factory: MessageFactory
  let interrupt: InterruptFlag
  let onShutdown: (Bool) -> Void
  let unknown: UnknownTypeLog

  public internal(set) var executionCount = 0
  public internal(set) var history = HistoryStore()
  var abortQueued = false
  var shutdownAfterIdle: Bool?

  static let handlers: [String: Handler] = [
    "execute_request": { $0.executeRequest },
    "kernel_info_request": { $0.kernelInfoRequest },
    "complete_request": { $0.completeRequest },
    "inspect_request": { $0.inspectRequest },
    "is_complete_request": { $0.isCompleteRequest },
    "history_request": { $0.historyRequest },
    "comm_info_request": { $0.commInfoRequest },
    "comm_open": { $0.commOpen },
    "comm_msg": { _ in { _, _ in } },
    "comm_close": { _ in { _, _ in } },
    "shutdown_request": { $0.shutdownRequest },
  ]

  public init(
    interpreter: Interpreter, info: KernelInfo, factory: MessageFactory, interrupt: InterruptFlag,
    log: @escaping @Sendable (String) -> Void, onShutdown: @escaping (Bool) -> Void
  ) {
    self.interpreter = interpreter
    self.info = info
    self.factory = factory
    self.interrupt = interrupt
    self.onShutdown = onShutdown
    self.unknown = UnknownTypeLog(log)
  }

  /// Handles one shell request: busy, the handler's reply and side effects, then (after an error with
  /// `stop_on_error`) the requests already queued, then idle.
  ///
  /// The queue is aborted before idle, as ipykernel does: a client that sends its next request once it
  /// has seen idle must never find it aborted (it was, now and then, when the abort came after idle).
  public func handle(_ request: Message, outlet: ShellOutlet) {
    dispatch(request, outlet: outlet) {
      guard self.abortQueued else { return }
      self.abortQueued = false
      for queued in outlet.pendingRequests() {
        if queued.msgType == "execute_request" {
          self.abort(queued, outlet: outlet)
        } else {
          self.dispatch(queued, outlet: outlet)
        }
      }
    }
    if let restart = shutdownAfterIdle {
      shutdownAfterIdle = nil
      onShutdown(restart)
    }
  }

  /// Busy, the handler, `beforeIdle`, idle.
  func dispatch(_ request: Message, outlet: ShellOutlet, beforeIdle: () -> Void = {}) {
    outlet.publishStatus("busy", for: request, factory)
    if let handler = Kernel.handlers[request.msgType] {
      handler(self)(request, outlet)
    } else {
      unknown.report(request.msgType, channel: "shell")
    }
    beforeIdle()
    outlet.publishStatus("idle", for: request, factory)
  }

  /// A queued execute that an earlier error cancelled: busy, `aborted`, idle.
  func abort(_ request: Message, outlet: ShellOutlet) {
    outlet.publishStatus("busy", for: request, factory)
    outlet.send(
      factory.reply(
        to: request, content: ["status": "aborted", "execution_count": .int(executionCount)],
        metadata: ["status": "aborted"]))
    outlet.publishStatus("idle", for: request, factory)
  }

  func kernelInfoRequest(_ request: Message, _ outlet: ShellOutlet) {
    outlet.sendKernelInfo(to: request, info, factory)
  }

  func shutdownRequest(_ request: Message, _ outlet: ShellOutlet) {
    shutdownAfterIdle = outlet.sendShutdownReply(to: request, factory)
  }

  func commInfoRequest(_ request: Message, _ outlet: ShellOutlet) {
    outlet.send(factory.reply(to: request, content: ["status": "ok", "comms": .emptyObject]))
  }

  /// Tessel has no comm targets: every `comm_open` is answered with `comm_close`.
  func commOpen(_ request: Message, _ outlet: ShellOutlet) {
    let id = request.content["comm_id"] ?? .string("")
    outlet.publish(factory.message("comm_close", content: ["comm_id": id, "data": .emptyObject], parent: request))
  }
}
