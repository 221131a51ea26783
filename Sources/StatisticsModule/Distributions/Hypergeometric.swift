import BigInt
import Foundation

/// SciPy's `hypergeom(M, n, N)`: k successes among N draws without replacement from M items, n of them successes.
///
/// Probabilities are exact ratios of big binomial coefficients, rounded once (so within an ulp of
/// Boost's, which SciPy uses).
public struct Hypergeometric: DiscreteDistribution {
  public let total: Double
  public let successes: Double
  public let draws: Double

  public init(total: Double, successes: Double, draws: Double) {
    self.total = total
    self.successes = successes
    self.draws = draws
  }

  /// Populations past this many items would make the exact sums slow (a second at 10⁴ items, a minute at 10⁵);
  /// their probabilities are NaN.
  public static let largestExact = 10_000.0

  public var name: String { "hypergeom" }
  public var isValid: Bool {
    total > 0 && successes >= 0 && draws >= 0 && successes <= total && draws <= total
      && [total, successes, draws].allSatisfy { $0 == $0.rounded() } && total <= Self.largestExact
  }
  public var lower: Double { Swift.max(draws - (total - successes), 0) }
  public var upper: Double { Swift.min(successes, draws) }
  public var mean: Double { draws * successes / total }
  /// Boost's `variance`, in its order of operations (SciPy's `_hypergeom_variance`).
  public var variance: Double {
    draws * successes * (total - successes) * (total - draws) / (total * total * (total - 1))
  }
  public func guess(_ q: Double) -> Double { mean }

  static func binomial(_ n: Int, _ k: Int) -> BigInt {
    guard k >= 0 && k <= n else { return 0 }
    let k = Swift.min(k, n - k)
    var r = BigInt(1)
    if k > 0 { for i in 1...k { r = r * BigInt(n - k + i) / BigInt(i) } }
    return r
  }

  var counts: (m: Int, n: Int, N: Int) { (Int(total), Int(successes), Int(draws)) }

  /// Σ C(n, j)·C(M − n, N − j) over j = lower…k, each term from the last by its exact ratio
  /// (n − j)(N − j) / ((j + 1)(M − n − N + j + 1)), so a step costs a small multiple and division, not a product of
  /// two big numbers.
  func lowerSum(through k: Int) -> BigInt {
    let (m, n, N) = counts
    let bad = m - n
    var j = Int(lower)
    if k < j { return 0 }
    var term = Self.binomial(n, j) * Self.binomial(bad, N - j)
    var sum = BigInt(0)
    while true {
      sum += term
      if j >= k || j >= Int(upper) { break }
      term = term * BigInt((n - j) * (N - j)) / BigInt((j + 1) * (bad - N + j + 1))
      j += 1
    }
    return sum
  }

  public func pmf(_ k: Double) -> Double {
    guard isValid, !k.isNaN else { return .nan }
    if k != k.rounded() || k < lower || k > upper { return 0 }
    let (m, n, N) = counts
    let ways = Self.binomial(n, Int(k)) * Self.binomial(m - n, N - Int(k))
    return ExactRatio.quotient(ways, Self.binomial(m, N))
  }

  public func cdf(_ k: Double) -> Double {
    guard isValid, !k.isNaN else { return .nan }
    let j = k.rounded(.down)
    if j < lower { return 0 }
    if j >= upper { return 1 }
    let (m, _, N) = counts
    return ExactRatio.quotient(lowerSum(through: Int(j)), Self.binomial(m, N))
  }

  public func sf(_ k: Double) -> Double {
    guard isValid, !k.isNaN else { return .nan }
    let j = k.rounded(.down)
    if j < lower { return 1 }
    if j >= upper { return 0 }
    let (m, _, N) = counts
    let all = Self.binomial(m, N)
    return ExactRatio.quotient(all - lowerSum(through: Int(j)), all)
  }
}
