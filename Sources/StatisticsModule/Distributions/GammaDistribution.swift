import Foundation

/// SciPy's `gamma(a)` (shape a, scale 1): cdf P(a, x), sf Q(a, x).
public struct GammaDistribution: ContinuousDistribution {
  public let a: Double
  public init(a: Double) { self.a = a }
  public var name: String { "gamma" }
  public var isValid: Bool { a > 0 }
  public var lower: Double { 0 }

  public func pdf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    if x < 0 { return 0 }
    if x == 0 { return a < 1 ? .infinity : a == 1 ? 1 : 0 }
    return Special.gammaPrefix(a, x) / x
  }

  public func cdf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    return x <= 0 ? 0 : Special.gammaP(a, x)
  }

  public func sf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    return x <= 0 ? 1 : Special.gammaQ(a, x)
  }

  /// SciPy's `gammaincinv(a, q)` and `gammainccinv(a, q)`: Cephes `igami`/`igamci`.
  public func ppf(_ q: Double) -> Double {
    if q.isNaN || q < 0 || q > 1 || !isValid { return .nan }
    if q == 0 { return 0 }
    if q == 1 { return .infinity }
    return Cephes.igami(a, q)
  }

  public func isf(_ q: Double) -> Double {
    if q.isNaN || q < 0 || q > 1 || !isValid { return .nan }
    if q == 0 { return .infinity }
    if q == 1 { return 0 }
    return Cephes.igamci(a, q)
  }

  public var mean: Double { a }
  public var variance: Double { a }
}
