import Foundation
import TensorModule

/// The limited-memory matrices of L-BFGS-B: the stored pairs and their products (`matupd`), the Cholesky factor
/// of θSᵀS + LD⁻¹Lᵀ (`formt`), the reduced system over the free variables (`formk`), and the subspace step
/// (`subsm`), as SciPy's C routines compute them.
extension LBFGSB.Run {
  /// `matupd`: stores s = d and y = r in the circular buffer, θ = yᵀy / sᵀy, and the new row and column of SᵀY and
  /// SᵀS.
  mutating func updateMatrices(rr: Double, dr: Double, stp: Double, dtd: Double) {
    if iupdat <= m {
      col = iupdat
      itail = (head + iupdat - 1) % m
    } else {
      itail = (itail + 1) % m
      head = (head + 1) % m
    }
    for i in 0..<n {
      ws[itail * n + i] = d[i]
      wy[itail * n + i] = r[i]
    }
    theta = rr / dr
    if iupdat > m {
      // Shift the old information one place up and left.
      for j in 1..<Swift.max(col, 1) where j < col {
        for k in 0..<j { ss[m * (j - 1) + k] = ss[1 + m * j + k] }
        for k in 0..<(col - j) { sy[(j - 1) + m * (j - 1) + k] = sy[j + m * j + k] }
      }
    }
    var pointr = head
    for j in 0..<(col - 1) {
      sy[col - 1 + m * j] = Linalg.dot(n, d, 0, wy, pointr * n)
      ss[j + m * (col - 1)] = Linalg.dot(n, ws, pointr * n, d, 0)
      pointr = (pointr + 1) % m
    }
    ss[(col - 1) + m * (col - 1)] = stp == 1.0 ? dtd : stp * stp * dtd
    sy[(col - 1) + m * (col - 1)] = dr
  }

  /// `formt`: the upper Cholesky factor of θSᵀS + LD⁻¹Lᵀ into wt.
  ///
  /// False if it is not positive definite.
  mutating func formT() -> Bool {
    for j in 0..<col { wt[m * j] = theta * ss[m * j] }
    for i in 1..<Swift.max(col, 1) where i < col {
      for j in i..<col {
        let k1 = Swift.min(i, j)
        var ddum = 0.0
        for k in 0..<k1 { ddum = ddum + ((sy[i + m * k] * sy[j + m * k]) / sy[k + m * k]) }
        wt[i + m * j] = ddum + theta * ss[i + m * j]
      }
    }
    return Linalg.choleskyUpper(&wt, 0, n: col, lda: m) == 0
  }

