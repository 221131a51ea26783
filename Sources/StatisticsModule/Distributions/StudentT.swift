import Foundation

/// SciPy's `t` (Boost's `students_t`, as `stdtr` computes it).
public struct StudentT: ContinuousDistribution {
  public let df: Double
  public init(df: Double) { self.df = df }
  public var name: String { "t" }
  public var isValid: Bool { df > 0 }

  /// Boost's `students_t` cdf, as SciPy's `stdtr`: the normal cdf past df = 1/ε, otherwise the incomplete beta
  /// over t²/(df + t²) or df/(df + t²), whichever Boost chooses.
  public func cdf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    if x == 0 { return 0.5 }
    if x.isInfinite { return x < 0 ? 0 : 1 }
    if df > 1 / Double.ulpOfOne { return Boost.erfc(-x / 2.0.squareRoot()) / 2 }
    let x2 = x * x
    let probability =
      df > 2 * x2
      ? Boost.ibeta(0.5, df / 2, x2 / (df + x2), complement: true) / 2
      : Boost.ibeta(df / 2, 0.5, df / (df + x2), complement: false) / 2
    return x > 0 ? 1 - probability : probability
  }

  public func sf(_ x: Double) -> Double { cdf(-x) }

  public func pdf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    if df.isInfinite { return Special.normalPDF(x) }
    // SciPy's `_logpdf`: log poch(ν/2, ½) − ½(log ν + log π) − (ν+1)/2 · log1p(x²/ν), then exp.
    let logDensity =
      Foundation.log(Cephes.pochhammer(0.5 * df, 0.5)) - 0.5 * (Foundation.log(df) + Foundation.log(Double.pi))
      - (df + 1) / 2 * Foundation.log1p(x * x / df)
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
