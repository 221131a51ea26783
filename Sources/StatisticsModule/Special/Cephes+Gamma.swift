import Foundation

/// Cephes' Gamma-function family as SciPy's `xsf` computes it: Γ (`Gamma`), log|Γ| with its sign (`lgam`), 1/Γ
/// (`rgamma`), B and log|B| (`beta`, `lbeta`), ψ (`psi`) and the Hurwitz ζ it needs near ψ's negative root.
///
/// Coefficients are Moshier's published Cephes values; every step follows the C routine so the results are
/// SciPy's to the bit.
extension Cephes {
  static let gammaP = [
    1.60119522476751861407E-4, 1.19135147006586384913E-3, 1.04213797561761569935E-2, 4.76367800457137231464E-2,
    2.07448227648435975150E-1, 4.94214826801497100753E-1, 9.99999999999999996796E-1,
  ]
  static let gammaQ = [
    -2.31581873324120129819E-5, 5.39605580493303397842E-4, -4.45641913851797240494E-3, 1.18139785222060435552E-2,
    3.58236398605498653373E-2, -2.34591795718243348568E-1, 7.14304917030273074085E-2, 1.00000000000000000320E0,
  ]
  static let stirling = [
    7.87311395793093628397E-4, -2.29549961613378126380E-4, -2.68132617805781232825E-3, 3.47222221605458667310E-3,
    8.33333333333482257126E-2,
  ]
  static let logGammaA = [
    8.11614167470508450300E-4, -5.95061904284301438324E-4, 7.93650340457716943945E-4, -2.77777777730099687205E-3,
    8.33333333333331927722E-2,
  ]
  static let logGammaB = [
    -1.37825152569120859100E3, -3.88016315134637840924E4, -3.31612992738871184744E5, -1.16237097492762307383E6,
    -1.72173700820839662146E6, -8.53555664245765465627E5,
  ]
  static let logGammaC = [
    -3.51815701436523470549E2, -1.70642106651881159223E4, -2.20528590553854454839E5, -1.13933444367982507207E6,
    -2.53252307177582951285E6, -2.01889141433532773231E6,
  ]
  static let reciprocalGammaR = [
    3.13173458231230000000E-17, -6.70718606477908000000E-16, 2.20039078172259550000E-15, 2.47691630348254132600E-13,
    -6.60074100411295197440E-12, 5.13850186324226978840E-11, 1.08965386454418662084E-9, -3.33964630686836942556E-8,
    2.68975996440595483619E-7, 2.96001177518801696639E-6, -8.04814124978471142852E-5, 4.16609138709688864714E-4,
    5.06579864028608725080E-3, -6.41925436109158228810E-2, -4.98558728684003594785E-3, 1.27546015610523951063E-1,
  ]
  static let logPi = 1.144729885849400174143427351353058711647
  static let logSqrt2Pi = 0.91893853320467274178
  static let maxGamma = 171.624376956302725
  static let machineEpsilon = 1.1102230246251565404236316680908203125E-16
  static let euler = 0.577215664901532860606512090082402431

  /// C's `(int)p & 1` for a floor p: a value past Int32 converts to INT_MIN on x86, which counts as even.
  static func isEvenAsCInt(_ p: Double) -> Bool {
    guard p < 2_147_483_648, p >= -2_147_483_648 else { return true }
    return Int(p) & 1 == 0
  }

  /// sin(πx), reduced first so integers give exact zeros.
  static func sinpi(_ value: Double) -> Double {
    var x = value
    var s = 1.0
    if x.sign == .minus {
      x = -x
      s = -1.0
    }
    let r = Foundation.fmod(x, 2.0)
    if r < 0.5 { return s * Foundation.sin(Double.pi * r) }
    if r > 1.5 { return s * Foundation.sin(Double.pi * (r - 2.0)) }
    return -s * Foundation.sin(Double.pi * (r - 1.0))
  }

  /// Stirling's formula for Γ, valid for 33 ≤ x ≤ 172.
  static func stirlingGamma(_ x: Double) -> Double {
    if x >= maxGamma { return .infinity }
    var w = 1.0 / x
    w = 1.0 + w * polevl(w, stirling)
    var y = Foundation.exp(x)
    if x > 143.01608 {
      let v = Foundation.pow(x, 0.5 * x - 0.25)
      y = v * (v / y)
    } else {
      y = Foundation.pow(x, x - 0.5) / y
    }
    return sqrt2Pi * y * w
  }

  /// Γ(x) (SciPy's `gamma`): NaN at the poles, ±∞ at ±0.
  static func gamma(_ value: Double) -> Double {
    var x = value
    if !x.isFinite { return x > 0 ? x : .nan }
    if x == 0 { return Double(signOf: x, magnitudeOf: .infinity) }
    var q = Swift.abs(x)
    if q > 33.0 {
      guard x < 0 else { return stirlingGamma(x) }
      var p = Foundation.floor(q)
      if p == q { return .nan }
      let sign: Double = isEvenAsCInt(p) ? -1 : 1
      var z = q - p
      if z > 0.5 {
        p += 1.0
        z = q - p
      }
      z = q * sinpi(z)
      if z == 0 { return sign * .infinity }
      z = Swift.abs(z)
      return sign * (Double.pi / (z * stirlingGamma(q)))
    }
    var z = 1.0
    while x >= 3.0 {
      x -= 1.0
      z *= x
    }
    func small() -> Double { x == 0 ? .nan : z / ((1.0 + 0.5772156649015329 * x) * x) }
    while x < 0.0 {
      if x > -1e-9 { return small() }
      z /= x
      x += 1.0
    }
    while x < 2.0 {
      if x < 1e-9 { return small() }
      z /= x
      x += 1.0
    }
    if x == 2.0 { return z }
    x -= 2.0
    let p = polevl(x, gammaP)
    q = polevl(x, gammaQ)
    return z * p / q
  }

