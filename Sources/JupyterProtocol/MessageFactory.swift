import Foundation

/// Makes headers for one kernel (or client) session: a fixed session id,
/// fresh msg ids, ISO-8601 dates with microseconds and `Z`.
public struct MessageFactory: Sendable {
  /// Header `version`; 5.0 and 5.1 make jupyter_kernel_test's schema strict.
  public static let protocolVersion = "5.5"

  public let session: String
  public let username: String

  public init(session: String = UUID().uuidString.lowercased(), username: String = "tessel") {
    self.session = session
    self.username = username
  }

  public func header(msgType: String) -> JSON {
    [
      "msg_id": .string(UUID().uuidString.lowercased()),
      "session": .string(session),
      "username": .string(username),
      "date": .string(Self.isoDate(Date())),
      "msg_type": .string(msgType),
      "version": .string(Self.protocolVersion),
    ]
  }

  /// A message whose parent is `parent` (pass nil for none, as `iopub_welcome`).
  public func message(
    _ msgType: String, content: JSON, parent: Message?, metadata: JSON = .emptyObject,
    identities: [[UInt8]] = []
  ) -> Message {
    Message(
      identities: identities, header: header(msgType: msgType),
      parentHeader: parent?.header ?? .emptyObject, metadata: metadata, content: content)
  }

  /// A reply on the request's channel: same routing identities, `_request` → `_reply`.
  public func reply(to request: Message, content: JSON, metadata: JSON = .emptyObject) -> Message {
    let type =
      request.msgType.hasSuffix("_request")
      ? String(request.msgType.dropLast("_request".count)) + "_reply"
      : request.msgType + "_reply"
    return message(type, content: content, parent: request, metadata: metadata, identities: request.identities)
  }

  /// `2026-11-21T06:24:36.123456Z`: zero-padded microseconds, UTC.
  public static func isoDate(_ date: Date) -> String {
    let t = date.timeIntervalSince1970
    let seconds = Int(t.rounded(.down))
    let micros = min(999_999, Int(((t - Double(seconds)) * 1_000_000).rounded()))
    var tmv = tm()
    var secs = time_t(seconds)
    gmtime_r(&secs, &tmv)
    func pad(_ v: Int32, _ w: Int) -> String {
      let s = String(v)
      return String(repeating: "0", count: max(0, w - s.count)) + s
    }
    let microText = String(micros)
    return "\(pad(tmv.tm_year + 1900, 4))-\(pad(tmv.tm_mon + 1, 2))-\(pad(tmv.tm_mday, 2))T"
      + "\(pad(tmv.tm_hour, 2)):\(pad(tmv.tm_min, 2)):\(pad(tmv.tm_sec, 2))."
      + String(repeating: "0", count: 6 - microText.count) + microText + "Z"
  }
}
