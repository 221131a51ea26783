/// Why an incoming multipart message was dropped.
public enum WireError: Error, Equatable, CustomStringConvertible {
  case missingDelimiter
  case truncated(frames: Int)
  case unsigned
  case badSignature
  case replayed
  case badJSON(frame: String, JSONParseError)
  case notAnObject(frame: String)
  case missingMsgType

  public var description: String {
    switch self {
    case .missingDelimiter: "no <IDS|MSG> delimiter"
    case .truncated(let n): "only \(n) frames after the delimiter (need signature + 4)"
    case .unsigned: "unsigned message"
    case .badSignature: "invalid signature"
    case .replayed: "duplicate signature (replayed message)"
    case .badJSON(let frame, let err): "\(frame): \(err)"
    case .notAnObject(let frame): "\(frame) is not a JSON object"
    case .missingMsgType: "header has no msg_type"
    }
  }
}

/// Frames ↔ messages: `[ids…, <IDS|MSG>, hmac, header, parent, metadata, content, buffers…]`.
///
/// Verification runs over the exact bytes received, never over re-serialized JSON.
public struct WireCodec: Sendable {
  public static let delimiter = Array("<IDS|MSG>".utf8)

  public let signer: Signer
  public let history: DigestHistory

  public init(signer: Signer, history: DigestHistory = DigestHistory()) {
    self.signer = signer
    self.history = history
  }

  public func encode(_ message: Message) -> [[UInt8]] {
    let parts = [
      message.header.serialized(), message.parentHeader.serialized(),
      message.metadata.serialized(), message.content.serialized(),
    ]
    return message.identities + [WireCodec.delimiter, signer.signature(parts)] + parts + message.buffers
  }

  public func decode(_ frames: [[UInt8]]) throws(WireError) -> Message {
    guard let d = frames.firstIndex(of: WireCodec.delimiter) else { throw .missingDelimiter }
    let rest = frames.count - d - 1
    guard rest >= 5 else { throw .truncated(frames: rest) }
    let signature = frames[d + 1]
    let parts = Array(frames[(d + 2)..<(d + 6)])
    if signer.isEnabled {
      if signature.isEmpty { throw .unsigned }
      guard signer.verify(signature: signature, parts: parts) else { throw .badSignature }
      guard history.insert(signature) else { throw .replayed }
    }
    let names = ["header", "parent_header", "metadata", "content"]
    var values: [JSON] = []
    for (name, part) in zip(names, parts) {
      let value: JSON
      do { value = try JSON.parse(part) } catch { throw .badJSON(frame: name, error) }
      guard case .object = value else { throw .notAnObject(frame: name) }
      values.append(value)
    }
    guard values[0]["msg_type"]?.stringValue != nil else { throw .missingMsgType }
    return Message(
      identities: Array(frames[..<d]), header: values[0], parentHeader: values[1],
      metadata: values[2], content: values[3], buffers: Array(frames[(d + 6)...]))
  }
}
