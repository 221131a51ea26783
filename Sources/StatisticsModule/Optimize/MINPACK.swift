import Foundation

/// MINPACK's Levenberg–Marquardt with a forward-difference Jacobian (`lmdif`), step for step as SciPy 1.17's C
/// port runs it for `leastsq` and `curve_fit`'s default method: the same Householder QR with column pivoting,
/// the same trust-region parameter search and the same scaled norms, so iterates match to the bit.
///
/// Matrices are column-major with leading dimension m, as in the C code.
public enum MINPACK {
  /// What `lmdif` leaves: the point, residuals there, the QR of the Jacobian (R above the diagonal, as
  /// SciPy's `fjac`), the pivots (0-based), Qᵀf, MINPACK's `info` and the count of function calls.
  public struct Outcome: Sendable {
    public var x: [Double]
    public var fvec: [Double]
    public var fjac: [Double]
    public var ipvt: [Int]
    public var qtf: [Double]
    public var info: Int
    public var nfev: Int
    /// Jacobian evaluations (`lmder`; 0 for `lmdif`).
    public var njev: Int
  }

  static let epsmch = 2.220446049250313e-16
  static let dwarf = 2.2250738585072014e-308

  /// Minimises the sum of squares of the `m` residuals `fcn(x)` from `x0`.
  ///
  /// With `jacobian` (the m×n Jacobian, column-major) this is `lmder`, which calls it where `lmdif` takes
  /// forward differences; nothing else differs. `diag` given is MINPACK's mode 2 (fixed scales, each
  /// positive); `info` 0 means improper input.
  public static func lmdif<E: Error>(
    m: Int, x0: [Double], ftol: Double, xtol: Double, gtol: Double, maxfev: Int, epsfcn: Double,
    factor: Double, diag given: [Double]?, jacobian: (([Double]) throws(E) -> [Double])? = nil,
    _ fcn: ([Double]) throws(E) -> [Double]
  ) throws(E) -> Outcome {
    let n = x0.count
    var x = x0
    var out = Outcome(
      x: x0, fvec: [Double](repeating: 0, count: m), fjac: [Double](repeating: 0, count: m * n), ipvt: [],
      qtf: [Double](repeating: 0, count: n), info: 0, nfev: 0, njev: 0)
    let mode2 = given != nil
    var diag = given ?? [Double](repeating: 0, count: n)
    guard n > 0, m >= n, ftol >= 0, xtol >= 0, gtol >= 0, maxfev > 0, factor > 0, diag.count == n,
      !mode2 || diag.allSatisfy({ $0 > 0 })
    else { return out }
    var fvec = try fcn(x)
    out.nfev = 1
    var fnorm = enorm(fvec[...])
    var par = 0.0
    var iter = 1
    var delta = 0.0
    var xnorm = 0.0
    var fjac = [Double](repeating: 0, count: m * n)
    var ipvt = [Int](repeating: 0, count: n)
    var qtf = [Double](repeating: 0, count: n)
    var wa1 = [Double](repeating: 0, count: n)
    var wa2 = [Double](repeating: 0, count: n)
    var wa3 = [Double](repeating: 0, count: n)
    var wa4 = [Double](repeating: 0, count: m)
    var info = 0
    func finish() -> Outcome {
      out.x = x
      out.fvec = fvec
      out.fjac = fjac
      out.ipvt = ipvt
      out.qtf = qtf
      out.info = info
      return out
    }
    while true {
      if let jacobian {
        fjac = try jacobian(x)
        out.njev += 1
      } else {
        try differences(x: &x, fvec: fvec, fjac: &fjac, m: m, epsfcn: epsfcn, fcn)
        out.nfev += n
      }
      qrfac(m, n, &fjac, &ipvt, &wa1, &wa2, &wa3)

      if iter == 1 {
        if !mode2 {
          for j in 0..<n { diag[j] = wa2[j] == 0 ? 1 : wa2[j] }
        }
        for j in 0..<n { wa3[j] = diag[j] * x[j] }
        xnorm = enorm(wa3[...])
        delta = factor * xnorm
        if delta == 0 { delta = factor }
      }
      for i in 0..<m { wa4[i] = fvec[i] }
      for j in 0..<n {
        if fjac[j + m * j] != 0 {
          var sum = 0.0
          for i in j..<m { sum += fjac[i + m * j] * wa4[i] }
          let temp = -sum / fjac[j + m * j]
          for i in j..<m { wa4[i] += fjac[i + m * j] * temp }
        }
        fjac[j + m * j] = wa1[j]
        qtf[j] = wa4[j]
      }
      var gnorm = 0.0
      if fnorm != 0 {
        for j in 0..<n {
          let l = ipvt[j]
          if wa2[l] != 0 {
            var sum = 0.0
            for i in 0...j { sum += fjac[i + m * j] * (qtf[i] / fnorm) }
            gnorm = Swift.max(gnorm, Swift.abs(sum / wa2[l]))
          }
        }
      }
      if gnorm <= gtol { info = 4 }
      if info != 0 { return finish() }
      if !mode2 {
        for j in 0..<n { diag[j] = Swift.max(diag[j], wa2[j]) }
      }
      var ratio = 0.0
      repeat {
        lmpar(n, m, &fjac, ipvt, diag, qtf, delta, &par, &wa1, &wa2, &wa3, &wa4)
        for j in 0..<n {
          wa1[j] = -wa1[j]
          wa2[j] = x[j] + wa1[j]
          wa3[j] = diag[j] * wa1[j]
        }
        let pnorm = enorm(wa3[...])
        if iter == 1 { delta = Swift.min(delta, pnorm) }
        let trial = try fcn(wa2)
        for i in 0..<m { wa4[i] = trial[i] }
        out.nfev += 1
        let fnorm1 = enorm(wa4[...])
        let actred = 0.1 * fnorm1 < fnorm ? 1.0 - Foundation.pow(fnorm1 / fnorm, 2.0) : -1.0
        for j in 0..<n {
          wa3[j] = 0
          let temp = wa1[ipvt[j]]
          for i in 0...j { wa3[i] += fjac[i + m * j] * temp }
        }
        let temp1 = enorm(wa3[...]) / fnorm
        let temp2 = (Foundation.sqrt(par) * pnorm) / fnorm
        let prered = temp1 * temp1 + temp2 * temp2 / 0.5
        let dirder = -(temp1 * temp1 + temp2 * temp2)
        ratio = prered != 0 ? actred / prered : 0
        if ratio <= 0.25 {
          var temp = actred < 0 ? (0.5 * dirder) / (dirder + 0.5 * actred) : 0.5
          if 0.1 * fnorm1 >= fnorm || temp < 0.1 { temp = 0.1 }
          delta = temp * Swift.min(delta, pnorm / 0.1)
          par /= temp
        } else if par == 0 || ratio >= 0.75 {
          delta = pnorm / 0.5
          par *= 0.5
        }
        if ratio >= 0.0001 {
          for j in 0..<n {
            x[j] = wa2[j]
            wa2[j] = diag[j] * x[j]
          }
          for i in 0..<m { fvec[i] = wa4[i] }
          xnorm = enorm(wa2[...])
          fnorm = fnorm1
          iter += 1
        }
        let reduced = Swift.abs(actred) <= ftol && prered <= ftol && 0.5 * ratio <= 1
        if reduced { info = 1 }
        if delta <= xtol * xnorm { info = 2 }
        if reduced && info == 2 { info = 3 }
        if info != 0 { return finish() }
        if out.nfev >= maxfev { info = 5 }
        if Swift.abs(actred) <= epsmch && prered <= epsmch && 0.5 * ratio <= 1 { info = 6 }
        if delta <= epsmch * xnorm { info = 7 }
        if gnorm <= epsmch { info = 8 }
        if info != 0 { return finish() }
      } while ratio < 0.0001
    }
  }

