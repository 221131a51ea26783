import Foundation

/// SciPy's `t` (Boost's `students_t`): the smaller tail from the incomplete beta function directly,
/// I over df/(df + t²) or its complement over t²/(df + t²), whichever is accurate.
public struct StudentT: ContinuousDistribution {
  public let df: Double
  public init(df: Double) { self.df = df }
  public var name: String { "t" }
  public var isValid: Bool { df > 0 }

  /// P(T < −|t|).
  func smallerTail(_ t: Double) -> Double {
    if df.isInfinite || df > 1 / Double.ulpOfOne { return Special.ndtr(-Swift.abs(t)) }
    let t2 = t * t
    if df > 2 * t2 {
      let (z, y) = (t2 / (df + t2), df / (df + t2))
      return Special.incompleteBeta(0.5, df / 2, x: z, y: y).complement / 2
    }
    let (z, y) = (df / (df + t2), t2 / (df + t2))
    return Special.incompleteBeta(df / 2, 0.5, x: z, y: y).value / 2
  }

  public func cdf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    if x == 0 { return 0.5 }
    if x.isInfinite { return x < 0 ? 0 : 1 }
    let tail = smallerTail(x)
    return x < 0 ? tail : 1 - tail
  }

  public func sf(_ x: Double) -> Double { cdf(-x) }

  public func pdf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    if df.isInfinite { return Special.normalPDF(x) }
    // Γ((ν+1)/2) / (√(νπ) Γ(ν/2)) · (1 + x²/ν)^(−(ν+1)/2), the gamma ratio through log B(ν/2, ½).
    let logDensity =
      -0.5 * Foundation.log(df) - Special.logBeta(df / 2, 0.5) - (df + 1) / 2 * Foundation.log1p(x * x / df)
    return Foundation.exp(logDensity)
  }

  public func ppf(_ q: Double) -> Double {
    guard isValid else { return .nan }
    if q.isNaN || q < 0 || q > 1 { return .nan }
    if q == 0.5 { return 0 }
    // Cauchy: −cot(πq), from whichever of q and 1 − q is exact.
    if df == 1 && q > 0 && q < 1 {
      return q < 0.5 ? -1 / Foundation.tan(Double.pi * q) : 1 / Foundation.tan(Double.pi * (1 - q))
    }
    if q == 0 { return -.infinity }
    if q == 1 { return .infinity }
    // Symmetric: solve for the lower tail.
    let p = q < 0.5 ? q : 1 - q
    let x = Inversion.solve(self, target: p, upperTail: false)
    return q < 0.5 ? x : -x
  }

  public func isf(_ q: Double) -> Double { -ppf(q) }

  public var mean: Double { df > 1 ? 0 : .infinity }
  public var variance: Double { df > 2 ? df / (df - 2) : df > 1 ? .infinity : .nan }
}
