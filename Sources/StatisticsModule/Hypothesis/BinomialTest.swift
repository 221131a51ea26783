import Foundation

/// SciPy's `binomtest`: the exact test of k successes in n trials, the two-sided p-value summing every outcome
/// no more likely than k's (within a relative 1e-7), and the confidence intervals of `proportion_ci`.
public enum BinomialTest {
  public static func pValue(k: Double, n: Double, p: Double, alternative: Alternative) -> Double {
    let d = Binomial(n: n, p: p)
    switch alternative {
    case .less: return d.cdf(k)
    case .greater: return d.sf(k - 1)
    case .twoSided:
      let pk = d.pmf(k)
      let relative = 1 + 1e-7
      var pvalue: Double
      if k == p * n {
        pvalue = 1
      } else if k < p * n {
        let ix = search({ -d.pmf($0) }, -pk * relative, (p * n).rounded(.up), n)
        let y = n - ix + (pk * relative == d.pmf(ix) ? 1 : 0)
        pvalue = d.cdf(k) + d.sf(n - y)
      } else {
        let ix = search({ d.pmf($0) }, pk * relative, 0, (p * n).rounded(.down))
        pvalue = d.cdf(ix) + d.sf(k - 1)
      }
      return Swift.min(1, pvalue)
    }
  }

  /// The last x in [lo, hi] with a(x) ≤ target, for `a` increasing there (SciPy's binary search).
  static func search(_ a: (Double) -> Double, _ target: Double, _ low: Double, _ high: Double) -> Double {
    var (lo, hi) = (low, high)
    while lo < hi {
      let mid = lo + ((hi - lo) / 2).rounded(.down)
      let value = a(mid)
      if value < target {
        lo = mid + 1
      } else if value > target {
        hi = mid - 1
      } else {
        return mid
      }
    }
    return a(lo) <= target ? lo : lo - 1
  }

  /// Clopper–Pearson: the p at which the tail probabilities equal α (or α/2), found by `brentq` on [0, 1].
  public static func exactInterval(k: Double, n: Double, level: Double, alternative: Alternative) -> (
    Double, Double
  )? {
    func find(_ f: (Double) -> Double) -> Double? {
      if case .converged(let x) = Brent.root(f, 0, 1).outcome { return x }
      return nil
    }
    let alpha = alternative == .twoSided ? (1 - level) / 2 : 1 - level
    var low = 0.0
    var high = 1.0
    if alternative != .less && k != 0 {
      guard let x = find({ Binomial(n: n, p: $0).sf(k - 1) - alpha }) else { return nil }
      low = x
    }
    if alternative != .greater && k != n {
      guard let x = find({ Binomial(n: n, p: $0).cdf(k) - alpha }) else { return nil }
      high = x
    }
    return (low, high)
  }

  /// Wilson's score interval, with or without continuity correction.
  public static func wilsonInterval(k: Double, n: Double, level: Double, alternative: Alternative, correction: Bool)
    -> (Double, Double)
  {
    let p = k / n
    let z = Special.ndtri(alternative == .twoSided ? 0.5 + 0.5 * level : level)
    let denominator = 2 * (n + z * z)
    let center = (2 * n * p + z * z) / denominator
    let q = 1 - p
    var low: Double
    var high: Double
    if correction {
      low =
        alternative == .less || k == 0
        ? 0 : center - (1 + z * (z * z - 2 - 1 / n + 4 * p * (n * q + 1)).squareRoot()) / denominator
      high =
        alternative == .greater || k == n
        ? 1 : center + (1 + z * (z * z + 2 - 1 / n + 4 * p * (n * q - 1)).squareRoot()) / denominator
    } else {
      let delta = z / denominator * (4 * n * p * q + z * z).squareRoot()
      low = alternative == .less || k == 0 ? 0 : center - delta
      high = alternative == .greater || k == n ? 1 : center + delta
    }
    return (low, high)
  }
}
