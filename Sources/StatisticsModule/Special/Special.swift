import Foundation

/// Special functions built from the math (DLMF 5, 8), accurate to about 1e-14 relative so that the
/// distributions agree with SciPy's Cephes and Boost routines.
public enum Special {
  /// log Γ(x) for x > 0.
  @inline(__always)
  public static func logGamma(_ x: Double) -> Double { Foundation.lgamma(x) }

  /// Stirling's error δ(z) = log Γ(z) − [(z − ½) log z − z + ½ log 2π], for z > 0.
  ///
  /// Small for large z, where it comes from the asymptotic series (DLMF 5.11.1) instead of a
  /// difference of large numbers, so that ratios of gamma functions keep full relative precision.
  public static func stirlingError(_ z: Double) -> Double {
    if z < 10 { return logGamma(z) - ((z - 0.5) * Foundation.log(z) - z + halfLog2Pi) }
    // Σ B₂ₖ / (2k(2k−1)) z^{1−2k}, k = 1…8, by Horner's rule in 1/z².
    let w = 1 / (z * z)
    var sum = -3617.0 / 122_400
    sum = sum * w + 1.0 / 156
    sum = sum * w - 691.0 / 360_360
    sum = sum * w + 1.0 / 1188
    sum = sum * w - 1.0 / 1680
    sum = sum * w + 1.0 / 1260
    sum = sum * w - 1.0 / 360
    sum = sum * w + 1.0 / 12
    return sum / z
  }

  static let halfLog2Pi = 0.918_938_533_204_672_741_78

  /// log(1 + t) − t, accurate for small t (where both terms nearly cancel).
  public static func log1pmx(_ t: Double) -> Double {
    if Swift.abs(t) > 0.5 { return Foundation.log1p(t) - t }
    // −t²/2 + t³/3 − t⁴/4 + …
    var term = t
    var sum = 0.0
    var k = 2.0
    while true {
      term *= -t
      let next = term / k
      sum += next
      if Swift.abs(next) <= Swift.abs(sum) * 1e-17 { break }
      k += 1
    }
    return sum
  }

  /// x^a e^(−x) / Γ(a): the prefix of the regularised incomplete gamma functions.
  ///
  /// For large a it is written around x = a, √(a/2π) · exp(a·log1pmx((x − a)/a) − δ(a)), which keeps
  /// relative precision where a·log x and x nearly cancel.
  static func gammaPrefix(_ a: Double, _ x: Double) -> Double {
    if a < 10 { return Foundation.exp(a * Foundation.log(x) - x - logGamma(a)) }
    let t = (x - a) / a
    // Far from a, (x − a)/a has lost x's low bits (x ≪ a) and nothing cancels anyway.
    let exponent = Swift.abs(t) < 0.5 ? a * log1pmx(t) : a * Foundation.log(x / a) + a - x
    return (a / (2 * Double.pi)).squareRoot() * Foundation.exp(exponent - stirlingError(a))
  }

  /// I_x(a, b), as SciPy's `betainc` (its limits in a and b, then Boost's `ibeta`).
  public static func regularizedBeta(_ a: Double, _ b: Double, _ x: Double) -> Double {
    if a.isNaN || b.isNaN || x.isNaN || a < 0 || b < 0 || x < 0 || x > 1 { return .nan }
    if (a == 0 && b == 0) || (a.isInfinite && b.isInfinite) { return .nan }
    if a == 0 || b.isInfinite { return x > 0 ? 1 : 0 }
    if b == 0 || a.isInfinite { return x < 1 ? 0 : 1 }
    return Boost.ibeta(a, b, x, complement: false)
  }

  /// The F distribution's cdf or sf, as SciPy's `fdtr`/`fdtrc` (Boost's `fisher_f`).
  public static func fisherTail(_ dfn: Double, _ dfd: Double, _ x: Double, complement: Bool) -> Double {
    if x.isNaN || dfn.isNaN || dfd.isNaN || dfn <= 0 || dfd <= 0 || x < 0 { return .nan }
    if x.isInfinite { return complement ? 0 : 1 }
    let y = FisherF(dfn: dfn, dfd: dfd).tail(x, complement: complement)
    return y < 0 || y > 1 ? .nan : y
  }

