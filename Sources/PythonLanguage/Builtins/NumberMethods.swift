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
    .one("conjugate", "int") { (_, v) throws(PyError) in v },
    .one("is_integer", "int") { (_, _) throws(PyError) in .bool(true) },
    .one("__index__", "int") { (rt, v) throws(PyError) in .int(try rt.index(v)) },
    .one("as_integer_ratio", "int") { (_, v) throws(PyError) in .tuple([v, .int(1)]) },
  ]

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
    .one("hex", "float") { (rt, v) throws(PyError) in .str(String(format: "%a", try rt.double(v))) },
  ]

  static let complex: [PyBuiltin] = [
    .one("conjugate", "complex") { (_, v) throws(PyError) in
      guard case .object(let o) = v, o.tag == .complex else { return v }
      let c = unsafeDowncast(o, to: PyComplex.self)
      return .object(PyComplex(c.real, -c.imag))
    }
  ]
}
