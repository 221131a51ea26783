import Foundation
import TensorModule

// Each family's differential (or discrete) entropy in nats, as SciPy's `_entropy` computes it, in the
// standard form; `Located` adds log scale. Families whose SciPy entropy is a numerical expectation
// (Poisson, negative binomial) and SciPy's asymptotic branches for huge shapes are left nil.

extension ContinuousDistribution {
  public var entropy: Double? { nil }
}

extension DiscreteDistribution {
  public var entropy: Double? { nil }
}

extension Special {
  /// `entr`: −x log x, 0 at 0, −inf below.
  public static func entr(_ x: Double) -> Double {
    x.isNaN ? x : x > 0 ? -x * Foundation.log(x) : x == 0 ? 0 : -.infinity
  }

  /// SciPy's `_EULER`.
  static let euler = Cephes.euler
}

extension Normal {
  public var entropy: Double? { 0.5 * (Foundation.log(2 * Double.pi) + 1) }
}

extension StudentT {
  public var entropy: Double? {
    if df == .infinity { return Normal().entropy }
    guard df < 100 else { return nil }
    let half = df / 2
    let half1 = (df + 1) / 2
    return half1 * (Special.digamma(half1) - Special.digamma(half))
      + Foundation.log(df.squareRoot() * Special.beta(half, 0.5))
  }
}

extension ChiSquared {
  public var entropy: Double? {
    let halfDF = 0.5 * df
    guard halfDF < 125 else { return nil }
    return halfDF + Foundation.log(2.0) + Special.logAbsGamma(halfDF) + (1 - halfDF) * Special.digamma(halfDF)
  }
}

extension Exponential {
  public var entropy: Double? { 1.0 }
}

extension Uniform {
  public var entropy: Double? { 0.0 }
}

extension Laplace {
  public var entropy: Double? { Foundation.log(2.0) + 1 }
}

extension Logistic {
  public var entropy: Double? { 2.0 }
}

extension GammaDistribution {
  public var entropy: Double? {
    guard a < 250 else { return nil }
    return Special.digamma(a) * (1 - a) + a + Special.logAbsGamma(a)
  }
}

extension BetaDistribution {
  public var entropy: Double? {
    guard a < 4.9e6 && b < 4.9e6 else { return nil }
    return Special.logAbsBeta(a, b) - (a - 1) * Special.digamma(a) - (b - 1) * Special.digamma(b)
      + (a + b - 2) * Special.digamma(a + b)
  }
}

extension FisherF {
  public var entropy: Double? {
    let halfN = 0.5 * dfn
    let halfD = 0.5 * dfd
    let halfSum = 0.5 * (dfn + dfd)
    return Foundation.log(dfd) - Foundation.log(dfn) + Special.logAbsBeta(halfN, halfD) + (1 - halfN)
      * Special.digamma(halfN) - (1 + halfD) * Special.digamma(halfD) + halfSum * Special.digamma(halfSum)
  }
}

extension LogNormal {
  public var entropy: Double? { 0.5 * (1 + Foundation.log(2 * Double.pi) + 2 * Foundation.log(s)) }
}

extension WeibullMin {
  public var entropy: Double? { -Special.euler / c - Foundation.log(c) + Special.euler + 1 }
}

extension Binomial {
  /// The sum of entr(pmf) over 0…n, pairwise as `np.sum`.
  public var entropy: Double? {
    guard n >= 0, n < 1e7 else { return nil }
    let terms = (0...Int(n)).map { Special.entr(pmf(Double($0))) }
    return terms.withUnsafeBufferPointer { b in b.baseAddress.map { Tensor.pairwiseSum($0, b.count) } ?? 0 }
  }
}

extension Bernoulli {
  public var entropy: Double? { Special.entr(trial.p) + Special.entr(1 - trial.p) }
}

extension Geometric {
  public var entropy: Double? { -Foundation.log(p) - Foundation.log1p(-p) * (1.0 - p) / p }
}

extension RandInt {
  public var entropy: Double? { Foundation.log(high - low) }
}

extension Hypergeometric {
  /// The sum of entr(pmf) over N − (M − n) … min(n, N), pairwise as `np.sum`.
  public var entropy: Double? {
    let first = draws - (total - successes)
    let last = Swift.min(successes, draws)
    guard first <= last, last - first < 1e7 else { return nil }
    let terms = stride(from: first, through: last, by: 1).map { Special.entr(pmf($0)) }
    return terms.withUnsafeBufferPointer { b in b.baseAddress.map { Tensor.pairwiseSum($0, b.count) } ?? 0 }
  }
}
