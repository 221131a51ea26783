/// SciPy's Nelder–Mead simplex search (`_minimize_neldermead`): reflect, expand, contract or shrink the simplex
/// of n + 1 points, sorted by value after every step, until both the points and their values agree within
/// `xatol` and `fatol`.
public struct NelderMead {
  public var xatol = 1e-4
  public var fatol = 1e-4
  /// Gao and Han's coefficients, which depend on the dimension.
  public var adaptive = false
  public var maxIterations: Double?
  public var maxFunctionCalls: Double?
  public var initialSimplex: [[Double]]?
  /// Box bounds per coordinate (−∞/∞ for none); points are clipped into them.
  public var bounds: (lower: [Double], upper: [Double])?

  public init() {}

  public struct Outcome: Sendable {
    public var x: [Double]
    public var fun: Double
    public var iterations: Int
    public var functionCalls: Int
    public var status: Int
    public var message: String
    public var simplex: [[Double]]
    public var values: [Double]
  }

  public func minimize<E: Error>(
    _ f: ([Double]) throws(E) -> Double, from start: [Double],
    callback: (([Double], Double) throws(E) -> Bool)? = nil
  ) throws(E) -> Outcome {
    var x0 = start
    let n0 = Double(x0.count)
    let (rho, chi, psi, sigma) = adaptive ? (1.0, 1 + 2 / n0, 0.75 - 1 / (2 * n0), 1 - 1 / n0) : (1.0, 2.0, 0.5, 0.5)
    if let bounds { x0 = clip(x0, bounds) }
    var sim: [[Double]]
    if let initialSimplex {
      sim = initialSimplex
    } else {
      sim = [x0]
      for k in x0.indices {
        var y = x0
        y[k] = y[k] != 0 ? (1 + 0.05) * y[k] : 0.00025
        sim.append(y)
      }
    }
    let n = sim.count - 1
    var maxiter = maxIterations
    var maxfun = maxFunctionCalls
    switch (maxiter, maxfun) {
    case (nil, nil):
      maxiter = Double(n * 200)
      maxfun = Double(n * 200)
    case (nil, let m?): maxiter = m == .infinity ? Double(n * 200) : .infinity
    case (let m?, nil): maxfun = m == .infinity ? Double(n * 200) : .infinity
    default: break
    }
    let iterationLimit = maxiter ?? 0
    let callLimit = maxfun ?? 0
    if let bounds {
      sim = sim.map { row in
        clip(row.indices.map { row[$0] > bounds.upper[$0] ? 2 * bounds.upper[$0] - row[$0] : row[$0] }, bounds)
      }
    }
    var calls = 0
    /// One call, or nil once the budget is spent (SciPy's `_MaxFuncCallError`).
    func evaluate(_ x: [Double]) throws(E) -> Double? {
      if Double(calls) >= callLimit { return nil }
      calls += 1
      return try f(x)
    }
    var fsim = [Double](repeating: .infinity, count: n + 1)
    for k in 0...n {
      guard let v = try evaluate(sim[k]) else { break }
      fsim[k] = v
    }
    sortSimplex(&sim, &fsim)
    var iterations = 1

    /// One iteration: false when it converged before stepping.
    func step() throws(E) -> Bool {
      let deviation = sim.dropFirst().flatMap { row in zip(row, sim[0]).map { Swift.abs($0 - $1) } }
      let spread = fsim.dropFirst().map { Swift.abs(fsim[0] - $0) }
      if Self.nanMax(deviation) <= xatol && Self.nanMax(spread) <= fatol { return false }
      var xbar = sim[0]
      for row in sim[1..<n] { for j in xbar.indices { xbar[j] += row[j] } }
      xbar = xbar.map { $0 / Double(n) }
      let last = sim[n]
      func point(_ a: Double, _ b: Double) -> [Double] {
        let p = zip(xbar, last).map { a * $0 - b * $1 }
        return bounds.map { clip(p, $0) } ?? p
      }
      let xr = point(1 + rho, rho)
      guard let fxr = try evaluate(xr) else { return true }
      var shrink = false
      if fxr < fsim[0] {
        let xe = point(1 + rho * chi, rho * chi)
        guard let fxe = try evaluate(xe) else { return true }
        (sim[n], fsim[n]) = fxe < fxr ? (xe, fxe) : (xr, fxr)
      } else if fxr < fsim[n - 1] {
        (sim[n], fsim[n]) = (xr, fxr)
      } else if fxr < fsim[n] {
        let xc = point(1 + psi * rho, psi * rho)
        guard let fxc = try evaluate(xc) else { return true }
        if fxc <= fxr { (sim[n], fsim[n]) = (xc, fxc) } else { shrink = true }
      } else {
        var xcc = zip(xbar, last).map { (1 - psi) * $0 + psi * $1 }
        if let bounds { xcc = clip(xcc, bounds) }
        guard let fxcc = try evaluate(xcc) else { return true }
        if fxcc < fsim[n] { (sim[n], fsim[n]) = (xcc, fxcc) } else { shrink = true }
      }
      if shrink {
        for j in 1...n {
          var moved = zip(sim[0], sim[j]).map { $0 + sigma * ($1 - $0) }
          if let bounds { moved = clip(moved, bounds) }
          sim[j] = moved
          guard let v = try evaluate(moved) else { return true }
          fsim[j] = v
        }
      }
      iterations += 1
      return true
    }

    while Double(calls) < callLimit && Double(iterations) < iterationLimit {
      if try !step() { break }
      sortSimplex(&sim, &fsim)
      if let callback, try callback(sim[0], fsim[0]) { break }
    }
    var status = 0
    var message = "Optimization terminated successfully."
    if Double(calls) >= callLimit {
      status = 1
      message = "Maximum number of function evaluations has been exceeded."
    } else if Double(iterations) >= iterationLimit {
      status = 2
      message = "Maximum number of iterations has been exceeded."
    }
    let fval = fsim.contains(where: \.isNaN) ? .nan : fsim.min() ?? .nan
    return Outcome(
      x: sim[0], fun: fval, iterations: iterations, functionCalls: calls, status: status, message: message,
      simplex: sim, values: fsim)
  }

  /// NumPy's `np.clip` per coordinate.
  func clip(_ x: [Double], _ bounds: (lower: [Double], upper: [Double])) -> [Double] {
    x.indices.map { Swift.min(Swift.max(x[$0], bounds.lower[$0]), bounds.upper[$0]) }
  }

  /// Rows in order of value, ties kept in place, NaN last (`np.argsort` then `np.take`).
  func sortSimplex(_ sim: inout [[Double]], _ fsim: inout [Double]) {
    let values = fsim
    let order = fsim.indices.sorted { i, j in
      let (a, b) = (values[i], values[j])
      if a.isNaN || b.isNaN { return !a.isNaN && b.isNaN || (a.isNaN == b.isNaN && i < j) }
      return a < b || (a == b && i < j)
    }
    sim = order.map { sim[$0] }
    fsim = order.map { values[$0] }
  }

  /// `np.max`: NaN if any element is NaN.
  static func nanMax(_ x: [Double]) -> Double {
    if x.contains(where: \.isNaN) { return .nan }
    return x.max() ?? -.infinity
  }
}