  /// `formk`: the LELᵀ factorisation of the 2col × 2col reduced matrix K over the free variables.
  ///
  /// It is updated from the last iteration's through the variables that entered and left the free set. False on
  /// a factorisation failure.
  mutating func formK() -> Bool {
    let m2 = 2 * m
    let upcl: Int
    if updatd {
      if iupdat > m {
        // Shift the old part of wn1 (snd) up and left.
        for jy in 0..<(m - 1) {
          let js = m + jy
          let count = m - (jy + 1)
          for k in 0..<count { snd[jy + m2 * jy + k] = snd[(jy + 1) + m2 * (jy + 1) + k] }
          for k in 0..<count { snd[js + m2 * js + k] = snd[(js + 1) + m2 * (js + 1) + k] }
          for k in 0..<(m - 1) { snd[m + m2 * jy + k] = snd[(m + 1) + m2 * (jy + 1) + k] }
        }
      }
      // The new column and row from the free (first nfree of index) and active (the rest) variables.
      let iy = col - 1
      var ipntr = head + col - 1
      if ipntr >= m { ipntr -= m }
      var jpntr = head
      for jy in 0..<col {
        let js = m + jy
        var temp1 = 0.0
        var temp2 = 0.0
        var temp3 = 0.0
        for k in 0..<nfree {
          let k1 = index[k]
          temp1 = temp1 + wy[k1 + n * ipntr] * wy[k1 + n * jpntr]
        }
        for k in nfree..<n {
          let k1 = index[k]
          temp2 = temp2 + ws[k1 + n * ipntr] * ws[k1 + n * jpntr]
          temp3 = temp3 + ws[k1 + n * ipntr] * wy[k1 + n * jpntr]
        }
        let isIndex = m + col - 1
        snd[iy + m2 * jy] = temp1
        snd[isIndex + m2 * js] = temp2
        snd[isIndex + m2 * jy] = temp3
        jpntr = (jpntr + 1) % m
      }
      let jy = col - 1
      jpntr = head + col - 1
      if jpntr >= m { jpntr -= m }
      ipntr = head
      for i in 0..<col {
        let isIndex = m + i
        var temp3 = 0.0
        for k in 0..<nfree {
          let k1 = index[k]
          temp3 = temp3 + ws[k1 + n * ipntr] * wy[k1 + n * jpntr]
        }
        ipntr = (ipntr + 1) % m
        snd[isIndex + m2 * jy] = temp3
      }
      upcl = col - 1
    } else {
      upcl = col
    }
    // The old rows and columns, changed by the variables entering (indx2[0..<nenter]) and leaving
    // (indx2[ileave..<n]) the free set.
    var ipntr = head
    for iy in 0..<upcl {
      let isIndex = m + iy
      var jpntr = head
      for jy in 0...iy {
        let js = m + jy
        var temp1 = 0.0
        var temp2 = 0.0
        var temp3 = 0.0
        var temp4 = 0.0
        for k in 0..<nenter {
          let k1 = indx2[k]
          temp1 = temp1 + wy[k1 + n * ipntr] * wy[k1 + n * jpntr]
          temp2 = temp2 + ws[k1 + n * ipntr] * ws[k1 + n * jpntr]
        }
        for k in ileave..<n {
          let k1 = indx2[k]
          temp3 = temp3 + wy[k1 + n * ipntr] * wy[k1 + n * jpntr]
          temp4 = temp4 + ws[k1 + n * ipntr] * ws[k1 + n * jpntr]
        }
        snd[iy + m2 * jy] = snd[iy + m2 * jy] + temp1 - temp3
        snd[isIndex + m2 * js] = snd[isIndex + m2 * js] - temp2 + temp4
        jpntr = (jpntr + 1) % m
      }
      ipntr = (ipntr + 1) % m
    }
    ipntr = head
    for isIndex in m..<(m + upcl) {
      var jpntr = head
      for jy in 0..<upcl {
        var temp1 = 0.0
        var temp3 = 0.0
        for k in 0..<nenter {
          let k1 = indx2[k]
          temp1 = temp1 + ws[k1 + n * ipntr] * wy[k1 + n * jpntr]
        }
        for k in ileave..<n {
          let k1 = indx2[k]
          temp3 = temp3 + ws[k1 + n * ipntr] * wy[k1 + n * jpntr]
        }
        if isIndex <= jy + m {
          snd[isIndex + m2 * jy] = snd[isIndex + m2 * jy] + temp1 - temp3
        } else {
          snd[isIndex + m2 * jy] = snd[isIndex + m2 * jy] - temp1 + temp3
        }
        jpntr = (jpntr + 1) % m
      }
      ipntr = (ipntr + 1) % m
    }
    // K in the upper triangle of wn: [Y'ZZ'Y/θ + L_a'R_z⁻ᵀ … ; … θS'AA'S], then its factors.
    for iy in 0..<col {
      let isIndex = col + iy
      let is1 = m + iy
      for jy in 0...iy {
        let js = col + jy
        let js1 = m + jy
        wn[jy + m2 * iy] = snd[iy + m2 * jy] / theta
        wn[js + m2 * isIndex] = snd[is1 + m2 * js1] * theta
      }
      for jy in 0..<iy { wn[jy + m2 * isIndex] = -snd[is1 + m2 * jy] }
      for jy in iy..<col { wn[jy + m2 * isIndex] = snd[is1 + m2 * jy] }
      wn[iy + m2 * iy] = wn[iy + m2 * iy] + sy[iy + m * iy]
    }
    guard Linalg.choleskyUpper(&wn, 0, n: col, lda: m2) == 0 else { return false }
    let col2 = 2 * col
    let factor = wn
    _ = Linalg.solveUpper(factor, 0, lda: m2, transposed: true, n: col, rhs: col, &wn, m2 * col, ldb: m2)
    for isIndex in col..<col2 {
      for js in isIndex..<col2 {
        wn[isIndex + m2 * js] = wn[isIndex + m2 * js] + Linalg.dot(col, wn, m2 * isIndex, wn, m2 * js)
      }
    }
    return Linalg.choleskyUpper(&wn, col + m2 * col, n: col, lda: m2) == 0
  }

