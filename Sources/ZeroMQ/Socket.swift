import CZeroMQ

/// The libzmq socket types Tessel uses.
public enum SocketType: Int32, Sendable {
  case pair, pub, sub, req, rep, dealer, router, pull, push, xpub, xsub

  var raw: Int32 {
    switch self {
    case .pair: ZMQ_PAIR
    case .pub: ZMQ_PUB
    case .sub: ZMQ_SUB
    case .req: ZMQ_REQ
    case .rep: ZMQ_REP
    case .dealer: ZMQ_DEALER
    case .router: ZMQ_ROUTER
    case .pull: ZMQ_PULL
    case .push: ZMQ_PUSH
    case .xpub: ZMQ_XPUB
    case .xsub: ZMQ_XSUB
    }
  }
}

/// A libzmq socket.
///
/// Not thread-safe, and so not `Sendable`: the thread that makes a socket is the only one that uses it.
public final class Socket {
  let handle: UnsafeMutableRawPointer
  private var closed = false

  public init(_ context: Context, _ type: SocketType) throws(ZMQError) {
    guard let h = zmq_socket(context.handle, type.raw) else {
      throw ZMQError.last("zmq_socket")
    }
    handle = h
  }

  public func bind(_ endpoint: String) throws(ZMQError) {
    _ = try zmqCall("zmq_bind") { zmq_bind(handle, endpoint) }
  }

  public func connect(_ endpoint: String) throws(ZMQError) {
    _ = try zmqCall("zmq_connect") { zmq_connect(handle, endpoint) }
  }

  /// The endpoint a socket bound to port 0 actually got.
  public var lastEndpoint: String {
    var buffer = [CChar](repeating: 0, count: 256)
    var size = buffer.count
    zmq_getsockopt(handle, ZMQ_LAST_ENDPOINT, &buffer, &size)
    return String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Sends all frames as one multipart message.
  ///
  /// Returns false when `dontWait` is set and the message could not be queued (EAGAIN).
  @discardableResult
  public func send(_ frames: [[UInt8]], dontWait: Bool = false) throws(ZMQError) -> Bool {
    if frames.isEmpty { return true }
    for (i, frame) in frames.enumerated() {
      var flags: Int32 = i < frames.count - 1 ? ZMQ_SNDMORE : 0
      if dontWait { flags |= ZMQ_DONTWAIT }
      let msg = try Frame(bytes: frame)
      do {
        _ = try zmqCall("zmq_msg_send") { zmq_msg_send(msg.pointer, handle, flags) }
      } catch let err where err.isAgain && i == 0 {
        return false
      }
    }
    return true
  }

  /// Receives one whole multipart message with `zmq_msg_recv` and `ZMQ_RCVMORE`:
  /// frames of any size, never into a fixed buffer.
  ///
  /// Returns nil when `dontWait` is set and nothing is waiting (EAGAIN).
  public func receive(dontWait: Bool = false) throws(ZMQError) -> [[UInt8]]? {
    var frames: [[UInt8]] = []
    while true {
      let msg = Frame()
      do {
        let flags: Int32 = (dontWait && frames.isEmpty) ? ZMQ_DONTWAIT : 0
        _ = try zmqCall("zmq_msg_recv") { zmq_msg_recv(msg.pointer, handle, flags) }
      } catch let err where err.isAgain && frames.isEmpty {
        return nil
      }
      frames.append(msg.bytes)
      if !msg.hasMore { return frames }
    }
  }

  public func close() {
    if closed { return }
    closed = true
    zmq_close(handle)
  }

  deinit { close() }
}
