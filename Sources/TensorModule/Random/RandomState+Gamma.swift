import Foundation

extension RandomState {
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
