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

  /// The value as Python sees it: small ones unboxed.
  static func make(_ v: BigInt) -> Value {
    if let small = Int(exactly: v) { return .int(small) }
    return .object(PyBigInt(v))
  }
}
