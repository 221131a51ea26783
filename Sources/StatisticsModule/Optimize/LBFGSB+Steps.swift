import Foundation
import TensorModule

/// The steps of an L-BFGS-B iteration, each one of SciPy's C routines (named in its comment) over the same
/// column-major arrays: `wa` holds p, c, wbp and v at offsets 0, 2m, 4m and 6m.
extension LBFGSB.Run {
  /// `active`: projects x into the box and marks each variable's bounds; (constrained, boxed).
  mutating func active(_ x: inout [Double]) -> (Bool, Bool) {
    var cnstnd = false
    var boxed = true
    for i in 0..<n where nbd[i] > 0 {
      if nbd[i] <= 2 && x[i] <= l[i] {
        if x[i] < l[i] { x[i] = l[i] }
      } else if nbd[i] >= 2 && x[i] >= u[i] {
        if x[i] > u[i] { x[i] = u[i] }
      }
    }
    for i in 0..<n {
      if nbd[i] != 2 { boxed = false }
      if nbd[i] == 0 {
        iwhere[i] = -1
      } else {
        cnstnd = true
        iwhere[i] = nbd[i] == 2 && u[i] - l[i] <= 0 ? 3 : 0
      }
    }
    return (cnstnd, boxed)
  }

  /// `projgr`: the ∞-norm of the projected gradient (NaN if the gradient has one).
  func projectedGradientNorm(_ x: [Double], _ g: [Double]) -> Double {
    var norm = 0.0
    for i in 0..<n {
      var gi = g[i]
      if gi.isNaN { return gi }
      if nbd[i] != 0 {
        if gi < 0 {
          if nbd[i] >= 2 { gi = Foundation.fmax(x[i] - u[i], gi) }
        } else {
          if nbd[i] <= 2 { gi = Foundation.fmin(x[i] - l[i], gi) }
        }
      }
      norm = Foundation.fmax(norm, Swift.abs(gi))
    }
    return norm
  }

  /// `bmv`: the product of the 2m × 2m middle matrix with the 2·col vector at `wa[from…]`, into `wa[to…]`.
  mutating func middleProduct(from v: Int, to p: Int) -> Bool {
    if col == 0 { return true }
    wa[p + col] = wa[v + col]
    for i in 1..<Swift.max(col, 1) where i < col {
      var sum = 0.0
      for k in 0...(i - 1) { sum = sum + sy[i + m * k] * wa[v + k] / sy[k + m * k] }
      wa[p + col + i] = wa[v + col + i] + sum
    }
    if Linalg.solveUpper(wt, 0, lda: m, transposed: true, n: col, rhs: 1, &wa, p + col, ldb: col) != 0 {
      return false
    }
    for i in 0..<col { wa[p + i] = wa[v + i] / sy[i + m * i].squareRoot() }
    if Linalg.solveUpper(wt, 0, lda: m, transposed: false, n: col, rhs: 1, &wa, p + col, ldb: col) != 0 {
      return false
    }
    for i in 0..<col { wa[p + i] = -wa[p + i] / sy[i + m * i].squareRoot() }
    for i in 0..<col {
      var sum = 0.0
      for k in (i + 1)..<Swift.max(col, i + 1) { sum = sum + sy[k + m * i] * wa[p + col + k] / sy[i + m * i] }
      wa[p + i] = wa[p + i] + sum
    }
    return true
  }

