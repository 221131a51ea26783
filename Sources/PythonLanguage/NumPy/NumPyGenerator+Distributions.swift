import Foundation
import TensorModule

extension NumPyGenerators {
  /// A distribution's method: its parameter names and defaults, NumPy's check of one set of parameters, and one
  /// draw (a float, or a count for `binomial` and `poisson`).
  static func distribution<T: DrawnValue>(
    _ name: String, _ names: [String], defaults: [Double?],
    check: @escaping @Sendable ([Double]) throws(PyError) -> Void,
    _ one: @escaping @Sendable (inout RandomGenerator, [Double]) -> T
  ) -> (String, Body) {
    method(name) { (rt, g, a) throws(PyError) in
      let p = try a.bind(name, names + ["size"], required: defaults.prefix { $0 == nil }.count)
      let params = try names.indices.map { (i) throws(PyError) in try parameter(rt, p[i], defaults[i] ?? 0) }
      return try drawn(rt, g, params, try optionalSize(rt, p[names.count]), check: check, one)
    }
  }

  static func require(_ ok: Bool, _ message: String) throws(PyError) {
    if !ok { throw PyError("ValueError", message) }
  }

  static let distributions: [(String, Body)] = [
    distribution(
      "normal", ["loc", "scale"], defaults: [0, 1],
      check: { (x) throws(PyError) in
        try require(!(x[1] < 0), "scale < 0")
      }
    ) { g, x in x[0] + x[1] * g.standardNormal() },
    distribution(
      "uniform", ["low", "high"], defaults: [0, 1],
      check: { (x) throws(PyError) in
        if !(x[1] - x[0]).isFinite { throw PyError("OverflowError", "high - low range exceeds valid bounds") }
      }
    ) { g, x in x[0] + (x[1] - x[0]) * g.random() },
    distribution(
      "exponential", ["scale"], defaults: [1],
      check: { (x) throws(PyError) in
        try require(!(x[0] < 0), "scale < 0")
      }
    ) { g, x in g.exponential(x[0]) },
    distribution(
      "standard_gamma", ["shape"], defaults: [nil],
      check: { (x) throws(PyError) in
        try require(!(x[0] < 0) && !x[0].isNaN, "shape < 0")
      }
    ) { g, x in g.standardGamma(x[0]) },
    distribution(
      "gamma", ["shape", "scale"], defaults: [nil, 1],
      check: { (x) throws(PyError) in
        try require(!(x[0] < 0) && !x[0].isNaN, "shape < 0")
        try require(!(x[1] < 0) && !x[1].isNaN, "scale < 0")
      }
    ) { g, x in x[1] * g.standardGamma(x[0]) },
    distribution(
      "beta", ["a", "b"], defaults: [nil, nil],
      check: { (x) throws(PyError) in
        try require(x[0] > 0, "a <= 0")
        try require(x[1] > 0, "b <= 0")
      }
    ) { g, x in g.beta(x[0], x[1]) },
    distribution(
      "chisquare", ["df"], defaults: [nil],
      check: { (x) throws(PyError) in
        try require(x[0] > 0, "df <= 0")
      }
    ) { g, x in 2 * g.standardGamma(x[0] / 2) },
    distribution(
      "noncentral_chisquare", ["df", "nonc"], defaults: [nil, nil],
      check: { (x) throws(PyError) in
        try require(x[0] > 0, "df <= 0")
        try require(x[1].isNaN || x[1].sign == .plus, "nonc < 0")
      }
    ) { g, x in g.noncentralChisquare(x[0], x[1]) },
    distribution(
      "noncentral_f", ["dfnum", "dfden", "nonc"], defaults: [nil, nil, nil],
      check: { (x) throws(PyError) in
        try require(x[0] > 0, "dfnum <= 0")
        try require(x[1] > 0, "dfden <= 0")
        try require(x[2].isNaN || x[2].sign == .plus, "nonc < 0")
      }
    ) { g, x in g.noncentralF(x[0], x[1], x[2]) },
    distribution(
      "lognormal", ["mean", "sigma"], defaults: [0, 1],
      check: { (x) throws(PyError) in
        try require(!(x[1] < 0), "sigma < 0")
      }
    ) { g, x in Foundation.exp(x[0] + x[1] * g.standardNormal()) },
    distribution(
      "laplace", ["loc", "scale"], defaults: [0, 1],
      check: { (x) throws(PyError) in
        try require(!(x[1] < 0), "scale < 0")
      }
    ) { g, x in
      while true {
        let u = g.random()
        if u >= 0.5 { return x[0] - x[1] * Foundation.log(2 - u - u) }
        if u > 0 { return x[0] + x[1] * Foundation.log(u + u) }
      }
    },
    distribution(
      "logistic", ["loc", "scale"], defaults: [0, 1],
      check: { (x) throws(PyError) in
        try require(!(x[1] < 0), "scale < 0")
      }
    ) { g, x in
      while true {
        let u = g.random()
        if u > 0 { return x[0] + x[1] * Foundation.log(u / (1 - u)) }
      }
    },
    distribution(
      "gumbel", ["loc", "scale"], defaults: [0, 1],
      check: { (x) throws(PyError) in
        // NumPy's non-negative check is on the sign bit: -0.0 fails, NaN passes.
        try require(x[1].isNaN || x[1].sign == .plus, "scale < 0")
      }
    ) { g, x in
      while true {
        let u = 1 - g.random()
        if u < 1 { return x[0] - x[1] * Foundation.log(-Foundation.log(u)) }
      }
    },
    distribution(
      "wald", ["mean", "scale"], defaults: [nil, nil],
      check: { (x) throws(PyError) in
        try require(x[0] > 0, "mean <= 0")
        try require(x[1] > 0, "scale <= 0")
      }
    ) { g, x in
      let (mean, scale) = (x[0], x[1])
      var y = g.standardNormal()
      y = mean * y * y
      let d = 1 + (1 + 4 * scale / y).squareRoot()
      let candidate = mean * (1 - 2 / d)
      return g.random() <= mean / (mean + candidate) ? candidate : mean * mean / candidate
    },
    distribution(
      "triangular", ["left", "mode", "right"], defaults: [nil, nil, nil],
      check: { (x) throws(PyError) in
        try require(!(x[0] > x[1]), "left > mode")
        try require(!(x[1] > x[2]), "mode > right")
        try require(x[0] != x[2], "left == right")
      }
    ) { g, x in
      let (left, mode, right) = (x[0], x[1], x[2])
      let base = right - left
      let leftBase = mode - left
      let ratio = leftBase / base
      let u = g.random()
      if u <= ratio { return left + (u * (leftBase * base)).squareRoot() }
      return right - ((1 - u) * ((right - mode) * base)).squareRoot()
    },
    distribution(
      "binomial", ["n", "p"], defaults: [nil, nil],
      check: { (x) throws(PyError) in
        try require(!(x[0] < 0), "n < 0")
        try require(x[1] >= 0 && x[1] <= 1, "p < 0, p > 1 or p is NaN")
      }
    ) { g, x in g.binomial(Int(x[0]), x[1]) },
    distribution(
      "hypergeometric", ["ngood", "nbad", "nsample"], defaults: [nil, nil, nil],
      check: { (x) throws(PyError) in
        // NumPy's order: the size limit, the sum, then each count's sign.
        if x[0] >= 1e9 || x[1] >= 1e9 {
          throw PyError("ValueError", "both ngood and nbad must be less than 1000000000")
        }
        try require(!(x[0] + x[1] < x[2]), "ngood + nbad < nsample")
        try require(!(x[0] < 0), "ngood < 0")
        try require(!(x[1] < 0), "nbad < 0")
        try require(!(x[2] < 0), "nsample < 0")
      }
    ) { g, x in g.hypergeometric(good: Int(x[0]), bad: Int(x[1]), sample: Int(x[2])) },
    distribution(
      "zipf", ["a"], defaults: [nil],
      check: { (x) throws(PyError) in try require(x[0] > 1, "a <= 1 or a is NaN") }
    ) { g, x in g.zipf(x[0]) },
    distribution(
      "logseries", ["p"], defaults: [nil],
      check: { (x) throws(PyError) in try require(x[0] >= 0 && x[0] < 1, "p < 0, p >= 1 or p is NaN") }
    ) { g, x in g.logSeries(x[0]) },
    distribution(
      "vonmises", ["mu", "kappa"], defaults: [nil, nil],
      check: { (x) throws(PyError) in try require(x[1].isNaN || x[1].sign == .plus, "kappa < 0") }
    ) { g, x in g.vonMises(x[0], x[1]) },
    distribution(
      "poisson", ["lam"], defaults: [1],
      check: { (x) throws(PyError) in
        try require(x[0] >= 0, "lam < 0 or lam is NaN")
        try require(x[0] < 9.2e18, "lam value too large")
      }
    ) { g, x in g.poisson(x[0]) },
    distribution(
      "geometric", ["p"], defaults: [nil],
      check: { (x) throws(PyError) in
        try require(x[0] > 0 && x[0] <= 1, "p <= 0, p > 1 or p contains NaNs")
      }
    ) { g, x in g.geometric(x[0]) },
    distribution(
      "standard_t", ["df"], defaults: [nil],
      check: { (x) throws(PyError) in try require(x[0] > 0, "df <= 0") }
    ) { g, x in
      let num = g.standardNormal()
      let denom = g.standardGamma(x[0] / 2)
      return (x[0] / 2).squareRoot() * num / denom.squareRoot()
    },
    distribution(
      "f", ["dfnum", "dfden"], defaults: [nil, nil],
      check: { (x) throws(PyError) in
        try require(x[0] > 0, "dfnum <= 0")
        try require(x[1] > 0, "dfden <= 0")
      }
    ) { g, x in
      let numerator = 2 * g.standardGamma(x[0] / 2) * x[1]
      let denominator = 2 * g.standardGamma(x[1] / 2) * x[0]
      return numerator / denominator
    },
    distribution("standard_cauchy", [], defaults: [], check: { (_) throws(PyError) in }) { g, _ in
      let n1 = g.standardNormal()
      let n2 = g.standardNormal()
      return n1 / n2
    },
    distribution(
      "pareto", ["a"], defaults: [nil],
      check: { (x) throws(PyError) in try require(x[0] > 0, "a <= 0") }
    ) { g, x in Foundation.expm1(g.standardExponential() / x[0]) },
    distribution(
      "weibull", ["a"], defaults: [nil],
      check: { (x) throws(PyError) in try require(x[0].isNaN || x[0].sign == .plus, "a < 0") }
    ) { g, x in x[0] == 0 ? 0 : Foundation.pow(g.standardExponential(), 1 / x[0]) },
    distribution(
      "power", ["a"], defaults: [nil],
      check: { (x) throws(PyError) in try require(x[0] > 0, "a <= 0") }
    ) { g, x in Foundation.pow(-Foundation.expm1(-g.standardExponential()), 1 / x[0]) },
    distribution(
      "rayleigh", ["scale"], defaults: [1],
      check: { (x) throws(PyError) in try require(x[0].isNaN || x[0].sign == .plus, "scale < 0") }
    ) { g, x in x[0] * (2 * g.standardExponential()).squareRoot() },
    distribution(
      "negative_binomial", ["n", "p"], defaults: [nil, nil],
      check: { (x) throws(PyError) in
        if x[0].isNaN { throw PyError("ValueError", "n must not be NaN") }
        try require(x[0] > 0, "n <= 0")
        try require(x[1] > 0 && x[1] <= 1, "p <= 0, p > 1 or p contains NaNs")
        let poissonMax = Double(Int64.max) - Double(Int64.max).squareRoot() * 10
        try require(
          (1 - x[1]) / x[1] * (x[0] + 10 * x[0].squareRoot()) <= poissonMax,
          "n too large or p too small, see Generator.negative_binomial Notes")
      }
    ) { g, x in g.poisson((1 - x[1]) / x[1] * g.standardGamma(x[0])) },
  ]
}
