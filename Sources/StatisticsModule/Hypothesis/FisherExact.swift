import Foundation

/// SciPy's `fisher_exact` on a 2×2 table: the sample odds ratio and the hypergeometric p-value; two-sided, the
/// probability of every table no more likely than the observed one (within a relative 1e-14), found by SciPy's
/// binary search on each side of the mode.
public enum FisherExact {
  public struct Result: Sendable {
    public var oddsRatio: Double
    public var pvalue: Double
    /// SciPy returns Python floats (not NumPy's) for an infinite or undefined ratio and for a p-value of 1.
    public var pythonRatio: Bool
    public var pvalueIsOne: Bool
  }

  /// `table` is [[a, b], [c, d]] of non-negative counts.
  public static func test(_ table: [[Int]], alternative: Alternative) -> Result {
    let (a, b, c, d) = (table[0][0], table[0][1], table[1][0], table[1][1])
    if a + c == 0 || b + d == 0 || a + b == 0 || c + d == 0 {
      return Result(oddsRatio: .nan, pvalue: 1, pythonRatio: true, pvalueIsOne: true)
    }
    let infinite = !(c > 0 && b > 0)
    let oddsRatio = infinite ? Double.infinity : Double(a * d) / Double(c * b)
    let (n1, n2, n) = (Double(a + b), Double(c + d), Double(a + c))
    let h = Hypergeometric(total: n1 + n2, successes: n1, draws: n)
    var pvalue: Double
    switch alternative {
    case .less: pvalue = h.cdf(Double(a))
    case .greater:
      pvalue = Hypergeometric(total: n1 + n2, successes: n1, draws: Double(b + d)).cdf(Double(b))
    case .twoSided:
      let mode = ((n + 1) * (n1 + 1) / (n1 + n2 + 2)).rounded(.towardZero)
      let exact = h.pmf(Double(a))
      let atMode = h.pmf(mode)
      let epsilon = 1e-14
      let gamma = 1 + epsilon
      if Swift.abs(exact - atMode) / Swift.max(exact, atMode) <= epsilon {
        return Result(oddsRatio: oddsRatio, pvalue: 1, pythonRatio: infinite, pvalueIsOne: true)
      } else if Double(a) < mode {
        let lower = h.cdf(Double(a))
        if h.pmf(n) > exact * gamma {
          return Result(oddsRatio: oddsRatio, pvalue: lower, pythonRatio: infinite, pvalueIsOne: false)
        }
        let guess = BinomialTest.search({ -h.pmf($0) }, -exact * gamma, mode, n)
        pvalue = lower + h.sf(guess)
      } else {
        let upper = h.sf(Double(a) - 1)
        if h.pmf(0) > exact * gamma {
          return Result(oddsRatio: oddsRatio, pvalue: upper, pythonRatio: infinite, pvalueIsOne: false)
        }
        let guess = BinomialTest.search({ h.pmf($0) }, exact * gamma, 0, mode)
        pvalue = upper + h.cdf(guess)
      }
    }
    return Result(oddsRatio: oddsRatio, pvalue: Swift.min(pvalue, 1), pythonRatio: infinite, pvalueIsOne: pvalue >= 1)
  }
}
