import ZeroMQ

/// Echoes heartbeat pings on its own thread, so they are answered while a cell runs.
struct Heartbeat {
  let context: Context
  let endpoint: String

  func run(latch: StartupLatch) {
    let socket: Socket
    do {
      socket = try Socket(context, .rep)
      try socket.setLinger(milliseconds: 0)
      try bindRetrying(socket, endpoint)
    } catch {
      latch.failed("heartbeat: \(error)")
      return
    }
    latch.ready()
    echoUntilTerminated(socket)  // returns when the context shuts down
    socket.close()
  }
}
