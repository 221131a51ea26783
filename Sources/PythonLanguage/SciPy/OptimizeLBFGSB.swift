import StatisticsModule
import TensorModule

/// `minimize(method='L-BFGS-B')` (the default with bounds): SciPy's options and bounds read into `LBFGSB`, its
/// result with the `LbfgsInvHessProduct` operator SciPy returns as `hess_inv`.
enum LBFGSBMethod {
  static let inverseHessianType: PyType = {
    let t = PyType(
      name: "LbfgsInvHessProduct", module: "scipy.optimize._lbfgsb_py", bases: [BuiltinTypes.object],
      layout: .instance, builtin: false)
    t.set(
      "__repr__",
      .object(
        PyBuiltin.one("__repr__", "LbfgsInvHessProduct") { (rt, s) throws(PyError) in
          let n = try rt.index(try rt.getAttribute(s, "_n"))
          return .str("<\(n)x\(n) LbfgsInvHessProduct with dtype=float64>")
        }))
    t.set(
      "todense",
      .object(
        PyBuiltin.one("todense", "LbfgsInvHessProduct") { (_, _) throws(PyError) in
          throw PyError("NotImplementedError", "scipy.optimize LbfgsInvHessProduct.todense is not in Tessel yet")
        }))
    return t
  }()

  static func run(
    _ rt: Runtime, _ objective: PythonObjective, x0 start: [Double], jac: Value?, bounds: Value?, callback: Value?,
    options: [String: Value]
  ) throws(PyError) -> Value {
    try SciPyOptimize.refuse(options, ["finite_diff_rel_step", "workers"], method: "L-BFGS-B")
    let n = start.count
    var solver = LBFGSB()
    solver.memory = try SciPyOptimize.integer(rt, options, "maxcor") ?? 10
    solver.factr = try SciPyOptimize.double(rt, options, "ftol", 2.2204460492503131e-09) / Double.ulpOfOne
    solver.pgtol = try SciPyOptimize.double(rt, options, "gtol", 1e-5)
    solver.maxFunctionCalls = try SciPyOptimize.integer(rt, options, "maxfun") ?? 15000
    solver.maxIterations = try SciPyOptimize.integer(rt, options, "maxiter") ?? 15000
    solver.maxLineSearch = try SciPyOptimize.integer(rt, options, "maxls") ?? 20
    guard solver.maxLineSearch > 0 else { throw PyError("ValueError", "maxls must be positive.") }
    guard solver.memory > 0 else { throw PyError("ValueError", "maxcor must be positive") }
    let epsilon = try SciPyOptimize.double(rt, options, "eps", 1e-8)
    var box = (lower: [Double](repeating: -.infinity, count: n), upper: [Double](repeating: .infinity, count: n))
    if let bounds, !bounds.isNone {
      box = try NelderMeadMethod.boxBounds(rt, bounds, count: n)
      if zip(box.lower, box.upper).contains(where: { $0 == $1 }) {
        throw PyError(
          "NotImplementedError",
          "scipy.optimize.minimize(method='L-BFGS-B') with a variable fixed by equal bounds is not in Tessel yet")
      }
    }
    solver.lower = box.lower
    solver.upper = box.upper
    let x0 = (0..<n).map { Swift.min(Swift.max(start[$0], box.lower[$0]), box.upper[$0]) }
    let (gradient, differences) = try SciPyOptimize.prepare(rt, objective, jac: jac, epsilon: epsilon)
    var scalar = try ScalarObjective<PyError>(
      at: x0, function: { (x: [Double]) throws(PyError) -> Double in try objective.value(x) }, gradient: gradient,
      differences: differences, bounds: box)
    let outcome = try solver.minimize(&scalar, from: x0, callback: objective.callback(callback))
    let converged = outcome.stop.converged
    let status =
      converged
      ? 0 : scalar.functionCalls > solver.maxFunctionCalls || outcome.iterations >= solver.maxIterations ? 1 : 2
    let inverse = PyInstance(cls: inverseHessianType)
    inverse.setAttribute("_n", .int(n))
    inverse.setAttribute("shape", .tuple([.int(n), .int(n)]))
    inverse.setAttribute("sk", .object(NDArray(doubles: outcome.s.flatMap { $0 }, shape: [outcome.s.count, n])))
    inverse.setAttribute("yk", .object(NDArray(doubles: outcome.y.flatMap { $0 }, shape: [outcome.y.count, n])))
    return try OptimizeResultType.make(
      rt,
      [
        ("fun", objective.object(for: outcome.f)), ("jac", PythonObjective.vector(outcome.g)),
        ("nfev", .int(scalar.functionCalls)), ("njev", .int(scalar.gradientCalls)), ("nit", .int(outcome.iterations)),
        ("status", .int(status)), ("message", .str(outcome.stop.message)), ("x", PythonObjective.vector(outcome.x)),
        ("success", .bool(status == 0)), ("hess_inv", .object(inverse)),
      ])
  }
}
