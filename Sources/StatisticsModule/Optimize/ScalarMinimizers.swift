import Foundation

/// SciPy's one-dimensional minimisers (`minimize_scalar`): `bracket`, Brent's method, golden-section search and
/// the bounded Brent of `fminbound`, each taking SciPy's steps in SciPy's order.
public enum ScalarMinimizers {
  /// Three points a < b < c (or c < b < a) with f(b) below f(a) and f(c), and the calls spent finding them.
  public struct Bracket: Sendable {
    public var xa, xb, xc, fa, fb, fc: Double
    public var calls: Int

    public init(xa: Double, xb: Double, xc: Double, fa: Double, fb: Double, fc: Double, calls: Int) {
      (self.xa, self.xb, self.xc, self.fa, self.fb, self.fc, self.calls) = (xa, xb, xc, fa, fb, fc, calls)
    }
  }

  public enum BracketOutcome: Sendable {
    case found(Bracket)
    /// SciPy's `BracketError`: the points reached are not a bracket.
    case invalid(Bracket)
    /// More than `maxIterations` growth steps (SciPy's RuntimeError).
    case iterationLimit
  }

  public static let bracketIterationMessage =
    "No valid bracket was found before the iteration limit was reached. Consider trying different initial points or increasing `maxiter`."
  public static let invalidBracketMessage =
    "The algorithm terminated without finding a valid bracket. Consider trying different initial points."

  /// SciPy's `bracket`: downhill from xa to xb, growing by the golden ratio with parabolic extrapolation.
  public static func bracket<E: Error>(
    _ f: (Double) throws(E) -> Double, xa startA: Double = 0, xb startB: Double = 1, growLimit: Double = 110,
    maxIterations: Int = 1000
  ) throws(E) -> BracketOutcome {
    let gold = 1.618034
    let tiny = 1e-21
    var (xa, xb) = (startA, startB)
    var fa = try f(xa)
    var fb = try f(xb)
    if fa < fb {
      (xa, xb) = (xb, xa)
      (fa, fb) = (fb, fa)
    }
    var xc = xb + gold * (xb - xa)
    var fc = try f(xc)
    var calls = 3
    var iteration = 0
    while fc < fb {
      let tmp1 = (xb - xa) * (fb - fc)
      let tmp2 = (xb - xc) * (fb - fa)
      let val = tmp2 - tmp1
      let denom = Swift.abs(val) < tiny ? 2 * tiny : 2 * val
      var w = xb - ((xb - xc) * tmp2 - (xb - xa) * tmp1) / denom
      let wlim = xb + growLimit * (xc - xb)
      if iteration > maxIterations { return .iterationLimit }
      iteration += 1
      var fw: Double
      if (w - xc) * (xb - w) > 0 {
        fw = try f(w)
        calls += 1
        if fw < fc {
          (xa, xb, fa, fb) = (xb, w, fb, fw)
          break
        } else if fw > fb {
          (xc, fc) = (w, fw)
          break
        }
        w = xc + gold * (xc - xb)
        fw = try f(w)
        calls += 1
      } else if (w - wlim) * (wlim - xc) >= 0 {
        w = wlim
        fw = try f(w)
        calls += 1
      } else if (w - wlim) * (xc - w) > 0 {
        fw = try f(w)
        calls += 1
        if fw < fc {
          xb = xc
          xc = w
          w = xc + gold * (xc - xb)
          fb = fc
          fc = fw
          fw = try f(w)
          calls += 1
        }
      } else {
        w = xc + gold * (xc - xb)
        fw = try f(w)
        calls += 1
      }
      (xa, xb, xc) = (xb, xc, w)
      (fa, fb, fc) = (fb, fc, fw)
    }
    let result = Bracket(xa: xa, xb: xb, xc: xc, fa: fa, fb: fb, fc: fc, calls: calls)
    let lower = (fb < fc && fb <= fa) || (fb < fa && fb <= fc)
    let between = (xa < xb && xb < xc) || (xc < xb && xb < xa)
    let finite = xa.isFinite && xb.isFinite && xc.isFinite
    return lower && between && finite ? .found(result) : .invalid(result)
  }

