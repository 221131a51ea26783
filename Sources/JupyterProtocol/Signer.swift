import Crypto

/// HMAC signing of the four JSON frames, as jupyter_client's `Session.sign`.
///
/// The key is the connection file's `key` string taken as raw UTF-8 bytes (never
/// hex-decoded). An empty key disables signing: empty signatures go out and
/// nothing is checked.
public struct Signer: Sendable {
  /// The key's bytes (`SymmetricKey` is not `Sendable`; one is made per message).
  let key: [UInt8]?

  public init(key: String) {
    self.key = key.isEmpty ? nil : Array(key.utf8)
  }

  public var isEnabled: Bool { key != nil }

  /// Lowercase hex HMAC-SHA256 over header, parent, metadata and content, in order.
  public func signature(_ parts: [[UInt8]]) -> [UInt8] {
    guard let key else { return [] }
    var mac = HMAC<SHA256>(key: SymmetricKey(data: key))
    for part in parts { mac.update(data: part) }
    return Signer.hex(Array(mac.finalize()))
  }

  /// Whether `signature` (hex bytes as received) matches, compared in constant time.
  public func verify(signature: [UInt8], parts: [[UInt8]]) -> Bool {
    guard key != nil else { return true }
    let expected = self.signature(parts)
    guard expected.count == signature.count else { return false }
    var diff: UInt8 = 0
    for i in 0..<expected.count { diff |= expected[i] ^ signature[i] }
    return diff == 0
  }

  static func hex(_ bytes: [UInt8]) -> [UInt8] {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count * 2)
    for b in bytes {
      out.append(digits[Int(b >> 4)])
      out.append(digits[Int(b & 15)])
    }
    return out
  }
}
