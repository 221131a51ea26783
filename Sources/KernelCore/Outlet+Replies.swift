import JupyterProtocol

/// Messages both the shell and the control side send, built in one place.
extension Outlet {
  /// `status` on IOPub with `request` as parent: busy before a handler, idle after.
  func publishStatus(_ state: String, for request: Message, _ factory: MessageFactory) {
    publish(factory.message("status", content: ["execution_state": .string(state)], parent: request))
  }

  func sendKernelInfo(to request: Message, _ info: KernelInfo, _ factory: MessageFactory) {
    send(factory.reply(to: request, content: info.replyContent))
  }

  /// Replies to `shutdown_request`; returns whether a restart was asked for.
  func sendShutdownReply(to request: Message, _ factory: MessageFactory) -> Bool {
    let restart = request.content["restart"]?.boolValue ?? false
    send(factory.reply(to: request, content: ["status": "ok", "restart": .bool(restart)]))
    return restart
  }
}
