/// SciPy's `uniform` on [0, 1] (loc and scale move it to [loc, loc + scale]).
public struct Uniform: ContinuousDistribution {
  public init() {}
  public var name: String { "uniform" }
  public var lower: Double { 0 }
  public var upper: Double { 1 }
  public func pdf(_ x: Double) -> Double { x.isNaN ? .nan : (x >= 0 && x <= 1 ? 1 : 0) }
  public func cdf(_ x: Double) -> Double { x.isNaN ? .nan : Swift.min(Swift.max(x, 0), 1) }
  public func sf(_ x: Double) -> Double { x.isNaN ? .nan : 1 - Swift.min(Swift.max(x, 0), 1) }
  public func ppf(_ q: Double) -> Double { q >= 0 && q <= 1 ? q : .nan }
  public func isf(_ q: Double) -> Double { q >= 0 && q <= 1 ? 1 - q : .nan }
  public var mean: Double { 0.5 }
  public var variance: Double { 1.0 / 12 }
}
