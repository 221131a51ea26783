import Foundation

extension Kolmogorov {
  /// P(Dₙ⁺ ≤ d) and P(Dₙ⁺ ≥ d) for the one-sided statistic Dₙ⁺ = supₓ (Fₙ(x) − F(x)) (`ksone`).
  ///
  /// The tail is Smirnov's (Birnbaum and Tingey's) sum of positive terms,
  /// d Σ_{v=0}^{⌊n(1−d)⌋} C(n, v) (d + v/n)^{v−1} (1 − d − v/n)^{n−v}, each term a binomial
  /// probability (d/p)·P(Bin(n, p) = v) at p = d + v/n, evaluated around its mean so that large n
  /// keeps its digits; for small d the few terms past n(1 − d) give the cdf instead. Closed forms
  /// cover d ≤ 1/n and d ≥ 1 − 1/n; above n = 10⁶ the tail is
  /// Smirnov's asymptotic exp(−(6nd + 1)²/18n), as SciPy.
  public static func smirnov(_ n: Int, _ d: Double) -> (cdf: Double, sf: Double) {
    if d.isNaN || n <= 0 || d < 0 || d > 1 { return (.nan, .nan) }
    if n == 1 { return (d, 1 - d) }
    if d == 0 { return (0, 1) }
    if d == 1 { return (1, 0) }
    let size = Double(n)
    let (whole, fraction) = splitProduct(n, d)
    if whole == 0 || (whole == 1 && fraction == 0) {
      // d ≤ 1/n: the cdf is d (1 + d)^{n−1}.
      let cdf = d * Foundation.exp((size - 1) * Foundation.log1p(d))
      return clipped(cdf: cdf, sf: 1 - cdf)
    }
    // exp(−2nd²) bounds the tail; below the smallest double it is 0.
    if -2 * size * d * d < -745.133_219_101_941_2 { return (1, 0) }
    if whole >= n - 1 {
      let sf = Foundation.exp(size * Foundation.log1p(-d))
      return clipped(cdf: 1 - sf, sf: sf)
    }
    if n > 1_000_000 {
      let sf = Foundation.exp(-Foundation.pow(6 * size * d + 1, 2) / 18 / size)
      return clipped(cdf: 1 - sf, sf: sf)
    }
    // Small d with only a few terms above n(1 − d): the cdf directly from those (Abel's identity
    // makes the full sum 1), so a cdf near 0 keeps its digits.
    let upperCount = fraction == 0 ? whole : whole + 1
    if n >= 10 && upperCount <= 3 && d <= 0.5 / size.squareRoot() {
      // j = n − v: C(n, j) (1 + d − j/n)^{n−j−1} (j/n − d)ʲ, with j/n − d < 0.
      var sum = 0.0
      var binomial = 1.0
      for j in 0..<upperCount {
        let gap = (Double(whole - j) + fraction) / size  // d − j/n
        let term =
          binomial * Foundation.exp(Double(n - j - 1) * Foundation.log1p(gap)) * Foundation.pow(-gap, Double(j))
        sum += term
        binomial *= Double(n - j) / Double(j + 1)
      }
      let cdf = d * sum
      return clipped(cdf: cdf, sf: 1 - cdf)
    }
    // Terms v = 0 … ⌊n(1 − d)⌋; when n(1 − d) is whole its own term is 0.
    let last = n - whole - 1
    var sum = 0.0
    var compensation = 0.0
    for v in 0...last {
      // p = d + v/n and 1 − p, both from the exact split of nd.
      let p = (Double(whole + v) + fraction) / size
      let q = (Double(n - v - whole) - fraction) / size
      let a = Double(v + 1)
      let b = Double(n - v + 1)
      // C(n, v) p^{v−1} q^{n−v} = [pᵃ qᵇ / B(a, b)] / ((n + 1) p² q).
      let term = Special.betaPowerTerms(a, b, p, q) / ((size + 1) * p * p * q)
      // Neumaier's compensated sum: up to 10⁶ terms.
      let t = sum + term
      compensation += Swift.abs(sum) >= Swift.abs(term) ? (sum - t) + term : (term - t) + sum
      sum = t
      if term > 0 {
        if 4 * Double(last - v) * term < Double.ulpOfOne * sum && v != last { break }
      } else if v > n / 2 && sum > 0 {
        break
      }
    }
    let sf = d * (sum + compensation)
    return clipped(cdf: 1 - sf, sf: sf)
  }

  /// ⌊nd⌋ and nd − ⌊nd⌋, exactly (the rounding error of n·d recovered by a fused multiply-add).
  static func splitProduct(_ n: Int, _ d: Double) -> (whole: Int, fraction: Double) {
    let size = Double(n)
    let product = size * d
    let error = Foundation.fma(size, d, -product)
    var whole = product.rounded(.down)
    var fraction = (product - whole) + error
    if fraction < 0 {
      whole -= 1
      fraction += 1
    }
    if fraction >= 1 {
      whole += 1
      fraction -= 1
    }
    return (Int(whole), fraction)
  }
}
