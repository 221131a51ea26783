import Testing

@testable import ZeroMQ

@Suite struct SocketTests {
  @Test func multipartRoundTripOverInproc() throws {
    let context = try Context()
    let pull = try Socket(context, .pull)
    try pull.bind("inproc://round-trip")
    let push = try Socket(context, .push)
    try push.connect("inproc://round-trip")
    // Frames larger than any fixed buffer, and empty ones.
    let frames: [[UInt8]] = [
      Array("header".utf8), [], [UInt8](repeating: 7, count: 1 << 20), Array(repeating: 1, count: 300),
    ]
    try push.send(frames)
    #expect(try pull.receive() == frames)
  }

  @Test func receiveWithoutWaitingIsNilWhenEmpty() throws {
    let context = try Context()
    let pull = try Socket(context, .pull)
    try pull.bind("inproc://empty")
    #expect(try pull.receive(dontWait: true) == nil)
  }

  @Test func bindFailureKeepsErrno() throws {
    let context = try Context()
    let socket = try Socket(context, .router)
    #expect(throws: ZMQError.self) { try socket.bind("tcp://not-an-address:99999") }
    do {
      try socket.bind("bogus://x")
    } catch {
      #expect(error.code != 0)
      #expect(error.function == "zmq_bind")
    }
  }

  @Test func routerDealerAndPoller() throws {
    let context = try Context()
    let router = try Socket(context, .router)
    try router.bind("tcp://127.0.0.1:*")
    let endpoint = router.lastEndpoint
    #expect(endpoint.hasPrefix("tcp://127.0.0.1:"))
    let dealer = try Socket(context, .dealer)
    try dealer.setIdentity(Array("client".utf8))
    try dealer.connect(endpoint)
    try dealer.send([Array("ping".utf8)])
    var poller = Poller([router])
    var ready: [Int] = []
    for _ in 0..<50 where ready.isEmpty { ready = try poller.poll(timeoutMilliseconds: 100) }
    #expect(ready == [0])
    let got = try router.receive()
    #expect(got == [Array("client".utf8), Array("ping".utf8)])
  }

  @Test func xpubReportsEverySubscriptionWhenVerbose() throws {
    let context = try Context()
    let xpub = try Socket(context, .xpub)
    try xpub.setXPubVerbose(true)
    try xpub.bind("inproc://xpub")
    var events: [[UInt8]] = []
    for _ in 0..<2 {
      let sub = try Socket(context, .sub)
      try sub.subscribe("")
      try sub.connect("inproc://xpub")
      var poller = Poller([xpub])
      _ = try poller.poll(timeoutMilliseconds: 1000)
      if let e = try xpub.receive(dontWait: true) { events.append(e[0]) }
    }
    #expect(events == [[1], [1]])
  }
}
