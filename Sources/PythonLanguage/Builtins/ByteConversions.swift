import BigInt

/// `int.to_bytes`, `int.from_bytes` and `bytes.decode` (UTF-8 and ASCII, with CPython's decode errors).
enum ByteConversions {
  static let toBytes = PyBuiltin.general("to_bytes", "int") { (rt, a) throws(PyError) in
    guard let v = a.positional.first else { throw PyError("TypeError", "descriptor 'to_bytes' needs an argument") }
    let p = try Arguments(Array(a.positional.dropFirst()), a.keywords).bind(
      "to_bytes", ["length", "byteorder"], keywordOnly: ["signed"])
    let length = try p[0].map { (x) throws(PyError) in try rt.index(x) } ?? 1
    let order = try byteOrder(rt, p[1])
    let signed = try p[2].map { (x) throws(PyError) in try rt.truthy(x) } ?? false
    if length < 0 { throw PyError("ValueError", "length argument must be non-negative") }
    let n = try rt.bigInteger(v)
    if n < 0 && !signed { throw PyError("OverflowError", "can't convert negative int to unsigned") }
    // Two's complement in `length` bytes: n + 256^length for negatives.
    let modulus = BigInt(1) << (8 * length)
    let limit = signed ? modulus >> 1 : modulus
    guard n < limit && n >= (signed ? -limit : 0) else { throw PyError("OverflowError", "int too big to convert") }
    var u = n < 0 ? n + modulus : n
    var out = [UInt8](repeating: 0, count: length)
    for k in 0..<length {
      out[k] = UInt8(truncatingIfNeeded: Int(u & 0xFF))
      u >>= 8
    }
    return .object(PyBytes(order == "big" ? out.reversed() : out))
  }

  static let fromBytes = PyBuiltin.general("from_bytes", "int") { (rt, a) throws(PyError) in
    // Called through the class method: the class first.
    let p = try Arguments(Array(a.positional.dropFirst()), a.keywords).bind(
      "from_bytes", ["bytes", "byteorder"], required: 1, keywordOnly: ["signed"])
    let order = try byteOrder(rt, p[1])
    let signed = try p[2].map { (x) throws(PyError) in try rt.truthy(x) } ?? false
    var bytes: [UInt8] = []
    let source = p[0] ?? .none
    if case .object(let o) = source, o.tag == .bytes {
      bytes = unsafeDowncast(o, to: PyBytes.self).bytes
    } else {
      for item in try rt.collect(source) {
        let b = try rt.index(item)
        guard b >= 0 && b < 256 else { throw PyError("ValueError", "bytes must be in range(0, 256)") }
        bytes.append(UInt8(b))
      }
    }
    if order == "little" { bytes.reverse() }
    var n = BigInt(0)
    for b in bytes { n = (n << 8) | BigInt(b) }
    if signed, let first = bytes.first, first & 0x80 != 0 { n -= BigInt(1) << (8 * bytes.count) }
    return PyBigInt.make(n)
  }

  static func byteOrder(_ rt: Runtime, _ v: Value?) throws(PyError) -> String {
    let order = try v.map { (x) throws(PyError) in try rt.string(x, "to_bytes() argument 'byteorder'") } ?? "big"
    guard order == "big" || order == "little" else {
      throw PyError("ValueError", "byteorder must be either 'little' or 'big'")
    }
    return order
  }

  static let decode = PyBuiltin.general("decode", "bytes") { (rt, a) throws(PyError) in
    guard case .object(let o)? = a.positional.first, o.tag == .bytes else {
      throw PyError("TypeError", "descriptor 'decode' for 'bytes' objects needs a bytes object")
    }
    let p = try Arguments(Array(a.positional.dropFirst()), a.keywords).bind("decode", ["encoding", "errors"])
    let bytes = unsafeDowncast(o, to: PyBytes.self).bytes
    let name = try p[0].map { (v) throws(PyError) in try rt.string(v, "decode() argument 'encoding'") } ?? "utf-8"
    let normalized = name.lowercased().replacingOccurrences(of: "_", with: "-")
    let errors = try p[1].map { (v) throws(PyError) in try rt.string(v, "decode() argument 'errors'") } ?? "strict"
    let failure: (start: Int, end: Int, reason: String)?
    let codec: String
    switch normalized {
    case "utf-8", "utf8", "u8", "utf", "cp65001":
      codec = "utf-8"
      failure = firstUTF8Error(bytes)
    case "ascii", "us-ascii", "646":
      codec = "ascii"
      failure = bytes.firstIndex { $0 > 127 }.map { ($0, $0 + 1, "ordinal not in range(128)") }
    default:
      throw PyError("NotImplementedError", "bytes.decode('\(name)') is not in Tessel yet (only UTF-8 and ASCII)")
    }
    guard let failure else { return .str(String(decoding: bytes, as: UTF8.self)) }
    if errors != "strict" {
      throw PyError("NotImplementedError", "bytes.decode(errors='\(errors)') of undecodable bytes is not in Tessel yet")
    }
    let place =
      failure.end - failure.start == 1
      ? "byte 0x\(String(bytes[failure.start], radix: 16).leftPadded(2)) in position \(failure.start)"
      : "bytes in position \(failure.start)-\(failure.end - 1)"
    throw PyError("UnicodeDecodeError", "'\(codec)' codec can't decode \(place): \(failure.reason)")
  }

  /// The first ill-formed sequence, as CPython's decoder reports it: its span and reason.
  static func firstUTF8Error(_ b: [UInt8]) -> (start: Int, end: Int, reason: String)? {
    var i = 0
    while i < b.count {
      let lead = b[i]
      if lead < 0x80 {
        i += 1
        continue
      }
      guard lead >= 0xC2 && lead <= 0xF4 else { return (i, i + 1, "invalid start byte") }
      let need = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3
      for k in 1...need {
        guard i + k < b.count else { return (i, b.count, "unexpected end of data") }
        let c = b[i + k]
        let range: ClosedRange<UInt8> =
          k > 1
          ? 0x80...0xBF
          : lead == 0xE0
            ? 0xA0...0xBF
            : lead == 0xED
              ? 0x80...0x9F
              : lead == 0xF0
                ? 0x90...0xBF
                : lead == 0xF4 ? 0x80...0x8F : 0x80...0xBF
        guard range.contains(c) else { return (i, i + k, "invalid continuation byte") }
      }
      i += need + 1
    }
    return nil
  }
}

extension String {
  fileprivate func leftPadded(_ width: Int) -> String {
    String(repeating: "0", count: Swift.max(0, width - count)) + self
  }
}
