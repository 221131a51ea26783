/// NumPy's `SeedSequence`: entropy words hashed into a pool of four, from which seeding words are drawn, so that
/// `default_rng(n)` starts where NumPy's does.
public struct SeedSequence: Sendable {
  private static let poolSize = 4
  private static let initA: UInt32 = 0x43b0_d7e5
  private static let multA: UInt32 = 0x931e_8875
  private static let initB: UInt32 = 0x8b51_f9dd
  private static let multB: UInt32 = 0x58f3_8ded
  private static let mixLeft: UInt32 = 0xca01_f9dd
  private static let mixRight: UInt32 = 0x4973_f715

  private var pool: [UInt32]

  /// The pool mixed from `entropy`, the seed as 32-bit words, least significant first.
  public init(entropy: [UInt32]) {
    var hashConstant = Self.initA
    func hashmix(_ value: UInt32) -> UInt32 {
      var v = value ^ hashConstant
      hashConstant &*= Self.multA
      v &*= hashConstant
      return v ^ (v >> 16)
    }
    func mix(_ x: UInt32, _ y: UInt32) -> UInt32 {
      let r = Self.mixLeft &* x &- Self.mixRight &* y
      return r ^ (r >> 16)
    }
    var pool = (0..<Self.poolSize).map { i in hashmix(i < entropy.count ? entropy[i] : 0) }
    for source in 0..<Self.poolSize {
      for target in 0..<Self.poolSize where target != source {
        pool[target] = mix(pool[target], hashmix(pool[source]))
      }
    }
    for source in Self.poolSize..<max(entropy.count, Self.poolSize) {
      for target in 0..<Self.poolSize { pool[target] = mix(pool[target], hashmix(entropy[source])) }
    }
    self.pool = pool
  }

  /// The pool of a spawned sequence: the run entropy padded with zeros to the pool size, then the spawn key's
  /// words (NumPy pads only when there is a key, so unspawned sequences keep their streams).
  public init(entropy: [UInt32], spawnKey: [UInt32]) {
    guard !spawnKey.isEmpty else {
      self.init(entropy: entropy)
      return
    }
    let padded = entropy + [UInt32](repeating: 0, count: max(Self.poolSize - entropy.count, 0))
    self.init(entropy: padded + spawnKey)
  }

  /// `generate_state(n, np.uint64)`: pairs of drawn 32-bit words, low word first.
  public func state64(_ count: Int) -> [UInt64] {
    var hashConstant = Self.initB
    var words: [UInt32] = []
    for i in 0..<(2 * count) {
      var v = pool[i % Self.poolSize] ^ hashConstant
      hashConstant &*= Self.multB
      v &*= hashConstant
      words.append(v ^ (v >> 16))
    }
    return (0..<count).map { UInt64(words[2 * $0]) | UInt64(words[2 * $0 + 1]) << 32 }
  }
}
