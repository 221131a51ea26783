import Foundation

/// Boost.Math's regularised incomplete beta function I_x(a, b) and its complement, step for step as SciPy
/// builds it (`betainc`, `stdtr`, `fdtr`, and the `beta`, `binom`, `nbinom`, `t` and `f` distributions): the
/// power terms with the Lanczos approximation, the series, the continued fraction, the a-step sidestep,
/// DiDonato and Morris's BGRAT for small b and large a, the binomial finite sum, and the erf form for huge a
/// and b, chosen as `ibeta_imp` chooses them.
extension Boost {
  /// I_x(a, b) (`complement` false) or 1 − I_x(a, b) (true); NaN outside the domain.
  static func ibeta(_ a0: Double, _ b0: Double, _ x0: Double, complement: Bool) -> Double {
    var (a, b, x) = (a0, b0, x0)
    var invert = complement
    var y = 1 - x
    if !a.isFinite || !b.isFinite || !(0 <= x && x <= 1) || a < 0 || b < 0 { return .nan }
    if a == 0 {
      if b == 0 { return .nan }
      return invert ? 0 : 1
    }
    if b == 0 { return invert ? 1 : 0 }
    if x == 0 { return invert ? 1 : 0 }
    if x == 1 { return invert ? 0 : 1 }
    if a == 0.5 && b == 0.5 {
      let halfPi = Double.pi / 2
      return invert ? Foundation.asin(y.squareRoot()) / halfPi : Foundation.asin(x.squareRoot()) / halfPi
    }
    func swap() {
      (a, b) = (b, a)
      (x, y) = (y, x)
      invert.toggle()
    }
    if a == 1 { swap() }
    if b == 1 {
      if a == 1 { return invert ? y : x }
      if y < 0.5 {
        return invert
          ? -Foundation.expm1(a * Foundation.log1p(-y)) : Foundation.exp(a * Foundation.log1p(-y))
      }
      return invert ? -powm1(x, a) : Foundation.pow(x, a)
    }
    var fract: Double
    /// The series, or its complement folded into the series' starting value.
    func series() -> Double {
      if !invert { return ibetaSeries(a, b, x, 0, y) }
      invert = false
      return -ibetaSeries(a, b, x, -1, y)
    }
    /// The a-step sidestep by 20, then BGRAT.
    func sidestep() -> Double {
      var f = ibetaAStep(a, b, x, y, 20)
      if !invert { return smallBLargeASeries(a + 20, b, x, y, f, 1) }
      f -= 1
      invert = false
      return -smallBLargeASeries(a + 20, b, x, y, f, 1)
    }
    if Swift.min(a, b) <= 1 {
      if x > 0.5 { swap() }
      if Swift.max(a, b) <= 1 {
        if a >= Swift.min(0.2, b) || Foundation.pow(x, a) <= 0.9 {
          fract = series()
        } else {
          swap()
          fract = y >= 0.3 ? series() : sidestep()
        }
      } else if b <= 1 || (x < 0.1 && Foundation.pow(b * x, a) <= 0.7) {
        fract = series()
      } else {
        swap()
        if y >= 0.3 {
          fract = series()
        } else if a >= 15 {
          if !invert {
            fract = smallBLargeASeries(a, b, x, y, 0, 1)
          } else {
            invert = false
            fract = -smallBLargeASeries(a, b, x, y, -1, 1)
          }
        } else {
          fract = sidestep()
        }
      }
    } else {
      let lambda = a < b ? a - (a + b) * x : (a + b) * y - b
      if lambda < 0 { swap() }
      if b < 40 {
        if a.rounded(.down) == a && b.rounded(.down) == b && a < Double(Int32.max) - 100 && y != 1 {
          let k = a - 1
          fract = binomialComplementCDF(b + k, k, x, y)
        } else if b * x <= 0.7 {
          fract = series()
        } else if a > 15 {
          var n = Int(b.rounded(.down))
          if Double(n) == b { n -= 1 }
          let bbar = b - Double(n)
          fract = ibetaAStep(bbar, a, y, x, n)
          fract = smallBLargeASeries(a, bbar, x, y, fract, 1)
        } else {
          var n = Int(b.rounded(.down))
          var bbar = b - Double(n)
          if bbar <= 0 {
            n -= 1
            bbar += 1
          }
          fract = ibetaAStep(bbar, a, y, x, n)
          fract += ibetaAStep(a, bbar, x, y, 20)
          if invert { fract -= 1 }
          fract = smallBLargeASeries(a + 20, bbar, x, y, fract, 1)
          if invert {
            fract = -fract
            invert = false
          }
        }
      } else {
        var useAsymptotic = false
        let ma = Swift.max(a, b)
        let xa = ma == a ? x : y
        let saddle = ma / (a + b)
        var powers = 0.0
        if ma > Double(Float(1e-5)) / epsilon && ma / Swift.min(a, b) < (xa < saddle ? 2 : 15) {
          if a == b {
            useAsymptotic = true
          } else {
            powers = Foundation.exp(
              Foundation.log(x / (a / (a + b))) * a + Foundation.log(y / (b / (a + b))) * b)
            if powers < epsilon { useAsymptotic = true }
          }
        }
        if useAsymptotic {
          fract = ibetaLargeAB(a, b, x, y, invert: invert)
          if fract * epsilon < powers {
            fract = ibetaFraction2(a, b, x, y)
          } else {
            invert = false
          }
        } else {
          fract = ibetaFraction2(a, b, x, y)
        }
      }
    }
    return invert ? 1 - fract : fract
  }

