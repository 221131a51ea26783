import Foundation
import TensorModule

/// SciPy's `kendalltau` (variant b or c): concordant minus discordant pairs from dense ranks, the exact null
/// distribution of the discordant count when nothing is tied and n ≤ 33 (or the count is at most 1 from an end),
/// the tie-corrected normal approximation otherwise.
public enum KendallTau {
  public enum Method: String, Sendable {
    case auto, exact, asymptotic
  }

  public enum Failure: Error {
    case tiesWithExact
  }

  public static func test(
    _ x: [Double], _ y: [Double], variantC: Bool, method: Method, alternative: Alternative
  ) throws(Failure) -> TestResult {
    let size = x.count
    if size == 0 || x.contains(where: \.isNaN) || y.contains(where: \.isNaN) {
      return TestResult(statistic: .nan, pvalue: .nan)
    }
    // Sort by y, then stably by x; ranks are dense.
    let byY = Tensor.stableOrder(y)
    let ys = byY.map { y[$0] }
    let xs = byY.map { x[$0] }
    let byX = Tensor.stableOrder(xs)
    let yRanks = denseRanks(ys)
    let sortedX = byX.map { xs[$0] }
    let xr = denseRanks(sortedX)
    let yr = byX.map { yRanks[$0] }
    let dis = inversions(yr)
    var joint = 0
    var run = 1
    for i in 1...size {
      if i < size && xr[i] == xr[i - 1] && yr[i] == yr[i - 1] {
        run += 1
      } else {
        joint += run * (run - 1) / 2
        run = 1
      }
    }
    let (xtie, x0, x1) = tieStatistics(xr)
    let (ytie, y0, y1) = tieStatistics(yr)
    let tot = size * (size - 1) / 2
    if xtie == tot || ytie == tot { return TestResult(statistic: .nan, pvalue: .nan) }
    let conMinusDis = tot - xtie - ytie + joint - 2 * dis
    var tau: Double
    if variantC {
      let classes = Double(Swift.min(Set(xr).count, Set(yr).count))
      tau = Double(2 * conMinusDis) / (Double(size * size) * (classes - 1) / classes)
    } else {
      tau = Double(conMinusDis) / Double(tot - xtie).squareRoot() / Double(tot - ytie).squareRoot()
    }
    tau = Swift.min(1, Swift.max(-1, tau))
    let tied = xtie != 0 || ytie != 0
    if method == .exact && tied { throw .tiesWithExact }
    var chosen = method
    if method == .auto {
      chosen = !tied && (size <= 33 || Swift.min(dis, tot - dis) <= 1) ? .exact : .asymptotic
    }
    if !tied && chosen == .exact {
      return TestResult(statistic: tau, pvalue: exactPValue(size, tot - dis, alternative))
    }
    let n = Double(size)
    let m = n * (n - 1)
    let variance =
      (m * (2 * n + 5) - Double(x1) - Double(y1)) / 18 + Double(2 * xtie * ytie) / m + Double(x0 * y0)
      / (9 * m * (n - 2))
    let z = Double(conMinusDis) / variance.squareRoot()
    let normal = Normal()
    let p: Double =
      switch alternative {
      case .less: normal.cdf(z)
      case .greater: normal.sf(z)
      case .twoSided: 2 * normal.sf(Swift.abs(z))
      }
    return TestResult(statistic: tau, pvalue: p)
  }

  /// 1-based dense ranks of sorted values.
  static func denseRanks(_ sorted: [Double]) -> [Int] {
    var out: [Int] = []
    out.reserveCapacity(sorted.count)
    var rank = 0
    for (i, v) in sorted.enumerated() {
      if i == 0 || v != sorted[i - 1] { rank += 1 }
      out.append(rank)
    }
    return out
  }

  /// Σ t(t−1)/2, Σ t(t−1)(t−2) and Σ t(t−1)(2t+5) over the tie groups of dense ranks.
  static func tieStatistics(_ ranks: [Int]) -> (Int, Int, Int) {
    var counts = [Int](repeating: 0, count: (ranks.max() ?? 0) + 1)
    for r in ranks { counts[r] += 1 }
    var (a, b, c) = (0, 0, 0)
    for t in counts where t > 1 {
      a += t * (t - 1) / 2
      b += t * (t - 1) * (t - 2)
      c += t * (t - 1) * (2 * t + 5)
    }
    return (a, b, c)
  }

  /// Pairs i < j with v[i] > v[j] among ranks 1…max: from the right, each value meets the count of smaller ones
  /// already seen, kept in a Fenwick tree.
  static func inversions(_ v: [Int]) -> Int {
    var tree = [Int](repeating: 0, count: (v.max() ?? 0) + 1)
    var count = 0
    for r in v.reversed() {
      var i = r - 1
      while i > 0 {
        count += tree[i]
        i -= i & -i
      }
      i = r
      while i < tree.count {
        tree[i] += 1
        i += i & -i
      }
    }
    return count
  }

  /// The exact p-value of c concordant pairs among n untied values: Kendall's recursion for the number of
  /// permutations with each inversion count, as SciPy's `_kendall_p_exact` runs it.
  static func exactPValue(_ n: Int, _ concordant: Int, _ alternative: Alternative) -> Double {
    let half = n * (n - 1) / 2
    let inRightTail = concordant >= half - concordant
    let c = Swift.min(concordant, half - concordant)
    var prob: Double
    var mass = 0.0
    let factorial = Special.factorial
    if n <= 1 {
      prob = 1
      mass = 1
    } else if n == 2 {
      prob = 1
      mass = 0.5
    } else if c == 0 {
      prob = n < 171 ? 2.0 / factorial(n) : 0
      mass = prob / 2
    } else if c == 1 {
      prob = n < 172 ? 2.0 / factorial(n - 1) : 0
      mass = Double(n - 1) / factorial(n)
    } else if 4 * c == n * (n - 1) && alternative == .twoSided {
      prob = 1
    } else {
      var counts = [Double](repeating: 0, count: c + 1)
      counts[0] = 1
      counts[1] = 1
      let scaled = n >= 171
      for j in 3...n {
        var running = 0.0
        for i in counts.indices {
          running += counts[i]
          counts[i] = scaled ? running / Double(j) : running
        }
        if j <= c {
          let before = counts
          for i in j...c { counts[i] = before[i] - before[i - j] }
        }
      }
      let total = Moments.sum(counts)
      if scaled {
        prob = total
        mass = counts[c] / 2
      } else {
        prob = 2.0 * total / factorial(n)
        mass = counts[c] / factorial(n)
      }
    }
    if alternative != .twoSided {
      prob = inRightTail == (alternative == .greater) ? prob / 2 : 1 - prob / 2 + mass
    }
    return Swift.min(prob, 1)
  }
}
