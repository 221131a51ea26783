import Foundation

extension Kolmogorov {
  /// P(Dₙ ≤ d) by Pelz and Good's series for large n (an approximation, as in SciPy).
  ///
  /// Li-Chien and Korolyuk's expansion K₀(z) + K₁(z)/√n + K₂(z)/n + K₃(z)/n^{3/2} at z = d√n,
  /// rewritten through Jacobi's theta identity into sums of exp(−(2k−1)²π²/8z²) (and of
  /// exp(−k²π²/2z²) for two correction terms) that converge fast for the small z where it is used.
  static func pelzGood(_ n: Int, _ d: Double) -> Double {
    if d <= 0 { return 0 }
    if d >= 1 { return 1 }
    let pi2 = Double.pi * Double.pi
    let pi4 = pi2 * pi2
    let pi6 = pi4 * pi2
    let sqrt2Pi = (2 * Double.pi).squareRoot()
    let z = Double(n).squareRoot() * d
    let (z2, z3) = (z * z, z * z * z)
    let (z4, z6) = (z2 * z2, z2 * z2 * z2)
    let logQ = -pi2 / 8 / z2
    if logQ < -708 { return 0 }
    let q = Foundation.exp(logQ)

    // Coefficients of m⁰, m², m⁴, m⁶ in the terms of K₁, K₂, K₃ (m = 2k − 1).
    let k1 = (-z2, pi2 / 4)
    let k2 = (6 * z6 + 2 * z4, (2 * z4 - 5 * z2) * pi2 / 4, pi4 * (1 - 2 * z2) / 16)
    let k3 = (
      -30 * z6 - 90 * z4 * z4, pi2 * (135 * z4 - 96 * z6) / 4, pi4 * (-60 * z2 + 212 * z4) / 16,
      pi6 * (5 - 30 * z2) / 64
    )
    // Σₖ cₖ q^{(2k−1)²} by Horner's rule in q^{8k}, since (2k+1)² − (2k−1)² = 8k.
    var sums = (0.0, 0.0, 0.0, 0.0)
    let terms = Int((16 * z / Double.pi).rounded(.up))
    if terms >= 1 {
      for k in stride(from: terms, through: 1, by: -1) {
        let m2 = Double((2 * k - 1) * (2 * k - 1))
        let (m4, m6) = (m2 * m2, m2 * m2 * m2)
        let step = Foundation.pow(q, Double(8 * k))
        sums.0 = sums.0 * step + 1
        sums.1 = sums.1 * step + (k1.0 + k1.1 * m2)
        sums.2 = sums.2 * step + (k2.0 + k2.1 * m2 + k2.2 * m4)
        sums.3 = sums.3 * step + (k3.0 + k3.1 * m2 + k3.2 * m4 + k3.3 * m6)
      }
    }
    let k0 = sums.0 * q * sqrt2Pi / z
    var kk1 = sums.1 * q * sqrt2Pi / (6 * z4)
    var kk2 = sums.2 * q * sqrt2Pi / (72 * z3 * z4)
    var kk3 = sums.3 * q * sqrt2Pi / (6480 * z4 * z6)

    // The terms of K₂ and K₃ over all k ≥ 1 in exp(−k²π²/2z²).
    let r = Foundation.exp(-pi2 / 2 / z2)
    var extra2 = 0.0
    var extra3 = 0.0
    if terms >= 1 {
      for k in stride(from: terms, through: 1, by: -1) {
        let kk = Double(k * k)
        let weight = kk * Foundation.pow(r, kk)
        extra2 += weight
        extra3 += (3 * z2 - pi2 * kk) * weight
      }
    }
    kk2 += extra2 * pi2 * sqrt2Pi / (-36 * z3)
    kk3 += extra3 * pi2 * sqrt2Pi / (216 * z6)
    let root = Double(n).squareRoot()
    kk1 /= root
    kk2 /= Double(n)
    kk3 /= Double(n) * root
    return k0 + kk1 + kk2 + kk3
  }
}
