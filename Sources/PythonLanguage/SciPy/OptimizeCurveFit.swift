import Foundation
import StatisticsModule
import TensorModule

/// `scipy.optimize.curve_fit` and `leastsq` by MINPACK's `lmdif` (SciPy's default method without bounds), with
/// SciPy's covariance: R⁻¹ by LAPACK's `trtri`, rows put back in pivot order, times its transpose, scaled by the
/// residual variance.
enum OptimizeCurveFit {
  static let functions: [PyBuiltin] = [curveFit, leastsq]

  static let curveFit = PyBuiltin.general("curve_fit", "scipy.optimize") { (rt, a) throws(PyError) in
    let p = try a.bind(
      "curve_fit",
      [
        "f", "xdata", "ydata", "p0", "sigma", "absolute_sigma", "check_finite", "bounds", "method", "jac",
        "full_output", "nan_policy", "ftol", "xtol", "gtol", "maxfev", "epsfcn", "factor", "diag",
      ], required: 3)
    try NumPyFunctions.unsupported("curve_fit", ["nan_policy", "diag"], [p[11], p[18]])
    if let j = p[9], !j.isNone, !Runtime.isCallable(j) {
      throw PyError("NotImplementedError", "curve_fit(jac=\(try rt.repr(j))) is not in Tessel yet; a callable is")
    }
    let jac = p[9].flatMap { $0.isNone ? nil : $0 }
    if let b = p[7], !b.isNone {
      let bounds = try rt.collect(b)
      var open = bounds.count == 2
      for v in bounds where try !rt.array(v).doubles.allSatisfy({ $0.isInfinite }) { open = false }
      if !open { throw PyError("NotImplementedError", "curve_fit with bounds (method 'trf') is not in Tessel yet") }
    }
    if let m = p[8], !m.isNone, try rt.string(m, "method") != "lm" {
      throw PyError("NotImplementedError", "curve_fit(method=\(try rt.repr(m))) is not in Tessel yet; 'lm' is")
    }
    let function = p[0] ?? .none
    // The parameter count: p0's size, or the function's positional parameters after the first.
    var p0: [Double]
    if let given = p[3], !given.isNone {
      p0 = try rt.array(given).doubles
    } else {
      guard case .object(let o) = function, let f = o as? PyFunction else {
        throw PyError("NotImplementedError", "curve_fit without p0 needs a Python function to count its parameters")
      }
      guard f.argumentCount >= 2 else { throw PyError("ValueError", "Unable to determine number of fit parameters.") }
      p0 = [Double](repeating: 1, count: f.argumentCount - 1)
    }
    let n = p0.count
    let checkFinite = try p[6].map { (v) throws(PyError) in v.isNone ? true : try rt.truthy(v) } ?? true
    let ydata = try rt.array(p[2] ?? .none).astype(.float64)
    var xdata = p[1] ?? .none
    if case .object(let o) = xdata, o.tag == .list || o.tag == .tuple || o.tag == .ndarray {
      let x = try rt.array(xdata).astype(.float64)
      if checkFinite, x.doubles.contains(where: { !$0.isFinite }) {
        throw PyError("ValueError", "array must not contain infs or NaNs")
      }
      xdata = .object(x)
    }
    if checkFinite, ydata.doubles.contains(where: { !$0.isFinite }) {
      throw PyError("ValueError", "array must not contain infs or NaNs")
    }
    if ydata.count == 0 { throw PyError("ValueError", "`ydata` must not be empty!") }
    // Residuals, weighted by 1/sigma when sigma is a vector.
    var weights: [Double]?
    if let s = p[4], !s.isNone {
      let sigma = try rt.array(s)
      guard sigma.ndim == 1 || (sigma.ndim == 0 && ydata.count == 1) else {
        throw PyError("NotImplementedError", "curve_fit with a 2-d sigma (a covariance matrix) is not in Tessel yet")
      }
      guard sigma.count == ydata.count else {
        throw PyError("ValueError", "`sigma` has incorrect shape.")
      }
      weights = sigma.doubles.map { 1.0 / $0 }
    }
    let y = ydata.doubles
    let residuals = { (params: [Double]) throws(PyError) -> Value in
      let args = params.map { Value.f64($0) }
      let model = try rt.call(function, [xdata] + args)
      guard let difference = try ArrayArithmetic.binary(.sub, model, .object(ydata), rt: rt) else {
        throw PyError("TypeError", "curve_fit: the model's result cannot be compared with ydata")
      }
      guard let w = weights else { return difference }
      return try ArrayArithmetic.binary(.mul, .object(NDArray(doubles: w, shape: [w.count])), difference, rt: rt)
        ?? difference
    }
    if ydata.count != 1 && n > ydata.count {
      throw PyError(
        "TypeError", "The number of func parameters=\(n) must not exceed the number of data points=\(ydata.count)")
    }
    var options = try Options(rt, ftol: p[12], xtol: p[13], gtol: p[14], maxfev: p[15], epsfcn: p[16], factor: p[17])
    if options.maxfev == 0 { options.maxfev = (jac == nil ? 200 : 100) * (n + 1) }
    // curve_fit's `_wrap_jac`: jac(xdata, *params), rows scaled by 1/sigma.
    var jacobian: (([Double]) throws(PyError) -> Value)?
    if let jac {
      let rowScale = weights.map { NDArray(doubles: $0, shape: [$0.count, 1]) }
      jacobian = { (params: [Double]) throws(PyError) -> Value in
        var args = [xdata]
        for v in params { args.append(.f64(v)) }
        let d = try rt.call(jac, args)
        guard let rowScale else { return d }
        return try ArrayArithmetic.binary(.mul, .object(rowScale), .object(try rt.array(d)), rt: rt) ?? d
      }
    }
    let fit = try run(rt, residuals, p0, options, memoized: true, jacobian: jacobian)
    guard (1...4).contains(fit.outcome.info) else {
      throw PyError("RuntimeError", "Optimal parameters not found: " + message(fit.outcome.info, options))
    }
    let m = fit.outcome.fvec.count
    let cost = fit.outcome.fvec.reduce(0.0) { $0 + $1 * $1 }
    var pcov = fit.covariance
    let absolute = try p[5].map { (v) throws(PyError) in try rt.truthy(v) } ?? false
    var warn = false
    if pcov == nil || pcov?.contains(where: \.isNaN) == true {
      pcov = [Double](repeating: .infinity, count: n * n)
      warn = true
    } else if !absolute {
      if m > n {
        let s = cost / Double(m - n)
        pcov = pcov?.map { $0 * s }
      } else {
        pcov = [Double](repeating: .infinity, count: n * n)
        warn = true
      }
    }
    if warn {
      rt.host.write("OptimizeWarning: Covariance of the parameters could not be estimated\n", toStderr: true)
    }
    let popt = Value.object(NDArray(doubles: fit.outcome.x, shape: [n]))
    let covariance = Value.object(NDArray(doubles: pcov ?? [], shape: [n, n]))
    if let f = p[10], try rt.truthy(f) {
      let info = fit.outcome.info
      return .tuple([
        popt, covariance, try infodict(rt, fit.outcome, n: n, withJacobian: jac != nil), .str(message(info, options)),
        .int(info),
      ])
    }
    return .tuple([popt, covariance])
  }