  /// xᵃ yᵇ / B(a, b), with the Lanczos approximation and Boost's care where a base is near 1 (`ibeta_power_terms`,
  /// normalised); `prefix` multiplies it on the way.
  static func ibetaPowerTerms(_ a: Double, _ b: Double, _ x: Double, _ y: Double, prefix: Double = 1) -> Double {
    let c = a + b
    let gh = lanczosG - 0.5
    let (agh, bgh, cgh) = (a + gh, b + gh, c + gh)
    var result: Double
    if a < Double.leastNormalMagnitude || b < Double.leastNormalMagnitude {
      result = 0
    } else {
      result = lanczosSumExpGScaled(c) / (lanczosSumExpGScaled(a) * lanczosSumExpGScaled(b))
    }
    result *= prefix
    result *= (bgh / 2.718281828459045).squareRoot()
    result *= (agh / cgh).squareRoot()
    var l1 = ((x * b - y * a) - y * gh) / agh
    var l2 = ((y * a - x * b) - x * gh) / bgh
    if Swift.min(Swift.abs(l1), Swift.abs(l2)) < 0.2 {
      if l1 * l2 > 0 || Swift.min(a, b) < 1 {
        if Swift.abs(l1) < 0.1 {
          result *= Foundation.exp(a * Foundation.log1p(l1))
        } else {
          result *= Foundation.pow((x * cgh) / agh, a)
        }
        if Swift.abs(l2) < 0.1 {
          result *= Foundation.exp(b * Foundation.log1p(l2))
        } else {
          result *= Foundation.pow((y * cgh) / bgh, b)
        }
      } else if Swift.max(Swift.abs(l1), Swift.abs(l2)) < 0.5 {
        let smallA = a < b
        let ratio = b / a
        if (smallA && ratio * l2 < 0.1) || (!smallA && l1 / ratio > 0.1) {
          var l3 = Foundation.expm1(ratio * Foundation.log1p(l2))
          l3 = l1 + l3 + l3 * l1
          l3 = a * Foundation.log1p(l3)
          result *= Foundation.exp(l3)
        } else {
          var l3 = Foundation.expm1(Foundation.log1p(l1) / ratio)
          l3 = l2 + l3 + l3 * l2
          l3 = b * Foundation.log1p(l3)
          result *= Foundation.exp(l3)
        }
      } else {
        // One base near 1: its power by log1p, the other's by log, joined in logs when either would overflow.
        let l =
          Swift.abs(l1) < Swift.abs(l2)
          ? a * Foundation.log1p(l1) + b * Foundation.log((y * cgh) / bgh)
          : b * Foundation.log1p(l2) + a * Foundation.log((x * cgh) / agh)
        if l <= logMin || l >= logMax {
          let total = l + Foundation.log(result)
          if total >= logMax { return .infinity }
          result = Foundation.exp(total)
        } else {
          result *= Foundation.exp(l)
        }
      }
    } else {
      let b1 = (x * cgh) / agh
      let b2 = (y * cgh) / bgh
      l1 = a * Foundation.log(b1)
      l2 = b * Foundation.log(b2)
      if l1 >= logMax || l1 <= logMin || l2 >= logMax || l2 <= logMin {
        if a < b {
          let p1 = Foundation.pow(b2, b / a)
          let l3 =
            b1 != 0 && p1 != 0 ? a * (Foundation.log(b1) + Foundation.log(p1)) : Double.greatestFiniteMagnitude
          if l3 < logMax && l3 > logMin {
            result *= Foundation.pow(p1 * b1, a)
          } else {
            l2 += l1 + Foundation.log(result)
            if l2 >= logMax { return .infinity }
            result = Foundation.exp(l2)
          }
        } else {
          let p1 =
            b1 < 1 && b < 1 && Double.greatestFiniteMagnitude * b < a ? 0 : Foundation.pow(b1, a / b)
          let l3 =
            p1 != 0 && b2 != 0 ? (Foundation.log(p1) + Foundation.log(b2)) * b : Double.greatestFiniteMagnitude
          if l3 < logMax && l3 > logMin {
            result *= Foundation.pow(p1 * b2, b)
          } else if result != 0 {
            l2 += l1 + Foundation.log(result)
            if l2 >= logMax { return .infinity }
            result = Foundation.exp(l2)
          }
        }
      } else {
        result *= Foundation.pow(b1, a) * Foundation.pow(b2, b)
      }
    }
    return result
  }