  /// The Jacobian by forward differences (fdjac2): column j from a step of sqrt(epsfcn)·|x_j| (or sqrt(epsfcn)
  /// at zero).
  static func differences<E: Error>(
    x: inout [Double], fvec: [Double], fjac: inout [Double], m: Int, epsfcn: Double,
    _ fcn: ([Double]) throws(E) -> [Double]
  ) throws(E) {
    let eps = Foundation.sqrt(Swift.max(epsfcn, epsmch))
    for j in 0..<x.count {
      let temp = x[j]
      var h = eps * Swift.abs(temp)
      if h == 0 { h = eps }
      x[j] = temp + h
      let shifted = try fcn(x)
      x[j] = temp
      for i in 0..<m { fjac[i + m * j] = (shifted[i] - fvec[i]) / h }
    }
  }

  /// MINPACK's Euclidean norm, which sums small, middling and large components apart to avoid overflow and
  /// underflow.
  static func enorm(_ x: ArraySlice<Double>) -> Double {
    let rgiant = Foundation.pow(2.0, 63.5)
    let rdwarf = 0.5 / rgiant
    var (s1, s2, s3, x1max, x3max) = (0.0, 0.0, 0.0, 0.0, 0.0)
    let agiant = rgiant / Double(x.count)
    for v in x {
      let xabs = Swift.abs(v)
      if xabs <= rdwarf || xabs >= agiant {
        if xabs > rdwarf {
          if xabs > x1max {
            s1 = 1.0 + s1 * Foundation.pow(x1max / xabs, 2.0)
            x1max = xabs
          } else {
            s1 += Foundation.pow(xabs / x1max, 2.0)
          }
        } else if xabs > x3max {
          s3 = 1.0 + s3 * Foundation.pow(x3max / xabs, 2.0)
          x3max = xabs
        } else if xabs != 0 {
          s3 += Foundation.pow(xabs / x3max, 2.0)
        }
      } else {
        s2 += xabs * xabs
      }
    }
    if s1 != 0 { return x1max * Foundation.sqrt(s1 + (s2 / x1max) / x1max) }
    if s2 != 0 {
      if s2 >= x3max { return Foundation.sqrt(s2 * (1.0 + (x3max / s2) * (x3max * s3))) }
      return Foundation.sqrt(x3max * ((s2 / x3max) + (x3max * s3)))
    }
    return x3max * Foundation.sqrt(s3)
  }

