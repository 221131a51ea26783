import BigInt

/// An `int` beyond 64 bits.
///
/// Never holds a value that fits in `Int` (those are `Value.int`).
public final class PyBigInt: PyObject {
  public let value: BigInt

  init(_ value: BigInt) {
    self.value = value
    super.init(tag: .bigInt)
  }

  override public var type: PyType { BuiltinTypes.int }

  /// CPython's limit on the decimal digits of an int↔str conversion (`sys.get_int_max_str_digits()`).
  static let maxStrDigits = 4300

  /// The decimal digits of `m`, refused past CPython's limit as `str`, `repr` and `format` refuse them.
  static func decimalDigits(_ m: BigUInt) throws(PyError) -> String {
    // 4300 digits need at most 14 285 bits: anything wider is refused before its digits are computed.
    let text = m.bitWidth > 14_300 ? nil : String(m)
    guard let text, text.utf8.count <= maxStrDigits else {
      throw PyError(
        "ValueError",
        "Exceeds the limit (\(maxStrDigits) digits) for integer string conversion; use "
          + "sys.set_int_max_str_digits() to increase the limit")
    }
    return text
  }

  /// The value as Python sees it: small ones unboxed.
  static func make(_ v: BigInt) -> Value {
    if let small = Int(exactly: v) { return .int(small) }
    return .object(PyBigInt(v))
  }
}
