import Foundation

/// The text `float(s)` accepts: surrounding whitespace, a sign, digits with single underscores between them, a
/// fraction and an exponent, or `inf`, `infinity` and `nan` in any case.
///
/// Read byte by byte: `float(s)` in a loop over a file's fields is hot, and trimming, filtering and lower-casing
/// through Foundation cost 27 000 instructions a call.
enum FloatText {
  /// The value `s` denotes, or nil when `float(s)` raises `ValueError`.
  static func parse(_ s: String) -> Double? {
    if let parsed = s.utf8.withContiguousStorageIfAvailable({ parse(bytes: $0) }), let d = parsed { return d }
    // As CPython, text with other characters has its Unicode spaces read as spaces and its decimal digits (`"١٢"`)
    // as ASCII ones first.
    var ascii = ""
    for c in s.unicodeScalars {
      if c.isASCII {
        ascii.unicodeScalars.append(c)
      } else if c.properties.isWhitespace {
        ascii += " "
      } else if c.properties.numericType == .decimal, let v = c.properties.numericValue {
        ascii += String(Int(v))
      } else {
        return nil
      }
    }
    return ascii.withUTF8 { parse(bytes: $0) }
  }

  /// The value of ASCII text `b`, or nil (a byte outside ASCII is never valid).
  static func parse(bytes b: UnsafeBufferPointer<UInt8>) -> Double? {
    var lo = 0
    var hi = b.count
    while lo < hi, isSpace(b[lo]) { lo += 1 }
    while hi > lo, isSpace(b[hi - 1]) { hi -= 1 }
    guard lo < hi else { return nil }
    var i = lo
    var negative = false
    if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
      negative = b[i] == UInt8(ascii: "-")
      i += 1
    }
    if i < hi, !isDigit(b[i]), b[i] != UInt8(ascii: ".") {
      guard let special = word(b, i, hi) else { return nil }
      return negative ? -special : special
    }
    var underscores = false
    let whole = digits(b, &i, hi, &underscores)
    var fraction = 0
    if i < hi, b[i] == UInt8(ascii: ".") {
      i += 1
      fraction = digits(b, &i, hi, &underscores)
    }
    guard whole + fraction > 0 else { return nil }
    if i < hi, b[i] | 0x20 == UInt8(ascii: "e") {
      i += 1
      if i < hi, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
      guard digits(b, &i, hi, &underscores) > 0 else { return nil }
    }
    guard i == hi else { return nil }
    let body = UnsafeBufferPointer(rebasing: b[lo..<hi])
    let text =
      underscores
      ? String(decoding: body.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
      : String(decoding: body, as: UTF8.self)
    return Double(text)
  }

  /// Digits from `i`, each `_` between two of them skipped; how many digits.
  @inline(__always)
  private static func digits(
    _ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ hi: Int, _ underscores: inout Bool
  ) -> Int {
    var n = 0
    while i < hi {
      if isDigit(b[i]) {
        n += 1
        i += 1
      } else if b[i] == UInt8(ascii: "_"), n > 0, i + 1 < hi, isDigit(b[i + 1]) {
        underscores = true
        i += 1
      } else {
        break
      }
    }
    return n
  }

  /// `inf`, `infinity` or `nan`, in any case, filling `b[i..<hi]`.
  private static func word(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ hi: Int) -> Double? {
    guard hi - i <= 8 else { return nil }
    var lowered = ""
    for k in i..<hi { lowered.unicodeScalars.append(Unicode.Scalar(b[k] | 0x20)) }
    switch lowered {
    case "inf", "infinity": return .infinity
    case "nan": return .nan
    default: return nil
    }
  }

  /// The ASCII whitespace CPython strips around a number: tab to carriage return, and space.
  @inline(__always) private static func isSpace(_ c: UInt8) -> Bool {
    (9...13).contains(c) || c == 32
  }

  @inline(__always) private static func isDigit(_ c: UInt8) -> Bool { (48...57).contains(c) }
}
