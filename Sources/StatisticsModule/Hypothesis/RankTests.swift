import Foundation

/// SciPy's `mannwhitneyu`: U of the first sample from average ranks; the exact null distribution when a
/// sample has at most 8 values and nothing is tied ('auto'), the tie-corrected normal approximation with
/// continuity correction otherwise.
public enum RankTests {
  public enum Method: String, Sendable {
    case auto, exact, asymptotic
  }

  public static func mannWhitney(
    _ x: [Double], _ y: [Double], useContinuity: Bool, alternative: Alternative, method: Method
  ) -> TestResult {
    if x.contains(where: \.isNaN) || y.contains(where: \.isNaN) { return TestResult(statistic: .nan, pvalue: .nan) }
    let (n1, n2) = (Double(x.count), Double(y.count))
    let ranks = Correlation.ranks(x + y)
    let r1 = Moments.sum(Array(ranks.prefix(x.count)))
    let u1 = r1 - n1 * (n1 + 1) / 2
    let u2 = n1 * n2 - u1
    let (u, factor): (Double, Double) =
      switch alternative {
      case .greater: (u1, 1)
      case .less: (u2, 1)
      case .twoSided: (Swift.max(u1, u2), 2)
      }
    let tieCounts = tieGroupSizes(x + y)
    let hasTies = tieCounts.contains { $0 > 1 }
    let chosen: Method = method != .auto ? method : ((n1 > 8 && n2 > 8) || hasTies ? .asymptotic : .exact)
    var p: Double
    if chosen == .exact {
      p = exactSF(u, Swift.min(x.count, y.count), Swift.max(x.count, y.count))
    } else {
      let n = n1 + n2
      let tieTerm = tieCounts.reduce(0.0) { $0 + $1 * $1 * $1 - $1 }
      let s = (n1 * n2 / 12 * ((n + 1) - tieTerm / (n * (n - 1)))).squareRoot()
      var numerator = u - n1 * n2 / 2
      if useContinuity { numerator -= 0.5 }
      p = Normal().sf(numerator / s)
    }
    p = Swift.min(p * factor, 1)
    return TestResult(statistic: u1, pvalue: p)
  }

  /// Sizes of the groups of equal values.
  static func tieGroupSizes(_ v: [Double]) -> [Double] {
    var counts: [Double: Double] = [:]
    for x in v { counts[x, default: 0] += 1 }
    return Array(counts.values)
  }

  /// P(U ≥ u) under H₀ for samples of m ≤ n values: the coefficients of the Gaussian binomial
  /// Π (1 − q^(n+i)) / (1 − q^i), i = 1…m, divided by C(m + n, m).
  static func exactSF(_ u: Double, _ m: Int, _ n: Int) -> Double {
    let top = m * n
    var counts = [Double](repeating: 0, count: top + 1)
    counts[0] = 1
    for i in 1...Swift.max(m, 1) where m > 0 {
      let k = n + i
      if k <= top {
        for j in stride(from: top, through: k, by: -1) { counts[j] -= counts[j - k] }
      }
      for j in i...Swift.max(top, i) where j <= top { counts[j] += counts[j - i] }
    }
    let total = counts.reduce(0, +)
    let from = Int(u.rounded(.up))
    if from > top { return 0 }
    if from <= 0 { return 1 }
    // Sum the shorter side.
    let upper = counts[from...].reduce(0, +)
    return upper / total
  }
}
