import TensorModule

/// SciPy's `_line_search_wolfe12`: Moré–Thuente's search (`line_search_wolfe1`), then Nocedal and Wright's
/// (`line_search_wolfe2`) when the first fails, along pk from xk for a step meeting the strong Wolfe conditions.
public struct StrongWolfe {
  public var c1: Double
  public var c2: Double
  /// Moré–Thuente's step bounds (`amin`, `amax`; SciPy's defaults 1e-8 and 50).
  public var stepMin: Double
  public var stepMax: Double
  /// The fallback search's `amax` (none by default).
  public var fallbackStepMax: Double?

  public init(c1: Double, c2: Double, stepMin: Double = 1e-8, stepMax: Double = 50, fallbackStepMax: Double? = nil) {
    self.c1 = c1
    self.c2 = c2
    self.stepMin = stepMin
    self.stepMax = stepMax
    self.fallbackStepMax = fallbackStepMax
  }

  /// The step, f there, f at xk, and ∇f at the step when the search computed it; nil when both searches fail.
  ///
  /// `extra(α, ∇f(xk + α·pk))` is a further condition a step must meet (CG's descent test).
  public func search<E: Error>(
    _ objective: inout ScalarObjective<E>, at xk: [Double], along pk: [Double], gradient gfk: [Double],
    value f0: Double, previousValue: Double?, extra: ([Double], Double) throws(E) -> Bool = { _, _ in true }
  ) throws(E) -> (Double, Double, Double, [Double]?)? {
    var lastGradient: [Double]? = nil
    var lastStep: Double? = nil
    func point(_ s: Double) -> [Double] { zip(xk, pk).map { $0 + s * $1 } }
    func phi(_ s: Double) throws(E) -> Double { try objective.value(at: point(s)) }
    func derivative(_ s: Double) throws(E) -> Double {
      let g = try objective.gradient(at: point(s))
      lastGradient = g
      lastStep = s
      return Linalg.dot(g, pk)
    }
    let g0 = Linalg.dot(gfk, pk)
    var alpha1 = 1.0
    if let previousValue, g0 != 0 {
      alpha1 = Swift.min(1.0, 1.01 * 2 * (f0 - previousValue) / g0)
      if alpha1 < 0 { alpha1 = 1.0 }
    }
    let moreThuente = MoreThuente(ftol: c1, gtol: c2, xtol: 1e-14, stepMin: stepMin, stepMax: stepMax)
    if let (step, value) = try moreThuente.search(from: alpha1, f0: f0, g0: g0, phi: phi, derivative: derivative),
      try extra(lastGradient ?? [], step)
    {
      return (step, value, f0, lastGradient)
    }
    lastGradient = nil
    lastStep = nil
    /// `extra_condition2`: the gradient at the step, evaluated again only if the last one was elsewhere.
    func fallbackExtra(_ s: Double, _ value: Double) throws(E) -> Bool {
      if lastStep != s { _ = try derivative(s) }
      return try extra(lastGradient ?? [], s)
    }
    let zoom = WolfeZoom(c1: c1, c2: c2, stepMax: fallbackStepMax)
    guard
      let (step, value, slope) = try zoom.search(
        f0: f0, previousF0: previousValue, g0: g0, phi: phi, derivative: derivative, extra: fallbackExtra)
    else { return nil }
    return (step, value, f0, slope == nil ? nil : lastGradient)
  }
}
