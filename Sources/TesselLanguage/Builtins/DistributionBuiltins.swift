import Foundation
import StatisticsModule
import TensorModule

/// SciPy's distribution objects: `norm.cdf(1.96)`, `t.sf(2.1, df=9)`, `chi2.ppf(0.95, 3)`,
/// `binom.pmf(3, 10, 0.5)`, with `pdf/pmf cdf sf ppf isf rvs mean var std` and `loc=`/`scale=`,
/// vectorised over every argument by broadcasting (no frozen distributions).
///
/// The methods are attributes of a builtin: `t`, `chi2` … are objects that are not called, while
/// `norm`, `uniform` and `poisson` stay callable as `linalg.norm` and the random draws.
enum DistributionBuiltins {
  struct Family {
    let name: String
    let shapes: [String]
    let discrete: Bool
    let title: String
  }

  static let families: [Family] = [
    Family(name: "norm", shapes: [], discrete: false, title: "the normal distribution N(loc, scale²)"),
    Family(name: "t", shapes: ["df"], discrete: false, title: "Student's t distribution"),
    Family(name: "chi2", shapes: ["df"], discrete: false, title: "the chi-square distribution"),
    Family(name: "f", shapes: ["dfn", "dfd"], discrete: false, title: "the F distribution"),
    Family(name: "uniform", shapes: [], discrete: false, title: "the uniform distribution on [loc, loc + scale]"),
    Family(name: "expon", shapes: [], discrete: false, title: "the exponential distribution (scale = 1/rate)"),
    Family(name: "beta", shapes: ["a", "b"], discrete: false, title: "the beta distribution"),
    Family(name: "gamma", shapes: ["a"], discrete: false, title: "the gamma distribution (shape a)"),
    Family(name: "binom", shapes: ["n", "p"], discrete: true, title: "the binomial distribution"),
    Family(name: "poisson", shapes: ["mu"], discrete: true, title: "the Poisson distribution"),
  ]

  /// Families whose name is already a callable builtin (`norm`, `uniform`, `poisson`) only add methods.
  static let callableElsewhere: Set<String> = ["norm", "uniform", "poisson"]

  /// The family objects that are nothing but their methods.
  static var objects: [Builtin] {
    families.filter { !callableElsewhere.contains($0.name) }.map { family in
      Builtin(
        family.name, [Parameter("args", .variadic)],
        "SciPy's \(family.name): \(family.title). Use its methods, e.g. \(family.name).\(family.discrete ? "pmf" : "cdf")(…)."
      ) { c throws(TesselError) in
        throw TesselError.type(
          "\(family.name) is a distribution, not a function: call its methods, e.g. \(example(family)) (Tessel has no frozen distributions)"
        )
      }
    }
  }

  static func example(_ family: Family) -> String {
    let shapes = family.shapes.map { "\($0)=…" }.joined(separator: ", ")
    return "\(family.name).\(family.discrete ? "pmf" : "cdf")(x\(shapes.isEmpty ? "" : ", " + shapes))"
  }

  /// The methods of every family, by family name.
  static var attributes: [String: [String: Value]] {
    Dictionary(
      uniqueKeysWithValues: families.map { family in
        (
          family.name,
          Dictionary(
            uniqueKeysWithValues: methods(family).map {
              ($0.name.split(separator: ".")[1].description, Value.builtin($0))
            })
        )
      })
  }

