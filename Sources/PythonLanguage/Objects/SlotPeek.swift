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

/// The items of a list or tuple read in place, without retaining their buffer.
///
/// Handing `items.withUnsafeBufferPointer`'s pointer to a closure the optimiser cannot see into makes Swift retain
/// the buffer around the call (the closure might replace the array). Where the caller knows nothing replaces it
/// while it reads (the numeric tier, which stores only numbers into lists it does not resize), it reads the array's
/// storage pointer from the object instead: the field's offset in `PyList` and `PyTuple` and the storage's header
/// size are measured once at start-up against real objects; if the layout is not the one expected, `items` is nil
/// and callers take the ordinary path.
enum ItemsPeek {
  private struct Layout {
    let list: Int
    let tuple: Int
    /// From the storage object to its first element; the count is the word at 16.
    let header: Int
  }

  private static let layout: Layout? = measure()

  /// The items of `o`, a list or tuple, valid while no one replaces or resizes them; nil for other objects or when
  /// the layout was not recognised.
  @inline(__always) static func items(_ o: PyObject) -> UnsafeMutableBufferPointer<Value>? {
    guard let layout else { return nil }
    let offset: Int
    switch o.tag {
    case .list: offset = layout.list
    case .tuple: offset = layout.tuple
    default: return nil
    }
    let raw = UnsafeRawPointer(Unmanaged.passUnretained(o).toOpaque())
    let storage = raw.load(fromByteOffset: offset, as: UnsafeRawPointer.self)
    let count = storage.load(fromByteOffset: 16, as: Int.self)
    let first = UnsafeMutableRawPointer(mutating: storage + layout.header).assumingMemoryBound(to: Value.self)
    return UnsafeMutableBufferPointer(start: first, count: count)
  }

  private static func measure() -> Layout? {
    let values: [Value] = [.int(3), .float(0.5), .none]
    let list = PyList(values)
    let tuple = PyTuple(values)
    func find(_ o: PyObject, _ items: [Value]) -> (Int, Int)? {
      let base = items.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
      guard let base else { return nil }
      let raw = UnsafeRawPointer(Unmanaged.passUnretained(o).toOpaque())
      for offset in stride(from: 16, through: 48, by: 8) {
        let storage = raw.load(fromByteOffset: offset, as: UInt.self)
        for header in [32, 24, 40] where storage &+ UInt(header) == UInt(bitPattern: base) {
          guard let s = UnsafeRawPointer(bitPattern: storage), s.load(fromByteOffset: 16, as: Int.self) == items.count
          else { continue }
          return (offset, header)
        }
      }
      return nil
    }
    guard let (l, h1) = find(list, list.items), let (t, h2) = find(tuple, tuple.items), h1 == h2 else { return nil }
    return withExtendedLifetime((list, tuple)) { Layout(list: l, tuple: t, header: h1) }
  }
}
