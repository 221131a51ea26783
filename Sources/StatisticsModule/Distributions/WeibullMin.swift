import Foundation

/// SciPy's `weibull_min(c)`: cdf 1 − exp(−xᶜ), quantile (−log(1 − q))^(1/c), moments Γ(1 + n/c).
public struct WeibullMin: ContinuousDistribution {
  public let c: Double
  public init(c: Double) { self.c = c }
  public var name: String { "weibull_min" }
  public var lower: Double { 0 }
  public var isValid: Bool { c > 0 }
  public func pdf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    if x < 0 { return 0 }
    return c * Foundation.pow(x, c - 1) * Foundation.exp(-Foundation.pow(x, c))
  }
  public func cdf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    return x <= 0 ? 0 : -Cephes.expm1(-Foundation.pow(x, c))
  }
  public func sf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    return x <= 0 ? 1 : Foundation.exp(-Foundation.pow(x, c))
  }
  public func ppf(_ q: Double) -> Double {
    guard isValid, q >= 0 && q <= 1 else { return .nan }
    return Foundation.pow(-Cephes.log1p(-q), 1.0 / c)
  }
  public func isf(_ q: Double) -> Double {
    guard isValid, q >= 0 && q <= 1 else { return .nan }
    return Foundation.pow(-Foundation.log(q), 1 / c)
  }
  public var mean: Double { Special.gamma(1.0 + 1 * 1.0 / c) }
  public var variance: Double {
    let m = mean
    return Special.gamma(1.0 + 2 * 1.0 / c) - m * m
  }
}
