import JupyterProtocol
import KernelCore
import ZeroMQ

/// A ROUTER channel served by one thread: bind, poll, decode, dispatch.
struct ChannelLoop {
  let context: Context
  let endpoint: String
  let codec: WireCodec
  let channel: String
  let stop: StopSignal
  let log: @Sendable (String) -> Void

  /// A bound ROUTER (with handover) and this thread's own inproc pipe to IOPub.
  func open() throws -> ZMQOutlet {
    let socket = try Socket(context, .router)
    try socket.setLinger(milliseconds: 1000)
    try socket.setRouterHandover(true)
    try bindRetrying(socket, endpoint)
    let iopub = try Socket(context, .push)
    try iopub.setLinger(milliseconds: 1000)
    try iopub.connect(iopubInproc)
    return ZMQOutlet(socket: socket, iopub: iopub, codec: codec, channel: channel, log: log)
  }

  func runControl(_ control: KernelControl, latch: StartupLatch) {
    let outlet: ZMQOutlet
    do { outlet = try open() } catch {
      latch.failed("\(channel): \(error)")
      return
    }
    latch.ready()
    var poller = Poller([outlet.socket])
    while !stop.isStopped {
      guard let ready = try? poller.poll(timeoutMilliseconds: 100) else { break }
      if ready.isEmpty { continue }
      if let request = outlet.receive(dontWait: true) { control.handle(request, outlet: outlet) }
    }
    outlet.iopub.close()
    outlet.socket.close()
  }
}

/// The shell thread: shell and stdin ROUTERs, and the cells themselves.
struct ShellLoop {
  let context: Context
  let shellEndpoint: String
  let stdinEndpoint: String
  let codec: WireCodec
  let stop: StopSignal
  let log: @Sendable (String) -> Void

  func run(_ kernel: Kernel, latch: StartupLatch) {
    let outlet: ZMQShellOutlet
    do {
      let shell = try ChannelLoop(
        context: context, endpoint: shellEndpoint, codec: codec, channel: "shell", stop: stop, log: log
      ).open()
      let stdinSocket = try Socket(context, .router)
      try stdinSocket.setLinger(milliseconds: 0)
      try stdinSocket.setRouterHandover(true)
      try bindRetrying(stdinSocket, stdinEndpoint)
      let stdin = ZMQOutlet(socket: stdinSocket, iopub: shell.iopub, codec: codec, channel: "stdin", log: log)
      outlet = ZMQShellOutlet(shell: shell, stdin: stdin)
    } catch {
      latch.failed("shell: \(error)")
      return
    }
    latch.ready()
    var poller = Poller([outlet.shell.socket])
    while !stop.isStopped {
      guard let ready = try? poller.poll(timeoutMilliseconds: 100) else { break }
      if ready.isEmpty { continue }
      if let request = outlet.shell.receive(dontWait: true) { kernel.handle(request, outlet: outlet) }
    }
    outlet.stdin.socket.close()
    outlet.shell.iopub.close()
    outlet.shell.socket.close()
  }
}
