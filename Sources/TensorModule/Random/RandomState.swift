import Foundation

/// NumPy's legacy `RandomState` draws over MT19937: the same algorithms in the same order, so every
/// stream after `seed(n)` is NumPy's (uniform, polar-method normals with the cached second value,
/// masked-rejection integers, Fisher–Yates shuffles, inversion/BTPE binomials, multiplication/PTRS
/// Poissons).
public struct RandomState: Sendable {
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

  /// Poisson(λ): multiplication of uniforms below 10, Hörmann's PTRS from 10 on.
  public mutating func poisson(_ lam: Double) -> Int {
    if lam >= 10 { return poissonPTRS(lam) }
    if lam == 0 { return 0 }
    let limit = Foundation.exp(-lam)
    var x = 0
    var product = 1.0
    while true {
      product *= random()
      if product > limit { x += 1 } else { return x }
    }
  }

  private mutating func poissonPTRS(_ lam: Double) -> Int {
    let slam = lam.squareRoot()
    let loglam = Foundation.log(lam)
    let b = 0.931 + 2.53 * slam
    let a = -0.059 + 0.02483 * b
    let invalpha = 1.1239 + 1.1328 / (b - 3.4)
    let vr = 0.9277 - 3.6224 / (b - 2)
    while true {
      let u = random() - 0.5
      let v = random()
      let us = 0.5 - Swift.abs(u)
      let k = Int(((2 * a / us + b) * u + lam + 0.43).rounded(.down))
      if us >= 0.07 && v <= vr { return k }
      if k < 0 || (us < 0.013 && v > us) { continue }
      let left = Foundation.log(v) + Foundation.log(invalpha) - Foundation.log(a / (us * us) + b)
      if left <= -lam + Double(k) * loglam - Self.logGamma(Double(k + 1)) { return k }
    }
  }

  /// log Γ(x) by Stirling's series with NumPy's coefficients (`random_loggam`).
  static func logGamma(_ x: Double) -> Double {
    let coefficients = [
      8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04, -5.952380952380952e-04,
      8.417508417508418e-04, -1.917526917526918e-03, 6.410256410256410e-03, -2.955065359477124e-02,
      1.796443723688307e-01, -1.39243221690590e+00,
    ]
    if x == 1 || x == 2 { return 0 }
    let n = x < 7 ? Int(7 - x) : 0
    var x0 = x + Double(n)
    let x2 = (1 / x0) * (1 / x0)
    var g = coefficients[9]
    for k in stride(from: 8, through: 0, by: -1) {
      g *= x2
      g += coefficients[k]
    }
    var result = g / x0 + 0.5 * 1.8378770664093453 + (x0 - 0.5) * Foundation.log(x0) - x0
    if x < 7 {
      for _ in 0..<n {
        result -= Foundation.log(x0 - 1)
        x0 -= 1
      }
    }
    return result
  }
}
