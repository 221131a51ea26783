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

  /// A method by SciPy's name (`pdf cdf sf ppf isf mean var std`) at x; nil for an unknown name.
  public func value(_ method: String, _ x: Double) -> Double? {
    switch method {
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

  /// A method by SciPy's name (`pmf cdf sf ppf isf mean var std`) at k; nil for an unknown name.
  public func value(_ method: String, _ k: Double) -> Double? {
    switch method {
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
