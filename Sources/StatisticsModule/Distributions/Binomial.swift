import Foundation

/// SciPy's `binom(n, p)` (Boost's `binomial_distribution`): pmf from the incomplete beta's derivative,
/// cdf and sf from the function and its complement (Boost's own, as SciPy runs them), never by summing terms.
public struct Binomial: DiscreteDistribution {
  public let n: Double
  public let p: Double
  public init(n: Double, p: Double) {
    self.n = n
    self.p = p
  }
  public var name: String { "binom" }
  public var isValid: Bool { n >= 0 && n == n.rounded() && p >= 0 && p <= 1 }
  public var lower: Double { 0 }
  public var upper: Double { n }

  public func pmf(_ k: Double) -> Double {
    guard isValid, !k.isNaN else { return .nan }
    if k != k.rounded() || k < 0 || k > n { return 0 }
    if p == 0 { return k == 0 ? 1 : 0 }
    if p == 1 { return k == n ? 1 : 0 }
    if n == 0 { return 1 }
    if k == n { return Foundation.pow(p, k) }
    return Boost.ibetaDerivative(k + 1, n - k + 1, p) / (n + 1)
  }

  public func cdf(_ k: Double) -> Double {
    guard isValid, !k.isNaN else { return .nan }
    let j = k.rounded(.down)
    if j < 0 { return 0 }
    if j >= n { return 1 }
    if p == 0 { return 1 }
    if p == 1 { return 0 }
    return Boost.ibeta(j + 1, n - j, p, complement: true)
  }

  public func sf(_ k: Double) -> Double {
    guard isValid, !k.isNaN else { return .nan }
    let j = k.rounded(.down)
    if j < 0 { return 1 }
    if j >= n { return 0 }
    if p == 0 { return 0 }
    if p == 1 { return 1 }
    return Boost.ibeta(j + 1, n - j, p, complement: false)
  }

  public var mean: Double { n * p }
  /// SciPy's `_stats`: `n p − n p²` (so `binom.var(10, 0.3)` is 2.1, not 2.0999999999999996).
  public var variance: Double { n * p - n * (p * p) }
  public func guess(_ q: Double) -> Double {
    n * p + Special.ndtri(q) * (n * p * (1 - p)).squareRoot()
  }
}
