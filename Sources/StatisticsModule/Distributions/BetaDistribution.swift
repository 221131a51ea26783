import Foundation

/// SciPy's `beta(a, b)` (Boost's `beta_distribution`): the pdf is the incomplete beta's derivative, cdf and sf
/// the function and its complement.
public struct BetaDistribution: ContinuousDistribution {
  public let a: Double
  public let b: Double
  public init(a: Double, b: Double) {
    self.a = a
    self.b = b
  }
  public var name: String { "beta" }
  public var isValid: Bool { a > 0 && b > 0 }
  public var lower: Double { 0 }
  public var upper: Double { 1 }

  public func pdf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    if x < 0 || x > 1 { return 0 }
    if x == 0 && a < 1 { return .infinity }
    if x == 1 && b < 1 { return .infinity }
    return Boost.ibetaDerivative(a, b, x)
  }

  public func cdf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    if x <= 0 { return 0 }
    if x >= 1 { return 1 }
    return Boost.ibeta(a, b, x, complement: false)
  }

  public func sf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    if x <= 0 { return 1 }
    if x >= 1 { return 0 }
    return Boost.ibeta(a, b, x, complement: true)
  }

  public var mean: Double { a / (a + b) }
  public var variance: Double { a * b / ((a + b) * (a + b) * (a + b + 1)) }
}
