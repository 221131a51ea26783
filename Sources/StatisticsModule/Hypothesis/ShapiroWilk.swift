import Foundation

/// SciPy's `shapiro`: Royston's algorithm AS R94 for the W statistic and its p-value, step for step as SciPy's
/// `swilk` computes it (its own normal quantile and tail approximations, not `ndtri`/`ndtr`).
public enum ShapiroWilk {
  public struct Result: Sendable {
    public var statistic: Double
    public var pvalue: Double
    /// The data have zero range: W and p are 1, and SciPy warns.
    public var zeroRange: Bool
  }

  /// W and its p-value for `x` (at least 3 values): sorted, less the value at position n/2 of `x` as given.
  public static func test(_ x: [Double]) -> Result {
    let n = x.count
    var y = x.sorted { $0 < $1 || (!$0.isNaN && $1.isNaN) }
    let middle = x[n / 2]
    for i in y.indices { y[i] -= middle }
    return swilk(y)
  }

  /// AS R94 on sorted `x` with no censoring.
  static func swilk(_ x: [Double]) -> Result {
    let n = x.count
    let half = n / 2
    let an = Double(n)
    var a = [Double](repeating: 0, count: half)
    if n == 3 {
      a[0] = 2.0.squareRoot() / 2
    } else {
      let an25 = an + 0.25
      var summ2 = 0.0
      for i in 0..<half {
        let m = quantile((Double(i + 1) - 0.375) / an25)
        a[i] = m
        summ2 += m * m
      }
      summ2 *= 2
      let ssumm2 = summ2.squareRoot()
      let rsn = 1 / an.squareRoot()
      let a1 = poly([0, 0.221157, -0.147981, -0.207119e1, 0.4434685e1, -0.2706056e1], rsn) - a[0] / ssumm2
      let first: Int
      let fac: Double
      if n > 5 {
        first = 2
        let a2 = -a[1] / ssumm2 + poly([0, 0.42981e-1, -0.293762, -0.1752461e1, 0.5682633e1, -0.3582633e1], rsn)
        fac = ((summ2 - 2 * (a[0] * a[0]) - 2 * (a[1] * a[1])) / (1 - 2 * (a1 * a1) - 2 * (a2 * a2))).squareRoot()
        a[1] = a2
      } else {
        first = 1
        fac = ((summ2 - 2 * (a[0] * a[0])) / (1 - 2 * (a1 * a1))).squareRoot()
      }
      a[0] = a1
      for i in first..<half { a[i] *= -1 / fac }
    }
    let range = x[n - 1] - x[0]
    if range < 1e-19 { return Result(statistic: 1, pvalue: 1, zeroRange: true) }
    // The coefficient of sorted position i: −a[i] in the lower half, a[n−1−i] in the upper, 0 in the middle.
    let coefficient = { (i: Int, mirror: Int) -> Double in
      i == mirror ? 0 : (i < mirror ? -a[i] : a[mirror])
    }
    var sx = x[0] / range
    var sa = -a[0]
    var mirror = n - 2
    for i in 1..<n {
      sx += x[i] / range
      if i != mirror { sa += coefficient(i, mirror) }
      mirror -= 1
    }
    sa /= an
    sx /= an
    var (ssa, ssx, sax) = (0.0, 0.0, 0.0)
    mirror = n - 1
    for i in 0..<n {
      let asa = coefficient(i, mirror) - sa
      let xsx = x[i] / range - sx
      ssa += asa * asa
      ssx += xsx * xsx
      sax += asa * xsx
      mirror -= 1
    }
    let root = (ssa * ssx).squareRoot()
    let w1 = (root - sax) * (root + sax) / (ssa * ssx)
    let w = 1 - w1
    if n == 3 {
      if w < 0.75 { return Result(statistic: 0.75, pvalue: 0, zeroRange: false) }
      return Result(statistic: w, pvalue: 1 - 6 / Double.pi * acos(w.squareRoot()), zeroRange: false)
    }
    var y = log(w1)
    let m: Double
    let s: Double
    if n <= 11 {
      let gamma = poly([-0.2273e1, 0.459], an)
      if y >= gamma { return Result(statistic: w, pvalue: 1e-19, zeroRange: false) }
      y = -log(gamma - y)
      m = poly([0.5440, -0.39978, 0.25054e-1, -0.6714e-3], an)
      s = exp(poly([0.13822e1, -0.77857, 0.62767e-1, -0.20322e-2], an))
    } else {
      let lnN = log(an)
      m = poly([-0.15861e1, -0.31082, -0.83751e-1, 0.38915e-2], lnN)
      s = exp(poly([-0.4803, -0.82676e-1, 0.30302e-2], lnN))
    }
    return Result(statistic: w, pvalue: upperTail((y - m) / s), zeroRange: false)
  }

  /// AS R94's polynomial: `c[0] + c[1]·x + …`, evaluated as SciPy's `_poly` does (Horner from the top).
  static func poly(_ c: [Double], _ x: Double) -> Double {
    let order = c.count
    if order == 1 { return c[0] }
    var p = x * c[order - 1]
    if order == 2 { return c[0] + p }
    for k in stride(from: order - 2, to: 0, by: -1) { p = (p + c[k]) * x }
    return c[0] + p
  }

  /// AS 111's normal quantile (`ppnd`), the approximation AS R94 uses for its coefficients.
  static func quantile(_ p: Double) -> Double {
    let q = p - 0.5
    if Swift.abs(q) <= 0.42 {
      let r = q * q
      let top = q * (((-25.44106049637 * r + 41.39119773534) * r + -18.61500062529) * r + 2.50662823884)
      return top / ((((3.13082909833 * r + -21.06224101826) * r + 23.08336743743) * r + -8.47351093090) * r + 1)
    }
    var r = q > 0 ? 1 - p : p
    if r > 0 { r = (-log(r)).squareRoot() } else { return 0 }
    var t = ((2.32121276858 * r + 4.85014127135) * r + -2.29796479134) * r + -2.78718931138
    t /= (1.63706781897 * r + 3.54388924762) * r + 1
    return q < 0 ? -t : t
  }

  /// AS 66's upper normal tail (`alnorm` with `upper`), the approximation AS R94 uses for its p-value.
  static func upperTail(_ x: Double) -> Double {
    var upper = true
    var z = x
    if !(z > 0) {
      upper = false
      z = -z
    }
    if !(z <= 7 || (upper && z <= 38)) { return upper ? 0 : 1 }
    let y = 0.5 * z * z
    let tail: Double
    if z <= 1.28 {
      tail =
        0.5 - z
        * (0.398942280444 - 0.399903438504 * y
          / (y + 5.75885480458 - 29.8213557808 / (y + 2.62433121679 + 48.6959930692 / (y + 5.92885724438))))
    } else {
      tail =
        0.398942280385 * exp(-y)
        / (z - 3.8052e-8
          + 1.00000615302
          / (z + 3.98064794e-4
            + 1.98615381364
            / (z - 0.151679116635 + 5.29330324926
              / (z + 4.8385912808 - 15.1508972451 / (z + 0.742380924027 + 30.789933034 / (z + 3.99019417011))))))
    }
    return upper ? tail : 1 - tail
  }
}
