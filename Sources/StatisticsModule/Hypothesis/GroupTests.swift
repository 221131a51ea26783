import Foundation
import TensorModule

/// SciPy's tests that compare several groups: one-way ANOVA (`f_oneway`, and Welch's with unequal variances),
/// Kruskal–Wallis, Levene's and Bartlett's tests of equal variances; each in SciPy's order of operations.
public enum GroupTests {
  /// How Levene's test centres each group.
  public enum Center: String, Sendable {
    case median, mean
  }

  static func variance(_ x: [Double]) -> Double {
    (try? Tensor(x).variance(ddof: 1).data[0]) ?? .nan
  }

  static func median(_ x: [Double]) -> Double {
    (try? NanReductions.median(Tensor(x), axis: nil, keepdims: false).data[0]) ?? .nan
  }

  /// `f_oneway`: F = (between-group mean square) / (within-group mean square) over data centred on the grand
  /// mean; with `equalVariances: false`, Welch's F and its adjusted denominator degrees of freedom.
  public static func oneWayANOVA(_ groups: [[Double]], equalVariances: Bool) -> TestResult {
    let all = groups.flatMap { $0 }
    if groups.contains(where: \.isEmpty) || groups.allSatisfy({ $0.count == 1 }) {
      return TestResult(statistic: .nan, pvalue: .nan)
    }
    let k = Double(groups.count)
    let bign = Double(all.count)
    var f: Double
    var (dfn, dfd) = (k - 1, bign - k)
    if equalVariances {
      let offset = Moments.mean(all)
      let centred = all.map { $0 - offset }
      let normalized = pow(Moments.sum(centred), 2) / bign
      let total = Linalg.dot(centred, centred) - normalized
      var between = 0.0
      for g in groups { between = between + pow(Moments.sum(g.map { $0 - offset }), 2) / Double(g.count) }
      between = between - normalized
      let within = total - between
      f = (between / dfn) / (within / dfd)
    } else {
      let means = groups.map(Moments.mean)
      let sizes = groups.map { Double($0.count) }
      let weights = zip(sizes, groups.map(variance)).map { $0 / $1 }
      let weightSum = Moments.sum(weights)
      let grand = Linalg.dot(weights, means) / Moments.sum(weights)
      let numerator = Linalg.dot(weights, means.map { pow($0 - grand, 2) }) / (k - 1)
      let correction = Linalg.dot(sizes.map { 1 / ($0 - 1) }, weights.map { pow(1 - $0 / weightSum, 2) })
      f = numerator / (1 + 2 * (k - 2) / (k * k - 1) * correction)
      dfd = (k * k - 1) / (3 * correction)
    }
    let constant = groups.map { g in g.allSatisfy { $0 == g[0] } }
    if constant.allSatisfy({ $0 }) { f = all.allSatisfy { $0 == all[0] } ? .nan : .infinity }
    return TestResult(statistic: f, pvalue: FisherF(dfn: dfn, dfd: dfd).sf(f))
  }

  /// `kruskal`: H from the groups' rank sums over the pooled average ranks, divided by the tie correction,
  /// against χ² with k − 1 degrees of freedom.
  public static func kruskal(_ groups: [[Double]]) -> TestResult {
    let all = groups.flatMap { $0 }
    let ranks = Ranking.average.ranks(all)
    let n = Double(all.count)
    let ties = 1 - Moments.sum(RankTests.tieGroupSizes(all).map { $0 * $0 * $0 - $0 }) / (n * n * n - n)
    var start = 0
    var between = 0.0
    for g in groups {
      between = between + pow(Moments.sum(Array(ranks[start..<(start + g.count)])), 2) / Double(g.count)
      start += g.count
    }
    let h = (12.0 / (n * (n + 1)) * between - 3 * (n + 1)) / ties
    return TestResult(statistic: h, pvalue: ChiSquared(df: Double(groups.count - 1)).sf(h))
  }

  /// `levene`: the one-way ANOVA F of the absolute deviations from each group's median (or mean).
  public static func levene(_ groups: [[Double]], center: Center) -> TestResult {
    let k = Double(groups.count)
    let sizes = groups.map { Double($0.count) }
    let total = Double(groups.reduce(0) { $0 + $1.count })
    let deviations = groups.map { g in
      let c = center == .median ? median(g) : Moments.mean(g)
      return g.map { Swift.abs($0 - c) }
    }
    let groupMeans = deviations.map(Moments.mean)
    var weighted = 0.0
    for (n, z) in zip(sizes, groupMeans) { weighted = weighted + n * z }
    let grand = weighted / total
    var between = 0.0
    for (n, z) in zip(sizes, groupMeans) { between = between + n * pow(z - grand, 2) }
    var within = 0.0
    for (d, z) in zip(deviations, groupMeans) { within = within + Moments.sum(d.map { pow($0 - z, 2) }) }
    let (dfn, dfd) = (k - 1.0, total - k)
    let w = dfd * between / (dfn * within)
    return TestResult(statistic: w, pvalue: FisherF(dfn: dfn, dfd: dfd).sf(w))
  }

  /// `bartlett`: the log ratio of the pooled variance to the groups' variances, corrected, against χ² with
  /// k − 1 degrees of freedom; the statistic is clipped at 0.
  public static func bartlett(_ groups: [[Double]]) -> TestResult {
    let k = Double(groups.count)
    let sizes = groups.map { $0.isEmpty ? Double.nan : Double($0.count) }
    let variances = groups.map(variance)
    let total = Moments.sum(sizes)
    let pooled = Moments.sum(zip(sizes, variances).map { ($0 - 1) * $1 }) / (total - k)
    let numerator = (total - k) * log(pooled) - Moments.sum(zip(sizes, variances).map { ($0 - 1) * log($1) })
    let denominator = 1 + 1 / (3 * (k - 1)) * (Moments.sum(sizes.map { 1 / ($0 - 1) }) - 1 / (total - k))
    let t = numerator / denominator
    let p = ChiSquared(df: k - 1).sf(t)
    return TestResult(statistic: t.isNaN ? t : Swift.max(t, 0), pvalue: p)
  }
}
