import Foundation

extension Special {
  /// log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b).
  public static func logBeta(_ a: Double, _ b: Double) -> Double {
    let (small, big) = (Swift.min(a, b), Swift.max(a, b))
    if big < 10 { return logGamma(a) + logGamma(b) - logGamma(a + b) }
    if small < 10 {
      // log Γ(A) − log Γ(A + s) by Stirling, so nothing of size log Γ(A) cancels.
      let ratio =
        -(big - 0.5) * Foundation.log1p(small / big) - small * Foundation.log(big + small) + small + stirlingError(big)
        - stirlingError(big + small)
      return logGamma(small) + ratio
    }
    // Both large: Stirling's form, with the errors δ carrying the small corrections.
    let c = a + b
    return -0.5 * Foundation.log(c) + halfLog2Pi + (a - 0.5) * Foundation.log(a / c) + (b - 0.5)
      * Foundation.log(b / c) + stirlingError(a) + stirlingError(b) - stirlingError(c)
  }

  /// xᵃ yᵇ / B(a, b) with y = 1 − x (given separately so that either may be tiny).
  ///
  /// Written around the mean x₀ = a/(a+b) as √(ab / 2π(a+b)) · exp(a log(x/x₀) + b log(y/y₀) + δ(a+b)
  /// − δ(a) − δ(b)), so large a and b keep full relative precision (DiDonato & Morris's `brcomp`).
  public static func betaPowerTerms(_ a: Double, _ b: Double, _ x: Double, _ y: Double) -> Double {
    if x == 0 || y == 0 { return 0 }
    let c = a + b
    let (x0, y0) = (a / c, b / c)
    func logRatio(_ v: Double, _ v0: Double, _ difference: Double) -> Double {
      let t = difference / v0
      return Swift.abs(t) < 0.5 ? Foundation.log1p(t) : Foundation.log(v / v0)
    }
    // x − x₀ and y − y₀ = x₀ − x, from whichever of x, y is more precise.
    let dx = x < 0.5 ? x - x0 : y0 - y
    let exponent =
      a * logRatio(x, x0, dx) + b * logRatio(y, y0, -dx) + stirlingError(c) - stirlingError(a) - stirlingError(b)
    return (a * b / (2 * Double.pi * c)).squareRoot() * Foundation.exp(exponent)
  }

  /// The regularised incomplete beta function I_x(a, b) and its complement 1 − I_x(a, b) = I_y(b, a),
  /// with y = 1 − x passed separately: the one the continued fraction converges for is computed
  /// directly, the other by subtraction (it is then the larger one).
  ///
  /// The continued fraction is Lentz's evaluation of DLMF 8.17.22, as in Numerical Recipes' `betacf`.
  public static func incompleteBeta(_ a: Double, _ b: Double, x: Double, y: Double) -> (
    value: Double, complement: Double
  ) {
    if a.isNaN || b.isNaN || x.isNaN || a < 0 || b < 0 || x < 0 || x > 1 { return (.nan, .nan) }
    if x == 0 { return (0, 1) }
    if y == 0 { return (1, 0) }
    if a == 0 { return (1, 0) }
    if b == 0 { return (0, 1) }
    if x < (a + 1) / (a + b + 2) {
      let v = betaPowerTerms(a, b, x, y) * betaFraction(a, b, x, y) / a
      return (v, 1 - v)
    }
    let w = betaPowerTerms(b, a, y, x) * betaFraction(b, a, y, x) / b
    return (1 - w, w)
  }

  /// The continued fraction of I_x(a, b) · a / (xᵃ yᵇ / B(a, b)), with y = 1 − x.
  ///
  /// Near x = 1 with a large and b small (Student's t with a large df) the fraction's terms cancel
  /// to about 1 − x: on x86-64 it runs in 80-bit precision, with x rebuilt from the small y, which
  /// keeps 1e-14 where doubles kept 1e-11 (df = 10⁷).
  static func betaFraction(_ a: Double, _ b: Double, _ x: Double, _ y: Double) -> Double {
    #if arch(x86_64)
      return Double(continuedFraction(Float80(a), Float80(b), y < 0.5 ? 1 - Float80(y) : Float80(x)))
    #else
      return continuedFraction(a, b, x)
    #endif
  }

  static func continuedFraction<T: BinaryFloatingPoint>(_ a: T, _ b: T, _ x: T) -> T {
    let tiny = T(1e-300)
    let (qab, qap, qam) = (a + b, a + 1, a - 1)
    var c: T = 1
    var d = 1 - qab * x / qap
    if Swift.abs(d) < tiny { d = tiny }
    d = 1 / d
    var h = d
    var m: T = 1
    let epsilon = T.ulpOfOne
    while m < 1_000_000 {
      let m2 = 2 * m
      var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
      d = 1 + aa * d
      if Swift.abs(d) < tiny { d = tiny }
      c = 1 + aa / c
      if Swift.abs(c) < tiny { c = tiny }
      d = 1 / d
      h *= d * c
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
      d = 1 + aa * d
      if Swift.abs(d) < tiny { d = tiny }
      c = 1 + aa / c
      if Swift.abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      h *= delta
      if Swift.abs(delta - 1) <= epsilon { break }
      m += 1
    }
    return h
  }
}
