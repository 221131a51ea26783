import Foundation

/// SciPy's `chi2`: cdf = P(k/2, x/2) and sf = Q(k/2, x/2) (Cephes `chdtr`/`chdtrc`).
public struct ChiSquared: ContinuousDistribution {
  public let df: Double
  public init(df: Double) { self.df = df }
  public var name: String { "chi2" }
  public var isValid: Bool { df > 0 }
  public var lower: Double { 0 }

  public func pdf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    if x < 0 { return 0 }
    if x == 0 { return df < 2 ? .infinity : df == 2 ? 0.5 : 0 }
    // SciPy's logpdf: xlogy(k/2 − 1, x) − x/2 − lgamma(k/2) − k/2 · log 2.
    return Foundation.exp(
      (df / 2 - 1) * Foundation.log(x) - x / 2 - Special.logGamma(df / 2) - Foundation.log(2) * df / 2)
  }

  public func cdf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    return x <= 0 ? 0 : Special.gammaP(df / 2, x / 2)
  }

  public func sf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    return x <= 0 ? 1 : Special.gammaQ(df / 2, x / 2)
  }

  /// SciPy's `2 * gammaincinv(k/2, q)` and `chdtri(k, q)`: Cephes `igami`/`igamci`.
  public func ppf(_ q: Double) -> Double {
    if q.isNaN || q < 0 || q > 1 || !isValid { return .nan }
    if q == 0 { return 0 }
    if q == 1 { return .infinity }
    return 2 * Cephes.igami(df / 2, q)
  }

  public func isf(_ q: Double) -> Double {
    if q.isNaN || q < 0 || q > 1 || !isValid { return .nan }
    if q == 0 { return .infinity }
    if q == 1 { return 0 }
    return 2 * Cephes.igamci(df / 2, q)
  }

  public var mean: Double { df }
  public var variance: Double { 2 * df }
}
