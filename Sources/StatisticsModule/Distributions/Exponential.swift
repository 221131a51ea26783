import Foundation

/// SciPy's `expon` (rate 1; scale = 1/λ).
public struct Exponential: ContinuousDistribution {
  public init() {}
  public var name: String { "expon" }
  public var lower: Double { 0 }
  public func pdf(_ x: Double) -> Double { x.isNaN ? .nan : (x < 0 ? 0 : Foundation.exp(-x)) }
  // SciPy calls `scipy.special.expm1` and `log1p` here: Cephes's, which differ from libm's in the last bit.
  public func cdf(_ x: Double) -> Double { x.isNaN ? .nan : (x <= 0 ? 0 : -Cephes.expm1(-x)) }
  public func sf(_ x: Double) -> Double { x.isNaN ? .nan : (x <= 0 ? 1 : Foundation.exp(-x)) }
  public func ppf(_ q: Double) -> Double { q >= 0 && q <= 1 ? -Cephes.log1p(-q) : .nan }
  public func isf(_ q: Double) -> Double { q >= 0 && q <= 1 ? -Foundation.log(q) : .nan }
  public var mean: Double { 1 }
  public var variance: Double { 1 }
}