  /// The incomplete beta's power series from `s0` (Boost's `ibeta_series`, normalised, with Lanczos).
  static func ibetaSeries(_ a: Double, _ b: Double, _ x: Double, _ s0: Double, _ y: Double) -> Double {
    let c = a + b
    let agh = a + lanczosG - 0.5
    let bgh = b + lanczosG - 0.5
    let cgh = c + lanczosG - 0.5
    var result: Double
    if a < Double.leastNormalMagnitude || b < Double.leastNormalMagnitude {
      result = 0
    } else {
      let l1 = lanczosSumExpGScaled(c)
      let l2 = lanczosSumExpGScaled(a)
      let l3 = lanczosSumExpGScaled(b)
      if l2 > 1 && l3 > 1 && Double.greatestFiniteMagnitude / l2 < l3 {
        result = (l1 / l2) / l3
      } else {
        result = l1 / (l2 * l3)
      }
    }
    if !result.isFinite { result = 0 }
    let l1 = Foundation.log(cgh / bgh) * (b - 0.5)
    let l2 = Foundation.log(x * cgh / agh) * a
    if l1 > logMin && l1 < logMax && l2 > logMin && l2 < logMax {
      if a * b < bgh * 10 {
        result *= Foundation.exp((b - 0.5) * Foundation.log1p(a / bgh))
      } else {
        result *= Foundation.pow(cgh / bgh, b - 0.5)
      }
      result *= Foundation.pow(x * cgh / agh, a)
      result *= (agh / 2.718281828459045).squareRoot()
    } else if result != 0 {
      result = Foundation.log(result) + l1 + l2 + (Foundation.log(agh) - 1) / 2
      result = Foundation.exp(result)
    }
    if result < Double.leastNormalMagnitude { return s0 }
    var term = result
    var apn = a
    var poch = 1 - b
    var n = 1.0
    return sumSeries(s0) {
      let r = term / apn
      apn += 1
      term *= poch * x / n
      n += 1
      poch += 1
      return r
    }
  }