  static func methods(_ family: Family) -> [Builtin] {
    let shapeParameters = family.shapes.map { Parameter($0) }
    let placement =
      [Parameter("loc", .optional(.number(0)))] + (family.discrete ? [] : [Parameter("scale", .optional(.number(1)))])
    let pointMethods: [(String, String, String)] =
      [
        (
          family.discrete ? "pmf" : "pdf", family.discrete ? "k" : "x",
          family.discrete ? "P(X = k)." : "The density at x."
        ),
        ("cdf", family.discrete ? "k" : "x", "P(X ≤ x)."),
        (
          "sf", family.discrete ? "k" : "x",
          "P(X > x), computed directly (never 1 − cdf), so far tails keep their digits."
        ),
        ("ppf", "q", "The quantile: the x with cdf(x) = q (inverse cdf)."),
        ("isf", "q", "The upper quantile: the x with sf(x) = q."),
      ]
    var out: [Builtin] = pointMethods.map { method, argument, summary in
      Builtin(
        "\(family.name).\(method)", [Parameter(argument)] + shapeParameters + placement, summary,
        details:
          "SciPy's \(family.name).\(method); every argument broadcasts.\nExample: \(family.name).\(method)(\(argument == "q" ? "0.975" : "1.5")\(family.shapes.isEmpty ? "" : ", " + defaultsExample(family)))"
      ) { c throws(TesselError) in
        try evaluate(family, method, c, point: argument)
      }
    }
    for (method, summary) in [("mean", "The mean."), ("var", "The variance."), ("std", "The standard deviation.")] {
      out.append(
        Builtin("\(family.name).\(method)", shapeParameters + placement, summary) { c throws(TesselError) in
          try evaluate(family, method, c, point: nil)
        })
    }
    out.append(
      Builtin(
        "\(family.name).rvs",
        shapeParameters + placement + [
          Parameter("size", .optional(.none)), Parameter("random_state", .optional(.none)),
        ],
        "Random draws from the session's generator (seed(n) makes them reproducible).",
        details: rvsDetails(family)
      ) { c throws(TesselError) in
        try draw(family, c)
      })
    return out
  }

  static func defaultsExample(_ family: Family) -> String {
    switch family.name {
    case "t", "chi2": "df=5"
    case "f": "dfn=3, dfd=20"
    case "beta": "a=2, b=3"
    case "gamma": "a=2"
    case "binom": "n=10, p=0.5"
    case "poisson": "mu=3"
    default: ""
    }
  }

  static func rvsDetails(_ family: Family) -> String {
    switch family.name {
    case "norm", "uniform", "expon", "binom", "poisson":
      "The same draws as SciPy after np.random.seed(n) (NumPy's legacy generator)."
    default: "By inversion of the cdf (SciPy uses other samplers, so the numbers differ from SciPy's)."
    }
  }

  /// Checks the shape parameters as SciPy's `_argcheck` would accept them, naming the one that fails.
  static func check(_ family: Family, _ shapes: [Double], _ c: BuiltinCall) throws(TesselError) {
    for (name, v) in zip(family.shapes, shapes) {
      let ok: Bool =
        switch (family.name, name) {
        case ("binom", "n"): v >= 0 && v == v.rounded()
        case ("binom", "p"): v >= 0 && v <= 1
        case ("poisson", "mu"): v >= 0
        default: v > 0
        }
      if !ok {
        let rule =
          switch (family.name, name) {
          case ("binom", "n"): "a non-negative integer"
          case ("binom", "p"): "in [0, 1]"
          case ("poisson", "mu"): "≥ 0"
          default: "> 0"
          }
        throw TesselError("ValueError", "\(family.name): \(name) must be \(rule), got \(Repr.number(v))", at: c.range)
      }
    }
  }

