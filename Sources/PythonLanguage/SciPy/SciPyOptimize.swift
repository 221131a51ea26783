import Foundation
import StatisticsModule
import TensorModule

/// `scipy.optimize`: `minimize` (BFGS, Nelder-Mead), `minimize_scalar`, `brentq`, `OptimizeResult` and the
/// Rosenbrock test function, each taking SciPy's steps so results and call counts are SciPy's.
enum SciPyOptimize {
  static func make(_ rt: Runtime) -> PyModule {
    rt.constructors[ObjectIdentifier(OptimizeResultType.type)] = Runtime.ConstructorRef(make: {
      (rt: Runtime, a: Arguments) throws(PyError) -> Value in
      // dict's constructor: a mapping or pairs, then keywords.
      let d = PyDict()
      d.dictType = OptimizeResultType.type
      if let x = a.positional.first { try rt.updateDict(d, x) }
      for (k, v) in a.keywords { try d.set(.str(k), v, rt: rt) }
      return .object(d)
    })
    return .make(
      "scipy.optimize",
      functions: [minimize] + OptimizeScalar.functions + Rosenbrock.functions + OptimizeDerivatives.functions
        + OptimizeCurveFit.functions,
      values: ["OptimizeResult": .object(OptimizeResultType.type)])
  }

  /// The methods `minimize` runs; others are named errors.
  static let methods: Set<String> = ["bfgs", "nelder-mead", "cg", "newton-cg", "l-bfgs-b"]
  /// Every method SciPy's `minimize` knows.
  static let knownMethods: Set<String> = [
    "nelder-mead", "powell", "cg", "bfgs", "newton-cg", "l-bfgs-b", "tnc", "cobyla", "cobyqa", "slsqp", "trust-constr",
    "dogleg", "trust-ncg", "trust-krylov", "trust-exact",
  ]

  static let minimize = PyBuiltin.general("minimize", "scipy.optimize") { (rt, a) throws(PyError) in
    let p = try a.bind(
      "minimize",
      ["fun", "x0", "args", "method", "jac", "hess", "hessp", "bounds", "constraints", "tol", "callback", "options"],
      required: 2)
    let x0Array = try rt.array(p[1] ?? .none)
    guard x0Array.ndim <= 1 else { throw PyError("ValueError", "'x0' must only have one dimension.") }
    let x0 = x0Array.doubles
    let args = try arguments(rt, p[2])
    let hasConstraints = try p[8].map { (c) throws(PyError) in try rt.truthy(c) } ?? false
    let hasBounds = !(p[7]?.isNone ?? true)
    let methodName: String
    if let m = p[3], !m.isNone {
      if Runtime.isCallable(m) {
        throw PyError("NotImplementedError", "scipy.optimize.minimize with a custom method is not in Tessel yet")
      }
      methodName = try rt.string(m, "method")
    } else {
      methodName = hasConstraints ? "SLSQP" : hasBounds ? "L-BFGS-B" : "BFGS"
    }
    let method = methodName.lowercased()
    guard methods.contains(method) else {
      guard knownMethods.contains(method) else { throw PyError("ValueError", "Unknown solver \(methodName)") }
      throw PyError("NotImplementedError", "scipy.optimize.minimize(method='\(methodName)') is not in Tessel yet")
    }
    if hasConstraints {
      throw PyError("NotImplementedError", "scipy.optimize.minimize with constraints is not in Tessel yet")
    }
    if hasBounds && method != "nelder-mead" && method != "l-bfgs-b" {
      throw PyError(
        "NotImplementedError", "scipy.optimize.minimize(method='\(methodName)') with bounds is not in Tessel yet")
    }
    var options = try optionDictionary(rt, p[11])
    if let tol = p[9], !tol.isNone {
      let keys =
        method == "nelder-mead"
        ? ["xatol", "fatol"] : method == "newton-cg" ? ["xtol"] : method == "l-bfgs-b" ? ["ftol", "gtol"] : ["gtol"]
      for k in keys where options[k] == nil { options[k] = tol }
    }
    let objective = PythonObjective(rt, fun: p[0] ?? .none, args: args)
    let result: Value
    switch method {
    case "nelder-mead":
      result = try NelderMeadMethod.run(rt, objective, x0: x0, bounds: p[7], callback: p[10], options: options)
    case "l-bfgs-b":
      result = try LBFGSBMethod.run(
        rt, objective, x0: x0, jac: p[4], bounds: p[7], callback: p[10], options: options)
    case "cg":
      result = try GradientMethods.conjugateGradient(
        rt, objective, x0: x0, jac: p[4], callback: p[10], options: options)
    case "newton-cg":
      result = try GradientMethods.newtonCG(
        rt, objective, x0: x0, jac: p[4], hess: p[5], hessp: p[6], callback: p[10], options: options)
    default:
      result = try bfgs(rt, objective, x0: x0, jac: p[4], callback: p[10], options: options)
    }
    if objective.stoppedByCallback, case .object(let o) = result {
      let d = unsafeDowncast(o, to: PyDict.self)
      try d.set(.str("success"), .bool(false), rt: rt)
      try d.set(.str("status"), .int(99), rt: rt)
      try d.set(.str("message"), .str("`callback` raised `StopIteration`."), rt: rt)
    }
    return result
  }

  static func arguments(_ rt: Runtime, _ v: Value?) throws(PyError) -> [Value] {
    guard let v, !v.isNone else { return [] }
    if case .object(let o) = v, o.tag == .tuple, let t = o as? PyTuple { return t.items }
    return [v]
  }

