import JupyterProtocol
import KernelCore

/// A transport with no sockets: requests are queued by the test, replies and IOPub messages are recorded in order,
/// stdin replies come from a script.
///
/// Every message crosses the real wire codec, signed with a test key, so the core is exercised exactly as over
/// ZeroMQ.
public final class InMemoryTransport: ShellOutlet, Outlet {
  public let codec = WireCodec(signer: Signer(key: "test-key"))
  public let client = MessageFactory(session: "client-session", username: "test")
  public var queued: [Message] = []
  public private(set) var sent: [Message] = []
  public private(set) var published: [Message] = []
  public private(set) var inputRequests: [Message] = []
  /// Answers to `input_request`, in order; nil simulates an interrupt.
  public var inputReplies: [String?] = []

  public init() {}

  /// A client request, as it would arrive: through encode and decode.
  public func request(_ type: String, _ content: JSON, identity: String = "client-1") -> Message {
    var m = client.message(type, content: content, parent: nil, identities: [Array(identity.utf8)])
    m = try! codec.decode(codec.encode(m))
    return m
  }

  func roundTrip(_ m: Message) -> Message { try! codec.decode(codec.encode(m)) }

  public func send(_ message: Message) { sent.append(roundTrip(message)) }
  public func publish(_ message: Message) { published.append(roundTrip(message)) }

  public func pendingRequests() -> [Message] {
    defer { queued.removeAll() }
    return queued
  }

  public func requestInput(_ request: Message, interrupt: InterruptFlag) -> Message? {
    inputRequests.append(roundTrip(request))
    guard !inputReplies.isEmpty, let value = inputReplies.removeFirst() else {
      interrupt.raise()
      return nil
    }
    return client.message("input_reply", content: ["value": .string(value)], parent: request)
  }

  /// IOPub messages whose parent is `request`, as (type, content).
  public func iopub(for request: Message) -> [(type: String, content: JSON)] {
    published.filter { $0.parentMsgID == request.msgID }.map { ($0.msgType, $0.content) }
  }

  public func reply(to request: Message) -> Message? {
    sent.first { $0.parentMsgID == request.msgID }
  }

  public func clear() {
    sent.removeAll()
    published.removeAll()
    inputRequests.removeAll()
  }
}