  /// `subsm`: the subspace Newton step from the Cauchy point z over the free variables, then (as SciPy's version
  /// does) either its projection into the box when that still descends, or the longest feasible step along it.
  mutating func subspaceMinimum(_ xx: [Double], _ gg: [Double]) -> Bool {
    let nsub = nfree
    if nsub <= 0 { return true }
    let wv = 0
    var pointr = head
    for i in 0..<col {
      var temp1 = 0.0
      var temp2 = 0.0
      for j in 0..<nsub {
        let k = index[j]
        temp1 += wy[k + n * pointr] * r[j]
        temp2 += ws[k + n * pointr] * r[j]
      }
      wa[wv + i] = temp1
      wa[wv + col + i] = theta * temp2
      pointr = (pointr + 1) % m
    }
    let m2 = 2 * m
    let col2 = 2 * col
    if Linalg.solveUpper(wn, 0, lda: m2, transposed: true, n: col2, rhs: 1, &wa, wv, ldb: m2) != 0 { return false }
    for i in 0..<col { wa[wv + i] = -wa[wv + i] }
    if Linalg.solveUpper(wn, 0, lda: m2, transposed: false, n: col2, rhs: 1, &wa, wv, ldb: m2) != 0 { return false }
    pointr = head
    for jy in 0..<col {
      let js = col + jy
      for i in 0..<nsub {
        let k = index[i]
        r[i] = r[i] + (wy[k + n * pointr] * wa[wv + jy] / theta) + (ws[k + n * pointr] * wa[wv + js])
      }
      pointr = (pointr + 1) % m
    }
    let scale = 1.0 / theta
    for i in 0..<nsub { r[i] *= scale }
    var iword = 0
    xp = z
    for i in 0..<nsub {
      let k = index[i]
      let dk = r[i]
      var xk = z[k]
      switch nbd[k] {
      case 1:
        z[k] = Foundation.fmax(l[k], xk + dk)
        if z[k] == l[k] { iword = 1 }
      case 2:
        xk = Foundation.fmax(l[k], xk + dk)
        z[k] = Foundation.fmin(u[k], xk)
        if z[k] == l[k] || z[k] == u[k] { iword = 1 }
      case 3:
        z[k] = Foundation.fmin(u[k], xk + dk)
        if z[k] == u[k] { iword = 1 }
      default:
        z[k] = xk + dk
      }
    }
    if iword == 0 { return true }
    // The projected step: keep it if it descends, else step back along it to the first bound.
    var ddP = 0.0
    for i in 0..<n { ddP = ddP + (z[i] - xx[i]) * gg[i] }
    guard ddP > 0 else { return true }
    z = xp
    var alpha = 1.0
    var temp1 = 1.0
    var ibd = 0
    for i in 0..<nsub {
      let k = index[i]
      let dk = r[i]
      guard nbd[k] != 0 else { continue }
      if dk < 0 && nbd[k] <= 2 {
        let temp2 = l[k] - z[k]
        if temp2 >= 0 {
          temp1 = 0
        } else if dk * alpha < temp2 {
          temp1 = temp2 / dk
        }
      } else if dk > 0 && nbd[k] >= 2 {
        let temp2 = u[k] - z[k]
        if temp2 <= 0 {
          temp1 = 0
        } else if dk * alpha > temp2 {
          temp1 = temp2 / dk
        }
      }
      if temp1 < alpha {
        alpha = temp1
        ibd = i
      }
    }
    if alpha < 1.0 {
      let dk = r[ibd]
      let k = index[ibd]
      if dk > 0 {
        z[k] = u[k]
        r[ibd] = 0
      } else if dk < 0 {
        z[k] = l[k]
        r[ibd] = 0
      }
    }
    for i in 0..<nsub {
      let k = index[i]
      z[k] = z[k] + alpha * r[i]
    }
    return true
  }
}
