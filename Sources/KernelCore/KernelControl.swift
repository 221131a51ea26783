import JupyterProtocol

/// The control side: kernel_info, interrupt and shutdown, answered on their own thread while a cell runs.
///
/// Holds nothing the shell thread mutates, so it is `Sendable`; an interrupt reaches the cell only through the
/// atomic flag.
public final class KernelControl: Sendable {
  let info: KernelInfo
  let factory: MessageFactory
  let interrupt: InterruptFlag
  let onShutdown: @Sendable (Bool) -> Void
  let unknown: UnknownTypeLog

  public init(
    info: KernelInfo, factory: MessageFactory, interrupt: InterruptFlag,
    log: @escaping @Sendable (String) -> Void, onShutdown: @escaping @Sendable (Bool) -> Void
  ) {
    self.info = info
    self.factory = factory
    self.interrupt = interrupt
    self.onShutdown = onShutdown
    self.unknown = UnknownTypeLog(log)
  }

  public func handle(_ request: Message, outlet: Outlet) {
    outlet.publishStatus("busy", for: request, factory)
    var shutdown: Bool?
    switch request.msgType {
    case "kernel_info_request":
      outlet.sendKernelInfo(to: request, info, factory)
    case "interrupt_request":
      interrupt.raise()
      outlet.send(factory.reply(to: request, content: ["status": "ok"]))
    case "shutdown_request":
      // Stop a running cell too, so the shell thread lets go promptly.
      interrupt.raise()
      shutdown = outlet.sendShutdownReply(to: request, factory)
    default:
      unknown.report(request.msgType, channel: "control")
    }
    outlet.publishStatus("idle", for: request, factory)
    if let shutdown { onShutdown(shutdown) }
  }
}
