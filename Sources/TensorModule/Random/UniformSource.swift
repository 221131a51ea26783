import Foundation

/// What NumPy's two generators share: uniform doubles on [0, 1), 32- and 64-bit words, and their own normal and
/// exponential draws; the samplers over these (binomial, Poisson, gamma, masked intervals, shuffles, weighted picks)
/// are the same algorithms in `RandomState` and `Generator`.
public protocol UniformSource {
  mutating func random() -> Double
  mutating func nextWord32() -> UInt32
  mutating func nextWord64() -> UInt64
  /// The generator's standard normal (the legacy polar method, or the ziggurat).
  mutating func standardNormal() -> Double
  /// The generator's standard exponential (the legacy inversion, or the ziggurat).
  mutating func standardExponential() -> Double
}

extension UniformSource {
  /// NumPy's `random_geometric_search`: the trial of the first success, found by accumulating the
  /// probabilities of 1, 2, … trials past one uniform (both generators use it for p ≥ 1/3).
  public mutating func geometricSearch(_ p: Double) -> Int {
    var x = 1
    var sum = p
    var prod = p
    let q = 1.0 - p
    let u = random()
    while u > sum {
      prod *= q
      sum += prod
      x += 1
    }
    return x
  }

  /// Poisson(λ): multiplication of uniforms below 10, Hörmann's PTRS from 10 on.
  public mutating func poisson(_ lam: Double) -> Int {
    if lam >= 10 { return poissonPTRS(lam) }
    if lam == 0 { return 0 }
    let limit = Foundation.exp(-lam)
    var x = 0
    var product = 1.0
    while true {
      product *= random()
      if product > limit { x += 1 } else { return x }
    }
  }

  mutating func poissonPTRS(_ lam: Double) -> Int {
    let slam = lam.squareRoot()
    let loglam = Foundation.log(lam)
    let b = 0.931 + 2.53 * slam
    let a = -0.059 + 0.02483 * b
    let invalpha = 1.1239 + 1.1328 / (b - 3.4)
    let vr = 0.9277 - 3.6224 / (b - 2)
    while true {
      let u = random() - 0.5
      let v = random()
      let us = 0.5 - Swift.abs(u)
      let k = Int(((2 * a / us + b) * u + lam + 0.43).rounded(.down))
      if us >= 0.07 && v <= vr { return k }
      if k < 0 || (us < 0.013 && v > us) { continue }
      let left = Foundation.log(v) + Foundation.log(invalpha) - Foundation.log(a / (us * us) + b)
      if left <= -lam + Double(k) * loglam - Self.logGamma(Double(k + 1)) { return k }
    }
  }

  /// log Γ(x) by Stirling's series with NumPy's coefficients (`random_loggam`).
  static func logGamma(_ x: Double) -> Double {
    let coefficients = [
      8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04, -5.952380952380952e-04,
      8.417508417508418e-04, -1.917526917526918e-03, 6.410256410256410e-03, -2.955065359477124e-02,
      1.796443723688307e-01, -1.39243221690590e+00,
    ]
    if x == 1 || x == 2 { return 0 }
    let n = x < 7 ? Int(7 - x) : 0
    var x0 = x + Double(n)
    let x2 = (1 / x0) * (1 / x0)
    var g = coefficients[9]
    for k in stride(from: 8, through: 0, by: -1) {
      g *= x2
      g += coefficients[k]
    }
    var result = g / x0 + 0.5 * 1.8378770664093453 + (x0 - 0.5) * Foundation.log(x0) - x0
    if x < 7 {
      for _ in 0..<n {
        result -= Foundation.log(x0 - 1)
        x0 -= 1
      }
    }
    return result
  }

  /// Weighted picks as both NumPy generators make them.
  ///
  /// Uniform draws are searched in the normalised cumulative `p` (`searchsorted(side='right')`); without
  /// replacement, rounds redraw the places left with the drawn weights zeroed. `legacy` picks `RandomState`'s
  /// wording of the errors.
  mutating func weightedIndices(
    _ n: Int, count: Int, replace: Bool, p: [Double], legacy: Bool
  ) throws(TensorError) -> [Int] {
    guard p.count == n else { throw TensorError(.value, "a and p must have same size") }
    let total = p.reduce(0, +)
    if total.isNaN { throw TensorError(.value, legacy ? "probabilities contain NaN" : "Probabilities contain NaN") }
    guard p.allSatisfy({ $0 >= 0 }) else {
      throw TensorError(.value, legacy ? "probabilities are not non-negative" : "Probabilities are not non-negative")
    }
    guard Swift.abs(total - 1) <= Double.ulpOfOne.squareRoot() else {
      throw TensorError(
        .value,
        legacy
          ? "probabilities do not sum to 1"
          : "Probabilities do not sum to 1. See Notes section of docstring for more information.")
    }
    func cdf(_ weights: [Double]) throws(TensorError) -> [Double] {
      let sums = try Tensor(weights).accumulate(product: false, axis: nil).data
      return sums.map { $0 / sums[n - 1] }
    }
    if replace {
      let cumulative = try cdf(p)
      return (0..<count).map { _ in Tensor.insertionPoint(cumulative, random(), left: false) }
    }
    guard count <= n else {
      throw TensorError(
        .value,
        "Cannot take a larger sample than population when " + (legacy ? "'replace=False'" : "replace is False"))
    }
    guard p.filter({ $0 > 0 }).count >= count else {
      throw TensorError(.value, "Fewer non-zero entries in p than size")
    }
    var picks: [Int] = []
    var weights = p
    while picks.count < count {
      let draws = (0..<(count - picks.count)).map { _ in random() }
      for i in picks { weights[i] = 0 }
      let cumulative = try cdf(weights)
      var seen = Set(picks)
      for u in draws {
        let i = Tensor.insertionPoint(cumulative, u, left: false)
        if seen.insert(i).inserted { picks.append(i) }
      }
    }
    return picks
  }

  /// A uniform integer from 0 through max by masked rejection (NumPy's `random_interval`): 32-bit words when max
  /// fits them.
  public mutating func interval(_ max: UInt64) -> UInt64 {
    if max == 0 { return 0 }
    let mask = RandomState.mask(max)
    if max <= 0xFFFF_FFFF {
      while true {
        let v = UInt64(nextWord32()) & mask
        if v <= max { return v }
      }
    }
    while true {
      let v = nextWord64() & mask
      if v <= max { return v }
    }
  }

  /// Fisher–Yates from the end, as NumPy's `shuffle`: position i swaps with a masked draw from 0 through i.
  public mutating func shuffleOrder(_ n: Int) -> [(Int, Int)] {
    guard n > 1 else { return [] }
    return (1..<n).reversed().map { i in (i, Int(interval(UInt64(i)))) }
  }

  /// Gamma(shape, 1) as both generators draw it, over their own normal and exponential: an exponential at shape 1;
  /// for shape < 1 the rejection method over a uniform and an exponential; otherwise Marsaglia and Tsang's method.
  public mutating func standardGamma(_ shape: Double) -> Double {
    if shape == 1 { return standardExponential() }
    if shape == 0 { return 0 }
    if shape < 1 {
      while true {
        let u = random()
        let v = standardExponential()
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
        x = standardNormal()
        v = 1 + c * x
      } while v <= 0
      v = v * v * v
      let u = random()
      if u < 1 - 0.0331 * (x * x) * (x * x) { return b * v }
      if Foundation.log(u) < 0.5 * x * x + b * (1 - v + Foundation.log(v)) { return b * v }
    }
  }
}
