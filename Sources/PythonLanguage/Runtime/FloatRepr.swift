/// `repr(float)`: the shortest digits that round-trip, laid out as CPython lays them out (exponent form below
/// 1e-4 and from 1e16, `.0` on integral values).
enum FloatRepr {
  /// The shortest round-trip digits and the decimal exponent of the first one (`0.00125` → "125", −3).
  static func digits(_ d: Double) -> (digits: [UInt8], exponent: Int) {
    // Swift's description is shortest round-trip too; only its layout differs from Python's.
    let text = Array(abs(d).description.utf8)
    var mantissa: [UInt8] = []
    var exponent = 0
    var pointAt: Int?
    var k = 0
    while k < text.count {
      let c = text[k]
      if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
        exponent = Int(String(decoding: text[(k + 1)...], as: UTF8.self)) ?? 0
        break
      }
      if c == UInt8(ascii: ".") {
        pointAt = mantissa.count
      } else {
        mantissa.append(c - 48)
      }
      k += 1
    }
    let integerDigits = pointAt ?? mantissa.count
    // Strip leading zeros (0.00125) and trailing zeros (1200.0).
    var lead = 0
    while lead < mantissa.count - 1 && mantissa[lead] == 0 { lead += 1 }
    var digits = Array(mantissa[lead...])
    while digits.count > 1 && digits.last == 0 { digits.removeLast() }
    if digits.allSatisfy({ $0 == 0 }) { return ([0], 0) }
    return (digits, exponent + integerDigits - lead - 1)
  }

  static func repr(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    let sign = d.sign == .minus ? "-" : ""
    if d == 0 { return sign + "0.0" }
    let (digits, exp) = digits(d)
    let chars = digits.map { Character(Unicode.Scalar($0 + 48)) }
    if exp < -4 || exp >= 16 {
      var s = sign + String(chars[0])
      if chars.count > 1 { s += "." + String(chars[1...]) }
      let e = abs(exp)
      return s + (exp < 0 ? "e-" : "e+") + (e < 10 ? "0\(e)" : "\(e)")
    }
    if exp < 0 {
      return sign + "0." + String(repeating: "0", count: -exp - 1) + String(chars)
    }
    if chars.count <= exp + 1 {
      return sign + String(chars) + String(repeating: "0", count: exp + 1 - chars.count) + ".0"
    }
    return sign + String(chars[...exp]) + "." + String(chars[(exp + 1)...])
  }

  /// As in `repr(complex)`: no `.0` on integral parts.
  static func short(_ d: Double) -> String {
    let r = repr(d)
    return r.hasSuffix(".0") ? String(r.dropLast(2)) : r
  }
}
