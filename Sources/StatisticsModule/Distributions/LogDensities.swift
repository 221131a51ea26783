import Foundation

// The logarithms of the densities and tails, as SciPy computes each family's `_logpdf`, `_logpmf`,
// `_logcdf` and `_logsf` (term for term, in its order), in the standard form; `Located` and `Shifted`
// add the support, loc and scale as SciPy's `logpdf` etc. do.

extension ContinuousDistribution {
  public func logpdf(_ x: Double) -> Double { Foundation.log(pdf(x)) }

  /// SciPy's default: the log of the cdf below the median, log1p of minus the sf from it on.
  public func logcdf(_ x: Double) -> Double? {
    x < ppf(0.5) ? Foundation.log(cdf(x)) : Foundation.log1p(-sf(x))
  }

  /// SciPy's default: the log of the sf above the median, log1p of minus the cdf up to it.
  public func logsf(_ x: Double) -> Double? {
    x > ppf(0.5) ? Foundation.log(sf(x)) : Foundation.log1p(-cdf(x))
  }
}

extension DiscreteDistribution {
  public func logpmf(_ k: Double) -> Double { Foundation.log(pmf(k)) }
  public func logcdf(_ k: Double) -> Double? { Foundation.log(cdf(k)) }
  public func logsf(_ k: Double) -> Double? { Foundation.log(sf(k)) }
}

extension Special {
  /// `xlogy`: x·log y, and 0 where x is 0 (unless y is NaN).
  public static func xlogy(_ x: Double, _ y: Double) -> Double { x == 0 && !y.isNaN ? 0 : x * Foundation.log(y) }

  /// `xlog1py`: x·log(1 + y) (Cephes' log1p, as xsf's), and 0 where x is 0 (unless y is NaN).
  public static func xlog1py(_ x: Double, _ y: Double) -> Double {
    x == 0 && !y.isNaN ? 0 : x * Cephes.log1p(y)
  }

  /// `log_expit`: log(1 / (1 + e⁻ˣ)) without overflow.
  public static func logExpit(_ x: Double) -> Double {
    x < 0 ? x - Foundation.log1p(Foundation.exp(x)) : -Foundation.log1p(Foundation.exp(-x))
  }

  /// `log_ndtr` from x = −1 up (log1p(−erfc(x/√2)/2), Cephes' log1p and erfc); nil below, where SciPy's
  /// form needs the scaled complementary error function erfcx (Faddeeva's tables), which Tessel does not have.
  public static func logNdtr(_ x: Double) -> Double? {
    if x.isNaN { return .nan }
    guard x >= -1 else { return nil }
    return Cephes.log1p(-erfc(x * (0.5).squareRoot()) / 2)
  }
}

extension Normal {
  /// log √(2π), as SciPy's `_norm_pdf_logC`.
  static let logC = Foundation.log((2 * Double.pi).squareRoot())
  public func logpdf(_ x: Double) -> Double { -(x * x) / 2.0 - Normal.logC }
  public func logcdf(_ x: Double) -> Double? { Special.logNdtr(x) }
  public func logsf(_ x: Double) -> Double? { Special.logNdtr(-x) }
}

extension StudentT {
  public func logpdf(_ x: Double) -> Double {
    if df == .infinity { return Normal().logpdf(x) }
    return Foundation.log(Cephes.pochhammer(0.5 * df, 0.5)) - 0.5 * (Foundation.log(df) + Foundation.log(Double.pi))
      - (df + 1) / 2 * Foundation.log1p(x * x / df)
  }
}

extension ChiSquared {
  public func logpdf(_ x: Double) -> Double {
    Special.xlogy(df / 2.0 - 1, x) - x / 2.0 - Special.logAbsGamma(df / 2.0) - (Foundation.log(2.0) * df) / 2.0
  }
}

extension Exponential {
  public func logpdf(_ x: Double) -> Double { -x }
  public func logsf(_ x: Double) -> Double? { -x }
}

extension GammaDistribution {
  public func logpdf(_ x: Double) -> Double { Special.xlogy(a - 1.0, x) - x - Special.logAbsGamma(a) }
}

