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

  /// A uniform integer in low ..< high (NumPy's legacy `randint`, masked rejection).
  public mutating func integer(_ low: Int, _ high: Int) -> Int {
    low + Int(interval(UInt64(high - low - 1)))
  }

  public mutating func nextWord32() -> UInt32 { twister.next32() }

  public mutating func nextWord64() -> UInt64 { UInt64(twister.next32()) << 32 | UInt64(twister.next32()) }

  /// The legacy normal (`gauss`).
  public mutating func standardNormal() -> Double { gauss() }

  /// The legacy exponential: the inverse of the cdf at a uniform draw.
  public mutating func standardExponential() -> Double { -Foundation.log(1 - random()) }

  /// Geometric(p), NumPy's `legacy_random_geometric`: the search from p = 1/3's double, else the legacy
  /// inversion `ceil(log1p(-U) / log(1 - p))` of one uniform (x86's value for a result past int64).
  public mutating func geometric(_ p: Double) -> Int {
    if p >= 0.333333333333333333333333 { return geometricSearch(p) }
    let z = (Foundation.log1p(-random()) / Foundation.log(1 - p)).rounded(.up)
    return z.magnitude < 0x1p63 ? Int(z) : .min
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
}
