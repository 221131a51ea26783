import BigInt
import Foundation

/// Methods of `int`, `float` and `complex`.
enum NumberMethods {
  static let int: [PyBuiltin] = [
    .one("bit_length", "int") { (rt, v) throws(PyError) in
      let b = try rt.bigInteger(v)
      return .int(b == 0 ? 0 : b.magnitude.bitWidth)
    },
    .one("bit_count", "int") { (rt, v) throws(PyError) in
      let b = try rt.bigInteger(v).magnitude
      return .int(b.words.reduce(0) { $0 + $1.nonzeroBitCount })
    },
    .one("conjugate", "int") { (_, v) throws(PyError) in intValue(v) },
    .one("__index__", "int") { (rt, v) throws(PyError) in .int(try rt.index(v)) },
    .one("as_integer_ratio", "int") { (_, v) throws(PyError) in .tuple([intValue(v), .int(1)]) },
  ]

  /// An int method's result on a bool is the int it stands for (`True.conjugate()` is 1).
  static func intValue(_ v: Value) -> Value {
    if case .bool(let b) = v { return .int(b ? 1 : 0) }
    return v
  }

  static let float: [PyBuiltin] = [
    .one("is_integer", "float") { (rt, v) throws(PyError) in
      let d = try rt.double(v)
      return .bool(d.isFinite && d == d.rounded(.towardZero))
    },
    .one("conjugate", "float") { (_, v) throws(PyError) in v },
    .one("as_integer_ratio", "float") { (rt, v) throws(PyError) in
      let d = try rt.double(v)
      if d.isNaN { throw PyError("ValueError", "cannot convert NaN to integer ratio") }
      if d.isInfinite { throw PyError("OverflowError", "cannot convert Infinity to integer ratio") }
      var (m, e) = frexp(abs(d))
      var n = BigInt(0)
      // Scale the mantissa to an integer.
      var k = 0
      while m != m.rounded(.towardZero) && k < 300 {
        m *= 2
        e -= 1
        k += 1
      }
      n = BigInt(m)
      if d < 0 { n = -n }
      var den = BigInt(1)
      if e > 0 { n <<= e } else { den <<= -e }
      let g = n.greatestCommonDivisor(with: den)
      return .tuple([PyBigInt.make(n / BigInt(g)), PyBigInt.make(den / BigInt(g))])
    },
    .one("hex", "float") { (rt, v) throws(PyError) in .str(hex(try rt.double(v))) },
  ]

  /// `float.hex()`: `[-]0x1.<13 hex digits>p<exponent>` (`0x0.…p-1022` for subnormals).
  static func hex(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    let sign = d.sign == .minus ? "-" : ""
    if d == 0 { return sign + "0x0.0p+0" }
    let bits = d.bitPattern
    let fraction = bits & ((1 << 52) - 1)
    let biased = Int((bits >> 52) & 0x7FF)
    let lead = biased == 0 ? "0" : "1"
    let exponent = biased == 0 ? -1022 : biased - 1023
    var digits = String(fraction, radix: 16)
    digits = String(repeating: "0", count: 13 - digits.count) + digits
    return "\(sign)0x\(lead).\(digits)p\(exponent >= 0 ? "+" : "")\(exponent)"
  }

  /// `float.fromhex(s)`, a class method: C's `strtod` reads the hexadecimal form (correctly rounded).
  static let fromhex = PyBuiltin.two("fromhex", "float") { (rt, _, v) throws(PyError) in
    var s = try rt.string(v, "must be str").trimmingCharacters(in: .whitespaces)
    let invalid = PyError("ValueError", "invalid hexadecimal floating-point string")
    var sign = ""
    if s.hasPrefix("-") || s.hasPrefix("+") {
      sign = String(s.removeFirst())
    }
    let lower = s.lowercased()
    if ["inf", "infinity", "nan"].contains(lower) {
      return .float(Double(sign + lower) ?? .nan)
    }
    if !lower.hasPrefix("0x") { s = "0x" + s }
    let allowed = Set("0123456789abcdefABCDEFxXpP.+-")
    guard s.count > 2, s.allSatisfy({ allowed.contains($0) }) else { throw invalid }
    var end: UnsafeMutablePointer<CChar>?
    let text = sign + s
    let d = text.withCString { (p) -> Double? in
      let r = strtod(p, &end)
      guard let end, end.pointee == 0 else { return nil }
      return r
    }
    guard let d else { throw invalid }
    if d.isInfinite { throw PyError("OverflowError", "hexadecimal value too large to represent as a float") }
    return .float(d)
  }

  static let complex: [PyBuiltin] = [
    .one("conjugate", "complex") { (_, v) throws(PyError) in
      guard case .object(let o) = v, o.tag == .complex else { return v }
      let c = unsafeDowncast(o, to: PyComplex.self)
      return .object(PyComplex(c.real, -c.imag, numpy: c.isNumPy))
    }
  ]
}
