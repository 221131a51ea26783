import Foundation
import StatisticsModule

/// `math.gamma` and `math.lgamma` as CPython computes them: Lanczos' approximation (g ≈ 6.0247, 13 terms) with
/// the error-correcting step, exact values for small integers, and the reflection formula for negative x.
enum Gamma {
  static let g = Lanczos.g
  static let gMinusHalf = 5.524680040776729583740234375
  static let numerator = Lanczos.numerator
  static let denominator = Lanczos.denominator
  static let logPi = 1.144729885849400174143427351353058711647

  /// The rational function L_g(x) for x > 0, evaluated in 1/x for large x to avoid overflow.
  static func lanczosSum(_ x: Double) -> Double {
    var num = 0.0
    var den = 0.0
    if x < 5 {
      for i in stride(from: numerator.count - 1, through: 0, by: -1) {
        num = num * x + numerator[i]
        den = den * x + denominator[i]
      }
    } else {
      for i in 0..<numerator.count {
        num = num / x + numerator[i]
        den = den / x + denominator[i]
      }
    }
    return num / den
  }

  /// sin(πx), exact at the integers and half-integers.
  static func sinPi(_ x: Double) -> Double {
    let y = fmod(abs(x), 2.0)
    let r: Double
    switch Int((2 * y).rounded()) {
    case 0: r = sin(Double.pi * y)
    case 1: r = cos(Double.pi * (y - 0.5))
    case 2: r = sin(Double.pi * (1 - y))
    case 3: r = -cos(Double.pi * (y - 1.5))
    default: r = sin(Double.pi * (y - 2))
    }
    return copysign(1.0, x) * r
  }

  static func tgamma(_ x: Double) throws(PyError) -> Double {
    if !x.isFinite {
      if x.isNaN || x > 0 { return x }
      throw PyError("ValueError", "math domain error")
    }
    if x == 0 { throw PyError("ValueError", "math domain error") }
    if x == x.rounded(.down) {
      if x < 0 { throw PyError("ValueError", "math domain error") }
      if x <= 23 {
        var f = 1.0
        var k = 2.0
        while k < x {
          f *= k
          k += 1
        }
        return f
      }
    }
    let absx = abs(x)
    if absx < 1e-20 {
      let r = 1 / x
      if r.isInfinite { throw PyError("OverflowError", "math range error") }
      return r
    }
    if absx > 200 {
      if x < 0 { return 0.0 / sinPi(x) }
      throw PyError("OverflowError", "math range error")
    }
    let y = absx + gMinusHalf
    var z: Double
    if absx > gMinusHalf {
      let q = y - absx
      z = q - gMinusHalf
    } else {
      let q = y - gMinusHalf
      z = q - absx
    }
    z = z * g / y
    var r: Double
    if x < 0 {
      r = -Double.pi / sinPi(absx) / absx * exp(y) / lanczosSum(absx)
      r -= z * r
      if absx < 140 {
        r /= pow(y, absx - 0.5)
      } else {
        let s = pow(y, absx / 2 - 0.25)
        r /= s
        r /= s
      }
    } else {
      r = lanczosSum(absx) / exp(y)
      r += z * r
      if absx < 140 {
        r *= pow(y, absx - 0.5)
      } else {
        let s = pow(y, absx / 2 - 0.25)
        r *= s
        r *= s
      }
    }
    if r.isInfinite { throw PyError("OverflowError", "math range error") }
    return r
  }

  static func lgamma(_ x: Double) throws(PyError) -> Double {
    if !x.isFinite { return x.isNaN ? x : .infinity }
    if x == x.rounded(.down) && x <= 2 {
      if x <= 0 { throw PyError("ValueError", "math domain error") }
      return 0
    }
    let absx = abs(x)
    if absx < 1e-20 { return -log(absx) }
    var r = log(lanczosSum(absx)) - g
    r += (absx - 0.5) * (log(absx + g - 0.5) - 1)
    if x < 0 { r = logPi - log(abs(sinPi(absx))) - log(absx) - r }
    if r.isInfinite { throw PyError("OverflowError", "math range error") }
    return r
  }
}
