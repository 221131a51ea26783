import Foundation

extension Special {
  /// √½, as Cephes multiplies by it (so results round as SciPy's do).
  static let sqrtHalf = 0.707_106_781_186_547_524_40

  /// Φ(x), the standard normal cdf, as Cephes `ndtr`: ½ + ½ erf(x/√2) near 0, ½ erfc(|x|/√2) in the tails
  /// (so a lower tail keeps full relative precision; it underflows to 0 below x ≈ −37.5).
  public static func ndtr(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    let z = x * sqrtHalf
    if Swift.abs(z) < sqrtHalf { return 0.5 + 0.5 * Foundation.erf(z) }
    let y = 0.5 * Foundation.erfc(Swift.abs(z))
    return z > 0 ? 1 - y : y
  }

  /// φ(x) = e^(−x²/2) / √(2π), as SciPy's `_norm_pdf`.
  public static func normalPDF(_ x: Double) -> Double {
    Foundation.exp(-x * x / 2) / (2 * Double.pi).squareRoot()
  }

  /// Φ⁻¹(p), the standard normal quantile: Abramowitz & Stegun 26.2.23 as a start (error < 4.5e-4),
  /// then Halley steps on Φ(x) − p with Φ computed in the tail it lies in, to full double precision.
  ///
  /// As SciPy, p above ½ is reflected through 1 − p (use `isf` for upper tails).
  public static func ndtri(_ p: Double) -> Double {
    if p.isNaN || p < 0 || p > 1 { return .nan }
    if p == 0 { return -.infinity }
    if p == 1 { return .infinity }
    if p == 0.5 { return 0 }
    let lower = p <= 0.5
    let q = lower ? p : 1 - p
    let t = (-2 * Foundation.log(q)).squareRoot()
    var x =
      -(t - (2.515_517 + 0.802_853 * t + 0.010_328 * t * t)
        / (1 + 1.432_788 * t + 0.189_269 * t * t + 0.001_308 * t * t * t))
    for _ in 0..<4 {
      let density = normalPDF(x)
      guard density > 0 else { break }
      let u = (ndtr(x) - q) / density
      let step = u / (1 + 0.5 * x * u)
      x -= step
      if Swift.abs(step) <= 1e-16 * Swift.abs(x) { break }
    }
    return lower ? x : -x
  }
}
