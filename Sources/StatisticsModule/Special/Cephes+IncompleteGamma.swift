import Foundation

/// The regularised incomplete gamma functions P(a, x) and Q(a, x) as SciPy computes them (`gammainc`,
/// `gammaincc`, and so `chi2.cdf`/`sf` and `poisson.cdf`): Cephes `igam`/`igamc` with SciPy's changes, in
/// its order of operations — the power series, the continued fraction, the small-x series for Q, and
/// Temme's uniform expansion where a ≈ x.
extension Cephes {
  static let igamMaxIterations = 2000

  /// P(a, x) (Cephes `igam`).
  static func igam(_ a: Double, _ x: Double) -> Double {
    if a.isNaN || x.isNaN { return .nan }
    if x < 0 || a < 0 { return .nan }
    if a == 0 { return x > 0 ? 1 : .nan }
    if x == 0 { return 0 }
    if a.isInfinite { return x.isInfinite ? .nan : 0 }
    if x.isInfinite { return 1 }
    if let asymptotic = temmeRegime(a, x, lower: true) { return asymptotic }
    if x > 1 && x > a { return 1 - igamc(a, x) }
    return igamSeries(a, x)
  }

  /// Q(a, x) (Cephes `igamc`).
  static func igamc(_ a: Double, _ x: Double) -> Double {
    if a.isNaN || x.isNaN { return .nan }
    if x < 0 || a < 0 { return .nan }
    if a == 0 { return x > 0 ? 0 : .nan }
    if x == 0 { return 1 }
    if a.isInfinite { return x.isInfinite ? .nan : 1 }
    if x.isInfinite { return 0 }
    if let asymptotic = temmeRegime(a, x, lower: false) { return asymptotic }
    if x > 1.1 { return x < a ? 1 - igamSeries(a, x) : igamcContinuedFraction(a, x) }
    if x <= 0.5 { return -0.4 / Foundation.log(x) < a ? 1 - igamSeries(a, x) : igamcSeries(a, x) }
    return x * 1.1 < a ? 1 - igamSeries(a, x) : igamcSeries(a, x)
  }

  /// Temme's expansion where a is between 20 and 200 and x within 30 % of it, or a is larger and x nearer.
  static func temmeRegime(_ a: Double, _ x: Double, lower: Bool) -> Double? {
    let distance = Swift.abs(x - a) / a
    if (a > 20 && a < 200 && distance < 0.3) || (a > 200 && distance < 4.5 / a.squareRoot()) {
      return asymptoticSeries(a, x, lower: lower)
    }
    return nil
  }

  /// xᵃ e⁻ˣ / Γ(a), through the Lanczos sum near x = a (SciPy's `igam_fac`).
  static func igamFactor(_ a: Double, _ x: Double) -> Double {
    if Swift.abs(a - x) > 0.4 * Swift.abs(a) {
      let ax = a * Foundation.log(x) - x - logGamma(a).value
      if ax < -maxLog { return 0 }
      return Foundation.exp(ax)
    }
    let fac = a + lanczosG - 0.5
    var res = (fac / Foundation.exp(1)).squareRoot() / lanczosSumExpGScaled(a)
    if a < 200 && x < 200 {
      res *= Foundation.exp(a - x) * Foundation.pow(x / fac, a)
    } else {
      let num = x - a - lanczosG + 0.5
      res *= Foundation.exp(a * log1pmx(num / fac) + x * (0.5 - lanczosG) / fac)
    }
    return res
  }

