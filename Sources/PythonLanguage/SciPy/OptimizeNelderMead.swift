import StatisticsModule
import TensorModule

/// `minimize(method='Nelder-Mead')`: SciPy's options read into `NelderMead`, its result with `final_simplex`.
enum NelderMeadMethod {
  static func run(
    _ rt: Runtime, _ objective: PythonObjective, x0: [Double], bounds: Value?, callback: Value?,
    options: [String: Value]
  ) throws(PyError) -> Value {
    try SciPyOptimize.refuse(options, ["return_all"], method: "Nelder-Mead")
    var solver = NelderMead()
    solver.xatol = try SciPyOptimize.double(rt, options, "xatol", 1e-4)
    solver.fatol = try SciPyOptimize.double(rt, options, "fatol", 1e-4)
    solver.adaptive = try options["adaptive"].map { (v) throws(PyError) in try rt.truthy(v) } ?? false
    if let v = options["maxiter"], !v.isNone { solver.maxIterations = try rt.double(v) }
    if let v = options["maxfev"], !v.isNone { solver.maxFunctionCalls = try rt.double(v) }
    if let v = options["initial_simplex"], !v.isNone {
      let a = try rt.array(v)
      let sim = a.doubles
      guard a.ndim == 2, a.shape[0] == a.shape[1] + 1 else {
        throw PyError("ValueError", "`initial_simplex` should be an array of shape (N+1,N)")
      }
      guard a.shape[1] == x0.count else {
        throw PyError("ValueError", "Size of `initial_simplex` is not consistent with `x0`")
      }
      let n = a.shape[1]
      solver.initialSimplex = (0...n).map { Array(sim[($0 * n)..<($0 * n + n)]) }
    }
    if let bounds, !bounds.isNone { solver.bounds = try boxBounds(rt, bounds, count: x0.count) }
    let disp = try options["disp"].map { (v) throws(PyError) in try rt.truthy(v) } ?? false
    let outcome = try solver.minimize(
      { (x: [Double]) throws(PyError) -> Double in try objective.value(x) }, from: x0,
      callback: objective.callback(callback))
    if disp {
      let summary = MinimizeOutcome(
        x: outcome.x, fun: outcome.fun, status: outcome.status, message: outcome.message,
        iterations: outcome.iterations)
      if outcome.status == 0 {
        try SciPyOptimize.report(rt, summary, objective, functionCalls: outcome.functionCalls, gradientCalls: nil)
      } else {
        rt.host.write("RuntimeWarning: " + outcome.message + "\n", toStderr: true)
      }
    }
    let n = x0.count
    let simplex = NDArray(doubles: outcome.simplex.flatMap { $0 }, shape: [outcome.simplex.count, n])
    return try OptimizeResultType.make(
      rt,
      [
        ("fun", .f64(outcome.fun)), ("nit", .int(outcome.iterations)), ("nfev", .int(outcome.functionCalls)),
        ("status", .int(outcome.status)), ("success", .bool(outcome.status == 0)), ("message", .str(outcome.message)),
        ("x", PythonObjective.vector(outcome.x)),
        (
          "final_simplex",
          .tuple([.object(simplex), .object(NDArray(doubles: outcome.values, shape: [outcome.values.count]))])
        ),
      ])
  }

  /// A sequence of (min, max) pairs, None meaning unbounded, as `minimize` reads `bounds`.
  static func boxBounds(_ rt: Runtime, _ v: Value, count n: Int) throws(PyError) -> (lower: [Double], upper: [Double]) {
    guard case .object(let o) = v, o.tag == .list || o.tag == .tuple || o is NDArray else {
      throw PyError(
        "NotImplementedError", "scipy.optimize bounds other than a sequence of (min, max) pairs are not in Tessel yet")
    }
    var pairs = try rt.collect(v)
    // One pair broadcasts over every coordinate, as NumPy broadcasts SciPy's Bounds.
    if pairs.count == 1 && n > 1 { pairs = Array(repeating: pairs[0], count: n) }
    guard pairs.count == n else {
      throw PyError("ValueError", "The number of bounds is not compatible with the length of `x0`.")
    }
    var lower: [Double] = []
    var upper: [Double] = []
    for pair in pairs {
      let ends = try rt.collect(pair)
      guard ends.count == 2 else { throw PyError("ValueError", "each bound must be a (min, max) pair") }
      lower.append(ends[0].isNone ? -.infinity : try rt.double(ends[0]))
      upper.append(ends[1].isNone ? .infinity : try rt.double(ends[1]))
    }
    if zip(lower, upper).contains(where: { $0 > $1 }) {
      throw PyError("ValueError", "An upper bound is less than the corresponding lower bound.")
    }
    return (lower, upper)
  }
}