  /// log|Γ(x)| and the sign of Γ(x) (Cephes `lgam_sgn`); +∞ at the poles.
  static func logGamma(_ value: Double) -> (value: Double, sign: Double) {
    var x = value
    if !x.isFinite { return (x, 1) }
    if x < -34.0 {
      let q = -x
      let w = logGamma(q).value
      var p = Foundation.floor(q)
      if p == q { return (.infinity, 1) }
      let sign: Double = isEvenAsCInt(p) ? -1 : 1
      var z = q - p
      if z > 0.5 {
        p += 1.0
        z = p - q
      }
      z = q * sinpi(z)
      if z == 0 { return (.infinity, sign) }
      return (logPi - Foundation.log(z) - w, sign)
    }
    if x < 13.0 {
      var z = 1.0
      var p = 0.0
      var u = x
      while u >= 3.0 {
        p -= 1.0
        u = x + p
        z *= u
      }
      while u < 2.0 {
        if u == 0 { return (.infinity, 1) }
        z /= u
        p += 1.0
        u = x + p
      }
      var sign = 1.0
      if z < 0 {
        sign = -1
        z = -z
      }
      if u == 2.0 { return (Foundation.log(z), sign) }
      p -= 2.0
      x = x + p
      p = x * polevl(x, logGammaB) / p1evl(x, logGammaC)
      return (Foundation.log(z) + p, sign)
    }
    if x > 2.556348e305 { return (.infinity, 1) }
    if x >= 1000.0 {
      let q = (x - 0.5) * Foundation.log(x) - x + logSqrt2Pi
      if x > 1.0e8 { return (q, 1) }
      var p = 1.0 / (x * x)
      p = ((7.9365079365079365079365e-4 * p - 2.7777777777777777777778e-3) * p + 0.0833333333333333333333) / x
      return (q + p, 1)
    }
    let q = (x - 0.5) * Foundation.log(x) - x + logSqrt2Pi
    let p = 1.0 / (x * x)
    return (q + polevl(p, logGammaA) / x, 1)
  }

  /// The sign of Γ(x) (SciPy's `gammasgn`): NaN at the poles and for NaN.
  static func gammaSign(_ x: Double) -> Double {
    if x.isNaN { return x }
    if x > 0 { return 1 }
    if x == 0 { return Double(signOf: x, magnitudeOf: 1) }
    if x.isInfinite { return .nan }
    let fx = Foundation.floor(x)
    if x - fx == 0 { return .nan }
    return isEvenAsCInt(fx) ? 1 : -1
  }

  /// 1/Γ(x) (SciPy's `rgamma`): zero at the poles.
  static func reciprocalGamma(_ x: Double) -> Double {
    if x == 0 { return x }
    if x < 0 && x == Foundation.floor(x) { return 0 }
    if Swift.abs(x) > 4.0 { return 1.0 / gamma(x) }
    var z = 1.0
    var w = x
    while w > 1.0 {
      w -= 1.0
      z *= w
    }
    while w < 0.0 {
      z /= w
      w += 1.0
    }
    if w == 0 { return 0 }
    if w == 1 { return 1.0 / z }
    return w * (1.0 + chebyshev(4.0 * w - 2.0, reciprocalGammaR)) / z
  }

  /// Cephes `chbevl`: a Chebyshev series by Clenshaw's recurrence.
  static func chebyshev(_ x: Double, _ c: [Double]) -> Double {
    var b0 = c[0]
    var b1 = 0.0
    var b2 = 0.0
    for k in 1..<c.count {
      b2 = b1
      b1 = b0
      b0 = x * b1 - b2 + c[k]
    }
    return 0.5 * (b0 - b2)
  }
}

extension Cephes {
  /// Γ(a + m) / Γ(a) for a > 0 and |m| < 1 (Cephes `poch` after its recurrences, which such m skips): the
  /// asymptotic series past a = 10⁴, else through log Γ.
  static func pochhammer(_ a: Double, _ m: Double) -> Double {
    if m == 0 { return 1 }
    if a > 1e4 && Swift.abs(m) <= 1 {
      let series =
        1 + m * (m - 1) / (2 * a) + m * (m - 1) * (m - 2) * (3 * m - 1) / (24 * a * a) + m * m * (m - 1) * (m - 1)
        * (m - 2) * (m - 3) / (48 * a * a * a)
      return Foundation.pow(a, m) * series
    }
    let (top, topSign) = logGamma(a + m)
    let (bottom, bottomSign) = logGamma(a)
    return Foundation.exp(top - bottom) * topSign * bottomSign
  }
}
