import Foundation

extension RandomState {
  /// NumPy's legacy `standard_gamma(shape)`: an exponential at shape 1; for shape < 1 the rejection method over a
  /// uniform and an exponential; otherwise Marsaglia and Tsang's method over the legacy normal.
  public mutating func standardGamma(_ shape: Double) -> Double {
    if shape == 1 { return exponential(1) }
    if shape == 0 { return 0 }
    if shape < 1 {
      while true {
        let u = random()
        let v = exponential(1)
        if u <= 1 - shape {
          let x = Foundation.pow(u, 1 / shape)
          if x <= v { return x }
        } else {
          let y = -Foundation.log((1 - u) / shape)
          let x = Foundation.pow(1 - shape + shape * y, 1 / shape)
          if x <= v + y { return x }
        }
      }
    }
    let b = shape - 1.0 / 3.0
    let c = 1 / (9 * b).squareRoot()
    while true {
      var x = 0.0
      var v = 0.0
      repeat {
        x = gauss()
        v = 1 + c * x
      } while v <= 0
      v = v * v * v
      let u = random()
      if u < 1 - 0.0331 * (x * x) * (x * x) { return b * v }
      if Foundation.log(u) < 0.5 * x * x + b * (1 - v + Foundation.log(v)) { return b * v }
    }
  }

  /// NumPy's legacy `beta(a, b)`: Jöhnk's method when both are at most 1, else a ratio of two gammas.
  public mutating func beta(_ a: Double, _ b: Double) -> Double {
    guard a <= 1 && b <= 1 else {
      let ga = standardGamma(a)
      let gb = standardGamma(b)
      return ga / (ga + gb)
    }
    while true {
      let u = random()
      let v = random()
      let x = Foundation.pow(u, 1 / a)
      let y = Foundation.pow(v, 1 / b)
      guard x + y <= 1 else { continue }
      if x + y > 0 { return x / (x + y) }
      // Both underflowed: the ratio in logarithms.
      var logX = Foundation.log(u) / a
      var logY = Foundation.log(v) / b
      let logM = max(logX, logY)
      logX -= logM
      logY -= logM
      return Foundation.exp(logX - Foundation.log(Foundation.exp(logX) + Foundation.exp(logY)))
    }
  }
}