  /// `cauchy`: the generalized Cauchy point z along the projected steepest descent path.
  ///
  /// Breakpoint by breakpoint (a heap orders them), with c = Wᵀ(z − x) for the subspace step. False if the middle
  /// matrix failed.
  mutating func cauchy(_ x: [Double], _ g: [Double], _ sbgnrm: Double) -> Bool {
    let (p, c, wbp, v) = (0, 2 * m, 4 * m, 6 * m)
    if sbgnrm <= 0 {
      z = x
      return true
    }
    var bnded = true
    var nfreeLocal = n
    var nbreak = -1
    var ibkmin = 0
    var bkmin = 0.0
    let col2 = 2 * col
    var f1 = 0.0
    var tl = 0.0
    var tu = 0.0
    for i in 0..<col2 { wa[p + i] = 0 }
    for i in 0..<n {
      let neggi = -g[i]
      if iwhere[i] != 3 && iwhere[i] != -1 {
        if nbd[i] <= 2 { tl = x[i] - l[i] }
        if nbd[i] >= 2 { tu = u[i] - x[i] }
        let xlower = nbd[i] <= 2 && tl <= 0
        let xupper = nbd[i] >= 2 && tu <= 0
        iwhere[i] = 0
        if xlower {
          if neggi <= 0 { iwhere[i] = 1 }
        } else if xupper {
          if neggi >= 0 { iwhere[i] = 2 }
        } else if Swift.abs(neggi) <= 0 {
          iwhere[i] = -3
        }
      }
      var pointr = head
      if iwhere[i] != 0 && iwhere[i] != -1 {
        d[i] = 0
      } else {
        d[i] = neggi
        f1 = f1 - neggi * neggi
        for j in 0..<col {
          wa[p + j] = wa[p + j] + wy[i + n * pointr] * neggi
          wa[p + col + j] = wa[p + col + j] + ws[i + n * pointr] * neggi
          pointr = (pointr + 1) % m
        }
        if nbd[i] <= 2 && nbd[i] != 0 && neggi < 0 {
          nbreak += 1
          indx2[nbreak] = i
          t[nbreak] = tl / (-neggi)
          if nbreak == 0 || t[nbreak] < bkmin {
            bkmin = t[nbreak]
            ibkmin = nbreak
          }
        } else if nbd[i] >= 2 && neggi > 0 {
          nbreak += 1
          indx2[nbreak] = i
          t[nbreak] = tu / neggi
          if nbreak == 0 || t[nbreak] < bkmin {
            bkmin = t[nbreak]
            ibkmin = nbreak
          }
        } else {
          nfreeLocal -= 1
          indx2[nfreeLocal] = i
          if Swift.abs(neggi) > 0 { bnded = false }
        }
      }
    }
    if theta != 1.0 { for j in 0..<col { wa[p + col + j] *= theta } }
    z = x
    if nbreak == -1 && nfreeLocal == n { return true }
    for j in 0..<col2 { wa[c + j] = 0 }
    var f2 = -theta * f1
    let f2Original = f2
    if col > 0 {
      guard middleProduct(from: p, to: v) else { return false }
      f2 = f2 - Linalg.dot(col2, wa, v, wa, p)
    }
    var dtm = -f1 / f2
    var tsum = 0.0
    var nleft = nbreak
    var iter = 0
    var tj = 0.0
    func advance(_ count: Int, _ alpha: Double, from xo: Int, to yo: Int) {
      let source = wa
      Linalg.axpy(count, alpha, source, xo, &wa, yo)
    }
    while nbreak > -1 {
      let tj0 = tj
      let ibp: Int
      if iter == 0 {
        tj = bkmin
        ibp = indx2[ibkmin]
      } else {
        if iter == 1 && ibkmin != nbreak {
          t[ibkmin] = t[nbreak]
          indx2[ibkmin] = indx2[nbreak]
        }
        heapSort(nleft, iter - 1)
        tj = t[nleft]
        ibp = indx2[nleft]
      }
      let dt = tj - tj0
      if dtm < dt {
        if dtm <= 0 { dtm = 0 }
        tsum = tsum + dtm
        Linalg.axpy(n, tsum, d, 0, &z, 0)
        if col > 0 { advance(col2, dtm, from: p, to: c) }
        return true
      }
      tsum = tsum + dt
      nleft -= 1
      iter += 1
      var dibp = d[ibp]
      d[ibp] = 0
      let zibp: Double
      if dibp > 0 {
        zibp = u[ibp] - x[ibp]
        z[ibp] = u[ibp]
        iwhere[ibp] = 2
      } else {
        zibp = l[ibp] - x[ibp]
        z[ibp] = l[ibp]
        iwhere[ibp] = 1
      }
      if nleft == -1 && nbreak == n {
        dtm = dt
        if col > 0 { advance(col2, dtm, from: p, to: c) }
        return true
      }
      let dibp2 = Foundation.pow(dibp, 2.0)
      f1 = f1 + dt * f2 + dibp2 - theta * dibp * zibp
      f2 = f2 - theta * dibp2
      if col > 0 {
        advance(col2, dt, from: p, to: c)
        var pointr = head
        for j in 0..<col {
          wa[wbp + j] = wy[ibp + n * pointr]
          wa[wbp + col + j] = theta * ws[ibp + n * pointr]
          pointr = (pointr + 1) % m
        }
        guard middleProduct(from: wbp, to: v) else { return false }
        let wmc = Linalg.dot(col2, wa, c, wa, v)
        let wmp = Linalg.dot(col2, wa, p, wa, v)
        let wmw = Linalg.dot(col2, wa, wbp, wa, v)
        dibp = -dibp
        advance(col2, dibp, from: wbp, to: p)
        dibp = -dibp
        f1 = f1 + dibp * wmc
        f2 = f2 + dibp * 2.0 * wmp - dibp2 * wmw
      }
      f2 = Foundation.fmax(epsmach * f2Original, f2)
      if nleft >= 0 {
        dtm = -f1 / f2
      } else if bnded {
        dtm = 0
        break
      } else {
        dtm = -f1 / f2
        break
      }
    }
    if dtm <= 0 { dtm = 0 }
    tsum = tsum + dtm
    Linalg.axpy(n, tsum, d, 0, &z, 0)
    if col > 0 { advance(col2, dtm, from: p, to: c) }
    return true
  }

