import Foundation

extension Special {
  /// √½, as Cephes multiplies by it (so results round as SciPy's do).
  static let sqrtHalf = 0.707_106_781_186_547_524_40

  /// Φ(x), the standard normal cdf, as Cephes `ndtr` (SciPy's): ½ + ½ erf(x/√2) for |x/√2| < 1, ½ erfc(|x|/√2)
  /// in the tails (so a lower tail keeps full relative precision; it underflows to 0 below x ≈ −37.5).
  public static func ndtr(_ a: Double) -> Double {
    if a.isNaN { return .nan }
    let x = a * sqrtHalf
    let z = Swift.abs(x)
    if z < 1 { return 0.5 + 0.5 * Cephes.erf(x) }
    let y = 0.5 * Cephes.erfc(z)
    return x > 0 ? 1 - y : y
  }

  /// φ(x) = e^(−x²/2) / √(2π), as SciPy's `_norm_pdf`.
  public static func normalPDF(_ x: Double) -> Double {
    Foundation.exp(-x * x / 2) / (2 * Double.pi).squareRoot()
  }

  /// Φ⁻¹(p), the standard normal quantile, as Cephes `ndtri` (SciPy's): a rational function of p − ½ in the
  /// middle, of 1/√(−2 log p) in the tails; p above 1 − e⁻² is reflected through 1 − p.
  public static func ndtri(_ p: Double) -> Double {
    if p == 0 { return -.infinity }
    if p == 1 { return .infinity }
    if p.isNaN || p < 0 || p > 1 { return .nan }
    let expMinus2 = 0.135_335_283_236_612_691_89
    var y = p
    var lower = true
    if y > 1 - expMinus2 {
      y = 1 - y
      lower = false
    }
    if y > expMinus2 {
      y -= 0.5
      let y2 = y * y
      let x = y + y * (y2 * Cephes.polevl(y2, Cephes.ndtriP0) / Cephes.p1evl(y2, Cephes.ndtriQ0))
      return x * Cephes.sqrt2Pi
    }
    let x = (-2 * Foundation.log(y)).squareRoot()
    let x0 = x - Foundation.log(x) / x
    let z = 1 / x
    let x1 =
      x < 8
      ? z * Cephes.polevl(z, Cephes.ndtriP1) / Cephes.p1evl(z, Cephes.ndtriQ1)
      : z * Cephes.polevl(z, Cephes.ndtriP2) / Cephes.p1evl(z, Cephes.ndtriQ2)
    return lower ? -(x0 - x1) : x0 - x1
  }
}

extension Special {
  /// erf(x) as Cephes (SciPy's `scipy.special.erf`).
  public static func erf(_ x: Double) -> Double { Cephes.erf(x) }

  /// erfc(x) as Cephes (SciPy's `scipy.special.erfc`).
  public static func erfc(_ x: Double) -> Double { x.isNaN ? .nan : Cephes.erfc(x) }

  /// SciPy's `erfinv`: Boost's `erf_inv`.
  public static func erfInverse(_ y: Double) -> Double { Boost.erfInverse(y) }

  /// `binom(n, k)` by SciPy's multiplication formula, which it uses for integer k below 20 after reflecting k
  /// through n/2; nil where SciPy takes its beta-function path (not reproduced here).
  public static func binomialCoefficient(_ n: Double, _ k: Double) -> Double? {
    if n < 0 && n == n.rounded(.down) { return .nan }
    var kx = k.rounded(.down)
    guard k == kx && (Swift.abs(n) > 1e-8 || n == 0) else { return nil }
    let nx = n.rounded(.down)
    if nx == n && kx > nx / 2 && nx > 0 { kx = nx - kx }
    guard kx >= 0 && kx < 20 else { return nil }
    var num = 1.0
    var den = 1.0
    var i = 1.0
    while i < 1 + kx {
      num *= i + n - kx
      den *= i
      if Swift.abs(num) > 1e50 {
        num /= den
        den = 1
      }
      i += 1
    }
    return num / den
  }
}