  public struct Minimum: Sendable {
    public var x: Double
    public var fun: Double
    public var iterations: Int
    public var calls: Int
  }

  /// Brent's method (SciPy's `Brent.optimize`): parabolic steps through the three best points when they stay
  /// inside the bracket and shrink, golden-section steps otherwise.
  public static func brent<E: Error>(
    _ f: (Double) throws(E) -> Double, bracket: Bracket, tol: Double = 1.48e-8, maxIterations: Int = 500
  ) throws(E) -> Minimum {
    let mintol = 1.0e-11
    let cg = 0.3819660
    var calls = bracket.calls
    var x = bracket.xb
    var (w, v) = (x, x)
    var fx = bracket.fb
    var (fw, fv) = (fx, fx)
    var (a, b) = bracket.xa < bracket.xc ? (bracket.xa, bracket.xc) : (bracket.xc, bracket.xa)
    var deltax = 0.0
    var rat = 0.0
    var iteration = 0
    while iteration < maxIterations {
      let tol1 = tol * Swift.abs(x) + mintol
      let tol2 = 2 * tol1
      let xmid = 0.5 * (a + b)
      if Swift.abs(x - xmid) < (tol2 - 0.5 * (b - a)) { break }
      if Swift.abs(deltax) <= tol1 {
        deltax = x >= xmid ? a - x : b - x
        rat = cg * deltax
      } else {
        let tmp1 = (x - w) * (fx - fv)
        var tmp2 = (x - v) * (fx - fw)
        var p = (x - v) * tmp2 - (x - w) * tmp1
        tmp2 = 2 * (tmp2 - tmp1)
        if tmp2 > 0 { p = -p }
        tmp2 = Swift.abs(tmp2)
        let previous = deltax
        deltax = rat
        if p > tmp2 * (a - x) && p < tmp2 * (b - x) && Swift.abs(p) < Swift.abs(0.5 * tmp2 * previous) {
          rat = p * 1.0 / tmp2
          let u = x + rat
          if (u - a) < tol2 || (b - u) < tol2 { rat = xmid - x >= 0 ? tol1 : -tol1 }
        } else {
          deltax = x >= xmid ? a - x : b - x
          rat = cg * deltax
        }
      }
      let u = Swift.abs(rat) < tol1 ? (rat >= 0 ? x + tol1 : x - tol1) : x + rat
      let fu = try f(u)
      calls += 1
      if fu > fx {
        if u < x { a = u } else { b = u }
        if fu <= fw || w == x {
          (v, w, fv, fw) = (w, u, fw, fu)
        } else if fu <= fv || v == x || v == w {
          (v, fv) = (u, fu)
        }
      } else {
        if u >= x { a = x } else { b = x }
        (v, w, x) = (w, x, u)
        (fv, fw, fx) = (fw, fx, fu)
      }
      iteration += 1
    }
    return Minimum(x: x, fun: fx, iterations: iteration, calls: calls)
  }

  /// Golden-section search (SciPy's `_minimize_scalar_golden`).
  public static func golden<E: Error>(
    _ f: (Double) throws(E) -> Double, bracket: Bracket, tol: Double, maxIterations: Int = 5000
  ) throws(E) -> Minimum {
    let gR = 0.61803399
    let gC = 1.0 - gR
    var calls = bracket.calls
    var x3 = bracket.xc
    var x0 = bracket.xa
    let xb = bracket.xb
    var x1: Double
    var x2: Double
    if Swift.abs(bracket.xc - xb) > Swift.abs(xb - bracket.xa) {
      x1 = xb
      x2 = xb + gC * (bracket.xc - xb)
    } else {
      x2 = xb
      x1 = xb - gC * (xb - bracket.xa)
    }
    var f1 = try f(x1)
    var f2 = try f(x2)
    calls += 2
    var iterations = 0
    for _ in 0..<maxIterations {
      if Swift.abs(x3 - x0) <= tol * (Swift.abs(x1) + Swift.abs(x2)) { break }
      if f2 < f1 {
        (x0, x1) = (x1, x2)
        x2 = gR * x1 + gC * x3
        f1 = f2
        f2 = try f(x2)
      } else {
        (x3, x2) = (x2, x1)
        x1 = gR * x2 + gC * x0
        f2 = f1
        f1 = try f(x1)
      }
      calls += 1
      iterations += 1
    }
    return f1 < f2
      ? Minimum(x: x1, fun: f1, iterations: iterations, calls: calls)
      : Minimum(x: x2, fun: f2, iterations: iterations, calls: calls)
  }

