import Foundation

/// `str`: an immutable sequence of Unicode code points.
///
/// Equality, ordering and hashing go by code points (UTF-8 bytes), not by Swift's canonical equivalence:
/// in Python `"é" != "e\u{301}"`.
public final class PyStr: PyObject {
  /// Changed only by `append`, on a str nothing else refers to.
  public private(set) var value: String
  private var scalarCache: [Unicode.Scalar]?
  private var countCache = -1
  private var hashCache: Int?
  /// This str parsed as a `%` template, kept from its first use as one.
  var percentTemplate: PercentFormat.Template?

  public init(_ value: String) {
    self.value = value
    super.init(tag: .str)
  }

  override public var type: PyType { BuiltinTypes.str }

  /// `s += t` where this str is referred to only by the name being assigned (as CPython's `unicode_concatenate`
  /// resizes a str whose reference count is 1): the text grows in place instead of being copied whole.
  func append(_ other: PyStr) {
    let combined = countCache >= 0 && other.countCache >= 0 ? countCache + other.countCache : -1
    value += other.value
    countCache = combined
    hashCache = nil
    scalarCache = nil
    percentTemplate = nil
  }

  /// `s += t` on the str in `slot` when `right` is a str: in place when nothing but the slot refers to it, else a
  /// new str; false (and nothing changed) when either is not a str.
  static func concatenate(into slot: UnsafeMutablePointer<Value>, _ right: Value) -> Bool {
    guard case .object(let r) = right, r.tag == .str, case .object(var o) = slot.pointee, o.tag == .str else {
      return false
    }
    // The slot lets go, so the only reference left may be `o`.
    slot.pointee = .unbound
    if isKnownUniquelyReferenced(&o) {
      unsafeDowncast(o, to: PyStr.self).append(unsafeDowncast(r, to: PyStr.self))
    } else {
      o = PyStr(unsafeDowncast(o, to: PyStr.self).value + unsafeDowncast(r, to: PyStr.self).value)
    }
    slot.pointee = .object(o)
    return true
  }

  /// `len(s)`: code points.
  public var count: Int {
    if countCache < 0 { countCache = PyStr.scalarCount(value) }
    return countCache
  }

  /// The number of code points: the UTF-8 bytes that do not continue a sequence, counted in one pass over them
  /// (`unicodeScalars.count` decodes each scalar, 200 instructions for a four-letter word).
  static func scalarCount(_ s: String) -> Int {
    if let n = s.utf8.withContiguousStorageIfAvailable({ p -> Int in
      var n = 0
      for b in p where b & 0xC0 != 0x80 { n += 1 }
      return n
    }) {
      return n
    }
    return s.unicodeScalars.count
  }

  var isASCII: Bool { count == value.utf8.count }

  /// The code points, for indexing and slicing (ASCII strings index their bytes instead).
  var scalars: [Unicode.Scalar] {
    if let s = scalarCache { return s }
    let s = Array(value.unicodeScalars)
    scalarCache = s
    return s
  }

  /// The code point at `i` (0 ≤ i < count).
  func scalar(at i: Int) -> Unicode.Scalar {
    if isASCII {
      return value.utf8.withContiguousStorageIfAvailable { Unicode.Scalar($0[i]) } ?? scalars[i]
    }
    return scalars[i]
  }

  func substring(_ range: Range<Int>) -> String {
    if isASCII {
      let u = value.utf8
      let a = u.index(u.startIndex, offsetBy: range.lowerBound)
      let b = u.index(a, offsetBy: range.count)
      return String(value[a..<b])
    }
    return String(String.UnicodeScalarView(scalars[range]))
  }

  var hash: Int {
    if let h = hashCache { return h }
    var copy = value
    var h = copy.withUTF8 { PyStr.hash(bytes: $0) }
    if h == -1 { h = -2 }
    hashCache = h
    return h
  }

  /// A hash of UTF-8 bytes: eight at a time, each word folded in by a multiply, then murmur3's finaliser so the
  /// low bits a dict's index uses depend on every byte.
  ///
  /// Not SipHash (`Hasher`): a dict of words hashes every new key once, and for a short key SipHash's set-up and
  /// finalisation were most of the lookup (240 instructions against 40). CPython randomises str hashes per run, so
  /// no program may depend on their values or on the order they give a set of strs; this one is fixed.
  static func hash(bytes p: UnsafeBufferPointer<UInt8>) -> Int {
    let n = p.count
    var h: UInt64 = 0x243F_6A88_85A3_08D3 ^ (UInt64(n) &* 0x9E37_79B9_7F4A_7C15)
    if let base = p.baseAddress {
      let raw = UnsafeRawPointer(base)
      var i = 0
      while i + 8 <= n {
        h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9FB2_1C65_1E98_DF25
        h ^= h >> 29
        i += 8
      }
      if i < n {
        var w: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
          w |= UInt64(base[i]) << shift
          shift += 8
          i += 1
        }
        h = (h ^ w) &* 0x9FB2_1C65_1E98_DF25
        h ^= h >> 29
      }
    }
    h ^= h >> 33
    h &*= 0xFF51_AFD7_ED55_8CCD
    h ^= h >> 33
    h &*= 0xC4CE_B9FE_1A85_EC53
    h ^= h >> 33
    return Int(bitPattern: UInt(h))
  }

  /// One-character strings of the first 256 code points, made once and shared (as CPython's Latin-1 singletons):
  /// indexing and iterating a string hand these out, with their hash already computed.
  private final class Characters: @unchecked Sendable {
    let table: [PyStr] = (0..<256).map { code in
      let s = PyStr(String(Unicode.Scalar(UInt8(code))))
      _ = s.hash
      _ = s.count
      return s
    }
  }

  private static let characters = Characters()

  /// The string of one code point.
  static func character(_ c: Unicode.Scalar) -> Value {
    if c.value < 256 { return .object(characters.table[Int(c.value)]) }
    return .str(String(c))
  }

  static func equal(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    if a.utf8.isEmpty { return true }
    if let r = a.utf8.withContiguousStorageIfAvailable({ p in
      b.utf8.withContiguousStorageIfAvailable { q in
        guard let x = p.baseAddress, let y = q.baseAddress else { return false }
        return memcmp(x, y, p.count) == 0
      }
    }), let equal = r {
      return equal
    }
    return a.utf8.elementsEqual(b.utf8)
  }

  /// Code-point order (which is UTF-8 byte order).
  static func less(_ a: String, _ b: String) -> Bool {
    a.utf8.lexicographicallyPrecedes(b.utf8)
  }
}
