/// Reading the object in a frame slot without retaining it, for the engine's hottest paths (`self.x`, `self.f()`).
///
/// Copying a `Value` out of a frame retains its object and the copy's end releases it: two atomic operations for
/// a read that changes nothing, a third of the time of a method-heavy program. The slot keeps the object alive
/// while a fast path looks at it, so the fast path reads the slot's bytes instead: the payload word and the case
/// tag Swift stores after it. The layout is measured once at start-up, and checked against every case; if it is
/// not the one expected, `objectTag` is a byte no case has and every read falls back to an ordinary copy.
enum SlotPeek {
  static let objectTag: UInt8 = measureObjectTag()

  /// The object in `slot` when it holds one, unretained; valid until the slot is written.
  @inline(__always) static func object(_ slot: UnsafeMutablePointer<Value>, tag: UInt8) -> Unmanaged<PyObject>? {
    let raw = UnsafeRawPointer(slot)
    guard raw.load(fromByteOffset: MemoryLayout<UInt>.size, as: UInt8.self) == tag else { return nil }
    return Unmanaged.fromOpaque(raw.load(as: UnsafeRawPointer.self))
  }

  /// The instance in `slot`, unretained, or nil for anything else.
  @inline(__always) static func instance(_ slot: UnsafeMutablePointer<Value>, tag: UInt8) -> Unmanaged<PyInstance>? {
    guard let u = object(slot, tag: tag) else { return nil }
    let isInstance = u._withUnsafeGuaranteedRef { $0.tag == .instance }
    return isInstance ? Unmanaged.fromOpaque(u.toOpaque()) : nil
  }

  private static func measureObjectTag() -> UInt8 {
    let never: UInt8 = 0xFF
    guard MemoryLayout<Value>.size == MemoryLayout<UInt>.size + 1 else { return never }
    let probe = PyObject(tag: .other)
    func bytes(_ v: Value) -> (word: UInt, tag: UInt8) {
      withUnsafeBytes(of: v) {
        ($0.load(as: UInt.self), $0.load(fromByteOffset: MemoryLayout<UInt>.size, as: UInt8.self))
      }
    }
    let object = bytes(.object(probe))
    guard object.word == UInt(bitPattern: Unmanaged.passUnretained(probe).toOpaque()), object.tag != never else {
      return never
    }
    let others: [Value] = [
      .unbound, .none, .bool(true), .bool(false), .int(-1), .int(0), .float(.nan), .float(-0.0), .f64(.infinity),
      .f64(0),
      .i64(.min), .i64(0), .npBool(true), .npBool(false),
    ]
    for v in others where bytes(v).tag == object.tag { return never }
    return withExtendedLifetime(probe) { object.tag }
  }
}
