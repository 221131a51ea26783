/// The distribution families by SciPy's names, with their shape parameters in SciPy's order.
public enum Families {
  /// Shape parameter names, in the order SciPy takes them positionally (`t.cdf(x, df)`).
  public static let shapes: [String: [String]] = [
    "norm": [], "uniform": [], "expon": [], "t": ["df"], "chi2": ["df"], "f": ["dfn", "dfd"], "beta": ["a", "b"],
    "gamma": ["a"], "binom": ["n", "p"], "poisson": ["mu"],
    "hypergeom": ["M", "n", "N"], "laplace": [], "logistic": [], "lognorm": ["s"], "weibull_min": ["c"],
    "geom": ["p"], "bernoulli": ["p"], "randint": ["low", "high"], "nbinom": ["n", "p"],
  ]

  public static func continuous(_ name: String, _ s: [Double]) -> (any ContinuousDistribution)? {
    switch (name, s.count) {
    case ("norm", 0): Normal()
    case ("uniform", 0): Uniform()
    case ("expon", 0): Exponential()
    case ("t", 1): StudentT(df: s[0])
    case ("chi2", 1): ChiSquared(df: s[0])
    case ("f", 2): FisherF(dfn: s[0], dfd: s[1])
    case ("beta", 2): BetaDistribution(a: s[0], b: s[1])
    case ("gamma", 1): GammaDistribution(a: s[0])
    case ("laplace", 0): Laplace()
    case ("logistic", 0): Logistic()
    case ("lognorm", 1): LogNormal(s: s[0])
    case ("weibull_min", 1): WeibullMin(c: s[0])
    default: nil
    }
  }

  public static func discrete(_ name: String, _ s: [Double]) -> (any DiscreteDistribution)? {
    switch (name, s.count) {
    case ("binom", 2): Binomial(n: s[0], p: s[1])
    case ("poisson", 1): Poisson(mu: s[0])
    case ("hypergeom", 3): Hypergeometric(total: s[0], successes: s[1], draws: s[2])
    case ("geom", 1): Geometric(p: s[0])
    case ("nbinom", 2): NegativeBinomial(n: s[0], p: s[1])
    case ("bernoulli", 1): Bernoulli(p: s[0])
    case ("randint", 2): RandInt(low: s[0], high: s[1])
    default: nil
    }
  }
}
