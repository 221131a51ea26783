import Foundation

/// SciPy's `poisson(mu)`: pmf exp(k log μ − log k! − μ); cdf Q(k+1, μ) and sf P(k+1, μ) (Cephes `pdtr`).
public struct Poisson: DiscreteDistribution {
  public let mu: Double
  public init(mu: Double) { self.mu = mu }
  public var name: String { "poisson" }
  public var isValid: Bool { mu >= 0 }
  public var lower: Double { 0 }
  public var upper: Double { .infinity }

  public func pmf(_ k: Double) -> Double {
    guard isValid, !k.isNaN else { return .nan }
    if k != k.rounded() || k < 0 { return 0 }
    if mu == 0 { return k == 0 ? 1 : 0 }
    return Foundation.exp(k * Foundation.log(mu) - Special.logGamma(k + 1) - mu)
  }

  public func cdf(_ k: Double) -> Double {
    guard isValid, !k.isNaN else { return .nan }
    let j = k.rounded(.down)
    if j < 0 { return 0 }
    if mu == 0 || j.isInfinite { return 1 }
    return Special.gammaQ(j + 1, mu)
  }

  public func sf(_ k: Double) -> Double {
    guard isValid, !k.isNaN else { return .nan }
    let j = k.rounded(.down)
    if j < 0 { return 1 }
    if mu == 0 || j.isInfinite { return 0 }
    return Special.gammaP(j + 1, mu)
  }

  public var mean: Double { mu }
  public var variance: Double { mu }
  public func guess(_ q: Double) -> Double { mu + Special.ndtri(q) * mu.squareRoot() }
}
