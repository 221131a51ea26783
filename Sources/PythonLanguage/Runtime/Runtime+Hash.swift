import BigInt
import Foundation

extension Runtime {
  /// `hash(v)`, with CPython's values for numbers and tuples (set order depends on them).
  func hash(_ v: Value) throws(PyError) -> Int {
    switch v {
    case .int(let i), .i64(let i): return Hashing.int(i)
    case .bool(let b), .npBool(let b): return b ? 1 : 0
    case .float(let d), .f64(let d): return Hashing.double(d)
    case .none, .unbound: return 0xFCA86420
    case .object(let o):
      switch o.tag {
      case .str: return unsafeDowncast(o, to: PyStr.self).hash
      case .tuple: return try Hashing.tuple(unsafeDowncast(o, to: PyTuple.self).items, self)
      case .bigInt: return Hashing.big(unsafeDowncast(o, to: PyBigInt.self).value)
      case .frozenset: return try Hashing.frozenset(unsafeDowncast(o, to: PySet.self), self)
      case .complex:
        let c = unsafeDowncast(o, to: PyComplex.self)
        var h = Hashing.double(c.real) &+ 1_000_003 &* Hashing.double(c.imag)
        if h == -1 { h = -2 }
        return h
      case .bytes:
        let h = unsafeDowncast(o, to: PyBytes.self).bytes.withUnsafeBufferPointer { PyStr.hash(bytes: $0) }
        return h == -1 ? -2 : h
      case .list, .dict, .set:
        throw PyError("TypeError", "unhashable type: '\(o.type.name)'")
      case .ndarray: throw PyError("TypeError", "unhashable type: 'numpy.ndarray'")
      case .other where o is NDComplexArray: throw PyError("TypeError", "unhashable type: 'numpy.ndarray'")
      case .other where o is Poly1D: throw PyError("TypeError", "unhashable type: 'poly1d'")
      case .instance:
        let t = o.type
        if let h = t.lookup("__hash__") {
          if case .none = h { throw PyError("TypeError", "unhashable type: '\(t.name)'") }
          let r = try call(h, v)
          switch r {
          case .int(let i): return i == -1 ? -2 : i
          case .object(let b) where b.tag == .bigInt: return Hashing.big(unsafeDowncast(b, to: PyBigInt.self).value)
          default: throw PyError("TypeError", "__hash__ method should return an integer")
          }
        }
        if t.lookup("__eq__") != nil { throw PyError("TypeError", "unhashable type: '\(t.name)'") }
        return Hashing.identity(o)
      default:
        return Hashing.identity(o)
      }
    }
  }
}

/// CPython's hash functions for numbers and tuples.
enum Hashing {
  static let bits = 61
  static let modulus: UInt64 = (1 << 61) - 1

  static func int(_ i: Int) -> Int {
    var x = Int(UInt64(i.magnitude) % modulus)
    if i < 0 { x = -x }
    return x == -1 ? -2 : x
  }

  static func big(_ b: BigInt) -> Int {
    let m = BigInt(modulus)
    var x = Int(b.magnitude % m.magnitude)
    if b.sign == .minus { x = -x }
    return x == -1 ? -2 : x
  }

  /// `_Py_HashDouble`: the float's value modulo 2⁶¹ − 1, so `hash(2.0) == hash(2)`.
  static func double(_ v: Double) -> Int {
    if !v.isFinite {
      if v.isInfinite { return v > 0 ? 314_159 : -314_159 }
      return 0
    }
    // Foundation's frexp gives the magnitude's mantissa on Linux: take the sign apart first.
    let sign = v < 0 ? -1 : 1
    var (m, e) = frexp(abs(v))
    var x: UInt64 = 0
    while m != 0 {
      x = ((x << 28) & modulus) | x >> UInt64(bits - 28)
      m *= 268_435_456.0
      e -= 28
      let y = UInt64(m)
      m -= Double(y)
      x += y
      if x >= modulus { x -= modulus }
    }
    e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits)
    x = ((x << UInt64(e)) & modulus) | x >> UInt64(bits - e)
    var h = Int(bitPattern: UInt(x)) &* sign
    if h == -1 { h = -2 }
    return h
  }

  /// `tuplehash` (xxHash's mixing, CPython 3.8+).
  static func tuple(_ items: [Value], _ rt: Runtime) throws(PyError) -> Int {
    let prime1: UInt64 = 11_400_714_785_074_694_791
    let prime2: UInt64 = 14_029_467_366_897_019_727
    let prime5: UInt64 = 2_870_177_450_012_600_261
    var acc = prime5
    // Items are hashed where the array holds them: a `for item in items` copy retained and released each, and so
    // did reading a str item out of the buffer (its cached hash is read in place instead).
    let objectTag = SlotPeek.objectTag
    try items.withUnsafeBufferPointer { (buffer) throws(PyError) in
      guard let base = buffer.baseAddress else { return }
      for k in buffer.indices {
        let item = UnsafeMutablePointer(mutating: base + k)
        let h: Int
        if let u = SlotPeek.object(item, tag: objectTag),
          let s = u._withUnsafeGuaranteedRef({ o in o.tag == .str ? unsafeDowncast(o, to: PyStr.self).hash : nil })
        {
          h = s
        } else {
          h = try rt.hash(buffer[k])
        }
        let lane = UInt64(bitPattern: Int64(h))
        acc = acc &+ lane &* prime2
        acc = (acc << 31) | (acc >> 33)
        acc = acc &* prime1
      }
    }
    acc = acc &+ (UInt64(items.count) ^ (prime5 ^ 3_527_539))
    if acc == UInt64.max { return 1_546_275_796 }
    return Int(Int64(bitPattern: acc))
  }

  /// `frozenset_hash`: order-independent mixing of the members' hashes.
  static func frozenset(_ s: PySet, _ rt: Runtime) throws(PyError) -> Int {
    func shuffle(_ h: UInt64) -> UInt64 {
      ((h ^ 89_869_747) ^ (h << 16)) &* 3_644_798_167
    }
    var hash: UInt64 = 0
    for m in s.members { hash ^= shuffle(UInt64(bitPattern: Int64(try rt.hash(m)))) }
    hash ^= (UInt64(s.count) &+ 1) &* 1_927_868_237
    hash ^= (hash >> 11) ^ (hash >> 25)
    hash = hash &* 69069 &+ 907_133_923
    if hash == UInt64.max { hash = 590_923_713 }
    return Int(Int64(bitPattern: hash))
  }

  /// Objects without `__eq__` hash by identity, as CPython's `object.__hash__` does.
  static func identity(_ o: PyObject) -> Int {
    let address = UInt(bitPattern: Unmanaged.passUnretained(o).toOpaque())
    return Int(bitPattern: (address >> 4) | (address << (UInt(UInt.bitWidth) - 4)))
  }
}
