import JupyterProtocol
import ZeroMQ

/// Owns the XPUB socket.
///
/// Other threads hand it signed frames over inproc; it answers each subscription with `iopub_welcome` (JEP 65).
struct IOPubPublisher {
  let context: Context
  let endpoint: String
  let codec: WireCodec
  let factory: MessageFactory
  let stop: StopSignal
  let log: @Sendable (String) -> Void

  func run(latch: StartupLatch) {
    let xpub: Socket
    let inbox: Socket
    do {
      xpub = try Socket(context, .xpub)
      try xpub.setLinger(milliseconds: 1000)
      // Without VERBOSE libzmq reports a topic once: a second subscriber to ""
      // would get no welcome.
      try xpub.setXPubVerbose(true)
      try bindRetrying(xpub, endpoint)
      inbox = try Socket(context, .pull)
      try inbox.setLinger(milliseconds: 0)
      try inbox.bind(iopubInproc)
    } catch {
      latch.failed("iopub: \(error)")
      return
    }
    // Published before any subscriber can have attached; `starting` is normally lost, as in ipykernel.
    forward(codec.encode(factory.message("status", content: ["execution_state": "starting"], parent: nil)), xpub)
    latch.ready()

    var poller = Poller([xpub, inbox])
    while !stop.isStopped {
      guard (try? poller.poll(timeoutMilliseconds: 100)) != nil else { break }
      // Subscriptions first, so a new subscriber's first message is its welcome.
      while let event = try? xpub.receive(dontWait: true) { welcome(event, xpub) }
      while let frames = try? inbox.receive(dontWait: true) { forward(frames, xpub) }
    }
    // The shell and control threads have stopped: deliver what they handed over
    // (the shutdown reply's idle among it); linger lets it leave after close.
    while let frames = try? inbox.receive(dontWait: true) { forward(frames, xpub) }
    inbox.close()
    xpub.close()
  }

  func welcome(_ event: [[UInt8]], _ xpub: Socket) {
    guard let first = event.first, first.first == 1 else { return }  // 0 = unsubscribe
    let topic = Array(first.dropFirst())
    guard let subscription = String(validating: topic, as: UTF8.self) else { return }
    var message = factory.message("iopub_welcome", content: ["subscription": .string(subscription)], parent: nil)
    message.identities = topic.isEmpty ? [] : [topic]
    forward(codec.encode(message), xpub)
  }

  func forward(_ frames: [[UInt8]], _ xpub: Socket) {
    do { try xpub.send(frames) } catch { log("iopub: publish failed: \(error)") }
  }
}
