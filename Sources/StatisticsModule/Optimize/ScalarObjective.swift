import Foundation

/// SciPy's `ScalarFunction`: an objective with its gradient (given, or by finite differences), remembering the
/// last point so asking again for f or ∇f there costs no call, and counting calls as SciPy reports them
/// (`nfev` includes the finite-difference calls).
public struct ScalarObjective<E: Error> {
  /// How a gradient is found when none is given.
  public enum Differences: Sendable {
    /// Forward differences with an absolute step (SciPy's default `jac=None`, step √ε).
    case forward(step: Double)
    /// `jac='2-point'`: forward differences, step √ε·max(1, |x|) signed as x.
    case twoPoint
    /// `jac='3-point'`: central differences, step ε^⅓·max(1, |x|).
    case threePoint
  }

  let function: ([Double]) throws(E) -> Double
  let gradientFunction: (([Double]) throws(E) -> [Double])?
  let differences: Differences
  public private(set) var functionCalls = 0
  public private(set) var gradientCalls = 0
  var x: [Double]
  var f = Double.nan
  var g: [Double] = []
  var fCurrent = false
  var gCurrent = false

  /// Evaluates f and ∇f at `x0` at once, as SciPy's constructor does.
  public init(
    at x0: [Double], function: @escaping ([Double]) throws(E) -> Double,
    gradient: (([Double]) throws(E) -> [Double])?, differences: Differences = .forward(step: Self.sqrtEpsilon)
  ) throws(E) {
    self.function = function
    gradientFunction = gradient
    self.differences = differences
    x = x0
    try updateValue()
    try updateGradient()
  }

  public static var sqrtEpsilon: Double { Foundation.pow(Double.ulpOfOne, 0.5) }

  public mutating func value(at point: [Double]) throws(E) -> Double {
    move(to: point)
    try updateValue()
    return f
  }

  public mutating func gradient(at point: [Double]) throws(E) -> [Double] {
    move(to: point)
    try updateGradient()
    return g
  }

  /// NumPy's `array_equal`: a NaN anywhere makes every point new.
  mutating func move(to point: [Double]) {
    var same = point.count == x.count
    if same {
      for i in point.indices where !(point[i] == x[i]) {
        same = false
        break
      }
    }
    if same { return }
    x = point
    fCurrent = false
    gCurrent = false
  }

  mutating func updateValue() throws(E) {
    if fCurrent { return }
    f = try function(x)
    functionCalls += 1
    fCurrent = true
  }

  mutating func updateGradient() throws(E) {
    if gCurrent { return }
    if let gradientFunction {
      g = try gradientFunction(x)
    } else {
      try updateValue()
      g = try differenced()
    }
    gradientCalls += 1
    gCurrent = true
  }

  /// SciPy's `approx_derivative` without bounds: one call per coordinate (two for central differences).
  mutating func differenced() throws(E) -> [Double] {
    let f0 = f
    var out = [Double](repeating: 0, count: x.count)
    let sqrtEps = Self.sqrtEpsilon
    for i in x.indices {
      let xi = x[i]
      let sign: Double = xi >= 0 ? 1 : -1
      let relative = Swift.max(1.0, Swift.abs(xi))
      var probe = x
      switch differences {
      case .forward(let step):
        let h = (xi + step) - xi == 0 ? sqrtEps * sign * relative : step
        probe[i] = xi + h
        let fi = try function(probe)
        functionCalls += 1
        out[i] = (fi - f0) / ((xi + h) - xi)
      case .twoPoint:
        let h = sqrtEps * sign * relative
        probe[i] = xi + h
        let fi = try function(probe)
        functionCalls += 1
        out[i] = (fi - f0) / ((xi + h) - xi)
      case .threePoint:
        let h = Swift.abs(Foundation.pow(Double.ulpOfOne, 1.0 / 3) * sign * relative)
        probe[i] = xi - h
        let low = try function(probe)
        probe[i] = xi + h
        let high = try function(probe)
        functionCalls += 2
        out[i] = (high - low) / ((xi + h) - (xi - h))
      }
    }
    return out
  }
}
