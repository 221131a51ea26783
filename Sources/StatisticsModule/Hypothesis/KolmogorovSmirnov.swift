import Foundation
import TensorModule

/// SciPy's two-sample Kolmogorov–Smirnov test (`ks_2samp`) with its exact null distribution.
public enum KolmogorovSmirnov {
  public struct Statistic: Sendable {
    public var d: Double
    /// +1 when the largest gap has the first sample's ecdf above (D⁺ wins; ties go to D⁻), −1 otherwise.
    public var sign: Double
    public var location: Double
  }

  /// D from the ecdfs on the pooled values (searchsorted right, so ties are handled), as SciPy.
  public static func statistic(_ a: [Double], _ b: [Double], alternative: Alternative) -> Statistic {
    var x = a
    var y = b
    Tensor.sortValues(&x)
    Tensor.sortValues(&y)
    let all = x + y
    var (maxPlus, maxPlusAt) = (-Double.infinity, 0.0)
    var (maxMinus, maxMinusAt) = (-Double.infinity, 0.0)
    let (n1, n2) = (Double(x.count), Double(y.count))
    for v in all {
      let diff = Double(upperCount(x, v)) / n1 - Double(upperCount(y, v)) / n2
      if diff > maxPlus { (maxPlus, maxPlusAt) = (diff, v) }
      if -diff > maxMinus { (maxMinus, maxMinusAt) = (-diff, v) }
    }
    let plus = Swift.max(maxPlus, 0)
    let minus = Swift.min(Swift.max(maxMinus, 0), 1)
    switch alternative {
    case .greater: return Statistic(d: plus, sign: 1, location: maxPlusAt)
    case .less: return Statistic(d: minus, sign: -1, location: maxMinusAt)
    case .twoSided:
      return minus > plus
        ? Statistic(d: minus, sign: -1, location: maxMinusAt) : Statistic(d: plus, sign: 1, location: maxPlusAt)
    }
  }

  /// How many sorted values are ≤ v.
  static func upperCount(_ sorted: [Double], _ v: Double) -> Int { Tensor.insertionPoint(sorted, v, left: false) }

  /// The exact p-value P(D ≥ d) for samples of m and n values (continuous null).
  ///
  /// As SciPy, d is first rounded to the lattice: h = round(d · lcm(m, n)). The walk through the m × n
  /// lattice (one step per pooled value, each ordering equally likely) is followed as probabilities,
  /// and the mass that reaches |i/m − j/n| ≥ h/lcm (or i/m − j/n ≥ for one side) is absorbed and
  /// summed: the p-value comes out as a sum of positive terms, accurate even at 1e-59.
  /// Returns the rounded statistic h/lcm with the p-value, as SciPy reports it.
  public static func exactPValue(_ d: Double, _ m: Int, _ n: Int, alternative: Alternative) -> (d: Double, p: Double) {
    let g = gcd(m, n)
    let (mg, ng) = (m / g, n / g)
    let lcm = mg * n
    let h = Int((d * Double(lcm)).rounded(.toNearestOrEven))
    let rounded = Double(h) / Double(lcm)
    if h == 0 { return (rounded, 1) }
    if m == n {
      // SciPy's closed forms for equal sizes: the reflection sum, and a product for one side.
      if alternative != .twoSided {
        var p = 1.0
        for j in 0..<h { p *= Double(n - j) / Double(n + j + 1) }
        return (rounded, p)
      }
      var total = 0.0
      var k = n / h
      while k >= 0 {
        var term = 1.0
        for j in 0..<h { term = Double(n - k * h - j) * term / Double(n + k * h + j + 1) }
        total = term * (1 - total)
        k -= 1
      }
      return (rounded, Swift.min(2 * total, 1))
    }
    // Outside the band when ng·i − mg·j (times g, it is n·i − m·j) reaches h (or −h for two sides).
    func outside(_ i: Int, _ j: Int) -> Bool {
      let gap = ng * i - mg * j
      switch alternative {
      case .twoSided: return Swift.abs(gap) >= h
      case .greater: return gap >= h
      case .less: return -gap >= h
      }
    }
    // The columns j of row i that are inside the band (mass lives only there).
    func window(_ i: Int) -> ClosedRange<Int> {
      let low = alternative == .less ? 0 : Swift.max(0, floorDivide(ng * i - h, mg) + 1)
      let high = alternative == .greater ? n : Swift.min(n, ceilDivide(ng * i + h, mg) - 1)
      return low...Swift.max(low, high)
    }
    var row = [Double](repeating: 0, count: n + 2)
    var next = [Double](repeating: 0, count: n + 2)
    row[0] = 1
    var absorbed = 0.0
    for i in 0...m {
      let columns = window(i)
      // Row i + 1 receives mass in this row's columns and is read over its own window: clear both,
      // as the array last held row i − 1.
      let following = i < m ? window(i + 1) : columns
      let clear =
        Swift.min(
          columns.lowerBound, following.lowerBound)...Swift.min(
          n + 1, Swift.max(columns.upperBound, following.upperBound) + 1)
      for j in clear { next[j] = 0 }
      for j in columns {
        let p = row[j]
        if p == 0 { continue }
        let remaining = Double(m - i + n - j)
        if remaining == 0 { continue }
        if i < m {
          let q = p * Double(m - i) / remaining
          if outside(i + 1, j) { absorbed += q } else { next[j] += q }
        }
        if j < n {
          let q = p * Double(n - j) / remaining
          if outside(i, j + 1) { absorbed += q } else { row[j + 1] += q }
        }
      }
      swap(&row, &next)
    }
    return (rounded, Swift.min(absorbed, 1))
  }

  static func floorDivide(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
  static func ceilDivide(_ a: Int, _ b: Int) -> Int { a >= 0 ? (a + b - 1) / b : -((-a) / b) }

  static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}
