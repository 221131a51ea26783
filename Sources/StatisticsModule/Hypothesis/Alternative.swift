/// Which side of the null a test looks at: SciPy's `alternative=` ('two-sided', 'less', 'greater').
public enum Alternative: String, Sendable, CaseIterable {
  case twoSided = "two-sided"
  case less
  case greater

  /// statsmodels spells the one-sided cases 'larger' and 'smaller'.
  public init?(statsmodels name: String) {
    switch name {
    case "two-sided", "2s": self = .twoSided
    case "larger", "l": self = .greater
    case "smaller", "s": self = .less
    default: return nil
    }
  }

  /// The p-value of a statistic whose null distribution is symmetric: 2·sf(|x|), cdf(x) or sf(x).
  func pValue(_ x: Double, cdf: (Double) -> Double, sf: (Double) -> Double) -> Double {
    switch self {
    case .twoSided: Swift.min(1, 2 * sf(Swift.abs(x)))
    case .less: cdf(x)
    case .greater: sf(x)
    }
  }
}
