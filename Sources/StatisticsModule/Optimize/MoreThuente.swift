import Foundation

/// Moré and Thuente's line search (MINPACK-2 `dcsrch`), which SciPy's `line_search_wolfe1` runs.
///
/// It looks for a step that satisfies the strong Wolfe conditions, safeguarding cubic and quadratic steps inside
/// an interval of uncertainty; the steps and their order are SciPy's, so the points it evaluates are the same.
public struct MoreThuente {
  public var ftol: Double
  public var gtol: Double
  public var xtol: Double
  public var stepMin: Double
  public var stepMax: Double

  public init(ftol: Double, gtol: Double, xtol: Double, stepMin: Double, stepMax: Double) {
    self.ftol = ftol
    self.gtol = gtol
    self.xtol = xtol
    self.stepMin = stepMin
    self.stepMax = stepMax
  }

  /// What one call of the search loop asks for next.
  enum Task {
    case evaluate
    case converged
    /// Rounding errors, the xtol test, or a step bound reached: SciPy's Python search fails; L-BFGS-B takes the
    /// step.
    case warning
  }

  /// The state `dcsrch` keeps between evaluations.
  struct State {
    var bracketed = false
    var stage = 1
    var finit = 0.0
    var ginit = 0.0
    var gtest = 0.0
    var width = 0.0
    var width1 = 0.0
    var stx = 0.0
    var fx = 0.0
    var gx = 0.0
    var sty = 0.0
    var fy = 0.0
    var gy = 0.0
    var stmin = 0.0
    var stmax = 0.0
  }

  /// Searches from `step` with φ(0) = `f0` and φ'(0) = `g0`: the step found, with φ there, or nil on failure.
  ///
  /// `phi` and `derivative` evaluate φ and φ' at a step (φ first, then φ', as SciPy calls them).
  public func search<E: Error>(
    from step: Double, f0: Double, g0: Double, maxIterations: Int = 100,
    phi: (Double) throws(E) -> Double, derivative: (Double) throws(E) -> Double
  ) throws(E) -> (step: Double, value: Double)? {
    guard var s = start(step, f0: f0, g0: g0) else { return nil }
    var stp = step
    var f: Double
    var g: Double
    // SciPy's loop evaluates once per iteration and tests the evaluation on the next, so the last is never tested.
    for i in 0..<maxIterations {
      f = try phi(stp)
      g = try derivative(stp)
      if i == maxIterations - 1 { break }
      let (next, task) = iterate(&s, stp, f, g)
      switch task {
      case .converged: return (next, f)
      case .warning: return nil
      case .evaluate:
        guard next.isFinite else { return nil }
        stp = next
      }
    }
    return nil
  }

  /// `dcsrch`'s START: the state for a search from `step` with φ(0) = `f0`, φ'(0) = `g0` (nil on an argument
  /// error).
  func start(_ step: Double, f0: Double, g0: Double) -> State? {
    if step < stepMin || step > stepMax || g0 >= 0 || ftol < 0 || gtol < 0 || xtol < 0 || stepMin < 0
      || stepMax < stepMin
    {
      return nil
    }
    var s = State()
    s.finit = f0
    s.ginit = g0
    s.gtest = ftol * g0
    s.width = stepMax - stepMin
    s.width1 = s.width / 0.5
    (s.stx, s.fx, s.gx) = (0, f0, g0)
    (s.sty, s.fy, s.gy) = (0, f0, g0)
    s.stmin = 0
    s.stmax = step + 4 * step
    return s
  }