  public struct BoundedMinimum: Sendable {
    public var x: Double
    public var fun: Double
    /// 0 found, 1 out of calls, 2 NaN.
    public var status: Int
    public var calls: Int
  }

  /// Brent's method confined to [lower, upper] (SciPy's `_minimize_scalar_bounded`, from `fminbound`).
  public static func bounded<E: Error>(
    _ f: (Double) throws(E) -> Double, lower: Double, upper: Double, xatol: Double = 1e-5, maxCalls: Int = 500
  ) throws(E) -> BoundedMinimum {
    let sqrtEps = Foundation.sqrt(2.2e-16)
    let goldenMean = 0.5 * (3.0 - Foundation.sqrt(5.0))
    var (a, b) = (lower, upper)
    var fulc = a + goldenMean * (b - a)
    var nfc = fulc
    var xf = fulc
    var rat = 0.0
    var e = 0.0
    var x = xf
    var fx = try f(x)
    var calls = 1
    var fu = Double.infinity
    var ffulc = fx
    var fnfc = fx
    var xm = 0.5 * (a + b)
    var tol1 = sqrtEps * Swift.abs(xf) + xatol / 3.0
    var tol2 = 2.0 * tol1
    var status = 0
    while Swift.abs(xf - xm) > (tol2 - 0.5 * (b - a)) {
      var golden = true
      if Swift.abs(e) > tol1 {
        golden = false
        var r = (xf - nfc) * (fx - ffulc)
        var q = (xf - fulc) * (fx - fnfc)
        var p = (xf - fulc) * q - (xf - nfc) * r
        q = 2.0 * (q - r)
        if q > 0 { p = -p }
        q = Swift.abs(q)
        r = e
        e = rat
        if Swift.abs(p) < Swift.abs(0.5 * q * r) && p > q * (a - xf) && p < q * (b - xf) {
          rat = (p + 0.0) / q
          x = xf + rat
          if (x - a) < tol2 || (b - x) < tol2 {
            rat = tol1 * (sign(xm - xf) + (xm - xf == 0 ? 1 : 0))
          }
        } else {
          golden = true
        }
      }
      if golden {
        e = xf >= xm ? a - xf : b - xf
        rat = goldenMean * e
      }
      let si = sign(rat) + (rat == 0 ? 1 : 0)
      x = xf + si * nanMaximum(Swift.abs(rat), tol1)
      fu = try f(x)
      calls += 1
      if fu <= fx {
        if x >= xf { a = xf } else { b = xf }
        (fulc, ffulc) = (nfc, fnfc)
        (nfc, fnfc) = (xf, fx)
        (xf, fx) = (x, fu)
      } else {
        if x < xf { a = x } else { b = x }
        if fu <= fnfc || nfc == xf {
          (fulc, ffulc) = (nfc, fnfc)
          (nfc, fnfc) = (x, fu)
        } else if fu <= ffulc || fulc == xf || fulc == nfc {
          (fulc, ffulc) = (x, fu)
        }
      }
      xm = 0.5 * (a + b)
      tol1 = sqrtEps * Swift.abs(xf) + xatol / 3.0
      tol2 = 2.0 * tol1
      if calls >= maxCalls {
        status = 1
        break
      }
    }
    if xf.isNaN || fx.isNaN || fu.isNaN { status = 2 }
    return BoundedMinimum(x: xf, fun: fx, status: status, calls: calls)
  }

  /// NumPy's `sign` (NaN for NaN).
  static func sign(_ x: Double) -> Double { x > 0 ? 1 : x < 0 ? -1 : x == 0 ? 0 : .nan }

  /// NumPy's `maximum` (NaN if either is NaN).
  static func nanMaximum(_ a: Double, _ b: Double) -> Double { a.isNaN || b.isNaN ? .nan : Swift.max(a, b) }
}
