import Foundation

extension Kolmogorov {
  /// P(Dₙ ≤ d) by Pomeranz's recursion (Simard and L'Ecuyer's arrangement, as SciPy).
  ///
  /// The sorted uniforms must stay within d of the diagonal; cut [0, 1] at the points i/n ± d and
  /// each of the 2n + 2 rows of the recursion convolves the previous row with Poisson-like weights
  /// (λ/n)ʲ/j! for the length λ of the next cut (g, 2g or 1 − 2g, g the fractional distance). Only a
  /// band of at most 2(⌊nd⌋ + 1) entries of a row can be non-zero. The cdf is n! times the last
  /// row's entry n; rows are rescaled by 2¹²⁸ when they grow tiny.
  static func pomeranz(_ n: Int, _ d: Double) -> Double {
    let size = Double(n)
    let t = size * d
    let whole = Int(t.rounded(.down))
    let f = t - Double(whole)
    let g = Swift.min(f, 1 - f)
    let ceilF = f > 0 ? 1 : 0
    let roundF = f > 0.5 ? 1 : 0
    let width = 2 * (whole + 1)

    func weights(_ length: Double) -> [Double] {
      var w = [Double](repeating: 1, count: width)
      for j in 1..<width { w[j] = w[j - 1] * length / Double(j) }
      return w
    }
    let edge = weights(g / size)
    let odd = weights(2 * g / size)
    let even = weights((1 - 2 * g) / size)

    // The band [first, last] of columns row i can reach.
    func band(_ i: Int) -> (first: Int, last: Int) {
      var (first, last): (Int, Int)
      if i == 0 {
        (first, last) = (-whole - ceilF - 1, whole + ceilF - 1)
      } else {
        let half = (i + 1) / 2
        if (i + 1) % 2 == 0 {
          if half == n + 1 {
            (first, last) = (n - whole - ceilF - 1, n + whole + ceilF - 1)
          } else {
            (first, last) = (half - 2 - whole - roundF, half + whole - 2 + ceilF)
          }
        } else {
          (first, last) = (half - 2 - whole, half + whole + roundF - 1)
        }
      }
      return (Swift.max(first + 2, 0), Swift.min(last, n))
    }

    let big = Foundation.scalbn(1.0, 128)
    var previous = [Double](repeating: 0, count: width)
    var current = [Double](repeating: 0, count: width)
    current[0] = 1
    var start = band(0).first
    var exponent = 0
    for i in 1...(2 * n + 1) {
      swap(&previous, &current)
      let previousStart = start
      for j in current.indices { current[j] = 0 }
      let (first, last) = band(i)
      let w = i == 1 || i == 2 * n + 1 ? edge : (i % 2 == 1 ? odd : even)
      let span = last - previousStart + 1
      guard span > 0 else { continue }
      if first <= last {
        for j in first...last {
          // Σ over the previous row's columns l ≤ j of row[l] · w[j − l].
          var s = 0.0
          let offset = j - previousStart
          let low = Swift.max(0, offset - span + 1, offset - width + 1)
          let high = Swift.min(offset, span - 1, width - 1)
          if low <= high {
            for a in low...high { s += previous[a] * w[offset - a] }
          }
          current[j - first] = s
        }
      }
      let largest = current.max() ?? 0
      if largest > 0 && largest < 1 / big {
        for j in current.indices { current[j] *= big }
        exponent -= 128
      }
      start = first
    }
    guard current.indices.contains(n - start) else { return 0 }
    var answer = current[n - start]
    for j in 1...n {
      if Swift.abs(answer) > big {
        answer /= big
        exponent += 128
      }
      answer *= Double(j)
    }
    return Foundation.scalbn(answer, exponent)
  }
}
