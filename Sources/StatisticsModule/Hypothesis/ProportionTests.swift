import Foundation

/// statsmodels' `proportions_ztest`: the z statistic of one proportion against `value`, or of the
/// difference of two with the pooled proportion in the standard error (no continuity correction).
public enum ProportionTests {
  public static func zTest(count: [Double], nobs: [Double], value: Double?, alternative: Alternative) -> (
    Double, Double
  ) {
    let props = zip(count, nobs).map { $0 / $1 }
    let difference = props.count == 1 ? props[0] - (value ?? 0) : props[0] - props[1] - (value ?? 0)
    let pooled = count.reduce(0, +) / nobs.reduce(0, +)
    let factor = nobs.reduce(0) { $0 + 1 / $1 }
    let z = difference / (pooled * (1 - pooled) * factor).squareRoot()
    let d = Normal()
    let p = z.isNaN ? Double.nan : alternative.pValue(z, cdf: d.cdf, sf: d.sf)
    return (z, p)
  }
}
