import Foundation

/// SciPy's `lognorm(s)`: log x is normal with standard deviation s; cdf Φ(log x / s), quantile exp(s Φ⁻¹(q)).
public struct LogNormal: ContinuousDistribution {
  public let s: Double
  public init(s: Double) { self.s = s }
  public var name: String { "lognorm" }
  public var lower: Double { 0 }
  public var isValid: Bool { s > 0 }
  public func pdf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    if x <= 0 { return 0 }
    let logx = Foundation.log(x)
    return Foundation.exp(-(logx * logx) / (2 * (s * s)) - Foundation.log(s * x * (2 * Double.pi).squareRoot()))
  }
  public func cdf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    return x <= 0 ? 0 : Special.ndtr(Foundation.log(x) / s)
  }
  public func sf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    return x <= 0 ? 1 : Special.ndtr(-(Foundation.log(x) / s))
  }
  public func ppf(_ q: Double) -> Double {
    guard isValid, q >= 0 && q <= 1 else { return .nan }
    return Foundation.exp(s * Special.ndtri(q))
  }
  public func isf(_ q: Double) -> Double {
    guard isValid, q >= 0 && q <= 1 else { return .nan }
    return Foundation.exp(s * -Special.ndtri(q))
  }
  public var mean: Double { Foundation.exp(s * s).squareRoot() }
  public var variance: Double {
    let p = Foundation.exp(s * s)
    return p * (p - 1)
  }
}
