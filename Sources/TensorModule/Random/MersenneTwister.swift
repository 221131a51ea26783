/// MT19937, the generator behind NumPy's legacy `np.random.seed(n)`, seeded the same way, so a
/// seeded Tessel session draws NumPy's very numbers.
public struct MersenneTwister: Sendable {
  private static let size = 624
  private static let shift = 397
  private var key = [UInt32](repeating: 0, count: MersenneTwister.size)
  private var position = MersenneTwister.size

  /// NumPy's `mt19937_seed`: Knuth's linear recurrence over the 624 words.
  public init(seed: UInt32) {
    var s = seed
    for i in 0..<Self.size {
      key[i] = s
      s = 1_812_433_253 &* (s ^ (s >> 30)) &+ UInt32(i + 1)
    }
  }

  /// `init_by_array`: CPython's `random.seed(n)` splits |n| into 32-bit words, least significant first.
  public init(key: [UInt32]) {
    self.init(seed: 19_650_218)
    let n = Self.size
    var i = 1
    var j = 0
    for _ in 0..<max(n, key.count) {
      let previous = key.isEmpty ? 0 : key[j]
      self.key[i] = (self.key[i] ^ ((self.key[i - 1] ^ (self.key[i - 1] >> 30)) &* 1_664_525)) &+ previous &+ UInt32(j)
      i += 1
      j += 1
      if i >= n {
        self.key[0] = self.key[n - 1]
        i = 1
      }
      if j >= key.count { j = 0 }
    }
    for _ in 0..<(n - 1) {
      self.key[i] = (self.key[i] ^ ((self.key[i - 1] ^ (self.key[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
      i += 1
      if i >= n {
        self.key[0] = self.key[n - 1]
        i = 1
      }
    }
    self.key[0] = 0x8000_0000
  }

  /// The next 32 random bits.
  public mutating func next32() -> UInt32 {
    if position == Self.size { regenerate() }
    var y = key[position]
    position += 1
    y ^= y >> 11
    y ^= (y << 7) & 0x9D2C_5680
    y ^= (y << 15) & 0xEFC6_0000
    y ^= y >> 18
    return y
  }

  /// 53 random bits as a double in [0, 1), from two draws (NumPy's `next_double` for MT19937).
  public mutating func nextDouble() -> Double {
    let a = Double(next32() >> 5)
    let b = Double(next32() >> 6)
    return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
  }

  private mutating func regenerate() {
    let upper: UInt32 = 0x8000_0000
    let lower: UInt32 = 0x7FFF_FFFF
    func twist(_ i: Int, _ j: Int, _ k: Int) {
      let y = (key[i] & upper) | (key[j] & lower)
      key[i] = key[k] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : 0x9908_B0DF)
    }
    for i in 0..<(Self.size - Self.shift) { twist(i, i + 1, i + Self.shift) }
    for i in (Self.size - Self.shift)..<(Self.size - 1) { twist(i, i + 1, i + Self.shift - Self.size) }
    twist(Self.size - 1, 0, Self.shift - 1)
    position = 0
  }
}
