import Foundation
import TensorModule

/// The strong-Wolfe line search of Nocedal and Wright (Algorithms 3.5 and 3.6), as SciPy's `scalar_search_wolfe2`.
///
/// Doubling steps until the minimum is bracketed, then zooming in with cubic, quadratic or bisection steps.
/// SciPy's BFGS falls back to it when Moré–Thuente fails.
public struct WolfeZoom {
  public var c1: Double
  public var c2: Double
  public var stepMax: Double?
  public var maxIterations: Int

  public init(c1: Double, c2: Double, stepMax: Double?, maxIterations: Int = 10) {
    self.c1 = c1
    self.c2 = c2
    self.stepMax = stepMax
    self.maxIterations = maxIterations
  }

  /// The step found with φ and φ' there (φ' nil when the search ran out of iterations without the curvature
  /// condition), or nil when it failed.
  public func search<E: Error>(
    f0: Double, previousF0: Double?, g0: Double,
    phi: (Double) throws(E) -> Double, derivative: (Double) throws(E) -> Double,
    extra: (Double, Double) throws(E) -> Bool
  ) throws(E) -> (step: Double, value: Double, slope: Double?)? {
    var alpha0 = 0.0
    var alpha1 = 1.0
    if let previousF0, g0 != 0 { alpha1 = Swift.min(1.0, 1.01 * 2 * (f0 - previousF0) / g0) }
    if alpha1 < 0 { alpha1 = 1.0 }
    if let stepMax { alpha1 = Swift.min(alpha1, stepMax) }
    var phiA1 = try phi(alpha1)
    var phiA0 = f0
    var derA0 = g0
    for i in 0..<maxIterations {
      if alpha1 == 0 || (stepMax.map { alpha0 > $0 } ?? false) { return nil }
      if phiA1 > f0 + c1 * alpha1 * g0 || (phiA1 >= phiA0 && i > 0) {
        return try zoom(
          low: (alpha0, phiA0, derA0), high: (alpha1, phiA1), f0: f0, g0: g0, phi: phi, derivative: derivative,
          extra: extra)
      }
      let derA1 = try derivative(alpha1)
      if Swift.abs(derA1) <= -c2 * g0, try extra(alpha1, phiA1) { return (alpha1, phiA1, derA1) }
      if derA1 >= 0 {
        return try zoom(
          low: (alpha1, phiA1, derA1), high: (alpha0, phiA0), f0: f0, g0: g0, phi: phi, derivative: derivative,
          extra: extra)
      }
      var alpha2 = 2 * alpha1
      if let stepMax { alpha2 = Swift.min(alpha2, stepMax) }
      alpha0 = alpha1
      alpha1 = alpha2
      phiA0 = phiA1
      phiA1 = try phi(alpha1)
      derA0 = derA1
    }
    return (alpha1, phiA1, nil)
  }

  /// Algorithm 3.6: shrinks [low, high] (low has the lower value) until a step meets both conditions.
  func zoom<E: Error>(
    low: (Double, Double, Double), high: (Double, Double), f0: Double, g0: Double,
    phi: (Double) throws(E) -> Double, derivative: (Double) throws(E) -> Double,
    extra: (Double, Double) throws(E) -> Bool
  ) throws(E) -> (step: Double, value: Double, slope: Double?)? {
    var (aLo, phiLo, derLo) = low
    var (aHi, phiHi) = high
    var phiRec = f0
    var aRec = 0.0
    var i = 0
    while true {
      let dalpha = aHi - aLo
      let (a, b) = dalpha < 0 ? (aHi, aLo) : (aLo, aHi)
      var aj: Double?
      var cubicOK = false
      if i > 0 {
        let cchk = 0.2 * dalpha
        aj = Self.cubicMinimum(aLo, phiLo, derLo, aHi, phiHi, aRec, phiRec)
        if let x = aj, !(x > b - cchk), !(x < a + cchk) { cubicOK = true }
      }
      if !cubicOK {
        let qchk = 0.1 * dalpha
        aj = Self.quadraticMinimum(aLo, phiLo, derLo, aHi, phiHi)
        if let x = aj, !(x > b - qchk), !(x < a + qchk) {
        } else {
          aj = aLo + 0.5 * dalpha
        }
      }
      let step = aj ?? aLo + 0.5 * dalpha
      let phiJ = try phi(step)
      if phiJ > f0 + c1 * step * g0 || phiJ >= phiLo {
        phiRec = phiHi
        aRec = aHi
        aHi = step
        phiHi = phiJ
      } else {
        let derJ = try derivative(step)
        if Swift.abs(derJ) <= -c2 * g0, try extra(step, phiJ) { return (step, phiJ, derJ) }
        if derJ * (aHi - aLo) >= 0 {
          phiRec = phiHi
          aRec = aHi
          aHi = aLo
          phiHi = phiLo
        } else {
          phiRec = phiLo
          aRec = aLo
        }
        aLo = step
        phiLo = phiJ
        derLo = derJ
      }
      i += 1
      if i > 10 { return nil }
    }
  }

  /// The minimiser of the cubic through (a, fa) with slope fpa, (b, fb) and (c, fc); nil when it is not finite.
  static func cubicMinimum(
    _ a: Double, _ fa: Double, _ fpa: Double, _ b: Double, _ fb: Double, _ c: Double, _ fc: Double
  ) -> Double? {
    let slope = fpa
    let db = b - a
    let dc = c - a
    let denom = Foundation.pow(db * dc, 2) * (db - dc)
    let d1 = Tensor(
      shape: [2, 2],
      data: [Foundation.pow(dc, 2), -Foundation.pow(db, 2), -Foundation.pow(dc, 3), Foundation.pow(db, 3)])
    let rhs = Tensor(shape: [2], data: [fb - fa - slope * db, fc - fa - slope * dc])
    guard let ab = try? Linalg.matmul(d1, rhs) else { return nil }
    let coefA = ab.data[0] / denom
    let coefB = ab.data[1] / denom
    let radical = coefB * coefB - 3 * coefA * slope
    let xmin = a + (-coefB + radical.squareRoot()) / (3 * coefA)
    // SciPy computes under errstate(raise): any overflow, zero division or invalid step gives no minimum.
    guard [denom, coefA, coefB, radical, xmin].allSatisfy(\.isFinite), radical >= 0, denom != 0 else { return nil }
    return xmin
  }

  /// The minimiser of the quadratic through (a, fa) with slope fpa and (b, fb); nil when it is not finite.
  static func quadraticMinimum(_ a: Double, _ fa: Double, _ fpa: Double, _ b: Double, _ fb: Double) -> Double? {
    let db = b - a
    let coefB = (fb - fa - fpa * db) / (db * db)
    let xmin = a - fpa / (2 * coefB)
    guard db * db != 0, coefB != 0, coefB.isFinite, xmin.isFinite else { return nil }
    return xmin
  }
}