  /// I_x(a, b) − I_x(a + k, b) (Boost's `ibeta_a_step`, normalised).
  static func ibetaAStep(_ a: Double, _ b: Double, _ x: Double, _ y: Double, _ k: Int) -> Double {
    var prefix = ibetaPowerTerms(a, b, x, y)
    prefix /= a
    if prefix == 0 { return prefix }
    var sum = 1.0
    var term = 1.0
    var i = 0
    while i < k - 1 {
      term *= (a + b + Double(i)) * x / (a + Double(i) + 1)
      sum += term
      i += 1
    }
    return prefix * sum
  }

  /// DiDonato and Morris's BGRAT for large a and small b, added to `s0` (Boost's
  /// `beta_small_b_large_a_series`, normalised).
  static func smallBLargeASeries(
    _ a: Double, _ b: Double, _ x: Double, _ y: Double, _ s0: Double, _ mult: Double
  ) -> Double {
    let bm1 = b - 1
    let t = a + bm1 / 2
    let lx = y < 0.35 ? Foundation.log1p(-y) : Foundation.log(x)
    let u = -t * lx
    let h = regularisedGammaPrefix(b, u)
    if h <= Double.leastNormalMagnitude { return s0 }
    var prefix = h / tgammaDeltaRatio(a, b)
    prefix /= Foundation.pow(t, b)
    prefix *= mult
    var p = [Double](repeating: 0, count: 30)
    p[0] = 1
    var j = gammaQ(b, u) / h
    var sum = s0 + prefix * j
    var tnp1 = 1
    var lx2 = lx / 2
    lx2 *= lx2
    var lxp = 1.0
    let t4 = 4 * t * t
    var b2n = b
    for n in 1..<30 {
      tnp1 += 2
      p[n] = 0
      var tmp1 = 3
      for m in 1..<Swift.max(n, 1) where m < n {
        let mbn = Double(m) * b - Double(n)
        p[n] += mbn * p[n - m] / factorial(tmp1)
        tmp1 += 2
      }
      p[n] /= Double(n)
      p[n] += bm1 / factorial(tnp1)
      j = (b2n * (b2n + 1) * j + (u + b2n + 1) * lxp) / t4
      lxp *= lx2
      b2n += 2
      let r = prefix * p[n] * j
      sum += r
      if Swift.abs(r / epsilon) < Swift.abs(sum) { break }
    }
    return sum
  }

  /// 1 − the binomial cdf, a finite sum for integer a and b (Boost's `binomial_ccdf`).
  static func binomialComplementCDF(_ n: Double, _ k: Double, _ x: Double, _ y: Double) -> Double {
    var result = Foundation.pow(x, n)
    if result > Double.leastNormalMagnitude {
      var term = result
      var i = Int(n - 1)
      while Double(i) > k {
        term *= ((Double(i) + 1) * y) / ((n - Double(i)) * x)
        result += term
        i -= 1
      }
      return result
    }
    var start = Int(n * x)
    if Double(start) <= k + 1 { start = Int(k + 2) }
    result =
      Foundation.pow(x, Double(start)) * Foundation.pow(y, n - Double(start))
      * binomialCoefficient(Int(n), start)
    if result == 0 {
      var i = start - 1
      while Double(i) > k {
        result +=
          Foundation.pow(x, Double(i)) * Foundation.pow(y, n - Double(i)) * binomialCoefficient(Int(n), i)
        i -= 1
      }
      return result
    }
    var term = result
    let startTerm = result
    var i = start - 1
    while Double(i) > k {
      term *= ((Double(i) + 1) * y) / ((n - Double(i)) * x)
      result += term
      i -= 1
    }
    term = startTerm
    i = start + 1
    while Double(i) <= n {
      term *= (n - Double(i) + 1) * x / (Double(i) * y)
      result += term
      i += 1
    }
    return result
  }

  /// The continued fraction of the incomplete beta (Boost's `ibeta_fraction2`, normalised).
  static func ibetaFraction2(_ a: Double, _ b: Double, _ x: Double, _ y: Double) -> Double {
    let result = ibetaPowerTerms(a, b, x, y)
    if result == 0 { return result }
    var m = 0.0
    let fract = continuedFractionB {
      let denom = a + 2 * m - 1
      let aN = (m * (a + m - 1) / denom) * ((a + b + m - 1) / denom) * (b - m) * x * x
      var bN = m
      bN += (m * (b - m) * x) / (a + 2 * m - 1)
      bN += ((a + m) * (a * y - b * x + 1 + m * (2 - x))) / (a + 2 * m + 1)
      m += 1
      return (aN, bN)
    }
    return result / fract
  }