  /// The regularised lower incomplete gamma function P(a, x), as SciPy's `gammainc` (Cephes `igam`).
  public static func gammaP(_ a: Double, _ x: Double) -> Double { Cephes.igam(a, x) }

  /// The x with P(a, x) = p, as SciPy's `gammaincinv` (Cephes `igami`).
  public static func gammaPInverse(_ a: Double, _ p: Double) -> Double { Cephes.igami(a, p) }

  /// The x with Q(a, x) = q, as SciPy's `gammainccinv` (Cephes `igamci`).
  public static func gammaQInverse(_ a: Double, _ q: Double) -> Double { Cephes.igamci(a, q) }

  /// The regularised upper incomplete gamma function Q(a, x), as SciPy's `gammaincc` (Cephes `igamc`).
  public static func gammaQ(_ a: Double, _ x: Double) -> Double { Cephes.igamc(a, x) }
}

extension Special {
  /// n! rounded once to the nearest double, as Python's `float(math.factorial(n))` (repeated double products
  /// round at every step past 22!): the exact product in 32-bit limbs, written in decimal, read by `strtod`.
  public static func factorial(_ n: Int) -> Double {
    if n > 170 { return .infinity }
    var limbs: [UInt32] = [1]
    for k in stride(from: 2, through: Swift.max(n, 1), by: 1) {
      var carry: UInt64 = 0
      for i in limbs.indices {
        let v = UInt64(limbs[i]) * UInt64(k) + carry
        limbs[i] = UInt32(truncatingIfNeeded: v)
        carry = v >> 32
      }
      if carry > 0 { limbs.append(UInt32(carry)) }
    }
    var chunks: [UInt32] = []
    while !(limbs.count == 1 && limbs[0] == 0) {
      var remainder: UInt64 = 0
      for i in limbs.indices.reversed() {
        let v = (remainder << 32) | UInt64(limbs[i])
        limbs[i] = UInt32(v / 1_000_000_000)
        remainder = v % 1_000_000_000
      }
      chunks.append(UInt32(remainder))
      while limbs.count > 1 && limbs.last == 0 { limbs.removeLast() }
    }
    var text = String(chunks.last ?? 0)
    for chunk in chunks.dropLast().reversed() {
      let digits = String(chunk)
      text += String(repeating: "0", count: 9 - digits.count) + digits
    }
    return Double(text) ?? .infinity
  }
}

/// SciPy's Gamma-function family (`gamma`, `gammaln`, `gammasgn`, `rgamma`, `beta`, `betaln`, `psi`), each as
/// SciPy's Cephes routines compute it.
extension Special {
  public static func gamma(_ x: Double) -> Double { Cephes.gamma(x) }
  /// log|Γ(x)| (SciPy's `gammaln`, Cephes `lgam`).
  public static func logAbsGamma(_ x: Double) -> Double { Cephes.logGamma(x).value }
  public static func gammaSign(_ x: Double) -> Double { Cephes.gammaSign(x) }
  public static func reciprocalGamma(_ x: Double) -> Double { Cephes.reciprocalGamma(x) }
  public static func beta(_ a: Double, _ b: Double) -> Double { Cephes.beta(a, b, log: false) }
  /// log|B(a, b)| (SciPy's `betaln`).
  public static func logAbsBeta(_ a: Double, _ b: Double) -> Double { Cephes.beta(a, b, log: true) }
  public static func digamma(_ x: Double) -> Double { Cephes.digamma(x) }
}

/// The logistic function and its inverse as SciPy's `expit` and `logit` compute them.
extension Special {
  public static func expit(_ x: Double) -> Double { 1 / (1 + Foundation.exp(-x)) }

  /// log(x / (1 − x)), by log1p near ½ where the ratio loses digits.
  public static func logit(_ x: Double) -> Double {
    if x < 0.3 || x > 0.65 { return Foundation.log(x / (1 - x)) }
    let s = 2 * (x - 0.5)
    return Foundation.log1p(s) - Foundation.log1p(-s)
  }
}