  /// Q by the continued fraction of DLMF 8.9.2.
  static func igamcContinuedFraction(_ a: Double, _ x: Double) -> Double {
    let ax = igamFactor(a, x)
    if ax == 0 { return 0 }
    var y = 1 - a
    var z = x + y + 1
    var c = 0.0
    var (pkm2, qkm2) = (1.0, x)
    var (pkm1, qkm1) = (x + 1, z * x)
    var ans = pkm1 / qkm1
    let big = 4.503599627370496e15
    let bigInverse = 2.22044604925031308085e-16
    for _ in 0..<igamMaxIterations {
      c += 1
      y += 1
      z += 2
      let yc = y * c
      let pk = pkm1 * z - pkm2 * yc
      let qk = qkm1 * z - qkm2 * yc
      var t = 1.0
      if qk != 0 {
        let r = pk / qk
        t = Swift.abs((ans - r) / r)
        ans = r
      }
      (pkm2, pkm1, qkm2, qkm1) = (pkm1, pk, qkm1, qk)
      if Swift.abs(pk) > big {
        pkm2 *= bigInverse
        pkm1 *= bigInverse
        qkm2 *= bigInverse
        qkm1 *= bigInverse
      }
      if t <= machineEpsilon { break }
    }
    return ans * ax
  }

  /// P by the power series of DLMF 8.11.4.
  static func igamSeries(_ a: Double, _ x: Double) -> Double {
    let ax = igamFactor(a, x)
    if ax == 0 { return 0 }
    var r = a
    var c = 1.0
    var ans = 1.0
    for _ in 0..<igamMaxIterations {
      r += 1
      c *= x / r
      ans += c
      if c <= machineEpsilon * ans { break }
    }
    return ans * ax / a
  }

  /// Q for small x by DLMF 8.7.3, arranged against cancellation.
  static func igamcSeries(_ a: Double, _ x: Double) -> Double {
    var fac = 1.0
    var sum = 0.0
    for n in 1..<igamMaxIterations {
      fac *= -x / Double(n)
      let term = fac / (a + Double(n))
      sum += term
      if Swift.abs(term) <= machineEpsilon * Swift.abs(sum) { break }
    }
    let logx = Foundation.log(x)
    let term = -expm1(a * logx - logGamma1p(a))
    return term - Foundation.exp(a * logx - logGamma(a).value) * sum
  }

  /// P or Q by Temme's expansion (DLMF 8.12.3/8.12.4).
  static func asymptoticSeries(_ a: Double, _ x: Double, lower: Bool) -> Double {
    let count = temmeCoefficients[0].count
    let lambda = x / a
    let sigma = (x - a) / a
    let sign = lower ? -1.0 : 1.0
    let eta: Double =
      lambda > 1
      ? (-2 * log1pmx(sigma)).squareRoot() : lambda < 1 ? -(-2 * log1pmx(sigma)).squareRoot() : 0
    var res = 0.5 * erfc(sign * eta * (a / 2).squareRoot())
    var etaPower = [Double](repeating: 0, count: count)
    etaPower[0] = 1
    var highest = 0
    var sum = 0.0
    var afac = 1.0
    var previous = Double.infinity
    for row in temmeCoefficients {
      var ck = row[0]
      for n in 1..<count {
        if n > highest {
          etaPower[n] = eta * etaPower[n - 1]
          highest += 1
        }
        let ckterm = row[n] * etaPower[n]
        ck += ckterm
        if Swift.abs(ckterm) < machineEpsilon * Swift.abs(ck) { break }
      }
      let term = ck * afac
      let absterm = Swift.abs(term)
      if absterm > previous { break }
      sum += term
      if absterm < machineEpsilon * Swift.abs(sum) { break }
      previous = absterm
      afac /= a
    }
    res += sign * Foundation.exp(-0.5 * a * eta * eta) * sum / (2 * Double.pi * a).squareRoot()
    return res
  }

  // MARK: - What igam needs of Cephes' `lanczos.h` and `unity.h`

  static let lanczosG = Lanczos.g
  /// Cephes' `ratevl` tables run from the highest power down.
  static let lanczosExpGScaledNumerator = Array(Lanczos.scaledNumerator.reversed())
  static let lanczosDenominator = Array(Lanczos.denominator.reversed())