  /// The erf form for huge, nearly symmetric a and b (Boost's `ibeta_large_ab`, DLMF 8.18).
  static func ibetaLargeAB(_ a: Double, _ b: Double, _ x: Double, _ y: Double, invert: Bool) -> Double {
    let x0 = a / (a + b)
    let y0 = b / (a + b)
    var nu = x0 * Foundation.log(x / x0) + y0 * Foundation.log(y / y0)
    if nu > 0 || x == x0 || y == y0 { nu = 0 }
    nu = (-2 * nu).squareRoot()
    if nu != 0 && nu / (x - x0) < 0 { nu = -nu }
    let w = -nu * ((a + b) / 2).squareRoot()
    return invert ? (1 + erf(w, invert: false)) / 2 : erfc(w) / 2
  }
}

extension Boost {
  /// B(a, b) (Boost's `beta_imp` with the Lanczos approximation), for a, b > 0.
  static func beta(_ a0: Double, _ b0: Double) -> Double {
    var (a, b) = (a0, b0)
    let c = a + b
    if c == a && b < epsilon { return 1 / b }
    if c == b && a < epsilon { return 1 / a }
    if b == 1 { return 1 / a }
    if a == 1 { return 1 / b }
    if c < epsilon { return c / a / b }
    if a < b { (a, b) = (b, a) }
    let agh = a + lanczosG - 0.5
    let bgh = b + lanczosG - 0.5
    let cgh = c + lanczosG - 0.5
    var result = lanczosSumExpGScaled(a) * (lanczosSumExpGScaled(b) / lanczosSumExpGScaled(c))
    let ambh = a - 0.5 - b
    if Swift.abs(b * ambh) < cgh * 100 && a > 100 {
      result *= Foundation.exp(ambh * Foundation.log1p(-b / cgh))
    } else {
      result *= Foundation.pow(agh / cgh, a - 0.5 - b)
    }
    if cgh > 1e10 {
      result *= Foundation.pow((agh / cgh) * (bgh / cgh), b)
    } else {
      result *= Foundation.pow((agh * bgh) / (cgh * cgh), b)
    }
    result *= (2.718281828459045 / bgh).squareRoot()
    return result
  }

  /// C(n, k) rounded to an integer (Boost's `binomial_coefficient`).
  static func binomialCoefficient(_ n: Int, _ k: Int) -> Double {
    if k == 0 || k == n { return 1 }
    if k == 1 || k == n - 1 { return Double(n) }
    var result: Double
    if n <= 170 {
      result = factorial(n)
      result /= factorial(n - k)
      result /= factorial(k)
    } else {
      result =
        k < n - k
        ? Double(k) * beta(Double(k), Double(n - k + 1)) : Double(n - k) * beta(Double(k + 1), Double(n - k))
      if result == 0 { return .infinity }
      result = 1 / result
    }
    return Foundation.ceil(result - 0.5)
  }
}

extension Boost {
  /// ∂I_x(a, b)/∂x = x^(a−1) (1 − x)^(b−1) / B(a, b) (Boost's `ibeta_derivative`), for a, b > 0.
  static func ibetaDerivative(_ a: Double, _ b: Double, _ x: Double) -> Double {
    if !a.isFinite || !b.isFinite || !(0 <= x && x <= 1) || a <= 0 || b <= 0 { return .nan }
    if x == 0 { return a > 1 ? 0 : a == 1 ? 1 / beta(a, b) : .infinity }
    if x == 1 { return b > 1 ? 0 : b == 1 ? 1 / beta(a, b) : .infinity }
    let y = (1 - x) * x
    if (1 / y).isInfinite { return a > 1 ? 0 : a == 1 ? 1 / beta(a, b) : .infinity }
    return ibetaPowerTerms(a, b, x, 1 - x, prefix: 1 / y)
  }
}
