import JupyterProtocol

/// The control side: kernel_info, interrupt and shutdown, answered on their own
/// thread while a cell runs. Holds nothing the shell thread mutates, so it is
/// `Sendable`; an interrupt reaches the cell only through the atomic flag.
public final class KernelControl: Sendable {
  let info: KernelInfo
  let factory: MessageFactory
  let interrupt: InterruptFlag
  let log: @Sendable (String) -> Void
  let onShutdown: @Sendable (Bool) -> Void

  public init(
    info: KernelInfo, factory: MessageFactory, interrupt: InterruptFlag,
    log: @escaping @Sendable (String) -> Void, onShutdown: @escaping @Sendable (Bool) -> Void
  ) {
    self.info = info
    self.factory = factory
    self.interrupt = interrupt
    self.log = log
    self.onShutdown = onShutdown
  }

  public func handle(_ request: Message, outlet: Outlet) {
    status("busy", request, outlet)
    var shutdown: Bool?
    switch request.msgType {
    case "kernel_info_request":
      outlet.send(factory.reply(to: request, content: info.replyContent))
    case "interrupt_request":
      interrupt.raise()
      outlet.send(factory.reply(to: request, content: ["status": "ok"]))
    case "shutdown_request":
      let restart = request.content["restart"]?.boolValue ?? false
      // Stop a running cell too, so the shell thread lets go promptly.
      interrupt.raise()
      outlet.send(factory.reply(to: request, content: ["status": "ok", "restart": .bool(restart)]))
      shutdown = restart
    default:
      log("control message type '\(request.msgType)' is not handled: no reply")
    }
    status("idle", request, outlet)
    if let shutdown { onShutdown(shutdown) }
  }

  func status(_ state: String, _ parent: Message, _ outlet: Outlet) {
    outlet.publish(factory.message("status", content: ["execution_state": .string(state)], parent: parent))
  }
}
