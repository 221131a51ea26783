import Foundation
import StatisticsModule
import TensorModule

/// `scipy.optimize.minimize_scalar` (Brent, bounded, golden) and `brentq`, with SciPy's results and messages.
enum OptimizeScalar {
  static let functions: [PyBuiltin] = [minimizeScalar, brentq]

  /// f at a scalar point (np.float64, as SciPy's bracket passes it), a NumPy or Python number back.
  final class ScalarFunction {
    let rt: Runtime
    let fun: Value
    let args: [Value]
    var returned: [UInt64: Value] = [:]

    init(_ rt: Runtime, _ fun: Value, _ args: [Value]) {
      self.rt = rt
      self.fun = fun
      self.args = args
    }

    func callAsFunction(_ x: Double, as argument: Value? = nil) throws(PyError) -> Double {
      var r = try rt.call(fun, [argument ?? .f64(x)] + args)
      if case .object(let o) = r, let a = o as? NDArray {
        guard a.count == 1 else {
          throw PyError("ValueError", "The user-provided objective function must return a scalar value.")
        }
        r = try rt.callMethod(r, "item", [])
      }
      let d = try rt.double(r)
      returned[d.bitPattern] = r
      return d
    }

    /// `np.asarray(fun)[()]`: the result's `fun` as a NumPy scalar of the value f returned.
    func numpyValue(_ d: Double) -> Value {
      switch returned[d.bitPattern] {
      case .int(let i)?: return .i64(i)
      case .i64(let i)?: return .i64(i)
      default: return .f64(d)
      }
    }
  }

  static let minimizeScalar = PyBuiltin.general("minimize_scalar", "scipy.optimize") { (rt, a) throws(PyError) in
    let p = try a.bind(
      "minimize_scalar", ["fun", "bracket", "bounds", "args", "method", "tol", "options"], required: 1)
    let args = try SciPyOptimize.arguments(rt, p[3])
    let hasBounds = !(p[2]?.isNone ?? true)
    var methodName = hasBounds ? "bounded" : "brent"
    if let m = p[4], !m.isNone {
      if Runtime.isCallable(m) {
        throw PyError("NotImplementedError", "scipy.optimize.minimize_scalar with a custom method is not in Tessel yet")
      }
      methodName = try rt.string(m, "method")
    }
    let method = methodName.lowercased()
    if hasBounds && (method == "brent" || method == "golden") {
      throw PyError("ValueError", "Use of `bounds` is incompatible with 'method=\(methodName)'.")
    }
    var options = try SciPyOptimize.optionDictionary(rt, p[6])
    if let tol = p[5], !tol.isNone {
      let key = method == "bounded" ? "xatol" : "xtol"
      if options[key] == nil { options[key] = tol }
    }
    if let d = options["disp"], !d.isNone, (try? rt.truthy(d)) == true {
      throw PyError("NotImplementedError", "scipy.optimize.minimize_scalar(options={'disp': ...}) is not in Tessel yet")
    }
    let f = ScalarFunction(rt, p[0] ?? .none, args)
    switch method {
    case "brent", "golden":
      return try bracketed(rt, f, method: method, bracket: p[1], options: options)
    case "bounded":
      guard let bounds = p[2], !bounds.isNone else {
        throw PyError("ValueError", "The `bounds` parameter is mandatory for method `bounded`.")
      }
      return try bounded(rt, f, bounds: bounds, options: options)
    default:
      throw PyError("ValueError", "Unknown solver \(methodName)")
    }
  }

