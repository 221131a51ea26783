/// NumPy's default bit generator: a 128-bit linear congruential state with the XSL-RR output, seeded from a
/// `SeedSequence` as `np.random.PCG64` is, with NumPy's buffered 32-bit draws.
public struct PCG64: Sendable {
  /// A computed constant: as a `static let` every step went through `swift_once`.
  @inline(__always) private static var multiplier: UInt128 {
    UInt128(2_549_297_995_355_413_924) << 64 | UInt128(4_865_540_595_714_422_341)
  }

  private var state: UInt128 = 0
  private let increment: UInt128
  /// The upper half of a 64-bit output that a 32-bit draw left for the next one.
  private var spare: UInt32?

  public init(_ seed: SeedSequence) {
    let words = seed.state64(4)
    let initState = UInt128(words[0]) << 64 | UInt128(words[1])
    let sequence = UInt128(words[2]) << 64 | UInt128(words[3])
    increment = sequence << 1 | 1
    step()
    state &+= initState
    step()
  }

  /// The state as NumPy's `bit_generator.state` shows it: the 128-bit state, the increment, and the 32-bit
  /// half a draw left over (if any).
  public var snapshot: (state: UInt128, increment: UInt128, spare: UInt32?) { (state, increment, spare) }

  @inline(__always) private mutating func step() { state = state &* Self.multiplier &+ increment }

  @inline(__always) public mutating func next64() -> UInt64 {
    step()
    let high = UInt64(truncatingIfNeeded: state >> 64)
    let low = UInt64(truncatingIfNeeded: state)
    return (high ^ low).rotateRight(Int(high >> 58))
  }

  @inline(__always) public mutating func next32() -> UInt32 {
    if let s = spare {
      spare = nil
      return s
    }
    let n = next64()
    spare = UInt32(truncatingIfNeeded: n >> 32)
    return UInt32(truncatingIfNeeded: n)
  }

  /// Uniform on [0, 1): the top 53 bits.
  @inline(__always) public mutating func nextDouble() -> Double {
    Double(next64() >> 11) * (1.0 / 9_007_199_254_740_992.0)
  }
}

extension UInt64 {
  @inline(__always) func rotateRight(_ k: Int) -> UInt64 {
    k == 0 ? self : (self >> UInt64(k)) | (self << UInt64(64 - k))
  }
}
