import Foundation

/// The inverses of P(a, x) and Q(a, x) as SciPy computes them (`gammaincinv`, `gammainccinv`, and so
/// `chi2.ppf`/`isf` and `gamma.ppf`/`isf`): DiDonato and Morris's first guess, then three Halley steps on
/// Cephes `igam`/`igamc` (Cephes `igami`/`igamci` with SciPy's changes).
extension Cephes {
  /// x with P(a, x) = p.
  static func igami(_ a: Double, _ p: Double) -> Double {
    if a.isNaN || p.isNaN { return .nan }
    if a < 0 || p < 0 || p > 1 { return .nan }
    if p == 0 { return 0 }
    if p == 1 { return .infinity }
    if p > 0.9 { return igamci(a, 1 - p) }
    var x = findInverseGamma(a, p, 1 - p)
    for _ in 0..<3 {
      let fac = igamFactor(a, x)
      if fac == 0 { return x }
      let fFp = (igam(a, x) - p) * x / fac
      x = halleyStep(x, fFp, a)
    }
    return x
  }

  /// x with Q(a, x) = q.
  static func igamci(_ a: Double, _ q: Double) -> Double {
    if a.isNaN || q.isNaN { return .nan }
    if a < 0 || q < 0 || q > 1 { return .nan }
    if q == 0 { return .infinity }
    if q == 1 { return 0 }
    if q > 0.9 { return igami(a, 1 - q) }
    var x = findInverseGamma(a, 1 - q, q)
    for _ in 0..<3 {
      let fac = igamFactor(a, x)
      if fac == 0 { return x }
      let fFp = (igamc(a, x) - q) * x / (-fac)
      x = halleyStep(x, fFp, a)
    }
    return x
  }

  static func halleyStep(_ x: Double, _ fFp: Double, _ a: Double) -> Double {
    let fppFp = -1.0 + (a - 1) / x
    return fppFp.isInfinite ? x - fFp : x - fFp / (1.0 - 0.5 * fFp * fppFp)
  }

  /// DiDonato and Morris's s (their equation 32) for the first guess.
  static func findInverseS(_ p: Double, _ q: Double) -> Double {
    let a = [0.213623493715853, 4.28342155967104, 11.6616720288968, 3.31125922108741]
    let b = [0.3611708101884203e-1, 1.27364489782223, 6.40691597760039, 6.61053765625462, 1]
    let t = (-2 * Foundation.log(p < 0.5 ? p : q)).squareRoot()
    let s = t - polevl(t, a) / polevl(t, b)
    return p < 0.5 ? -s : s
  }

  /// DiDonato and Morris's S_N (their equation 34), summed to `n` terms or below `tolerance`.
  static func didonatoSN(_ a: Double, _ x: Double, _ n: Int, _ tolerance: Double) -> Double {
    var sum = 1.0
    if n >= 1 {
      var partial = x / (a + 1)
      sum += partial
      var i = 2
      while i <= n {
        partial *= x / (a + Double(i))
        sum += partial
        if partial < tolerance { break }
        i += 1
      }
    }
    return sum
  }

  /// The asymptotic inversion for small Q (DiDonato and Morris's equation 25), from y = −log of the scaled tail.
  static func largeYInverse(_ a: Double, _ y: Double) -> Double {
    let c1 = (a - 1) * Foundation.log(y)
    let c1_2 = c1 * c1
    let c1_3 = c1_2 * c1
    let c1_4 = c1_2 * c1_2
    let a_2 = a * a
    let a_3 = a_2 * a
    let c2 = (a - 1) * (1 + c1)
    let c3 = (a - 1) * (-(c1_2 / 2) + (a - 2) * c1 + (3 * a - 5) / 2)
    let c4 = (a - 1) * ((c1_3 / 3) - (3 * a - 5) * c1_2 / 2 + (a_2 - 6 * a + 7) * c1 + (11 * a_2 - 46 * a + 47) / 6)
    // Summed left to right, as the C expression is.
    var c5 = -(c1_4 / 4)
    c5 += (11 * a - 17) * c1_3 / 6
    c5 += (-3 * a_2 + 13 * a - 13) * c1_2
    c5 += (2 * a_3 - 25 * a_2 + 72 * a - 61) * c1 / 2
    c5 += (25 * a_3 - 195 * a_2 + 477 * a - 379) / 12
    c5 *= a - 1
    let y_2 = y * y
    let y_3 = y_2 * y
    let y_4 = y_2 * y_2
    return y + c1 + (c2 / y) + (c3 / y_2) + (c4 / y_3) + (c5 / y_4)
  }

