import Foundation
import TensorModule

/// SciPy's `wilcoxon` signed-rank test on differences `d`, as `scipy.stats._wilcoxon` computes it: average ranks
/// of |d|, the exact null distribution of the positive rank sum, or the tie-corrected normal approximation.
public enum SignedRank {
  public enum ZeroMethod: String, Sendable {
    case wilcox, pratt, zsplit
  }

  /// How the p-value is found: SciPy's `'auto'` picks `exact` without ties or zeros up to 50 differences,
  /// a sign-flip permutation test with them up to 13, the normal approximation otherwise.
  public enum Method: Sendable {
    case exact, asymptotic, permutation
  }

  /// The rank sums of SciPy's `_wilcoxon_statistic`.
  public struct Statistic: Sendable {
    public var plus: Double
    public var minus: Double
    /// The standard deviation of `plus` under the null, with the tie correction.
    public var se: Double
    /// The mean of `plus` under the null (less the zeros' share with 'pratt').
    public var mean: Double
    public var count: Double
    public var hasTies: Bool
  }

  public struct Result: Sendable {
    public var statistic: Double
    public var pvalue: Double
    /// The standard normal statistic of the approximation (SciPy reports it when asked for 'asymptotic').
    public var z: Double
  }

  /// The test on differences `d` (no NaN); `method` nil is SciPy's 'auto'.
  public static func test(
    _ d: [Double], zeroMethod: ZeroMethod, correction: Bool, alternative: Alternative, method requested: Method?
  ) -> Result {
    let s = statistic(d, zeroMethod: zeroMethod)
    var method = requested ?? (d.count > 50 ? .asymptotic : .exact)
    if requested == nil && method == .exact && (s.hasTies || d.contains(0)) {
      method = d.count <= 13 ? .permutation : .asymptotic
    }
    var z = (s.plus - s.mean) / s.se
    let p: Double
    switch method {
    case .asymptotic:
      if correction {
        let sign: Double =
          switch alternative {
          case .greater: 1
          case .less: -1
          case .twoSided: z > 0 ? 1 : (z < 0 ? -1 : (z == 0 ? 0 : .nan))
          }
        z -= sign * 0.5 / s.se
      }
      p =
        switch alternative {
        case .less: Normal().cdf(z)
        case .greater: Normal().sf(z)
        case .twoSided: 2 * Normal().sf(Swift.abs(z))
        }
    case .exact:
      let n = Int(s.count)
      let (low, high) = (Int(s.plus.rounded(.up)), Int(s.plus.rounded(.down)))
      switch alternative {
      case .less: p = exactTail(low, n, lower: true)
      case .greater: p = exactTail(high, n, lower: false)
      case .twoSided:
        p = Swift.min(Swift.max(2 * Swift.min(exactTail(high, n, lower: false), exactTail(low, n, lower: true)), 0), 1)
      }
    case .permutation:
      // Every sign flip of the differences (2ⁿ of them, at most 8192: exact, as SciPy's 9999 resamples allow).
      let null = PermutationNull(kind: .samples, data: [d], resamples: 9999)
      var values: [Double] = []
      null.forEach(shuffle: { _ in [] }) { (flipped: [[Double]]) in
        values.append(statistic(flipped[0], zeroMethod: zeroMethod).plus)
      }
      p = Resampling.permutationPValue(observed: s.plus, null: values, exact: null.isExact, alternative: alternative)
    }
    let reported = alternative == .twoSided ? Swift.min(s.plus, s.minus) : s.plus
    return Result(statistic: reported, pvalue: p, z: alternative == .twoSided ? -Swift.abs(z) : z)
  }

  public static func statistic(_ d: [Double], zeroMethod: ZeroMethod) -> Statistic {
    // 'wilcox' drops zeros: they rank after every other difference, as NaN would, and count for nothing.
    let dropped = zeroMethod == .wilcox
    let kept = d.filter { !(dropped && $0 == 0) }
    let ranks = Ranking.average.ranks(kept.map { Swift.abs($0) })
    var (plus, minus, zeros) = (0.0, 0.0, 0.0)
    for (v, r) in zip(kept, ranks) {
      if v > 0 { plus += r } else if v < 0 { minus += r } else { zeros += r }
    }
    if zeroMethod == .zsplit {
      plus += zeros / 2
      minus += zeros / 2
    }
    let count = Double(kept.count)
    var mn = count * (count + 1) * 0.25
    var se = count * (count + 1) * (2 * count + 1)
    var groups = RankTests.tieGroupSizes(kept.map { Swift.abs($0) })
    let hasTies = groups.contains { $0 > 1 }
    if zeroMethod == .pratt {
      let z = Double(kept.count { $0 == 0 })
      mn -= z * (z + 1) * 0.25
      se -= z * (z + 1) * (2 * z + 1)
      // SciPy leaves the zeros' tie group (which ranks first) out of the tie correction.
      groups = RankTests.tieGroupSizes(kept.filter { $0 != 0 }.map { Swift.abs($0) })
    }
    let tieCorrection = groups.reduce(0.0) { $0 + ($1 * $1 * $1 - $1) }
    return Statistic(
      plus: plus, minus: minus, se: ((se - tieCorrection / 2) / 24).squareRoot(), mean: mn, count: count,
      hasTies: hasTies)
  }

  /// Exact P(R⁺ ≤ k) or P(R⁺ ≥ k) for `n` differences: SciPy's pmf of every rank sum, built by halving and
  /// shifting, summed over the nearer tail as NumPy sums a slice.
  public static func exactTail(_ k: Int, _ n: Int, lower: Bool) -> Double {
    let pmf = distribution(n)
    let mean = Double(n * (n + 1)) / 4
    func cdf(_ k: Int) -> Double { k < 0 ? 0 : sum(pmf, 0, Swift.min(k + 1, pmf.count)) }
    func sf(_ k: Int) -> Double { k >= pmf.count ? 0 : sum(pmf, Swift.max(k, 0), pmf.count) }
    if lower { return Double(k) <= mean ? cdf(k) : 1 - sf(k + 1) }
    return Double(k) <= mean ? sf(k) : 1 - cdf(k - 1)
  }

  static func sum(_ p: [Double], _ from: Int, _ to: Int) -> Double {
    guard to > from else { return 0 }
    return p.withUnsafeBufferPointer { b in b.baseAddress.map { Tensor.pairwiseSum($0 + from, to - from) } ?? 0 }
  }

  /// SciPy's `_get_wilcoxon_distr`: the probabilities of rank sums 0 … n(n+1)/2.
  static func distribution(_ n: Int) -> [Double] {
    var c = [1.0]
    if n < 1 { return c }
    for k in 1...n {
      var next = [Double](repeating: 0, count: k * (k + 1) / 2 + 1)
      let m = c.count
      for i in 0..<m { next[i] = c[i] * 0.5 }
      for i in 0..<m { next[next.count - m + i] += c[i] * 0.5 }
      c = next
    }
    return c
  }
}