  /// `leastsq`'s `infodict`: residuals, call count, SciPy's `fjac` (the column-major m×n factor as an n×m
  /// array), pivots and Qᵀf.
  static func infodict(_ rt: Runtime, _ outcome: MINPACK.Outcome, n: Int, withJacobian: Bool) throws(PyError)
    -> Value
  {
    let m = outcome.fvec.count
    let d = PyDict()
    try d.set(.str("fvec"), .object(NDArray(doubles: outcome.fvec, shape: [m])), rt: rt)
    try d.set(.str("nfev"), .int(outcome.nfev), rt: rt)
    if withJacobian { try d.set(.str("njev"), .int(outcome.njev), rt: rt) }
    try d.set(.str("fjac"), .object(NDArray(doubles: outcome.fjac, shape: [n, m])), rt: rt)
    try d.set(.str("ipvt"), .object(NDArray(ints: outcome.ipvt, shape: [n])), rt: rt)
    try d.set(.str("qtf"), .object(NDArray(doubles: outcome.qtf, shape: [n])), rt: rt)
    return .object(d)
  }

  static let leastsq = PyBuiltin.general("leastsq", "scipy.optimize") { (rt, a) throws(PyError) in
    let p = try a.bind(
      "leastsq",
      [
        "func", "x0", "args", "Dfun", "full_output", "col_deriv", "ftol", "xtol", "gtol", "maxfev", "epsfcn", "factor",
        "diag",
      ], required: 2)
    try NumPyFunctions.unsupported("leastsq", ["diag"], [p[12]])
    let x0 = try rt.array(p[1] ?? .none).doubles
    let args = try SciPyOptimize.arguments(rt, p[2])
    let function = p[0] ?? .none
    let residuals = { (x: [Double]) throws(PyError) -> Value in
      try rt.call(function, [.object(NDArray(doubles: x, shape: [x.count]))] + args)
    }
    var options = try Options(rt, ftol: p[6], xtol: p[7], gtol: p[8], maxfev: p[9], epsfcn: p[10], factor: p[11])
    let dfun = p[3].flatMap { $0.isNone ? nil : $0 }
    if options.maxfev == 0 { options.maxfev = (dfun == nil ? 200 : 100) * (x0.count + 1) }
    let columns = try p[5].map { (v) throws(PyError) in try rt.truthy(v) } ?? false
    var jacobian: (([Double]) throws(PyError) -> Value)?
    if let dfun {
      jacobian = { (x: [Double]) throws(PyError) -> Value in
        try rt.call(dfun, [.object(NDArray(doubles: x, shape: [x.count]))] + args)
      }
    }
    let fit = try run(rt, residuals, x0, options, jacobian: jacobian, columns: columns)
    let info = fit.outcome.info
    let x = Value.object(NDArray(doubles: fit.outcome.x, shape: [x0.count]))
    let full = try p[4].map { (v) throws(PyError) in try rt.truthy(v) } ?? false
    guard full else {
      if info == 0 { throw PyError("TypeError", message(0, options)) }
      if info >= 5 {
        rt.host.write("RuntimeWarning: " + message(info, options) + "\n", toStderr: true)
      }
      return .tuple([x, .int(info)])
    }
    let n = x0.count
    let cov: Value = fit.covariance.map { .object(NDArray(doubles: $0, shape: [n, n])) } ?? .none
    return .tuple([
      x, cov, try infodict(rt, fit.outcome, n: n, withJacobian: dfun != nil), .str(message(info, options)), .int(info),
    ])
  }