  /// One method over broadcast arguments: a number when every argument is a number.
  static func evaluate(_ family: Family, _ method: String, _ c: BuiltinCall, point: String?) throws(TesselError)
    -> Value
  {
    var names = family.shapes + ["loc"] + (family.discrete ? [] : ["scale"])
    if let point { names.insert(point, at: 0) }
    var inputs: [Tensor] = []
    for name in names { inputs.append(try c.tensor(name)) }
    let allNumbers = names.allSatisfy { c.value($0).numeric != nil }
    let shape = try c.lift { () throws(TensorError) in
      try broadcastShape(inputs.map(\.shape), family.name + "." + method)
    }
    let count = shape.reduce(1, *)
    let readers = inputs.map { Broadcast.strides(of: $0.shape, to: shape) }
    var out = [Double](repeating: 0, count: count)
    var args = [Double](repeating: 0, count: inputs.count)
    let dims = Tensor.strides(for: shape)
    let shapeOffset = point == nil ? 0 : 1
    for i in 0..<count {
      for (k, t) in inputs.enumerated() {
        var offset = 0
        var rest = i
        for d in shape.indices {
          offset += (rest / dims[d]) * readers[k][d]
          rest %= dims[d]
        }
        args[k] = t.data[offset]
      }
      let shapes = Array(args[shapeOffset..<(shapeOffset + family.shapes.count)])
      try check(family, shapes, c)
      if let point, point == "q", !(args[0] >= 0 && args[0] <= 1) && !args[0].isNaN {
        throw TesselError(
          "ValueError", "\(family.name).\(method): q must be a probability in [0, 1], got \(Repr.number(args[0]))",
          at: c.range)
      }
      let loc = args[shapeOffset + family.shapes.count]
      let x = point == nil ? 0 : args[0]
      if family.discrete {
        out[i] = Shifted(Families.discrete(family.name, shapes)!, loc: loc).value(method, x) ?? .nan
      } else {
        let scale = args[shapeOffset + family.shapes.count + 1]
        guard scale > 0 else {
          throw TesselError(
            "ValueError", "\(family.name).\(method): scale must be > 0, got \(Repr.number(scale))", at: c.range)
        }
        out[i] = Located(Families.continuous(family.name, shapes)!, loc: loc, scale: scale).value(method, x) ?? .nan
      }
    }
    if allNumbers { return .number(out[0]) }
    return .tensor(Tensor(shape: shape, data: out))
  }

  static func broadcastShape(_ shapes: [[Int]], _ what: String) throws(TensorError) -> [Int] {
    var shape: [Int] = []
    for s in shapes {
      guard let joined = Broadcast.shape(of: shape, and: s) else {
        throw TensorError(
          .shape,
          "\(what): arguments of shapes \(shapes.map(Tensor.describe).joined(separator: ", ")) do not broadcast together"
        )
      }
      shape = joined
    }
    return shape
  }

  /// `rvs`: NumPy's legacy samplers where SciPy uses them (so seeded draws equal SciPy's), inversion otherwise.
  static func draw(_ family: Family, _ c: BuiltinCall) throws(TesselError) -> Value {
    var shapes: [Double] = []
    for name in family.shapes { shapes.append(try c.number(name)) }
    try check(family, shapes, c)
    let loc = try c.number("loc")
    let scale = family.discrete ? 1 : try c.number("scale")
    guard scale > 0 else {
      throw TesselError("ValueError", "\(family.name).rvs: scale must be > 0, got \(Repr.number(scale))", at: c.range)
    }
    let one: (inout RandomState) -> Double
    switch family.name {
    case "norm": one = { s in loc + scale * s.gauss() }
    case "uniform": one = { s in loc + scale * s.random() }
    case "expon": one = { s in loc + scale * -Foundation.log(1 - s.random()) }
    case "binom": one = { [n = Int(shapes[0]), p = shapes[1]] s in loc + Double(s.binomial(n, p)) }
    case "poisson": one = { [mu = shapes[0]] s in loc + Double(s.poisson(mu)) }
    default:
      let d = Located(Families.continuous(family.name, shapes)!, loc: loc, scale: scale)
      one = { s in d.ppf(s.random()) }
    }
    guard c.isGiven("size") else { return .number(one(&c.runtime.random)) }
    let shape = try c.shape("size")
    var values: [Double] = []
    for _ in 0..<shape.reduce(1, *) { values.append(one(&c.runtime.random)) }
    return .tensor(Tensor(shape: shape, data: values))
  }
}
