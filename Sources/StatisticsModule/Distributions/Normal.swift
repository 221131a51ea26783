import Foundation

/// SciPy's `norm`: Φ and Φ⁻¹ through Cephes' algorithms (`ndtr`, `ndtri`).
public struct Normal: ContinuousDistribution {
  public init() {}
  public var name: String { "norm" }
  public func pdf(_ x: Double) -> Double { Special.normalPDF(x) }
  public func cdf(_ x: Double) -> Double { Special.ndtr(x) }
  public func sf(_ x: Double) -> Double { Special.ndtr(-x) }
  public func ppf(_ q: Double) -> Double { Special.ndtri(q) }
  public func isf(_ q: Double) -> Double { -Special.ndtri(q) }
  public var mean: Double { 0 }
  public var variance: Double { 1 }
}
