import Foundation

/// A continuous distribution in SciPy's standard form (loc 0, scale 1); `Located` adds loc and scale.
///
/// Each type computes its upper tail directly (never `1 − cdf`), as SciPy does.
public protocol ContinuousDistribution: Sendable {
  /// SciPy's name (`norm`, `t`, `chi2` …).
  var name: String { get }
  /// The support's ends.
  var lower: Double { get }
  var upper: Double { get }
  func pdf(_ x: Double) -> Double
  func cdf(_ x: Double) -> Double
  func sf(_ x: Double) -> Double
  func ppf(_ q: Double) -> Double
  func isf(_ q: Double) -> Double
  var mean: Double { get }
  var variance: Double { get }
  /// Whether the shape parameters are valid (SciPy's `_argcheck`); invalid ones give NaN everywhere.
  var isValid: Bool { get }
  /// SciPy's `_logpdf`, `_logcdf` and `_logsf` inside the support (`LogDensities.swift`): log of the
  /// plain function unless the family has its own form; nil where Tessel cannot give SciPy's value.
  func logpdf(_ x: Double) -> Double
  func logcdf(_ x: Double) -> Double?
  func logsf(_ x: Double) -> Double?
  /// SciPy's `_entropy` (`Entropy.swift`); nil where Tessel does not compute it as SciPy does.
  var entropy: Double? { get }
}

extension ContinuousDistribution {
  public var lower: Double { -.infinity }
  public var upper: Double { .infinity }
  public var isValid: Bool { true }

  /// The quantile by solving cdf(x) = q (q ≤ ½) or sf(x) = 1 − q, for types without a closed form.
  public func ppf(_ q: Double) -> Double {
    if q.isNaN || q < 0 || q > 1 { return .nan }
    if q == 0 { return lower }
    if q == 1 { return upper }
    return q <= 0.5
      ? Inversion.solve(self, target: q, upperTail: false) : Inversion.solve(self, target: 1 - q, upperTail: true)
  }

  /// The upper-tail quantile: the x with sf(x) = q.
  public func isf(_ q: Double) -> Double {
    if q.isNaN || q < 0 || q > 1 { return .nan }
    if q == 0 { return upper }
    if q == 1 { return lower }
    return q <= 0.5
      ? Inversion.solve(self, target: q, upperTail: true) : Inversion.solve(self, target: 1 - q, upperTail: false)
  }
}

/// Root finding for quantiles: Newton steps on G = log F − log target (F the cdf or the sf), kept
/// inside a bracket that bisection shrinks whenever a step would leave it.
///
/// On a positive support the unknown is u = log x, where G is close to linear in both tails (F ≈ c·xᵃ
/// near 0), so far-tail quantiles such as 1e-121 take a few steps instead of hundreds of halvings.
enum Inversion {
  static func solve(_ d: some ContinuousDistribution, target: Double, upperTail: Bool) -> Double {
    let logSpace = d.lower == 0
    func x(_ u: Double) -> Double { logSpace ? Foundation.exp(u) : u }
    let logTarget = Foundation.log(target)
    func tail(_ u: Double) -> Double { upperTail ? d.sf(x(u)) : d.cdf(x(u)) }
    func g(_ u: Double) -> Double { Foundation.log(tail(u)) - logTarget }
    // G increases with u for the cdf and decreases for the sf; `below` means the root lies above u.
    func below(_ u: Double) -> Bool { upperTail ? g(u) > 0 : g(u) < 0 }
    let uMax = logSpace ? (d.upper.isFinite ? Foundation.log(d.upper) : 709.0) : (d.upper.isFinite ? d.upper : 1e308)
    let uMin = logSpace ? -745.0 : (d.lower.isFinite ? d.lower : -1e308)
    var lo = Swift.min(Swift.max(0, uMin), uMax)
    var hi = lo
    var step = 1.0
    while lo > uMin && !below(lo) {
      lo = Swift.max(lo - step, uMin)
      step *= 2
    }
    step = 1.0
    while hi < uMax && below(hi) {
      hi = Swift.min(hi + step, uMax)
      step *= 2
    }
    var u = (lo + hi) / 2
    for _ in 0..<200 {
      let value = g(u)
      if value == 0 { return x(u) }
      if below(u) { lo = u } else { hi = u }
      // dG/du = ±pdf(x)/F(x) · dx/du.
      let xu = x(u)
      let slope = (upperTail ? -d.pdf(xu) : d.pdf(xu)) / tail(u) * (logSpace ? xu : 1)
      var next = u - value / slope
      if !(next > lo && next < hi) || !next.isFinite { next = (lo + hi) / 2 }
      let tolerance = logSpace ? 2 * Double.ulpOfOne : 2 * Double.ulpOfOne * Swift.abs(next)
      if Swift.abs(next - u) <= tolerance || next == lo || next == hi { return x(next) }
      u = next
    }
    return x(u)
  }
}
