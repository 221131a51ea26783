/// A Jupyter message, without its wire framing.
///
/// `header` and `parentHeader` stay JSON objects so a reply's parent echoes the
/// request's header exactly, fields Tessel does not know included.
public struct Message: Equatable, Sendable {
  /// ROUTER routing frames (or the IOPub topic) that preceded the delimiter.
  public var identities: [[UInt8]]
  public var header: JSON
  public var parentHeader: JSON
  public var metadata: JSON
  public var content: JSON
  public var buffers: [[UInt8]]

  public init(
    identities: [[UInt8]] = [], header: JSON, parentHeader: JSON = .emptyObject,
    metadata: JSON = .emptyObject, content: JSON = .emptyObject, buffers: [[UInt8]] = []
  ) {
    self.identities = identities
    self.header = header
    self.parentHeader = parentHeader
    self.metadata = metadata
    self.content = content
    self.buffers = buffers
  }

  public var msgType: String { header["msg_type"]?.stringValue ?? "" }
  public var msgID: String { header["msg_id"]?.stringValue ?? "" }
  public var parentMsgID: String? { parentHeader["msg_id"]?.stringValue }
}