  static func bracketed(_ rt: Runtime, _ f: ScalarFunction, method: String, bracket: Value?, options: [String: Value])
    throws(PyError) -> Value
  {
    let golden = method == "golden"
    let xtol = try SciPyOptimize.double(rt, options, "xtol", golden ? ScalarObjective<PyError>.sqrtEpsilon : 1.48e-8)
    let maxiter = try SciPyOptimize.integer(rt, options, "maxiter") ?? (golden ? 5000 : 500)
    if !golden && xtol < 0 { throw PyError("ValueError", "tolerance should be >= 0, got \(FloatRepr.repr(xtol))") }
    let points = try bracket.map { (b) throws(PyError) in b.isNone ? [] : try rt.collect(b) } ?? []
    let start: ScalarMinimizers.Bracket
    switch points.count {
    case 0, 2:
      let xa = try points.first.map { (v) throws(PyError) in try rt.double(v) } ?? 0
      let xb = try points.last.map { (v) throws(PyError) in try rt.double(v) } ?? 1
      switch try ScalarMinimizers.bracket({ (x: Double) throws(PyError) -> Double in try f(x) }, xa: xa, xb: xb) {
      case .found(let b): start = b
      case .iterationLimit: throw PyError("RuntimeError", ScalarMinimizers.bracketIterationMessage)
      case .invalid(let b):
        // SciPy's `_recover_from_bracket_error`: the best of the three points, unsuccessful.
        let xs = [b.xa, b.xb, b.xc]
        let fs = [b.fa, b.fb, b.fc]
        var (x, fun) = (Double.nan, Double.nan)
        if !(xs + fs).contains(where: \.isNaN), let i = fs.indices.min(by: { fs[$0] < fs[$1] }) {
          (x, fun) = (xs[i], fs[i])
        }
        return try OptimizeResultType.make(
          rt,
          [
            ("fun", f.numpyValue(fun)), ("nfev", .int(b.calls)), ("x", .f64(x)), ("nit", .int(0)),
            ("success", .bool(false)), ("message", .str(ScalarMinimizers.invalidBracketMessage)),
          ])
      }
    case 3:
      var (va, vb, vc) = (points[0], points[1], points[2])
      var (xa, xb, xc) = (try rt.double(va), try rt.double(vb), try rt.double(vc))
      if xa > xc {
        (xa, xc) = (xc, xa)
        (va, vc) = (vc, va)
      }
      guard xa < xb && xb < xc else {
        throw PyError(
          "ValueError", "Bracketing values (xa, xb, xc) do not fulfill this requirement: (xa < xb) and (xb < xc)")
      }
      let fa = try f(xa, as: va)
      let fb = try f(xb, as: vb)
      let fc = try f(xc, as: vc)
      guard fb < fa && fb < fc else {
        throw PyError(
          "ValueError",
          "Bracketing values (xa, xb, xc) do not fulfill this requirement: (f(xb) < f(xa)) and (f(xb) < f(xc))")
      }
      start = ScalarMinimizers.Bracket(xa: xa, xb: xb, xc: xc, fa: fa, fb: fb, fc: fc, calls: 3)
    default:
      throw PyError("ValueError", "Bracketing interval must be length 2 or 3 sequence.")
    }
    let call = { (x: Double) throws(PyError) -> Double in try f(x) }
    let m =
      golden
      ? try ScalarMinimizers.golden(call, bracket: start, tol: xtol, maxIterations: maxiter)
      : try ScalarMinimizers.brent(call, bracket: start, tol: xtol, maxIterations: maxiter)
    let success = m.iterations < maxiter && !(m.x.isNaN || m.fun.isNaN)
    var message = ""
    if success {
      message =
        "\nOptimization terminated successfully;\nThe returned value satisfies the termination criteria\n(using xtol = \(FloatRepr.repr(xtol)) )"
    } else {
      if m.iterations >= maxiter { message = "\nMaximum number of iterations exceeded" }
      if m.x.isNaN || m.fun.isNaN { message = OptimizeMessage.nan }
    }
    let (fun, x, nit, nfev): ((String, Value), (String, Value), (String, Value), (String, Value)) = (
      ("fun", f.numpyValue(m.fun)), ("x", .f64(m.x)), ("nit", .int(m.iterations)), ("nfev", .int(m.calls))
    )
    // Each method's own key order, which `keys()` shows.
    var items = golden ? [fun, nfev, x, nit] : [fun, x, nit, nfev]
    items += [("success", .bool(success)), ("message", .str(message))]
    return try OptimizeResultType.make(rt, items)
  }

