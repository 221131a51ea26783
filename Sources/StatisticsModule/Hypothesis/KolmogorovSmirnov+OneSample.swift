import Foundation

extension KolmogorovSmirnov {
  /// How a one-sample two-sided p-value is computed (SciPy's `method=`).
  public enum Method: String, Sendable {
    /// `kstwo.sf(D, n)`, the exact distribution ('auto' means this for one sample).
    case exact
    /// `kstwobign.sf(D√n)`, Kolmogorov's limit.
    case asymp
    /// `2·ksone.sf(D, n)`, twice the one-sided tail.
    case approx
  }

  /// The one-sample statistic of SciPy's `ks_1samp`, with the sample value where it is reached.
  ///
  /// D⁺ = maxᵢ (i/n − F₍ᵢ₎) and D⁻ = maxᵢ (F₍ᵢ₎ − (i−1)/n) for the cdf values F₍ᵢ₎ at the sorted
  /// sample, each at the first value reaching it; two-sided, D⁻ wins ties.
  public static func oneSampleStatistic(sorted x: [Double], cdf: [Double], alternative: Alternative) -> Statistic {
    let n = Double(x.count)
    var (plus, plusAt) = (-Double.infinity, Double.nan)
    var (minus, minusAt) = (-Double.infinity, Double.nan)
    for i in x.indices {
      let above = Double(i + 1) / n - cdf[i]
      let below = cdf[i] - Double(i) / n
      if above > plus { (plus, plusAt) = (above, x[i]) }
      if below > minus { (minus, minusAt) = (below, x[i]) }
    }
    switch alternative {
    case .greater: return Statistic(d: plus, sign: 1, location: plusAt)
    case .less: return Statistic(d: minus, sign: -1, location: minusAt)
    case .twoSided:
      return plus > minus
        ? Statistic(d: plus, sign: 1, location: plusAt) : Statistic(d: minus, sign: -1, location: minusAt)
    }
  }

  /// The one-sample p-value of D from n values: one-sided by Smirnov's exact tail, two-sided by `method`.
  public static func oneSamplePValue(_ d: Double, _ n: Int, alternative: Alternative, method: Method) -> Double {
    let p: Double
    switch (alternative, method) {
    case (.greater, _), (.less, _): p = Kolmogorov.smirnov(n, d).sf
    case (.twoSided, .exact): p = Kolmogorov.twoSidedSF(n, d)
    case (.twoSided, .asymp): p = Kolmogorov.limit(d * Double(n).squareRoot()).sf
    case (.twoSided, .approx): p = 2 * Kolmogorov.smirnov(n, d).sf
    }
    return Swift.min(Swift.max(p, 0), 1)
  }

  /// The two-sample p-value for large samples (SciPy's 'asymp'): two-sided, the exact one-sample
  /// distribution at the effective size round(mn/(m + n)); one-sided, Hodges' approximation
  /// exp(−2z² − 2z(m + 2n)/3√(mn(m + n))) with z = D√(mn/(m + n)) and m the larger size.
  public static func asymptoticPValue(_ d: Double, _ m: Int, _ n: Int, alternative: Alternative) -> Double {
    let (large, small) = (Double(Swift.max(m, n)), Double(Swift.min(m, n)))
    let effective = large * small / (large + small)
    let p: Double
    if alternative == .twoSided {
      p = Kolmogorov.twoSidedSF(Int(effective.rounded(.toNearestOrEven)), d)
    } else {
      let z = effective.squareRoot() * d
      p = Foundation.exp(
        -2 * z * z - 2 * z * (large + 2 * small) / (large * small * (large + small)).squareRoot() / 3)
    }
    return Swift.min(Swift.max(p, 0), 1)
  }
}
