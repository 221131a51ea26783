import Foundation
import TensorModule

extension Kolmogorov {
  /// P(Dₙ ≤ d) by Durbin's matrix, as Marsaglia, Tsang and Wang evaluate it.
  ///
  /// With nd = k − h (k whole, 0 ≤ h < 1) and m = 2k − 1, the cdf is n!/nⁿ · (Hⁿ)ₖₖ for the m × m
  /// matrix Hᵢⱼ = 1/(i − j + 1)! (zero above the superdiagonal) whose first column and last row
  /// carry the boundary corrections (1 − hⁱ)/i!. The power is taken by squaring, with the matrix
  /// rescaled by 2⁻¹²⁸ whenever its centre grows past 2¹²⁸ and the exponent kept aside.
  static func durbin(_ n: Int, _ d: Double) -> Double {
    let size = Double(n)
    let nd = size * d
    if d >= 1 { return 1 }
    if nd <= 0.5 { return 0 }
    let k = Int(nd.rounded(.up))
    let h = Double(k) - nd
    let m = 2 * k - 1
    // 1/j! for j = 0 … m (it may underflow for large m, harmlessly).
    var inverseFactorial = [1.0]
    for j in 1...m { inverseFactorial.append(inverseFactorial[j - 1] / Double(j)) }
    var matrix = [Double](repeating: 0, count: m * m)
    for i in 0..<m {
      for j in 0..<m where i - j + 1 >= 0 { matrix[i * m + j] = inverseFactorial[i - j + 1] }
    }
    for i in 0..<m { matrix[i * m] = (1 - Foundation.pow(h, Double(i + 1))) * inverseFactorial[i + 1] }
    for j in 0..<m { matrix[(m - 1) * m + j] = (1 - Foundation.pow(h, Double(m - j))) * inverseFactorial[m - j] }
    let corner = Foundation.pow(Swift.max(2 * h - 1, 0), Double(m)) - 2 * Foundation.pow(h, Double(m))
    matrix[(m - 1) * m] = (1 + corner) * inverseFactorial[m]

    let centre = (k - 1) * m + (k - 1)
    let big = Foundation.scalbn(1.0, 128)
    var power = [Double](repeating: 0, count: m * m)
    for i in 0..<m { power[i * m + i] = 1 }
    var powerExponent = 0
    var matrixExponent = 0
    var remaining = n
    while remaining > 0 {
      if remaining % 2 == 1 {
        power = Linalg.squareProduct(power, matrix, size: m)
        powerExponent += matrixExponent
      }
      remaining /= 2
      if remaining == 0 { break }
      matrix = Linalg.squareProduct(matrix, matrix, size: m)
      matrixExponent *= 2
      if Swift.abs(matrix[centre]) > big {
        for i in matrix.indices { matrix[i] /= big }
        matrixExponent += 128
      }
    }
    // Times n!/nⁿ, one factor i/n at a time, rescaling before anything underflows.
    var p = power[centre]
    for i in 1...n {
      p = Double(i) * p / size
      if Swift.abs(p) < 1 / big {
        p *= big
        powerExponent -= 128
      }
    }
    return Foundation.scalbn(p, powerExponent)
  }
}