  /// The Lanczos sum scaled by e^g (Cephes `lanczos_sum_expg_scaled`): a ratio of polynomials evaluated in x,
  /// or in 1/x from the other end when |x| > 1 (Cephes `ratevl`).
  static func lanczosSumExpGScaled(_ x: Double) -> Double {
    let (num, den) = (lanczosExpGScaledNumerator, lanczosDenominator)
    let inverted = Swift.abs(x) > 1
    let y = inverted ? 1 / x : x
    var n = inverted ? num[num.count - 1] : num[0]
    var d = inverted ? den[den.count - 1] : den[0]
    for i in 1..<num.count { n = n * y + num[inverted ? num.count - 1 - i : i] }
    for i in 1..<den.count { d = d * y + den[inverted ? den.count - 1 - i : i] }
    return n / d
  }

  static let log1pP: [Double] = [
    4.5270000862445199635215E-5, 4.9854102823193375972212E-1, 6.5787325942061044846969E0,
    2.9911919328553073277375E1, 6.0949667980987787057556E1, 5.7112963590585538103336E1,
    2.0039553499201281259648E1,
  ]
  static let log1pQ: [Double] = [
    1.5062909083469192043167E1, 8.3047565967967209469434E1, 2.2176239823732856465394E2,
    3.0909872225312059774938E2, 2.1642788614495947685003E2, 6.0118660497603843919306E1,
  ]

  /// log(1 + x) (Cephes `log1p`: a rational correction between 1/√2 and √2).
  static func log1p(_ x: Double) -> Double {
    var z = 1 + x
    if z < 0.5.squareRoot() || z > 2.0.squareRoot() { return Foundation.log(z) }
    z = x * x
    z = -0.5 * z + x * (z * polevl(x, log1pP) / p1evl(x, log1pQ))
    return x + z
  }

  /// log(1 + x) − x (Cephes `log1pmx`).
  static func log1pmx(_ x: Double) -> Double {
    if Swift.abs(x) >= 0.5 { return log1p(x) - x }
    var xfac = x
    var res = 0.0
    var n = 2.0
    while n < 500 {
      xfac *= -x
      let term = xfac / n
      res += term
      if Swift.abs(term) < machineEpsilon * Swift.abs(res) { break }
      n += 1
    }
    return res
  }

  static let expm1P: [Double] = [1.2617719307481059087798E-4, 3.0299440770744196129956E-2, 9.9999999999999999991025E-1]
  static let expm1Q: [Double] = [
    3.0019850513866445504159E-6, 2.5244834034968410419224E-3, 2.2726554820815502876593E-1,
    2.0000000000000000000897E0,
  ]

  /// eˣ − 1 (Cephes `expm1`: a Padé form on [−½, ½]).
  static func expm1(_ x: Double) -> Double {
    if !x.isFinite { return x.isNaN ? x : (x > 0 ? x : -1) }
    if x < -0.5 || x > 0.5 { return Foundation.exp(x) - 1 }
    let xx = x * x
    var r = x * polevl(xx, expm1P)
    r = r / (polevl(xx, expm1Q) - r)
    return r + r
  }

  /// log Γ(1 + x) (Cephes `lgam1p`): the Taylor series in ζ near 0 and 1.
  static func logGamma1p(_ x: Double) -> Double {
    if Swift.abs(x) <= 0.5 { return logGamma1pTaylor(x) }
    if Swift.abs(x - 1) < 0.5 { return Foundation.log(x) + logGamma1pTaylor(x - 1) }
    return logGamma(x + 1).value
  }

  static func logGamma1pTaylor(_ x: Double) -> Double {
    if x == 0 { return 0 }
    var res = -0.57721566490153286061 * x
    var xfac = -x
    for n in 2..<42 {
      xfac *= -x
      let coeff = hurwitzZeta(Double(n), 1) * xfac / Double(n)
      res += coeff
      if Swift.abs(coeff) < machineEpsilon * Swift.abs(res) { break }
    }
    return res
  }
}
