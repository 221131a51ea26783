import Foundation

/// SciPy's `logistic`: cdf expit(x), quantile logit(q), density from its logarithm −|x| − 2 log(1 + e^(−|x|)).
public struct Logistic: ContinuousDistribution {
  public init() {}
  public var name: String { "logistic" }
  public func pdf(_ x: Double) -> Double {
    let y = -Swift.abs(x)
    return Foundation.exp(y - 2.0 * Cephes.log1p(Foundation.exp(y)))
  }
  public func cdf(_ x: Double) -> Double { Special.expit(x) }
  public func sf(_ x: Double) -> Double { Special.expit(-x) }
  public func ppf(_ q: Double) -> Double { q >= 0 && q <= 1 ? Special.logit(q) : .nan }
  public func isf(_ q: Double) -> Double { q >= 0 && q <= 1 ? -Special.logit(q) : .nan }
  public var mean: Double { 0 }
  public var variance: Double { Double.pi * Double.pi / 3.0 }
}
