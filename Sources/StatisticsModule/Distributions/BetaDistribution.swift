import Foundation

/// SciPy's `beta(a, b)`: cdf and sf are the regularised incomplete beta function and its complement.
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
    if x == 0 { return a < 1 ? .infinity : a == 1 ? b : 0 }
    if x == 1 { return b < 1 ? .infinity : b == 1 ? a : 0 }
    // x^(a−1) (1−x)^(b−1) / B(a, b), from the power terms xᵃ(1−x)ᵇ/B.
    return Special.betaPowerTerms(a, b, x, 1 - x) / (x * (1 - x))
  }

  public func cdf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    if x <= 0 { return 0 }
    if x >= 1 { return 1 }
    return Special.incompleteBeta(a, b, x: x, y: 1 - x).value
  }

  public func sf(_ x: Double) -> Double {
    guard isValid, !x.isNaN else { return .nan }
    if x <= 0 { return 1 }
    if x >= 1 { return 0 }
    return Special.incompleteBeta(a, b, x: x, y: 1 - x).complement
  }

  public var mean: Double { a / (a + b) }
  public var variance: Double { a * b / ((a + b) * (a + b) * (a + b + 1)) }
}
