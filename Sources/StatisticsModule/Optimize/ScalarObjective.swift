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
  /// Box bounds that finite-difference steps must respect (SciPy's `finite_diff_bounds`), when any is finite.
  public var bounds: (lower: [Double], upper: [Double])?
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
    gradient: (([Double]) throws(E) -> [Double])?, differences: Differences = .forward(step: Self.sqrtEpsilon),
    bounds: (lower: [Double], upper: [Double])? = nil
  ) throws(E) {
    self.function = function
    gradientFunction = gradient
    self.differences = differences
    if let bounds, bounds.lower.contains(where: \.isFinite) || bounds.upper.contains(where: \.isFinite) {
      self.bounds = bounds
    }
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

  /// SciPy's `approx_derivative`: one call per coordinate (two for central differences), steps turned or
  /// shortened to stay inside the bounds (`_adjust_scheme_to_bounds`).
  mutating func differenced() throws(E) -> [Double] {
    let f0 = f
    var out = [Double](repeating: 0, count: x.count)
    let sqrtEps = Self.sqrtEpsilon
    let cbrtEps = Foundation.pow(Double.ulpOfOne, 1.0 / 3)
    for i in x.indices {
      let xi = x[i]
      let sign: Double = xi >= 0 ? 1 : -1
      let relative = Swift.max(1.0, Swift.abs(xi))
      let (lowerDistance, upperDistance) = bounds.map { (xi - $0.lower[i], $0.upper[i] - xi) } ?? (.infinity, .infinity)
      var probe = x
      switch differences {
      case .forward, .twoPoint:
        var h: Double
        if case .forward(let step) = differences {
          h = (xi + step) - xi == 0 ? sqrtEps * sign * relative : step
        } else {
          h = sqrtEps * sign * relative
        }
        if let bounds {
          let reached = xi + h
          let violated = reached < bounds.lower[i] || reached > bounds.upper[i]
          let fitting = Swift.abs(h) <= Swift.max(lowerDistance, upperDistance)
          if violated && fitting { h = -h }
          if !fitting { h = upperDistance >= lowerDistance ? upperDistance : -lowerDistance }
        }
        probe[i] = xi + h
        let fi = try function(probe)
        functionCalls += 1
        out[i] = (fi - f0) / ((xi + h) - xi)
      case .threePoint:
        var h = Swift.abs(cbrtEps * sign * relative)
        var oneSided = false
        if bounds != nil {
          let central = lowerDistance >= h && upperDistance >= h
          if !central {
            h = upperDistance >= lowerDistance ? Swift.min(h, 0.5 * upperDistance) : -Swift.min(h, 0.5 * lowerDistance)
            oneSided = true
            let minDistance = Swift.min(upperDistance, lowerDistance)
            if Swift.abs(h) <= minDistance {
              h = minDistance
              oneSided = false
            }
          }
        }
        if oneSided {
          probe[i] = xi + h
          let f1 = try function(probe)
          probe[i] = xi + 2 * h
          let f2 = try function(probe)
          functionCalls += 2
          out[i] = (-3.0 * f0 + 4 * f1 - f2) / ((xi + 2 * h) - xi)
        } else {
          probe[i] = xi - h
          let low = try function(probe)
          probe[i] = xi + h
          let high = try function(probe)
          functionCalls += 2
          out[i] = (high - low) / ((xi + h) - (xi - h))
        }
      }
    }
    return out
  }
}
