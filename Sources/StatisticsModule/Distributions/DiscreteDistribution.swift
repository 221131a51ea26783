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
  /// SciPy's `_logpmf`, `_logcdf` and `_logsf` inside the support (`LogDensities.swift`); nil where
  /// Tessel cannot give SciPy's value.
  func logpmf(_ k: Double) -> Double
  func logcdf(_ k: Double) -> Double?
  func logsf(_ k: Double) -> Double?
  /// SciPy's `_entropy` (`Entropy.swift`); nil where Tessel does not compute it as SciPy does.
  var entropy: Double? { get }
}

extension DiscreteDistribution {
  /// SciPy's `ppf`: the smallest k with cdf(k) ≥ q (lower − 1 at q = 0).
  public func ppf(_ q: Double) -> Double {
    guard isValid, q >= 0, q <= 1 else { return .nan }
    if q == 0 { return lower - 1 }
    if q == 1 { return upper }
    return smallest(from: guess(q)) { cdf($0) >= q }
  }

  /// SciPy's `isf`: the smallest k with sf(k) ≤ q.
  public func isf(_ q: Double) -> Double {
    guard isValid, q >= 0, q <= 1 else { return .nan }
    if q == 1 { return lower - 1 }
    if q == 0 { return upper }
    return smallest(from: guess(1 - q)) { sf($0) <= q }
  }

  /// The smallest integer k in the support where `holds(k)` (which holds from some k on), found from `start` by
  /// doubling steps and then bisection, so a far guess or a huge mean (1e300, where k + 1 is k) costs a few dozen
  /// evaluations, not a step per integer.
  func smallest(from start: Double, where holds: (Double) -> Bool) -> Double {
    let k = start.isNaN ? lower : Swift.min(Swift.max(start.rounded(.down), lower), upper)
    // `yes` holds and `no` does not; the answer is in (no, yes].
    var (no, yes) = (k, k)
    var step = 1.0
    if holds(k) {
      while true {
        if yes <= lower { return lower }
        let next = Swift.max(k - step, lower)
        // Past 2⁵³ a step can vanish: the answer is as near as doubles say.
        if next >= yes { return yes }
        if !holds(next) {
          no = next
          break
        }
        yes = next
        step *= 2
      }
    } else {
      while true {
        if no >= upper { return upper }
        let next = Swift.min(k + step, upper)
        if next <= no || holds(next) {
          yes = next
          break
        }
        no = next
        step *= 2
      }
    }
    while yes - no > 1 {
      let mid = (no + (yes - no) / 2).rounded(.down)
      if mid <= no || mid >= yes { break }
      if holds(mid) { yes = mid } else { no = mid }
    }
    return yes
  }
}
