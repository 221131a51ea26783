import Foundation
import TensorModule

/// SciPy's Kolmogorov–Smirnov tests: two samples (`ks_2samp`, exact or asymptotic) and one sample
/// against a distribution (`ks_1samp`, in `KolmogorovSmirnov+OneSample.swift`).
public enum KolmogorovSmirnov {
  public struct Statistic: Sendable {
    public var d: Double
    /// +1 when the largest gap has the first sample's ecdf above (D⁺ wins; ties go to D⁻), −1 otherwise.
    public var sign: Double
    public var location: Double
  }

  /// D from the ecdfs on the pooled values (ties handled as searchsorted 'right'), as SciPy.
  ///
  /// One merge of the two sorted samples. SciPy reports the location as the first pooled value (the
  /// first sample's values, then the second's) where the extreme gap is reached, so each sample's
  /// values keep their own running best and the first sample's wins ties.
  public static func statistic(_ a: [Double], _ b: [Double], alternative: Alternative) -> Statistic {
    var x = a
    var y = b
    Tensor.sortValues(&x)
    Tensor.sortValues(&y)
    let (n1, n2) = (x.count, y.count)
    let (size1, size2) = (Double(n1), Double(n2))
    // (largest gap, where) over the first sample's values and over the second's, for F₁ − F₂ and F₂ − F₁.
    var first = Extremes()
    var second = Extremes()
    var (i, j) = (0, 0)
    while i < n1 || j < n2 {
      let v = j >= n2 || (i < n1 && x[i] <= y[j]) ? x[i] : y[j]
      let inFirst = i < n1 && x[i] == v
      let inSecond = j < n2 && y[j] == v
      while i < n1 && x[i] <= v { i += 1 }
      while j < n2 && y[j] <= v { j += 1 }
      let diff = Double(i) / size1 - Double(j) / size2
      if inFirst { first.update(diff, at: v) }
      if inSecond { second.update(diff, at: v) }
    }
    let (maxPlus, maxPlusAt) = first.plus >= second.plus ? (first.plus, first.plusAt) : (second.plus, second.plusAt)
    let (maxMinus, maxMinusAt) =
      first.minus >= second.minus ? (first.minus, first.minusAt) : (second.minus, second.minusAt)
    let dPlus = Swift.max(maxPlus, 0)
    let dMinus = Swift.min(Swift.max(maxMinus, 0), 1)
    switch alternative {
    case .greater: return Statistic(d: dPlus, sign: 1, location: maxPlusAt)
    case .less: return Statistic(d: dMinus, sign: -1, location: maxMinusAt)
    case .twoSided:
      return dMinus > dPlus
        ? Statistic(d: dMinus, sign: -1, location: maxMinusAt) : Statistic(d: dPlus, sign: 1, location: maxPlusAt)
    }
  }

  /// How the two-sample p-value is computed (SciPy's `method=`).
  public enum TwoSampleMethod: String, Sendable {
    /// Exact up to 10 000 values per sample, asymptotic above.
    case auto
    case exact
    case asymp
  }

  /// SciPy's `ks_2samp`: the statistic (rounded to the lattice when the p-value is exact) and its p-value.
  ///
  /// 'exact' falls back to 'asymp' where SciPy does: when lcm(m, n) would not fit in 32 bits.
  public static func twoSample(_ a: [Double], _ b: [Double], alternative: Alternative, method: TwoSampleMethod)
    -> (statistic: Statistic, pvalue: Double)
  {
    var s = statistic(a, b, alternative: alternative)
    let (m, n) = (a.count, b.count)
    if isExact(method, m, n) {
      let (d, p) = exactPValue(s.d, m, n, alternative: alternative)
      s.d = d
      return (s, p)
    }
    return (s, asymptoticPValue(s.d, m, n, alternative: alternative))
  }

  /// Whether `method` gives the exact p-value for samples of m and n values, as SciPy decides.
  public static func isExact(_ method: TwoSampleMethod, _ m: Int, _ n: Int) -> Bool {
    let g = gcd(m, n)
    switch method {
    case .auto: if Swift.max(m, n) > 10_000 { return false }
    case .exact: break
    case .asymp: return false
    }
    return m / g < Int(Int32.max) / (n / g)
  }

  /// The largest F₁ − F₂ and F₂ − F₁ seen, each with the first value where it was reached.
  struct Extremes {
    var plus = -Double.infinity
    var plusAt = 0.0
    var minus = -Double.infinity
    var minusAt = 0.0

    mutating func update(_ diff: Double, at v: Double) {
      if diff > plus { (plus, plusAt) = (diff, v) }
      if -diff > minus { (minus, minusAt) = (-diff, v) }
    }
  }

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
