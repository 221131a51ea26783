import Foundation
import TensorModule

/// SciPy's `linregress`: least squares of y on x from the biased covariance matrix (NumPy's `cov(x, y, bias=1)`),
/// r clipped to [−1, 1], the t test of the slope and both standard errors.
public enum LinearRegression {
  public struct Fit: Sendable {
    public var slope, intercept, r, pvalue, slopeError, interceptError: Double
  }

  public static func fit(_ x: [Double], _ y: [Double], alternative: Alternative) throws(TensorError) -> Fit {
    let n = x.count
    let (xmean, ymean) = (Moments.mean(x), Moments.mean(y))
    let c = try Covariance.matrix(Covariance.variables(Tensor(x), Tensor(y), rowvar: true), ddof: 0).data
    let (ssxm, ssxym, ssym) = (c[0], c[1], c[3])
    var r: Double
    if ssxm == 0 || ssym == 0 {
      r = ssxym == 0 ? .nan : 0
    } else {
      r = Swift.min(Swift.max(ssxym / (ssxm * ssym).squareRoot(), -1), 1)
    }
    let slope = ssxym / ssxm
    let intercept = ymean - slope * xmean
    if n == 2 {
      return Fit(
        slope: slope, intercept: intercept, r: r, pvalue: y[0] == y[1] ? 1 : 0, slopeError: 0, interceptError: 0)
    }
    let df = Double(n - 2)
    let tiny = 1.0e-20
    let t = r * (df / ((1.0 - r + tiny) * (1.0 + r + tiny))).squareRoot()
    let d = StudentT(df: df)
    let p: Double =
      switch alternative {
      case .less: d.cdf(t)
      case .greater: d.sf(t)
      case .twoSided: 2 * d.sf(Swift.abs(t))
      }
    let slopeError = ((1 - r * r) * ssym / ssxm / df).squareRoot()
    return Fit(
      slope: slope, intercept: intercept, r: r, pvalue: p, slopeError: slopeError,
      interceptError: slopeError * (ssxm + xmean * xmean).squareRoot())
  }
}
