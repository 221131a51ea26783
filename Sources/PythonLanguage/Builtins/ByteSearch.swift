import Foundation

/// Substring search on UTF-8 bytes (`memchr` + `memcmp`): a code point sequence occurs exactly where its UTF-8 bytes do, and
/// this avoids Foundation's `range(of:)`, which copies the searched text on every call.
enum ByteSearch {
  /// Byte offsets of each occurrence of `needle` in `hay`, left to right, non-overlapping, at most `limit`.
  static func occurrences(_ hay: String, _ needle: String, limit: Int = .max) -> [Int] {
    var out: [Int] = []
    var h = hay
    var n = needle
    h.withUTF8 { hb in n.withUTF8 { nb in scan(hb, nb, limit: limit) { out.append($0) } } }
    return out
  }

  /// Calls `body` with the byte offset of each non-overlapping occurrence of `needle` in `hay`, left to right, at
  /// most `limit` times.
  @inline(__always)
  static func scan(
    _ hb: UnsafeBufferPointer<UInt8>, _ nb: UnsafeBufferPointer<UInt8>, limit: Int, _ body: (Int) -> Void
  ) {
    guard let hp = hb.baseAddress, let np = nb.baseAddress, nb.count > 0, nb.count <= hb.count else { return }
    var offset = 0
    var found = 0
    let first = Int32(nb[0])
    while found < limit, offset + nb.count <= hb.count {
      // memchr finds candidates for the first byte; memcmp confirms the rest.
      guard let p = memchr(hp + offset, first, hb.count - offset - nb.count + 1) else { break }
      let at = hp.distance(to: p.assumingMemoryBound(to: UInt8.self))
      if memcmp(hp + at, np, nb.count) == 0 {
        body(at)
        found += 1
        offset = at + nb.count
      } else {
        offset = at + 1
      }
    }
  }

  /// Whether `s` starts (or, `atEnd`, ends) with the bytes of `affix`.
  static func hasAffix(_ s: String, _ affix: String, atEnd: Bool) -> Bool {
    var h = s
    var n = affix
    return h.withUTF8 { hb in
      n.withUTF8 { nb in
        guard nb.count <= hb.count else { return false }
        guard let hp = hb.baseAddress, let np = nb.baseAddress else { return true }
        return memcmp(atEnd ? hp + (hb.count - nb.count) : hp, np, nb.count) == 0
      }
    }
  }

  /// The byte offset of the last occurrence (overlaps allowed, as `rfind`), or nil.
  static func last(_ hay: String, _ needle: String) -> Int? {
    var best: Int?
    var h = hay
    var n = needle
    h.withUTF8 { hb in
      n.withUTF8 { nb in
        guard let hp = hb.baseAddress, let np = nb.baseAddress, nb.count > 0, hb.count >= nb.count else { return }
        var i = hb.count - nb.count
        while i >= 0 {
          if memcmp(hp + i, np, nb.count) == 0 {
            best = i
            return
          }
          i -= 1
        }
      }
    }
    return best
  }

  /// Splits on every occurrence of `separator` (at most `maxSplit` times when ≥ 0).
  static func split(_ s: String, _ separator: String, maxSplit: Int) -> [String] {
    pieces(s, separator, maxSplit: maxSplit) { String(decoding: $0, as: UTF8.self) }
  }

  /// The pieces of `s` between occurrences of `separator` (at most `maxSplit` cuts when it is not negative), each
  /// made by `make` straight from its bytes (the cuts are at a valid separator, so every piece is valid UTF-8).
  @inline(__always)
  static func pieces<T>(
    _ s: String, _ separator: String, maxSplit: Int, _ make: (UnsafeBufferPointer<UInt8>) -> T
  ) -> [T] {
    var text = s
    var sep = separator
    return text.withUTF8 { bytes in
      sep.withUTF8 { sb in
        let limit = maxSplit < 0 ? Int.max : maxSplit
        // The cuts are counted first, so the pieces' array is allocated once (growing it piece by piece cost more
        // than making the pieces).
        var cuts = 0
        scan(bytes, sb, limit: limit) { _ in cuts += 1 }
        var out: [T] = []
        out.reserveCapacity(cuts + 1)
        var start = 0
        scan(bytes, sb, limit: limit) { h in
          out.append(make(UnsafeBufferPointer(rebasing: bytes[start..<h])))
          start = h + sb.count
        }
        out.append(make(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count])))
        return out
      }
    }
  }

  static func slice(_ utf8: String.UTF8View, _ from: Int, _ to: Int) -> String {
    let a = utf8.index(utf8.startIndex, offsetBy: from)
    let b = utf8.index(a, offsetBy: to - from)
    return String(Substring(utf8[a..<b]))
  }

  /// Code points before byte offset `bytes`.
  static func scalarOffset(_ s: String, _ bytes: Int) -> Int {
    var count = 0
    for (k, b) in s.utf8.enumerated() {
      if k >= bytes { break }
      if b & 0xC0 != 0x80 { count += 1 }
    }
    return count
  }

  static func replace(_ s: String, _ old: String, _ new: String, count: Int) -> String {
    let hits = occurrences(s, old, limit: count < 0 ? .max : count)
    if hits.isEmpty { return s }
    var out = ""
    out.reserveCapacity(s.utf8.count + hits.count * max(0, new.utf8.count - old.utf8.count))
    let utf8 = s.utf8
    var start = 0
    for h in hits {
      out += slice(utf8, start, h)
      out += new
      start = h + old.utf8.count
    }
    out += slice(utf8, start, utf8.count)
    return out
  }
}
