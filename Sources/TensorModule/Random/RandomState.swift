import Foundation

/// NumPy's legacy `RandomState` draws over MT19937: the same algorithms in the same order, so every
/// stream after `seed(n)` is NumPy's (uniform, polar-method normals with the cached second value,
/// masked-rejection integers, Fisher–Yates shuffles, inversion/BTPE binomials, multiplication/PTRS
/// Poissons).
public struct RandomState: UniformSource, Sendable {
  var twister: MersenneTwister
  /// The polar method makes normals in pairs; the second waits here.
  var cachedGauss: Double?

  public init(seed: UInt32) {
    twister = MersenneTwister(seed: seed)
  }

  /// Uniform on [0, 1).
  public mutating func random() -> Double { twister.nextDouble() }

  /// Standard normal (Marsaglia's polar method, as NumPy's legacy `gauss`).
  public mutating func gauss() -> Double {
    if let g = cachedGauss {
      cachedGauss = nil
      return g
    }
    var x1 = 0.0
    var x2 = 0.0
    var r2 = 0.0
    repeat {
      x1 = 2 * random() - 1
      x2 = 2 * random() - 1
      r2 = x1 * x1 + x2 * x2
    } while r2 >= 1 || r2 == 0
    let f = (-2 * Foundation.log(r2) / r2).squareRoot()
    cachedGauss = f * x1
    return f * x2
  }

  /// A uniform integer from 0 through max, by masked rejection (NumPy's `random_interval`).
  public mutating func interval(_ max: UInt64) -> UInt64 {
    if max == 0 { return 0 }
    let mask = Self.mask(max)
    if max <= 0xFFFF_FFFF {
      while true {
        let v = UInt64(twister.next32()) & mask
        if v <= max { return v }
      }
    }
    while true {
      let v = next64() & mask
      if v <= max { return v }
    }
  }

  /// A uniform integer in low ..< high (NumPy's legacy `randint`, masked rejection).
  public mutating func integer(_ low: Int, _ high: Int) -> Int {
    low + Int(interval(UInt64(high - low - 1)))
  }

  private mutating func next64() -> UInt64 {
    UInt64(twister.next32()) << 32 | UInt64(twister.next32())
  }

  /// The smallest all-ones mask covering `max`.
  static func mask(_ max: UInt64) -> UInt64 {
    var m = max
    m |= m >> 1
    m |= m >> 2
    m |= m >> 4
    m |= m >> 8
    m |= m >> 16
    m |= m >> 32
    return m
  }

  /// Fisher–Yates from the end, as NumPy's `shuffle`: position i swaps with a draw from 0 through i.
  public mutating func shuffleOrder(_ n: Int) -> [(Int, Int)] {
    guard n > 1 else { return [] }
    return (1..<n).reversed().map { i in (i, Int(interval(UInt64(i)))) }
  }
}
