import Foundation

/// SciPy's `nbinom(n, p)` (Boost's `negative_binomial_distribution`): failures before the n-th success,
/// k = 0, 1, …; pmf (p/(n + k)) ∂I_p(n, k + 1)/∂p, cdf I_p(n, ⌊k⌋ + 1) and sf its complement.
public struct NegativeBinomial: DiscreteDistribution {
  public let n: Double
  public let p: Double
  public init(n: Double, p: Double) {
    self.n = n
    self.p = p
  }
  public var name: String { "nbinom" }
  public var isValid: Bool { n > 0 && p > 0 && p <= 1 }
  public var lower: Double { 0 }
  public var upper: Double { .infinity }

  public func pmf(_ k: Double) -> Double {
    guard isValid, !k.isNaN else { return .nan }
    if k != k.rounded(.down) || k < 0 { return 0 }
    if k.isInfinite { return 0 }
    return (p / (n + k)) * Boost.ibetaDerivative(n, k + 1, p)
  }

  public func cdf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    if x < 0 { return 0 }
    if x.isInfinite { return 1 }
    return Boost.ibeta(n, x.rounded(.down) + 1, p, complement: false)
  }

  public func sf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    if x < 0 { return 1 }
    if x.isInfinite { return 0 }
    return Boost.ibeta(n, x.rounded(.down) + 1, p, complement: true)
  }

  public var mean: Double { n * (1 - p) / p }
  public var variance: Double { n * (1 - p) / (p * p) }
  public func guess(_ q: Double) -> Double {
    Swift.max(0, mean + Special.ndtri(q) * variance.squareRoot())
  }
}
