import Foundation

/// A continuous distribution moved and stretched as SciPy's `loc=` and `scale=` do: x ↦ (x − loc)/scale.
///
/// Invalid shapes or a non-positive scale give NaN, as SciPy's argument checks do.
public struct Located: Sendable {
  public let base: any ContinuousDistribution
  public let loc: Double
  public let scale: Double

  public init(_ base: any ContinuousDistribution, loc: Double = 0, scale: Double = 1) {
    self.base = base
    self.loc = loc
    self.scale = scale
  }

  var valid: Bool { base.isValid && scale > 0 && loc.isFinite && scale.isFinite }
  func standard(_ x: Double) -> Double { (x - loc) / scale }

  public func pdf(_ x: Double) -> Double { valid ? base.pdf(standard(x)) / scale : .nan }
  public func cdf(_ x: Double) -> Double { valid ? base.cdf(standard(x)) : .nan }
  public func sf(_ x: Double) -> Double { valid ? base.sf(standard(x)) : .nan }
  public func ppf(_ q: Double) -> Double { valid ? base.ppf(q) * scale + loc : .nan }
  public func isf(_ q: Double) -> Double { valid ? base.isf(q) * scale + loc : .nan }
  public var mean: Double { valid ? base.mean * scale + loc : .nan }
  public var variance: Double { valid ? base.variance * scale * scale : .nan }
  public var std: Double { variance.squareRoot() }

  /// SciPy's `logpdf`: −inf outside the closed support, else the family's log density less log scale.
  public func logpdf(_ x: Double) -> Double {
    let s = standard(x)
    guard valid, !s.isNaN else { return .nan }
    guard s >= base.lower && s <= base.upper else { return -.infinity }
    return base.logpdf(s) - Foundation.log(scale)
  }

  /// SciPy's `logcdf`: −inf up to the support's start, 0 from its end; nil where Tessel cannot give
  /// SciPy's value.
  public func logcdf(_ x: Double) -> Double? {
    let s = standard(x)
    guard valid, !s.isNaN else { return .nan }
    if s >= base.upper { return 0 }
    return s > base.lower ? base.logcdf(s) : -.infinity
  }

  /// SciPy's `logsf`: 0 up to the support's start, −inf from its end.
  public func logsf(_ x: Double) -> Double? {
    let s = standard(x)
    guard valid, !s.isNaN else { return .nan }
    if s <= base.lower { return 0 }
    return s < base.upper ? base.logsf(s) : -.infinity
  }

  /// SciPy's `entropy`: the family's, plus log scale.
  public var entropy: Double? {
    guard valid else { return .nan }
    return base.entropy.map { $0 + Foundation.log(scale) }
  }

  /// A method by SciPy's name (`pdf cdf sf ppf isf mean var std entropy`, the logarithms) at x; nil for an
  /// unknown name, and for a logarithm or entropy Tessel cannot give.
  public func value(_ method: String, _ x: Double) -> Double? {
    switch method {
    case "entropy": entropy
    case "logpdf": logpdf(x)
    case "logcdf": logcdf(x)
    case "logsf": logsf(x)
    case "pdf": pdf(x)
    case "cdf": cdf(x)
    case "sf": sf(x)
    case "ppf": ppf(x)
    case "isf": isf(x)
    case "mean": mean
    case "var": variance
    case "std": std
    default: nil
    }
  }
}

/// A discrete distribution shifted by SciPy's `loc=`.
public struct Shifted: Sendable {
  public let base: any DiscreteDistribution
  public let loc: Double

  public init(_ base: any DiscreteDistribution, loc: Double = 0) {
    self.base = base
    self.loc = loc
  }

  var valid: Bool { base.isValid && loc.isFinite }
  public func pmf(_ k: Double) -> Double { valid ? base.pmf(k - loc) : .nan }
  public func cdf(_ k: Double) -> Double { valid ? base.cdf(k - loc) : .nan }
  public func sf(_ k: Double) -> Double { valid ? base.sf(k - loc) : .nan }
  public func ppf(_ q: Double) -> Double { valid ? base.ppf(q) + loc : .nan }
  public func isf(_ q: Double) -> Double { valid ? base.isf(q) + loc : .nan }
  public var mean: Double { valid ? base.mean + loc : .nan }
  public var variance: Double { valid ? base.variance : .nan }
  public var std: Double { variance.squareRoot() }

  /// SciPy's `logpmf`: −inf off the support's integers.
  public func logpmf(_ k: Double) -> Double {
    let x = k - loc
    guard valid, !x.isNaN else { return .nan }
    guard x >= base.lower && x <= base.upper && x.rounded(.down) == x else { return -.infinity }
    return base.logpmf(x)
  }

  /// SciPy's `logcdf` at k − loc: −inf below the support, 0 from its end.
  public func logcdf(_ k: Double) -> Double? {
    let x = k - loc
    guard valid, !x.isNaN else { return .nan }
    if x >= base.upper { return 0 }
    return x >= base.lower ? base.logcdf(x) : -.infinity
  }

  /// SciPy's `logsf` at k − loc: 0 below the support, −inf from its end.
  public func logsf(_ k: Double) -> Double? {
    let x = k - loc
    guard valid, !x.isNaN else { return .nan }
    if x < base.lower { return 0 }
    return x < base.upper ? base.logsf(x) : -.infinity
  }

  /// SciPy's `entropy` (loc moves nothing).
  public var entropy: Double? { valid ? base.entropy : .nan }

  /// A method by SciPy's name (`pmf cdf sf ppf isf mean var std entropy`, the logarithms) at k; nil for an
  /// unknown name, and for a logarithm or entropy Tessel cannot give.
  public func value(_ method: String, _ k: Double) -> Double? {
    switch method {
    case "entropy": entropy
    case "logpmf": logpmf(k)
    case "logcdf": logcdf(k)
    case "logsf": logsf(k)
    case "pmf": pmf(k)
    case "cdf": cdf(k)
    case "sf": sf(k)
    case "ppf": ppf(k)
    case "isf": isf(k)
    case "mean": mean
    case "var": variance
    case "std": std
    default: nil
    }
  }
}