  /// `hpsolb`: keeps t[0…n] a heap (building it first when `iheap` is 0) and moves its least element to t[n].
  mutating func heapSort(_ count: Int, _ iheap: Int) {
    if iheap == 0 && count >= 1 {
      for k in 2...(count + 1) {
        let ddum = t[k - 1]
        let indxin = indx2[k - 1]
        var i = k
        while i > 1 {
          let j = i / 2
          guard ddum < t[j - 1] else { break }
          t[i - 1] = t[j - 1]
          indx2[i - 1] = indx2[j - 1]
          i = j
        }
        t[i - 1] = ddum
        indx2[i - 1] = indxin
      }
    }
    guard count > 0 else { return }
    var i = 1
    let out = t[0]
    let indxout = indx2[0]
    let ddum = t[count]
    let indxin = indx2[count]
    while true {
      var j = i + i
      guard j <= count else { break }
      if t[j] < t[j - 1] { j += 1 }
      guard t[j - 1] < ddum else { break }
      t[i - 1] = t[j - 1]
      indx2[i - 1] = indx2[j - 1]
      i = j
    }
    t[i - 1] = ddum
    indx2[i - 1] = indxin
    t[count] = out
    indx2[count] = indxout
  }

  /// `freev`: the free variables at the Cauchy point (index[0..<nfree]), those entering and leaving the free set
  /// since the last iteration (in indx2); whether the reduced matrix must be formed again.
  mutating func freeVariables(updatd: Bool, cnstnd: Bool, iter: Int) -> Bool {
    nenter = 0
    ileave = n
    if iter > 0 && cnstnd {
      for i in 0..<nfree {
        let k = index[i]
        if iwhere[k] > 0 {
          ileave -= 1
          indx2[ileave] = k
        }
      }
      for i in nfree..<n {
        let k = index[i]
        if iwhere[k] <= 0 {
          indx2[nenter] = k
          nenter += 1
        }
      }
    }
    let wrk = ileave < n || nenter > 0 || updatd
    nfree = 0
    var iact = n
    for i in 0..<n {
      if iwhere[i] <= 0 {
        index[nfree] = i
        nfree += 1
      } else {
        iact -= 1
        index[iact] = i
      }
    }
    return wrk
  }

  /// `cmprlb`: the reduced gradient r = −Zᵀ(B(z − x) + g) over the free variables.
  ///
  /// False if the middle matrix failed.
  mutating func reducedGradient(_ x: [Double], _ g: [Double], cnstnd: Bool) -> Bool {
    if !cnstnd && col > 0 {
      for i in 0..<n { r[i] = -g[i] }
      return true
    }
    for i in 0..<nfree {
      let k = index[i]
      r[i] = -theta * (z[k] - x[k]) - g[k]
    }
    guard middleProduct(from: 2 * m, to: 0) else { return false }
    var pointr = head
    for j in 0..<col {
      let a1 = wa[j]
      let a2 = theta * wa[col + j]
      for i in 0..<nfree {
        let k = index[i]
        r[i] = r[i] + wy[k + n * pointr] * a1 + ws[k + n * pointr] * a2
      }
      pointr = (pointr + 1) % m
    }
    return true
  }
}