  /// One pass of `dcsrch` after an evaluation: a test for convergence or failure, else the next trial step.
  func iterate(_ s: inout State, _ step: Double, _ f: Double, _ g: Double) -> (Double, Task) {
    var stp = step
    let ftest = s.finit + stp * s.gtest
    if s.stage == 1 && f <= ftest && g >= 0 { s.stage = 2 }
    var task = Task.evaluate
    if s.bracketed && (stp <= s.stmin || stp >= s.stmax) { task = .warning }
    if s.bracketed && s.stmax - s.stmin <= xtol * s.stmax { task = .warning }
    if stp == stepMax && f <= ftest && g <= s.gtest { task = .warning }
    if stp == stepMin && (f > ftest || g >= s.gtest) { task = .warning }
    if f <= ftest && Swift.abs(g) <= gtol * -s.ginit { task = .converged }
    if task != .evaluate { return (stp, task) }

    if s.stage == 1 && f <= s.fx && f > ftest {
      // The modified function ψ(α) = φ(α) − φ(0) − ftol·α·φ'(0) while no step has decreased it enough.
      var step = Step(
        stx: s.stx, fx: s.fx - s.stx * s.gtest, dx: s.gx - s.gtest, sty: s.sty, fy: s.fy - s.sty * s.gtest,
        dy: s.gy - s.gtest, bracketed: s.bracketed)
      stp = step.take(stp, fp: f - stp * s.gtest, dp: g - s.gtest, stpmin: s.stmin, stpmax: s.stmax)
      s.stx = step.stx
      s.sty = step.sty
      s.bracketed = step.bracketed
      s.fx = step.fx + s.stx * s.gtest
      s.fy = step.fy + s.sty * s.gtest
      s.gx = step.dx + s.gtest
      s.gy = step.dy + s.gtest
    } else {
      var step = Step(stx: s.stx, fx: s.fx, dx: s.gx, sty: s.sty, fy: s.fy, dy: s.gy, bracketed: s.bracketed)
      stp = step.take(stp, fp: f, dp: g, stpmin: s.stmin, stpmax: s.stmax)
      (s.stx, s.fx, s.gx, s.sty, s.fy, s.gy, s.bracketed) =
        (step.stx, step.fx, step.dx, step.sty, step.fy, step.dy, step.bracketed)
    }
    if s.bracketed {
      // Bisect when the interval has not shrunk enough over two steps.
      if Swift.abs(s.sty - s.stx) >= 0.66 * s.width1 { stp = s.stx + 0.5 * (s.sty - s.stx) }
      s.width1 = s.width
      s.width = Swift.abs(s.sty - s.stx)
      s.stmin = Swift.min(s.stx, s.sty)
      s.stmax = Swift.max(s.stx, s.sty)
    } else {
      s.stmin = stp + 1.1 * (stp - s.stx)
      s.stmax = stp + 4 * (stp - s.stx)
    }
    stp = Swift.min(Swift.max(stp, stepMin), stepMax)
    if s.bracketed && (stp <= s.stmin || stp >= s.stmax || s.stmax - s.stmin <= xtol * s.stmax) { stp = s.stx }
    return (stp, .evaluate)
  }

  /// MINPACK-2's `dcstep`: the best step so far (stx), the other end of the interval (sty) and the trial step,
  /// each with its value and derivative; `take` chooses the next trial step and updates the interval.
  struct Step {
    var stx: Double
    var fx: Double
    var dx: Double
    var sty: Double
    var fy: Double
    var dy: Double
    var bracketed: Bool

    /// The cubic's minimiser through (a, fa, da) and (b, fb, db), as `stpc`.
    static func cubicStep(
      from a: Double, _ fa: Double, _ da: Double, to b: Double, _ fb: Double, _ db: Double, clampRadical: Bool
    ) -> (gamma: Double, theta: Double) {
      let theta = 3 * (fa - fb) / (b - a) + da + db
      let s = Swift.max(Swift.abs(theta), Swift.abs(da), Swift.abs(db))
      // Python's `** 2` is C's pow, not a product; glibc's pow can differ from x·x in the last bit.
      let radical = Foundation.pow(theta / s, 2) - (da / s) * (db / s)
      return (s * (clampRadical ? Swift.max(0, radical) : radical).squareRoot(), theta)
    }