extension BetaDistribution {
  public func logpdf(_ x: Double) -> Double {
    var lPx = Special.xlog1py(b - 1.0, -x) + Special.xlogy(a - 1.0, x)
    lPx -= Special.logAbsBeta(a, b)
    return lPx
  }
}

extension FisherF {
  public func logpdf(_ x: Double) -> Double {
    let (n, m) = (dfn, dfd)
    return m / 2 * Foundation.log(m) + n / 2 * Foundation.log(n) + Special.xlogy(n / 2 - 1, x)
      - ((n + m) / 2 * Foundation.log(m + n * x) + Special.logAbsBeta(n / 2, m / 2))
  }
}

extension LogNormal {
  public func logpdf(_ x: Double) -> Double {
    if x == 0 { return -.infinity }
    let logx = Foundation.log(x)
    return -(logx * logx) / (2 * (s * s)) - Foundation.log(s * x * (2 * Double.pi).squareRoot())
  }
  public func logcdf(_ x: Double) -> Double? { Special.logNdtr(Foundation.log(x) / s) }
  public func logsf(_ x: Double) -> Double? { Special.logNdtr(-(Foundation.log(x) / s)) }
}

extension WeibullMin {
  public func logpdf(_ x: Double) -> Double { Foundation.log(c) + Special.xlogy(c - 1, x) - Foundation.pow(x, c) }
  public func logsf(_ x: Double) -> Double? { -Foundation.pow(x, c) }
}

extension Logistic {
  public func logpdf(_ x: Double) -> Double {
    // `sc.log1p`: Cephes'.
    let y = -Swift.abs(x)
    return y - 2.0 * Cephes.log1p(Foundation.exp(y))
  }
  public func logcdf(_ x: Double) -> Double? { Special.logExpit(x) }
  public func logsf(_ x: Double) -> Double? { Special.logExpit(-x) }
}

extension Binomial {
  public func logpmf(_ x: Double) -> Double { Binomial.logpmf(x, n, p) }

  static func logpmf(_ x: Double, _ n: Double, _ p: Double) -> Double {
    let k = x.rounded(.down)
    let combiln = Special.logAbsGamma(n + 1) - (Special.logAbsGamma(k + 1) + Special.logAbsGamma(n - k + 1))
    return combiln + Special.xlogy(k, p) + Special.xlog1py(n - k, -p)
  }
}

extension Bernoulli {
  public func logpmf(_ x: Double) -> Double { Binomial.logpmf(x, 1, trial.p) }
}

extension Poisson {
  public func logpmf(_ k: Double) -> Double { Special.xlogy(k, mu) - Special.logAbsGamma(k + 1) - mu }
}

extension Geometric {
  public func logpmf(_ k: Double) -> Double { Special.xlog1py(k - 1, -p) + Foundation.log(p) }
  public func logsf(_ x: Double) -> Double? { x.rounded(.down) * Foundation.log1p(-p) }
}

extension NegativeBinomial {
  public func logpmf(_ x: Double) -> Double {
    let coeff = Special.logAbsGamma(n + x) - Special.logAbsGamma(x + 1) - Special.logAbsGamma(n)
    return coeff + n * Foundation.log(p) + Special.xlog1py(x, -p)
  }

  /// Past the median, log1p of minus the upper tail I₁₋ₚ(k + 1, n).
  public func logcdf(_ x: Double) -> Double? {
    let k = x.rounded(.down)
    let c = cdf(k)
    if c > 0.5 { return Foundation.log1p(-Boost.ibeta(k + 1, n, 1 - p, complement: false)) }
    return Foundation.log(c)
  }
}

extension Hypergeometric {
  public func logpmf(_ k: Double) -> Double {
    let (tot, good, draws) = (total, successes, self.draws)
    let bad = tot - good
    let beta = Special.logAbsBeta
    return beta(good + 1, 1) + beta(bad + 1, 1) + beta(tot - draws + 1, draws + 1) - beta(k + 1, good - k + 1)
      - beta(draws - k + 1, bad - draws + k + 1) - beta(tot + 1, 1)
  }
  /// SciPy sums the pmf's logarithms with `logsumexp`, choosing the shorter side: not reproduced.
  public func logcdf(_ k: Double) -> Double? { nil }
  public func logsf(_ k: Double) -> Double? { nil }
}
