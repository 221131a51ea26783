import Foundation

extension UniformSource {
  /// Binomial(n, p) as NumPy draws it: inversion when the smaller of np and nq is at most 30,
  /// Kachitvichyanukul and Schmeiser's BTPE otherwise; p > 1/2 draws failures and subtracts.
  public mutating func binomial(_ n: Int, _ p: Double) -> Int {
    if n == 0 || p == 0 { return 0 }
    if p <= 0.5 {
      return p * Double(n) <= 30 ? binomialInversion(n, p) : binomialBTPE(n, p)
    }
    let q = 1 - p
    return n - (q * Double(n) <= 30 ? binomialInversion(n, q) : binomialBTPE(n, q))
  }

  private mutating func binomialInversion(_ n: Int, _ p: Double) -> Int {
    let q = 1 - p
    let qn = Foundation.exp(Double(n) * Foundation.log(q))
    let np = Double(n) * p
    let bound = Int(Swift.min(Double(n), np + 10 * (np * q + 1).squareRoot()))
    var x = 0
    var px = qn
    var u = random()
    while u > px {
      x += 1
      if x > bound {
        x = 0
        px = qn
        u = random()
      } else {
        u -= px
        px = (Double(n - x + 1) * p * px) / (Double(x) * q)
      }
    }
    return x
  }

  /// BTPE: a triangle, two parallelograms and two exponential tails over the distribution,
  /// accepted by the exact ratio near the mode and by Stirling bounds far from it.
  private mutating func binomialBTPE(_ n: Int, _ p: Double) -> Int {
    let nd = Double(n)
    let r = Swift.min(p, 1 - p)
    let q = 1 - r
    let fm = nd * r + r
    let m = Int(fm.rounded(.down))
    let md = Double(m)
    let p1 = (2.195 * (nd * r * q).squareRoot() - 4.6 * q).rounded(.down) + 0.5
    let xm = md + 0.5
    let xl = xm - p1
    let xr = xm + p1
    let c = 0.134 + 20.5 / (15.3 + md)
    var a = (fm - xl) / (fm - xl * r)
    let laml = a * (1 + a / 2)
    a = (xr - fm) / (xr * q)
    let lamr = a * (1 + a / 2)
    let p2 = p1 * (1 + 2 * c)
    let p3 = p2 + c / laml
    let p4 = p3 + c / lamr
    let nrq = nd * r * q

    while true {
      let u = random() * p4
      var v = random()
      var y: Int
      if u <= p1 {
        // The triangle: always accepted.
        y = Int((xm - p1 * v + u).rounded(.down))
        return p > 0.5 ? n - y : y
      } else if u <= p2 {
        let x = xl + (u - p1) / c
        v = v * c + 1 - Swift.abs(md - x + 0.5) / p1
        if v > 1 { continue }
        y = Int(x.rounded(.down))
      } else if u <= p3 {
        y = Int((xl + Foundation.log(v) / laml).rounded(.down))
        if y < 0 || v == 0 { continue }
        v = v * (u - p2) * laml
      } else {
        y = Int((xr - Foundation.log(v) / lamr).rounded(.down))
        if y > n || v == 0 { continue }
        v = v * (u - p3) * lamr
      }
      let k = Swift.abs(y - m)
      let kd = Double(k)
      if !(k > 20 && kd < nrq / 2 - 1) {
        // Near the mode: the exact ratio f(y) / f(m) by recurrence.
        let s = r / q
        let aa = s * (nd + 1)
        var f = 1.0
        if m < y {
          for i in (m + 1)...y { f *= (aa / Double(i) - s) }
        } else if m > y {
          for i in (y + 1)...m { f /= (aa / Double(i) - s) }
        }
        if v > f { continue }
        return p > 0.5 ? n - y : y
      }
      // Far from it: squeeze, then the Stirling-series bound.
      let rho = (kd / nrq) * ((kd * (kd / 3 + 0.625) + 0.16666666666666666) / nrq + 0.5)
      let t = -kd * kd / (2 * nrq)
      let logv = Foundation.log(v)
      if logv < t - rho { return p > 0.5 ? n - y : y }
      if logv > t + rho { continue }
      let yd = Double(y)
      let x1 = yd + 1
      let f1 = md + 1
      let z = nd + 1 - md
      let w = nd - yd + 1
      func stirling(_ v: Double) -> Double {
        let v2 = v * v
        return (13680 - (462 - (132 - (99 - 140 / v2) / v2) / v2) / v2) / v / 166320
      }
      let bound =
        xm * Foundation.log(f1 / x1) + (nd - md + 0.5) * Foundation.log(z / w) + (yd - md)
        * Foundation.log(w * r / (x1 * q)) + stirling(f1) + stirling(z) + stirling(x1) + stirling(w)
      if logv > bound { continue }
      return p > 0.5 ? n - y : y
    }
  }
}
