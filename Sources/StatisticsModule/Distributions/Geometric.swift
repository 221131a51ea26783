import Foundation

/// SciPy's `geom(p)`: trials up to the first success, k = 1, 2, …; pmf (1 − p)^(k−1) p, cdf 1 − (1 − p)^⌊k⌋
/// through log1p and expm1, and SciPy's closed-form quantile with its one-step correction.
public struct Geometric: DiscreteDistribution {
  public let p: Double
  public init(p: Double) { self.p = p }
  public var name: String { "geom" }
  public var isValid: Bool { p <= 1 && p > 0 }
  public var lower: Double { 1 }
  public var upper: Double { .infinity }

  public func pmf(_ k: Double) -> Double {
    guard isValid, !k.isNaN else { return .nan }
    if k != k.rounded(.down) || k < 1 { return 0 }
    return Foundation.pow(1 - p, k - 1) * p
  }

  func standardCDF(_ x: Double) -> Double { -Foundation.expm1(Foundation.log1p(-p) * x.rounded(.down)) }

  public func cdf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    return x < 1 ? 0 : x.isInfinite ? 1 : standardCDF(x)
  }

  public func sf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    return x < 1 ? 1 : x.isInfinite ? 0 : Foundation.exp(x.rounded(.down) * Foundation.log1p(-p))
  }

  public func ppf(_ q: Double) -> Double {
    guard isValid, q >= 0, q <= 1 else { return .nan }
    if q == 0 { return lower - 1 }
    if q == 1 { return upper }
    let vals = (Foundation.log1p(-q) / Foundation.log1p(-p)).rounded(.up)
    let temp = standardCDF(vals - 1)
    return temp >= q && vals > 0 ? vals - 1 : vals
  }

  public var mean: Double { 1.0 / p }
  public var variance: Double { (1.0 - p) / p / p }
  public func guess(_ q: Double) -> Double { ppf(q) }
}

/// SciPy's `randint(low, high)`: the integers low … high − 1, equally likely.
public struct RandInt: DiscreteDistribution {
  public let low: Double
  public let high: Double
  public init(low: Double, high: Double) {
    self.low = low
    self.high = high
  }
  public var name: String { "randint" }
  public var isValid: Bool { high > low && low == low.rounded() && high == high.rounded() }
  public var lower: Double { low }
  public var upper: Double { high - 1 }

  public func pmf(_ k: Double) -> Double {
    guard isValid, !k.isNaN else { return .nan }
    return k == k.rounded(.down) && k >= low && k < high ? 1.0 / (high - low) : 0
  }

  func standardCDF(_ x: Double) -> Double { (x.rounded(.down) - low + 1.0) / (high - low) }

  public func cdf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    return x < low ? 0 : x >= upper ? 1 : standardCDF(x)
  }

  public func sf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    return x < low ? 1 : x >= upper ? 0 : 1.0 - standardCDF(x)
  }

  public func ppf(_ q: Double) -> Double {
    guard isValid, q >= 0, q <= 1 else { return .nan }
    if q == 0 { return lower - 1 }
    if q == 1 { return upper }
    let vals = (q * (high - low) + low).rounded(.up) - 1
    let vals1 = Swift.min(Swift.max(vals - 1, low), high)
    return standardCDF(vals1) >= q ? vals1 : vals
  }

  public var mean: Double { (high + low - 1.0) / 2 }
  public var variance: Double {
    let d = high - low
    return (d * d - 1) / 12.0
  }
  public func guess(_ q: Double) -> Double { ppf(q) }
}

/// SciPy's `bernoulli(p)`: the binomial with one trial, under its own name.
public struct Bernoulli: DiscreteDistribution {
  let trial: Binomial
  public init(p: Double) { trial = Binomial(n: 1, p: p) }
  public var name: String { "bernoulli" }
  public var isValid: Bool { trial.isValid }
  public var lower: Double { trial.lower }
  public var upper: Double { trial.upper }
  public func pmf(_ k: Double) -> Double { trial.pmf(k) }
  public func cdf(_ k: Double) -> Double { trial.cdf(k) }
  public func sf(_ k: Double) -> Double { trial.sf(k) }
  public func ppf(_ q: Double) -> Double { trial.ppf(q) }
  public func isf(_ q: Double) -> Double { trial.isf(q) }
  public var mean: Double { trial.mean }
  public var variance: Double { trial.variance }
  public func guess(_ q: Double) -> Double { trial.guess(q) }
}