  /// DiDonato and Morris's first guess for the inverse (Cephes `find_inverse_gamma`).
  static func findInverseGamma(_ a: Double, _ p: Double, _ q: Double) -> Double {
    let euler = 0.57721566490153286061
    if a == 1 { return q > 0.9 ? -Foundation.log1p(-p) : -Foundation.log(q) }
    if a < 1 {
      let g = gamma(a)
      let b = q * g
      if b > 0.6 || (b >= 0.45 && a >= 0.3) {
        let u =
          b * q > 1e-8 && q > 1e-5 ? Foundation.pow(p * g * a, 1 / a) : Foundation.exp((-q / a) - euler)
        return u / (1 - (u / (a + 1)))
      }
      if a < 0.3 && b >= 0.35 {
        let t = Foundation.exp(-euler - b)
        let u = t * Foundation.exp(t)
        return t * Foundation.exp(u)
      }
      if b > 0.15 || a >= 0.3 {
        let y = -Foundation.log(b)
        let u = y - (1 - a) * Foundation.log(y)
        return y - (1 - a) * Foundation.log(u) - Foundation.log(1 + (1 - a) / (1 + u))
      }
      if b > 0.1 {
        let y = -Foundation.log(b)
        let u = y - (1 - a) * Foundation.log(y)
        return y - (1 - a) * Foundation.log(u)
          - Foundation.log((u * u + 2 * (3 - a) * u + (2 - a) * (3 - a)) / (u * u + (5 - a) * u + 2))
      }
      return largeYInverse(a, -Foundation.log(b))
    }
    var s = findInverseS(p, q)
    let s_2 = s * s
    let s_3 = s_2 * s
    let s_4 = s_2 * s_2
    let s_5 = s_4 * s
    let ra = a.squareRoot()
    var w = a + s * ra + (s_2 - 1) / 3
    w += (s_3 - 7 * s) / (36 * ra)
    w -= (3 * s_4 + 7 * s_2 - 16) / (810 * a)
    w += (9 * s_5 + 256 * s_3 - 433 * s) / (38880 * a * ra)
    if a >= 500 && Swift.abs(1 - w / a) < 1e-6 { return w }
    if p > 0.5 {
      if w < 3 * a { return w }
      let d = Swift.max(2, a * (a - 1))
      let lg = logGamma(a).value
      let lb = Foundation.log(q) + lg
      if lb < -d * 2.3 { return largeYInverse(a, -lb) }
      let u = -lb + (a - 1) * Foundation.log(w) - Foundation.log(1 + (1 - a) / (1 + w))
      return -lb + (a - 1) * Foundation.log(u) - Foundation.log(1 + (1 - a) / (1 + u))
    }
    var z = w
    let ap1 = a + 1
    let ap2 = a + 2
    if w < 0.15 * ap1 {
      let v = Foundation.log(p) + logGamma(ap1).value
      z = Foundation.exp((v + w) / a)
      s = Foundation.log1p(z / ap1 * (1 + z / ap2))
      z = Foundation.exp((v + z - s) / a)
      s = Foundation.log1p(z / ap1 * (1 + z / ap2))
      z = Foundation.exp((v + z - s) / a)
      s = Foundation.log1p(z / ap1 * (1 + z / ap2 * (1 + z / (a + 3))))
      z = Foundation.exp((v + z - s) / a)
    }
    if z <= 0.01 * ap1 || z > 0.7 * ap1 { return z }
    let ls = Foundation.log(didonatoSN(a, z, 100, 1e-4))
    let v = Foundation.log(p) + logGamma(ap1).value
    z = Foundation.exp((v + z - ls) / a)
    return z * (1 - (a * Foundation.log(z) - z - v + ls) / (a - z))
  }
}