  static func bounded(_ rt: Runtime, _ f: ScalarFunction, bounds: Value, options: [String: Value]) throws(PyError)
    -> Value
  {
    let xatol = try SciPyOptimize.double(rt, options, "xatol", 1e-5)
    let maxiter = try SciPyOptimize.integer(rt, options, "maxiter") ?? 500
    let ends = try rt.collect(bounds)
    guard ends.count == 2 else { throw PyError("ValueError", "bounds must have two elements.") }
    let (x1, x2) = (try rt.double(ends[0]), try rt.double(ends[1]))
    guard x1.isFinite && x2.isFinite else { throw PyError("ValueError", "Optimization bounds must be finite scalars.") }
    guard x1 <= x2 else { throw PyError("ValueError", "The lower bound exceeds the upper bound.") }
    var first = true
    let m = try ScalarMinimizers.bounded(
      { (x: Double) throws(PyError) -> Double in
        // The first point is a Python float; later ones come out of NumPy arithmetic.
        defer { first = false }
        return try f(x, as: first ? .float(x) : nil)
      }, lower: x1, upper: x2, xatol: xatol, maxCalls: maxiter)
    let messages = [0: "Solution found.", 1: "Maximum number of function calls reached.", 2: OptimizeMessage.nan]
    return try OptimizeResultType.make(
      rt,
      [
        ("fun", f.numpyValue(m.fun)), ("status", .int(m.status)), ("success", .bool(m.status == 0)),
        ("message", .str(messages[m.status] ?? "")), ("x", .f64(m.x)), ("nfev", .int(m.calls)),
        ("nit", .int(m.calls)),
      ])
  }

  static let brentq = PyBuiltin.general("brentq", "scipy.optimize") { (rt, a) throws(PyError) in
    let p = try a.bind(
      "brentq", ["f", "a", "b", "args", "xtol", "rtol", "maxiter", "full_output", "disp"], required: 3)
    let args = try SciPyOptimize.arguments(rt, p[3])
    let xtol = try p[4].map { (v) throws(PyError) in try rt.double(v) } ?? Brent.defaultXTol
    let rtol = try p[5].map { (v) throws(PyError) in try rt.double(v) } ?? Brent.defaultRTol
    let maxiter = try p[6].map { (v) throws(PyError) in try rt.index(v) } ?? 100
    let fullOutput = try p[7].map { (v) throws(PyError) in try rt.truthy(v) } ?? false
    let disp = try p[8].map { (v) throws(PyError) in try rt.truthy(v) } ?? true
    if xtol <= 0 { throw PyError("ValueError", "xtol too small (\(String(format: "%g", xtol)) <= 0)") }
    if rtol < Brent.defaultRTol {
      throw PyError(
        "ValueError", "rtol too small (\(String(format: "%g", rtol)) < \(String(format: "%g", Brent.defaultRTol)))")
    }
    if maxiter < 0 { throw PyError("ValueError", "maxiter must be >= 0") }
    let fun = p[0] ?? .none
    let run = try Brent.root(
      { (x: Double) throws(PyError) -> Double in
        let fx = try rt.double(try rt.call(fun, [.float(x)] + args))
        if fx.isNaN {
          throw PyError("ValueError", "The function value at x=\(FloatRepr.repr(x)) is NaN; solver cannot continue.")
        }
        return fx
      }, try rt.double(p[1] ?? .none), try rt.double(p[2] ?? .none), xtol: xtol, rtol: rtol, maxIterations: maxiter)
    let root: Double
    let converged: Bool
    switch run.outcome {
    case .sameSigns: throw PyError("ValueError", "f(a) and f(b) must have different signs")
    case .converged(let x):
      root = x
      converged = true
    case .notConverged(let x):
      if disp { throw PyError("RuntimeError", "Failed to converge after \(run.iterations) iterations.") }
      root = x
      converged = false
    }
    guard fullOutput else { return .float(root) }
    let results = try OptimizeResultType.make(
      rt,
      [
        ("root", .float(root)), ("iterations", .int(run.iterations)), ("function_calls", .int(run.calls)),
        ("converged", .bool(converged)), ("flag", .str(converged ? "converged" : "convergence error")),
        ("method", .str("brentq")),
      ])
    if case .object(let o) = results { unsafeDowncast(o, to: PyDict.self).dictType = rootResultsType }
    return .tuple([.float(root), results])
  }

  static let rootResultsType = BuiltinTypes.make(
    "RootResults", [OptimizeResultType.type], layout: .dict, module: "scipy.optimize._zeros_py")
}
