import Foundation

/// SciPy's `f`: cdf = I over d₁x/(d₂ + d₁x) of (d₁/2, d₂/2), sf its complement (Boost's `fdtr`/`fdtrc`).
public struct FisherF: ContinuousDistribution {
  public let dfn: Double
  public let dfd: Double
  public init(dfn: Double, dfd: Double) {
    self.dfn = dfn
    self.dfd = dfd
  }
  public var name: String { "f" }
  public var isValid: Bool { dfn > 0 && dfd > 0 }
  public var lower: Double { 0 }

  /// Boost's `fisher_f` cdf (`complement` false) or sf, as SciPy's `fdtr`/`fdtrc`: the incomplete beta over
  /// d₁x/(d₂ + d₁x), or its mirror over d₂/(d₂ + d₁x) when d₁x > d₂.
  func tail(_ x: Double, complement: Bool) -> Double {
    let v1x = dfn * x
    return v1x > dfd
      ? Boost.ibeta(dfd / 2, dfn / 2, dfd / (dfd + v1x), complement: !complement)
      : Boost.ibeta(dfn / 2, dfd / 2, v1x / (dfd + v1x), complement: complement)
  }

  public func cdf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    if x <= 0 { return 0 }
    return x.isInfinite ? 1 : tail(x, complement: false)
  }

  public func sf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    if x <= 0 { return 1 }
    return x.isInfinite ? 0 : tail(x, complement: true)
  }

  public func pdf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    if x < 0 { return 0 }
    let (m, n) = (dfn, dfd)
    if x == 0 { return m < 2 ? .infinity : m == 2 ? 1 : 0 }
    // SciPy's `_logpdf` term for term, in its order (its n is dfn, its m dfd): n/2 log n after m/2 log m, and
    // the last two terms summed before they are subtracted.
    let (sn, sm) = (m, n)
    let power = sn / 2 - 1
    let logX = power == 0 ? 0 : power * Foundation.log(x)
    let logDensity =
      sm / 2 * Foundation.log(sm) + sn / 2 * Foundation.log(sn) + logX
      - ((sn + sm) / 2 * Foundation.log(sm + sn * x) + Special.logBeta(sn / 2, sm / 2))
    return Foundation.exp(logDensity)
  }

  /// SciPy has no upper-tail inverse for `f`: its isf is ppf(1 − q), whose rounding (1 − 1e-12 is not
  /// exact) it keeps; Tessel does the same so the two agree.
  public func isf(_ q: Double) -> Double { q >= 0 && q <= 1 ? ppf(1 - q) : .nan }

  public var mean: Double { dfd > 2 ? dfd / (dfd - 2) : .infinity }
  public var variance: Double {
    guard dfd > 4 else { return .infinity }
    return 2 * dfd * dfd * (dfn + dfd - 2) / (dfn * (dfd - 2) * (dfd - 2) * (dfd - 4))
  }
}
