import Foundation

/// The null distributions of the Kolmogorov–Smirnov statistics, as SciPy computes them.
///
/// `limit` is Kolmogorov's limit law of √n·Dₙ (SciPy's `kstwobign`), `smirnov` the exact one-sided
/// Dₙ⁺ (`ksone`), and `twoSided` the exact two-sided Dₙ (`kstwo`), which picks among Ruben and
/// Gambino's closed forms, Durbin's matrix, Pomeranz's recursion, Pelz and Good's series and twice
/// the one-sided tail by Simard and L'Ecuyer's rules (SciPy's `_kolmogn`), so p-values agree with SciPy
/// wherever it is exact and carry the same approximation where it is not (n > 140).
public enum Kolmogorov {
  /// P(√n·Dₙ ≤ x) and P(√n·Dₙ > x) as n → ∞ (`kstwobign.cdf`, `kstwobign.sf`).
  ///
  /// Below x = 0.82 the cdf is Jacobi's theta form (√2π/x) Σₖ exp(−(2k−1)²π²/8x²); above it the
  /// survival function is the alternating 2 Σₖ (−1)ᵏ⁻¹ exp(−2k²x²). Each needs four terms.
  public static func limit(_ x: Double) -> (cdf: Double, sf: Double) {
    if x.isNaN { return (.nan, .nan) }
    // Below π/√(8·746) the first theta term underflows.
    if x <= Double.pi / (8.0 * 746).squareRoot() { return (0, 1) }
    if x <= 0.82 {
      let w = (2 * Double.pi).squareRoot() / x
      let logU8 = -Double.pi * Double.pi / (x * x)
      let u = Foundation.exp(logU8 / 8)
      let cdf: Double
      if u == 0 {
        cdf = Foundation.exp(logU8 / 8 + Foundation.log(w))
      } else {
        // u (1 + u⁸ + u²⁴ + u⁴⁸): the exponents (2k−1)² − 1.
        let u8 = Foundation.exp(logU8)
        cdf = w * u * (1 + u8 * (1 + u8 * u8 * (1 + u8 * u8 * u8)))
      }
      return clipped(cdf: cdf, sf: 1 - cdf)
    }
    // 2 (v − v⁴ + v⁹ − v¹⁶) with v = exp(−2x²).
    let v = Foundation.exp(-2 * x * x)
    let v3 = v * v * v
    let sf = 2 * v * (1 - v3 * (1 - v3 * v * v * (1 - v3 * v3 * v)))
    return clipped(cdf: 1 - sf, sf: sf)
  }

  /// P(Dₙ ≤ d) for the two-sided statistic of n values from a continuous distribution (`kstwo.cdf`).
  public static func twoSidedCDF(_ n: Int, _ d: Double) -> Double { twoSided(n, d, upper: false) }

  /// P(Dₙ ≥ d) (`kstwo.sf`), the exact one-sample KS p-value.
  public static func twoSidedSF(_ n: Int, _ d: Double) -> Double { twoSided(n, d, upper: true) }

  static func twoSided(_ n: Int, _ d: Double, upper: Bool) -> Double {
    func pick(cdf: Double, sf: Double) -> Double {
      let p = clipped(cdf: cdf, sf: sf)
      return upper ? p.sf : p.cdf
    }
    if d.isNaN || n <= 0 { return .nan }
    if d >= 1 { return pick(cdf: 1, sf: 0) }
    if d <= 0 { return pick(cdf: 0, sf: 1) }
    let size = Double(n)
    let t = size * d
    if t <= 1 {
      // Ruben and Gambino: for 1/2n < d ≤ 1/n the cdf is n!/nⁿ · (2nd − 1)ⁿ.
      if t <= 0.5 { return pick(cdf: 0, sf: 1) }
      var cdf = 1.0
      if n <= 140 {
        for i in 1...n { cdf *= Double(i) * (1 / size) * (2 * t - 1) }
      } else {
        cdf = Foundation.exp(logFactorialOverPower(n) + size * Foundation.log(2 * t - 1))
      }
      return pick(cdf: cdf, sf: 1 - cdf)
    }
    if t >= size - 1 {
      // Ruben and Gambino: for d ≥ 1 − 1/n the tail is 2(1 − d)ⁿ.
      let sf = 2 * Foundation.pow(1 - d, size)
      return pick(cdf: 1 - sf, sf: sf)
    }
    if d >= 0.5 {
      // D⁺ and D⁻ cannot both reach d > ½, so the two tails add exactly.
      let sf = 2 * smirnov(n, d).sf
      return pick(cdf: 1 - sf, sf: sf)
    }
    let nd2 = t * d
    if n <= 140 {
      if nd2 <= 0.754693 {
        let cdf = durbin(n, d)
        return pick(cdf: cdf, sf: 1 - cdf)
      }
      if nd2 <= 4 {
        let cdf = pomeranz(n, d)
        return pick(cdf: cdf, sf: 1 - cdf)
      }
      let sf = 2 * smirnov(n, d).sf
      return pick(cdf: 1 - sf, sf: sf)
    }
    // Large n: the upper tail from twice the one-sided tail where the overlap is negligible.
    if upper {
      if nd2 >= 370 { return 0 }
      if nd2 >= 2.2 { return Swift.min(Swift.max(2 * smirnov(n, d).sf, 0), 1) }
    }
    let cdf: Double
    if nd2 >= 18 {
      cdf = 1
    } else if n <= 100_000 && size * Foundation.pow(d, 1.5) <= 1.4 {
      cdf = durbin(n, d)
    } else {
      cdf = pelzGood(n, d)
    }
    return pick(cdf: cdf, sf: 1 - cdf)
  }

  /// log(n!/nⁿ) = ½ log n − n + ½ log 2π + δ(n), with n log n removed before it could cancel.
  static func logFactorialOverPower(_ n: Int) -> Double {
    let size = Double(n)
    return 0.5 * Foundation.log(size) - size + Special.halfLog2Pi + Special.stirlingError(size)
  }

  static func clipped(cdf: Double, sf: Double) -> (cdf: Double, sf: Double) {
    (Swift.min(Swift.max(cdf, 0), 1), Swift.min(Swift.max(sf, 0), 1))
  }
}