  /// Householder QR of the m×n `a` with column pivoting: R's diagonal into `rdiag`, the column norms into
  /// `acnorm`, the pivots into `ipvt`.
  static func qrfac(
    _ m: Int, _ n: Int, _ a: inout [Double], _ ipvt: inout [Int], _ rdiag: inout [Double], _ acnorm: inout [Double],
    _ wa: inout [Double]
  ) {
    for j in 0..<n {
      acnorm[j] = enorm(a[(j * m)..<(j * m + m)])
      rdiag[j] = acnorm[j]
      wa[j] = rdiag[j]
      ipvt[j] = j
    }
    for j in 0..<Swift.min(m, n) {
      var kmax = j
      for k in j..<n where rdiag[k] > rdiag[kmax] { kmax = k }
      if kmax != j {
        for i in 0..<m { a.swapAt(i + m * j, i + m * kmax) }
        rdiag[kmax] = rdiag[j]
        wa[kmax] = wa[j]
        ipvt.swapAt(j, kmax)
      }
      var ajnorm = enorm(a[(m * j + j)..<(m * j + m)])
      if ajnorm == 0 {
        rdiag[j] = -ajnorm
        continue
      }
      if a[m * j + j] < 0 { ajnorm = -ajnorm }
      for i in j..<m { a[i + m * j] /= ajnorm }
      a[j + m * j] += 1.0
      if j == n - 1 {
        rdiag[j] = -ajnorm
        continue
      }
      for k in (j + 1)..<n {
        var sum = 0.0
        for i in j..<m { sum += a[i + m * j] * a[i + m * k] }
        let temp = sum / a[j + m * j]
        for i in j..<m { a[i + m * k] -= temp * a[i + m * j] }
        if rdiag[k] != 0 {
          let t = a[j + m * k] / rdiag[k]
          rdiag[k] *= Foundation.sqrt(Swift.max(0.0, 1.0 - t * t))
          if 0.05 * Foundation.pow(rdiag[k] / wa[k], 2.0) <= epsmch {
            rdiag[k] = enorm(a[(j + 1 + m * k)..<(m + m * k)])
            wa[k] = rdiag[k]
          }
        }
      }
      rdiag[j] = -ajnorm
    }
  }

