import StatisticsModule
import TensorModule

/// `minimize(method='CG')` and `minimize(method='Newton-CG')`: SciPy's options read into the solvers, and their
/// results.
enum GradientMethods {
  static func conjugateGradient(
    _ rt: Runtime, _ objective: PythonObjective, x0: [Double], jac: Value?, callback: Value?,
    options: [String: Value]
  ) throws(PyError) -> Value {
    try SciPyOptimize.refuse(options, ["return_all", "finite_diff_rel_step", "workers"], method: "CG")
    let setup = try Setup(rt, objective, x0: x0, jac: jac, options: options, c2: 0.4)
    var solver = ConjugateGradient()
    solver.gtol = try SciPyOptimize.double(rt, options, "gtol", 1e-5)
    solver.norm = try SciPyOptimize.double(rt, options, "norm", .infinity)
    (solver.c1, solver.c2, solver.maxIterations) = (setup.c1, setup.c2, setup.maxIterations)
    var scalar = setup.scalar
    let outcome = try solver.minimize(&scalar, from: x0, callback: objective.callback(callback))
    if try disp(rt, options) {
      try SciPyOptimize.report(
        rt, outcome, objective, functionCalls: scalar.functionCalls, gradientCalls: scalar.gradientCalls)
    }
    return try OptimizeResultType.make(
      rt,
      [
        ("fun", objective.object(for: outcome.fun)), ("jac", PythonObjective.vector(outcome.jacobian ?? [])),
        ("nfev", .int(scalar.functionCalls)), ("njev", .int(scalar.gradientCalls)), ("status", .int(outcome.status)),
        ("success", .bool(outcome.success)), ("message", .str(outcome.message)),
        ("x", PythonObjective.vector(outcome.x)), ("nit", .int(outcome.iterations)),
      ])
  }

  static func newtonCG(
    _ rt: Runtime, _ objective: PythonObjective, x0: [Double], jac: Value?, hess: Value?, hessp: Value?,
    callback: Value?, options: [String: Value]
  ) throws(PyError) -> Value {
    try SciPyOptimize.refuse(options, ["return_all", "workers"], method: "Newton-CG")
    // `minimize` keeps only a callable or True as the gradient for Newton-CG.
    let usable = jac.map { Runtime.isCallable($0) || (try? rt.truthy($0)) == true && isTrue($0) } ?? false
    guard let jac, usable else { throw PyError("ValueError", "Jacobian is required for Newton-CG method") }
    let setup = try Setup(rt, objective, x0: x0, jac: jac, options: options, c2: 0.9)
    var solver = NewtonCG()
    solver.xtol = try SciPyOptimize.double(rt, options, "xtol", 1e-5)
    (solver.c1, solver.c2, solver.maxIterations) = (setup.c1, setup.c2, setup.maxIterations)
    let n = x0.count
    let hessian: NewtonCG.Hessian<PyError>
    if let hess, !hess.isNone {
      guard Runtime.isCallable(hess), !(hess.object is PyType) else {
        throw PyError(
          "NotImplementedError",
          "scipy.optimize.minimize(method='Newton-CG') with hess other than a callable is not in Tessel yet")
      }
      hessian = .matrix { (x: [Double]) throws(PyError) -> [Double] in
        let h = try rt.array(try rt.call(hess, [PythonObjective.vector(x)] + objective.args))
        guard h.count == n * n else {
          throw PyError("ValueError", "the Hessian returned \(h.count) values for a point of \(n) coordinates")
        }
        return h.doubles
      }
    } else if let hessp, !hessp.isNone {
      hessian = .product { (x: [Double], p: [Double]) throws(PyError) -> [Double] in
        try objective.vectorResult(
          try rt.call(hessp, [PythonObjective.vector(x), PythonObjective.vector(p)] + objective.args), count: n,
          "Hessian-vector product")
      }
    } else {
      hessian = .differences(epsilon: setup.epsilon)
    }
    var scalar = setup.scalar
    let run = try solver.minimize(&scalar, from: x0, hessian: hessian, callback: objective.callback(callback))
    let outcome = run.result
    if try disp(rt, options) {
      try SciPyOptimize.report(
        rt, outcome, objective, functionCalls: scalar.functionCalls, gradientCalls: scalar.gradientCalls,
        hessianCalls: run.hessianCalls)
    }
    return try OptimizeResultType.make(
      rt,
      [
        ("fun", objective.object(for: outcome.fun)),
        ("jac", outcome.jacobian.map(PythonObjective.vector) ?? .none), ("nfev", .int(scalar.functionCalls)),
        ("njev", .int(scalar.gradientCalls)), ("nhev", .int(run.hessianCalls)), ("status", .int(outcome.status)),
        ("success", .bool(outcome.success)), ("message", .str(outcome.message)),
        ("x", PythonObjective.vector(outcome.x)), ("nit", .int(outcome.iterations)),
      ])
  }

  static func isTrue(_ v: Value) -> Bool {
    if case .bool(true) = v { return true }
    return false
  }

  /// What BFGS, CG and Newton-CG read alike: the Wolfe constants (c2's default differs), `maxiter`, the
  /// difference step `eps`, and the objective with its gradient (evaluated at x0 at once, as SciPy's is).
  struct Setup {
    let c1: Double
    let c2: Double
    let maxIterations: Int?
    let epsilon: Double
    var scalar: ScalarObjective<PyError>

    init(
      _ rt: Runtime, _ objective: PythonObjective, x0: [Double], jac: Value?, options: [String: Value],
      c2 c2Default: Double
    ) throws(PyError) {
      c1 = try SciPyOptimize.double(rt, options, "c1", 1e-4)
      c2 = try SciPyOptimize.double(rt, options, "c2", c2Default)
      guard 0 < c1 && c1 < c2 && c2 < 1 else {
        throw PyError("ValueError", "'c1' and 'c2' do not satisfy'0 < c1 < c2 < 1'.")
      }
      maxIterations = try SciPyOptimize.integer(rt, options, "maxiter")
      epsilon = try SciPyOptimize.double(rt, options, "eps", ScalarObjective<PyError>.sqrtEpsilon)
      let (gradient, differences) = try SciPyOptimize.prepare(rt, objective, jac: jac, epsilon: epsilon)
      scalar = try ScalarObjective<PyError>(
        at: x0, function: { (x: [Double]) throws(PyError) -> Double in try objective.value(x) }, gradient: gradient,
        differences: differences)
    }
  }

  static func disp(_ rt: Runtime, _ options: [String: Value]) throws(PyError) -> Bool {
    try options["disp"].map { (v) throws(PyError) in try rt.truthy(v) } ?? false
  }
}