  static func optionDictionary(_ rt: Runtime, _ v: Value?) throws(PyError) -> [String: Value] {
    guard let v, !v.isNone else { return [:] }
    guard case .object(let o) = v, o.tag == .dict else { throw PyError("TypeError", "options must be a dict") }
    var out: [String: Value] = [:]
    for (k, value) in unsafeDowncast(o, to: PyDict.self).items { out[try rt.string(k, "option")] = value }
    return out
  }

  /// Options this method does not take yet, or at all, as named errors.
  static func refuse(_ options: [String: Value], _ names: [String], method: String) throws(PyError) {
    for name in names where options[name].map({ !$0.isNone }) ?? false {
      throw PyError(
        "NotImplementedError", "scipy.optimize.minimize(method='\(method)') option '\(name)' is not in Tessel yet")
    }
  }

  static func double(_ rt: Runtime, _ options: [String: Value], _ name: String, _ fallback: Double) throws(PyError)
    -> Double
  {
    guard let v = options[name], !v.isNone else { return fallback }
    return try rt.double(v)
  }

  static func integer(_ rt: Runtime, _ options: [String: Value], _ name: String) throws(PyError) -> Int? {
    guard let v = options[name], !v.isNone else { return nil }
    return try rt.index(v)
  }

  static func bfgs(
    _ rt: Runtime, _ objective: PythonObjective, x0: [Double], jac: Value?, callback: Value?,
    options: [String: Value]
  ) throws(PyError) -> Value {
    try refuse(options, ["return_all", "finite_diff_rel_step", "hess_inv0", "workers"], method: "BFGS")
    let setup = try GradientMethods.Setup(rt, objective, x0: x0, jac: jac, options: options, c2: 0.9)
    var solver = BFGS()
    solver.gtol = try double(rt, options, "gtol", 1e-5)
    solver.norm = try double(rt, options, "norm", .infinity)
    solver.xrtol = try double(rt, options, "xrtol", 0)
    (solver.c1, solver.c2, solver.maxIterations) = (setup.c1, setup.c2, setup.maxIterations)
    let disp = try options["disp"].map { (v) throws(PyError) in try rt.truthy(v) } ?? false
    var scalar = setup.scalar
    let outcome = try solver.minimize(&scalar, from: x0, callback: objective.callback(callback))
    let n = x0.count
    let hessInv: Value =
      outcome.inverseHessian.map { .object(NDArray(doubles: $0, shape: [n, n])) }
      ?? .object(NDArray(ints: (0..<(n * n)).map { $0 % (n + 1) == 0 ? 1 : 0 }, shape: [n, n]))
    if disp {
      try report(rt, outcome, objective, functionCalls: scalar.functionCalls, gradientCalls: scalar.gradientCalls)
    }
    return try OptimizeResultType.make(
      rt,
      [
        ("fun", objective.object(for: outcome.fun)),
        ("jac", PythonObjective.vector(outcome.jacobian ?? [])), ("hess_inv", hessInv),
        ("nfev", .int(scalar.functionCalls)), ("njev", .int(scalar.gradientCalls)), ("status", .int(outcome.status)),
        ("success", .bool(outcome.success)), ("message", .str(outcome.message)),
        ("x", PythonObjective.vector(outcome.x)), ("nit", .int(outcome.iterations)),
      ])
  }

  /// How the gradient is found, from `jac` as `minimize` reads it (`jac=True` makes f return it too).
  static func prepare(_ rt: Runtime, _ objective: PythonObjective, jac: Value?, epsilon: Double) throws(PyError) -> (
    (([Double]) throws(PyError) -> [Double])?, ScalarObjective<PyError>.Differences
  ) {
    guard let jac, !jac.isNone else { return (nil, .forward(step: epsilon)) }
    if Runtime.isCallable(jac) { return (objective.gradient(jac), .forward(step: epsilon)) }
    if case .bool(true) = jac {
      objective.returnsGradient = true
      return (objective.gradient(nil), .forward(step: epsilon))
    }
    if case .object(let o) = jac, o.tag == .str {
      switch try rt.string(jac, "jac") {
      case "2-point": return (nil, .twoPoint)
      case "3-point": return (nil, .threePoint)
      case "cs": throw PyError("NotImplementedError", "scipy.optimize.minimize(jac='cs') is not in Tessel yet")
      default: break
      }
    }
    // SciPy treats any other value as no gradient, by forward differences.
    return (nil, .forward(step: epsilon))
  }

  /// `disp=True`: SciPy's summary lines (a warning goes to stderr instead of the success line).
  static func report(
    _ rt: Runtime, _ outcome: MinimizeOutcome, _ objective: PythonObjective, functionCalls: Int,
    gradientCalls: Int?, hessianCalls: Int? = nil
  ) throws(PyError) {
    if outcome.success {
      rt.host.write(outcome.message + "\n", toStderr: false)
    } else {
      rt.host.write("OptimizeWarning: " + outcome.message + "\n", toStderr: true)
    }
    var lines = [
      "         Current function value: " + String(format: "%f", outcome.fun),
      "         Iterations: \(outcome.iterations)",
      "         Function evaluations: \(functionCalls)",
    ]
    if let gradientCalls { lines.append("         Gradient evaluations: \(gradientCalls)") }
    if let hessianCalls { lines.append("         Hessian evaluations: \(hessianCalls)") }
    rt.host.write(lines.joined(separator: "\n") + "\n", toStderr: false)
  }
}
