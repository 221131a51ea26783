import Foundation

/// A distribution on the integers in SciPy's standard form (loc 0).
public protocol DiscreteDistribution: Sendable {
  var name: String { get }
  /// The smallest and largest values with positive probability.
  var lower: Double { get }
  var upper: Double { get }
  func pmf(_ k: Double) -> Double
  func cdf(_ k: Double) -> Double
  func sf(_ k: Double) -> Double
  var mean: Double { get }
  var variance: Double { get }
  var isValid: Bool { get }
  /// The quantiles (a search by default; families with SciPy's closed forms give their own).
  func ppf(_ q: Double) -> Double
  func isf(_ q: Double) -> Double
  /// A first guess for the quantile search.
  func guess(_ q: Double) -> Double
}

extension DiscreteDistribution {
  /// SciPy's `ppf`: the smallest k with cdf(k) ≥ q (lower − 1 at q = 0).
  public func ppf(_ q: Double) -> Double {
    guard isValid, q >= 0, q <= 1 else { return .nan }
    if q == 0 { return lower - 1 }
    if q == 1 { return upper }
    var k = Swift.min(Swift.max(guess(q).rounded(.down), lower), upper)
    while k < upper && cdf(k) < q { k += 1 }
    while k > lower && cdf(k - 1) >= q { k -= 1 }
    return k
  }

  /// SciPy's `isf`: the smallest k with sf(k) ≤ q.
  public func isf(_ q: Double) -> Double {
    guard isValid, q >= 0, q <= 1 else { return .nan }
    if q == 1 { return lower - 1 }
    if q == 0 { return upper }
    var k = Swift.min(Swift.max(guess(1 - q).rounded(.down), lower), upper)
    while k < upper && sf(k) > q { k += 1 }
    while k > lower && sf(k - 1) <= q { k -= 1 }
    return k
  }
}