  /// The Levenberg–Marquardt parameter for the trust region of radius `delta` (lmpar), with the step into `x`.
  static func lmpar(
    _ n: Int, _ ldr: Int, _ r: inout [Double], _ ipvt: [Int], _ diag: [Double], _ qtb: [Double], _ delta: Double,
    _ par: inout Double, _ x: inout [Double], _ sdiag: inout [Double], _ wa1: inout [Double], _ wa2: inout [Double]
  ) {
    var nsing = n
    for j in 0..<n {
      wa1[j] = qtb[j]
      if r[j + j * ldr] == 0 && nsing == n { nsing = j }
      if nsing < n { wa1[j] = 0 }
    }
    if nsing > 0 {
      for k in 1...nsing {
        let j = nsing - k
        wa1[j] /= r[j + j * ldr]
        let temp = wa1[j]
        for i in 0..<j { wa1[i] -= r[i + j * ldr] * temp }
      }
    }
    for j in 0..<n { x[ipvt[j]] = wa1[j] }
    var iter = 0
    for j in 0..<n { wa2[j] = diag[j] * x[j] }
    var dxnorm = enorm(wa2[..<n])
    var fp = dxnorm - delta
    if fp <= 0.1 * delta {
      par = 0
      return
    }
    var parl = 0.0
    if nsing == n {
      for j in 0..<n {
        let l = ipvt[j]
        wa1[j] = diag[l] * (wa2[l] / dxnorm)
      }
      for j in 0..<n {
        var sum = 0.0
        for i in 0..<j { sum += r[i + j * ldr] * wa1[i] }
        wa1[j] = (wa1[j] - sum) / r[j + j * ldr]
      }
      let temp = enorm(wa1[..<n])
      parl = ((fp / delta) / temp) / temp
    }
    for j in 0..<n {
      var sum = 0.0
      for i in 0...j { sum += r[i + j * ldr] * qtb[i] }
      wa1[j] = sum / diag[ipvt[j]]
    }
    let gnorm = enorm(wa1[..<n])
    var paru = gnorm / delta
    if paru == 0 { paru = dwarf / Swift.min(delta, 0.1) }
    par = Swift.min(Swift.max(par, parl), paru)
    if par == 0 { par = gnorm / dxnorm }
    while true {
      iter += 1
      if par == 0 { par = Swift.max(dwarf, paru * 0.001) }
      let s = Foundation.sqrt(par)
      for j in 0..<n { wa1[j] = s * diag[j] }
      qrsolv(n, ldr, &r, ipvt, wa1, qtb, &x, &sdiag, &wa2)
      for j in 0..<n { wa2[j] = diag[j] * x[j] }
      dxnorm = enorm(wa2[..<n])
      let previous = fp
      fp = dxnorm - delta
      if Swift.abs(fp) <= 0.1 * delta || (parl == 0 && fp <= previous && previous < 0) || iter == 10 { return }
      for j in 0..<n {
        let l = ipvt[j]
        wa1[j] = diag[l] * (wa2[l] / dxnorm)
      }
      for j in 0..<n {
        wa1[j] /= sdiag[j]
        let temp = wa1[j]
        for i in (j + 1)..<Swift.max(n, j + 1) { wa1[i] -= r[i + j * ldr] * temp }
      }
      let temp = enorm(wa1[..<n])
      let parc = ((fp / delta) / temp) / temp
      if fp > 0 { parl = Swift.max(parl, par) }
      if fp < 0 { paru = Swift.min(paru, par) }
      par = Swift.max(parl, par + parc)
    }
  }

  /// Solves the least-squares system with R augmented by the diagonal `diag` (qrsolv), by Givens rotations.
  static func qrsolv(
    _ n: Int, _ ldr: Int, _ r: inout [Double], _ ipvt: [Int], _ diag: [Double], _ qtb: [Double], _ x: inout [Double],
    _ sdiag: inout [Double], _ wa: inout [Double]
  ) {
    for j in 0..<n {
      for i in j..<n { r[i + j * ldr] = r[j + i * ldr] }
      x[j] = r[j + j * ldr]
      wa[j] = qtb[j]
    }
    for j in 0..<n {
      let l = ipvt[j]
      if diag[l] != 0 {
        for k in j..<n { sdiag[k] = 0 }
        sdiag[j] = diag[l]
        var qtbpj = 0.0
        for k in j..<n where sdiag[k] != 0 {
          let (sine, cosine): (Double, Double)
          if Swift.abs(r[ldr * k + k]) < Swift.abs(sdiag[k]) {
            let cotan = r[ldr * k + k] / sdiag[k]
            sine = 0.5 / Foundation.sqrt(0.25 + 0.25 * Foundation.pow(cotan, 2.0))
            cosine = sine * cotan
          } else {
            let tan = sdiag[k] / r[ldr * k + k]
            cosine = 0.5 / Foundation.sqrt(0.25 + 0.25 * Foundation.pow(tan, 2.0))
            sine = cosine * tan
          }
          r[ldr * k + k] *= cosine
          r[ldr * k + k] += sine * sdiag[k]
          let temp = cosine * wa[k] + sine * qtbpj
          qtbpj = -sine * wa[k] + cosine * qtbpj
          wa[k] = temp
          for i in (k + 1)..<Swift.max(n, k + 1) {
            let t = cosine * r[i + ldr * k] + sine * sdiag[i]
            sdiag[i] = -sine * r[i + ldr * k] + cosine * sdiag[i]
            r[i + ldr * k] = t
          }
        }
      }
      sdiag[j] = r[ldr * j + j]
      r[ldr * j + j] = x[j]
    }
    var nsing = n
    for j in 0..<n {
      if sdiag[j] == 0 && nsing == n { nsing = j }
      if nsing < n { wa[j] = 0 }
    }
    if nsing > 0 {
      for k in 1...nsing {
        let j = nsing - k
        var sum = 0.0
        for i in (j + 1)..<Swift.max(nsing, j + 1) { sum += r[i + j * ldr] * wa[i] }
        wa[j] = (wa[j] - sum) / sdiag[j]
      }
    }
    for j in 0..<n { x[ipvt[j]] = wa[j] }
  }
}
