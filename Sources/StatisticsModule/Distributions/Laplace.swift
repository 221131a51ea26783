import Foundation

/// SciPy's `laplace`: density ½e^(−|x|), each tail from its own exponential.
public struct Laplace: ContinuousDistribution {
  public init() {}
  public var name: String { "laplace" }
  public func pdf(_ x: Double) -> Double { 0.5 * Foundation.exp(-Swift.abs(x)) }
  public func cdf(_ x: Double) -> Double {
    x.isNaN ? .nan : x > 0 ? 1.0 - 0.5 * Foundation.exp(-x) : 0.5 * Foundation.exp(x)
  }
  public func sf(_ x: Double) -> Double { cdf(-x) }
  public func ppf(_ q: Double) -> Double {
    guard q >= 0 && q <= 1 else { return .nan }
    return q > 0.5 ? -Foundation.log(2 * (1 - q)) : Foundation.log(2 * q)
  }
  public func isf(_ q: Double) -> Double { -ppf(q) }
  public var mean: Double { 0 }
  public var variance: Double { 2 }
}