  /// `leastsq`'s tolerances and limits (SciPy's defaults when not given).
  struct Options {
    var ftol = 1.49012e-08
    var xtol = 1.49012e-08
    var gtol = 0.0
    var maxfev = 0
    var epsfcn: Double?
    var factor = 100.0

    init(_ rt: Runtime, ftol: Value?, xtol: Value?, gtol: Value?, maxfev: Value?, epsfcn: Value?, factor: Value?)
      throws(PyError)
    {
      func number(_ v: Value?) throws(PyError) -> Double? {
        guard let v, !v.isNone else { return nil }
        return try rt.double(v)
      }
      self.ftol = try number(ftol) ?? self.ftol
      self.xtol = try number(xtol) ?? self.xtol
      self.gtol = try number(gtol) ?? self.gtol
      if let v = maxfev, !v.isNone { self.maxfev = try rt.index(v) }
      self.epsfcn = try number(epsfcn)
      self.factor = try number(factor) ?? self.factor
    }
  }

  /// `lmdif` on the residual function, called once first as SciPy's `_check_func` does, and the covariance
  /// from its QR.
  ///
  /// `memoized` is `curve_fit`'s one-point memo, through which the later calls at x0 reuse that first value;
  /// `leastsq` has none and calls the function at x0 three times, as SciPy's does.
  static func run(
    _ rt: Runtime, _ residuals: ([Double]) throws(PyError) -> Value, _ x0: [Double], _ options: Options,
    memoized: Bool = false, jacobian: (([Double]) throws(PyError) -> Value)? = nil, columns: Bool = false
  ) throws(PyError) -> (outcome: MINPACK.Outcome, covariance: [Double]?) {
    let n = x0.count
    let first = try rt.array(try residuals(x0)).doubles
    let m = first.count
    if n > m {
      throw PyError(
        "TypeError", "Improper input: func input vector length N=\(n) must not exceed func output vector length M=\(m)")
    }
    // The Jacobian, m×n (or n×m with `col_deriv`), into MINPACK's column-major layout; SciPy checks its shape
    // with one call at x0 first, which curve_fit's memo answers later.
    func columnMajor(_ v: Value) throws(PyError) -> [Double] {
      let d = try rt.array(v)
      let expected = columns ? [n, m] : [m, n]
      guard d.shape == expected || (d.count == m * n && d.ndim <= 2 && m * n == 1) else {
        throw PyError(
          "TypeError",
          "leastsq: there is a mismatch between the input and output shape of the 'Dfun' argument '\(Tensor.compact(d.shape))'."
        )
      }
      let values = d.doubles
      if columns { return values }
      var out = [Double](repeating: 0, count: m * n)
      for i in 0..<m {
        for j in 0..<n { out[i + m * j] = values[i * n + j] }
      }
      return out
    }
    var jacobianMemo: [Double]? = nil
    if let jacobian {
      let checked = try columnMajor(try jacobian(x0))
      if memoized { jacobianMemo = checked }
    }
    var memo: [Double]? = memoized ? first : nil
    // SciPy's C wrapper calls the function once more to size its output; curve_fit's memo answers it.
    if !memoized { _ = try residuals(x0) }
    let maxfev = options.maxfev
    var derivatives: (([Double]) throws(PyError) -> [Double])?
    if let jacobian {
      derivatives = { (x: [Double]) throws(PyError) -> [Double] in
        if let saved = jacobianMemo {
          jacobianMemo = nil
          if x == x0 { return saved }
        }
        return try columnMajor(try jacobian(x))
      }
    }
    let outcome = try MINPACK.lmdif(
      m: m, x0: x0, ftol: options.ftol, xtol: options.xtol, gtol: options.gtol, maxfev: maxfev,
      epsfcn: options.epsfcn ?? 2.220446049250313e-16, factor: options.factor, diag: nil, jacobian: derivatives
    ) { (x) throws(PyError) -> [Double] in
      if let saved = memo {
        memo = nil
        if x == x0 { return saved }
      }
      let f = try rt.array(try residuals(x)).doubles
      guard f.count == m else {
        throw PyError("ValueError", "the function returned \(f.count) values where it first returned \(m)")
      }
      return f
    }
    guard (1...4).contains(outcome.info) else { return (outcome, nil) }
    // R (upper, n×n) from the factor, inverted by trtri; row k of the inverse belongs to parameter ipvt[k].
    var r = [Double](repeating: 0, count: n * n)
    for j in 0..<n {
      for i in 0...j { r[i + n * j] = outcome.fjac[i + m * j] }
    }
    guard Linalg.invertUpper(&r, n: n) == 0 else { return (outcome, nil) }
    var inverse = [Double](repeating: 0, count: n * n)
    for k in 0..<n {
      for j in 0..<n { inverse[outcome.ipvt[k] * n + j] = r[k + n * j] }
    }
    let product = NDArray(doubles: inverse, shape: [n, n])
    guard case .object(let o) = try ArrayArithmetic.matmul(product, product.reversedAxes()), let cov = o as? NDArray
    else { return (outcome, nil) }
    return (outcome, cov.doubles)
  }

  /// `leastsq`'s message for MINPACK's `info`.
  static func message(_ info: Int, _ o: Options) -> String {
    let ftol = String(format: "%f", o.ftol)
    let xtol = String(format: "%f", o.xtol)
    let gtol = String(format: "%f", o.gtol)
    switch info {
    case 0: return "Improper input parameters."
    case 1: return "Both actual and predicted relative reductions in the sum of squares\n  are at most \(ftol)"
    case 2: return "The relative error between two consecutive iterates is at most \(xtol)"
    case 3:
      return
        "Both actual and predicted relative reductions in the sum of squares\n  are at most \(ftol) and the relative error between two consecutive iterates is at \n  most \(xtol)"
    case 4:
      return
        "The cosine of the angle between func(x) and any column of the\n  Jacobian is at most \(gtol) in absolute value"
    case 5: return "Number of calls to function has reached maxfev = \(o.maxfev)."
    case 6: return "ftol=\(ftol) is too small, no further reduction in the sum of squares\n  is possible."
    case 7: return "xtol=\(xtol) is too small, no further improvement in the approximate\n  solution is possible."
    default:
      return "gtol=\(gtol) is too small, func(x) is orthogonal to the columns of\n  the Jacobian to machine precision."
    }
  }
}
