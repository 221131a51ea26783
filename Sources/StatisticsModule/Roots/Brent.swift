import Foundation

/// Brent's root finder as SciPy's `brentq` runs it (scipy/optimize/Zeros/brentq.c).
///
/// Inverse quadratic or secant steps inside the bracket when they shrink it fast enough, bisection otherwise, stopping when half the bracket
/// is under (xtol + rtol·|x|)/2. The same steps in the same order, so roots agree with SciPy's to the bit.
public enum Brent {
  public enum Outcome: Sendable, Equatable {
    case converged(Double)
    case sameSigns
    case notConverged(Double)
  }

  public static let defaultXTol = 2e-12
  public static let defaultRTol = 4 * Double.ulpOfOne

  public static func root<E: Error>(
    _ f: (Double) throws(E) -> Double, _ a: Double, _ b: Double, xtol: Double = defaultXTol,
    rtol: Double = defaultRTol, maxIterations: Int = 100
  ) throws(E) -> (outcome: Outcome, iterations: Int, calls: Int) {
    var (xpre, xcur) = (a, b)
    var (xblk, fblk, spre, scur) = (0.0, 0.0, 0.0, 0.0)
    var fpre = try f(xpre)
    var fcur = try f(xcur)
    var calls = 2
    if fpre == 0 { return (.converged(xpre), 0, calls) }
    if fcur == 0 { return (.converged(xcur), 0, calls) }
    if fpre.sign == fcur.sign { return (.sameSigns, 0, calls) }
    var iterations = 0
    for _ in 0..<maxIterations {
      iterations += 1
      if fpre != 0 && fcur != 0 && fpre.sign != fcur.sign {
        // The bracket's far end is the previous point.
        xblk = xpre
        fblk = fpre
        scur = xcur - xpre
        spre = scur
      }
      if abs(fblk) < abs(fcur) {
        // Keep the better point current.
        (xpre, xcur, xblk) = (xcur, xblk, xcur)
        (fpre, fcur, fblk) = (fcur, fblk, fcur)
      }
      let delta = (xtol + rtol * abs(xcur)) / 2
      let sbis = (xblk - xcur) / 2
      if fcur == 0 || abs(sbis) < delta { return (.converged(xcur), iterations, calls) }
      if abs(spre) > delta && abs(fcur) < abs(fpre) {
        let stry: Double
        if xpre == xblk {
          stry = -fcur * (xcur - xpre) / (fcur - fpre)
        } else {
          let dpre = (fpre - fcur) / (xpre - xcur)
          let dblk = (fblk - fcur) / (xblk - xcur)
          stry = -fcur * (fblk * dblk - fpre * dpre) / (dblk * dpre * (fblk - fpre))
        }
        if 2 * abs(stry) < min(abs(spre), 3 * abs(sbis) - delta) {
          spre = scur
          scur = stry
        } else {
          spre = sbis
          scur = sbis
        }
      } else {
        spre = sbis
        scur = sbis
      }
      xpre = xcur
      fpre = fcur
      xcur += abs(scur) > delta ? scur : (sbis > 0 ? delta : -delta)
      fcur = try f(xcur)
      calls += 1
    }
    return (.notConverged(xcur), iterations, calls)
  }
}