    mutating func take(_ stp: Double, fp: Double, dp: Double, stpmin: Double, stpmax: Double) -> Double {
      let sgnd = sign(dp) * sign(dx)
      var stpf: Double
      if fp > fx {
        // A higher value: the minimum is bracketed; the cubic step, or halfway to the quadratic one.
        var (gamma, theta) = Self.cubicStep(from: stx, fx, dx, to: stp, fp, dp, clampRadical: false)
        if stp < stx { gamma = -gamma }
        let p = (gamma - dx) + theta
        let q = ((gamma - dx) + gamma) + dp
        let stpc = stx + (p / q) * (stp - stx)
        let stpq = stx + ((dx / ((fx - fp) / (stp - stx) + dx)) / 2) * (stp - stx)
        stpf = Swift.abs(stpc - stx) <= Swift.abs(stpq - stx) ? stpc : stpc + (stpq - stpc) / 2
        bracketed = true
      } else if sgnd < 0 {
        // Derivatives of opposite sign: bracketed; the step farther from stp of the cubic and the secant.
        var (gamma, theta) = Self.cubicStep(from: stx, fx, dx, to: stp, fp, dp, clampRadical: false)
        if stp > stx { gamma = -gamma }
        let p = (gamma - dp) + theta
        let q = ((gamma - dp) + gamma) + dx
        let stpc = stp + (p / q) * (stx - stp)
        let stpq = stp + (dp / (dp - dx)) * (stx - stp)
        stpf = Swift.abs(stpc - stp) > Swift.abs(stpq - stp) ? stpc : stpq
        bracketed = true
      } else if Swift.abs(dp) < Swift.abs(dx) {
        // Same sign, the derivative shrinking: the cubic step if it heads the right way, else a bound.
        var (gamma, theta) = Self.cubicStep(from: stx, fx, dx, to: stp, fp, dp, clampRadical: true)
        if stp > stx { gamma = -gamma }
        let p = (gamma - dp) + theta
        let q = (gamma + (dx - dp)) + gamma
        let r = p / q
        let stpc: Double
        if r < 0 && gamma != 0 {
          stpc = stp + r * (stx - stp)
        } else {
          stpc = stp > stx ? stpmax : stpmin
        }
        let stpq = stp + (dp / (dp - dx)) * (stx - stp)
        if bracketed {
          stpf = Swift.abs(stpc - stp) < Swift.abs(stpq - stp) ? stpc : stpq
          stpf = stp > stx ? Swift.min(stp + 0.66 * (sty - stp), stpf) : Swift.max(stp + 0.66 * (sty - stp), stpf)
        } else {
          stpf = Swift.abs(stpc - stp) > Swift.abs(stpq - stp) ? stpc : stpq
          stpf = Swift.min(Swift.max(stpf, stpmin), stpmax)
        }
      } else if bracketed {
        // Same sign, the derivative not shrinking, bracketed: the cubic through stp and sty.
        var (gamma, theta) = Self.cubicStep(from: stp, fp, dp, to: sty, fy, dy, clampRadical: false)
        if stp > sty { gamma = -gamma }
        let p = (gamma - dp) + theta
        let q = ((gamma - dp) + gamma) + dy
        stpf = stp + (p / q) * (sty - stp)
      } else {
        stpf = stp > stx ? stpmax : stpmin
      }
      if fp > fx {
        (sty, fy, dy) = (stp, fp, dp)
      } else {
        if sgnd < 0 { (sty, fy, dy) = (stx, fx, dx) }
        (stx, fx, dx) = (stp, fp, dp)
      }
      return stpf
    }

    /// NumPy's `sign`: −1, 0 or 1, NaN for NaN.
    func sign(_ x: Double) -> Double { x > 0 ? 1 : x < 0 ? -1 : x == 0 ? 0 : .nan }
  }
}
