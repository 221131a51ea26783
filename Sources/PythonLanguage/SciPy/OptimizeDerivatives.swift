import Foundation
import StatisticsModule
import TensorModule

/// `scipy.optimize.approx_fprime` and `check_grad`: SciPy's forward differences (`approx_derivative` with an
/// absolute step), for gradient-checking exercises.
enum OptimizeDerivatives {
  static let functions: [PyBuiltin] = [approxFprime, checkGrad]

  /// The forward-difference derivative of f at x: a gradient (n,) for a scalar f, else the Jacobian (m, n).
  static func differences(_ rt: Runtime, _ f: Value, _ xValue: Value, _ epsilon: Value?, _ args: [Value])
    throws(PyError) -> NDArray
  {
    let x = try rt.array(xValue).doubles
    let n = x.count
    let f0 = try rt.array(try rt.call(f, [PythonObjective.vector(x)] + args)).doubles
    var steps = [Double](repeating: ScalarObjective<PyError>.sqrtEpsilon, count: n)
    if let epsilon, !epsilon.isNone {
      let e = try rt.array(epsilon).doubles
      guard e.count == 1 || e.count == n else {
        throw PyError("ValueError", "epsilon must be a number or have one step per coordinate")
      }
      steps = (0..<n).map { e.count == 1 ? e[0] : e[$0] }
    }
    var columns: [[Double]] = []
    for i in 0..<n {
      let xi = x[i]
      var h = steps[i]
      if (xi + h) - xi == 0 {
        h = ScalarObjective<PyError>.sqrtEpsilon * (xi >= 0 ? 1 : -1) * Swift.max(1.0, Swift.abs(xi))
      }
      var probe = x
      probe[i] = xi + h
      let fi = try rt.array(try rt.call(f, [PythonObjective.vector(probe)] + args)).doubles
      guard fi.count == f0.count else {
        throw PyError("ValueError", "the function returned \(fi.count) values where it had returned \(f0.count)")
      }
      let dx = (xi + h) - xi
      columns.append(zip(fi, f0).map { ($0 - $1) / dx })
    }
    let m = f0.count
    if m == 1 { return NDArray(doubles: columns.map { $0[0] }, shape: [n]) }
    return NDArray(doubles: (0..<m).flatMap { r in columns.map { $0[r] } }, shape: [m, n])
  }

  static let approxFprime = PyBuiltin.general("approx_fprime", "scipy.optimize") { (rt, a) throws(PyError) in
    guard a.positional.count >= 2 else {
      throw PyError("TypeError", "approx_fprime() missing required positional arguments: 'xk' and 'f'")
    }
    var epsilon: Value? = a.positional.count > 2 ? a.positional[2] : nil
    for (k, v) in a.keywords {
      guard k == "epsilon" else {
        throw PyError("TypeError", "approx_fprime() got an unexpected keyword argument '\(k)'")
      }
      epsilon = v
    }
    let args = Array(a.positional.dropFirst(3))
    return .object(try differences(rt, a.positional[1], a.positional[0], epsilon, args))
  }

  static let checkGrad = PyBuiltin.general("check_grad", "scipy.optimize") { (rt, a) throws(PyError) in
    guard a.positional.count >= 3 else {
      throw PyError("TypeError", "check_grad() missing required positional arguments: 'func', 'grad' and 'x0'")
    }
    var epsilon: Value? = nil
    for (k, v) in a.keywords {
      switch k {
      case "epsilon": epsilon = v
      case "direction":
        let d = try rt.string(v, "direction")
        if d == "random" {
          throw PyError("NotImplementedError", "scipy.optimize.check_grad(direction='random') is not in Tessel yet")
        }
        guard d == "all" else { throw PyError("ValueError", "\(d) is not a valid string for ``direction`` argument") }
      case "rng", "seed": break
      default: throw PyError("TypeError", "check_grad() got an unexpected keyword argument '\(k)'")
      }
    }
    let args = Array(a.positional.dropFirst(3))
    // SciPy's `np.asarray(x0)`: the gradient sees an array even when x0 is a list.
    let x0: Value = .object(try rt.array(a.positional[2]))
    let analytical = try rt.array(try rt.call(a.positional[1], [x0] + args)).doubles
    let approximate = try differences(rt, a.positional[0], x0, epsilon, args).doubles
    guard analytical.count == approximate.count else {
      throw PyError("ValueError", "the gradient has \(analytical.count) values, the differences \(approximate.count)")
    }
    let squares = zip(analytical, approximate).map { ($0 - $1) * ($0 - $1) }
    let total = squares.withUnsafeBufferPointer { Tensor.pairwiseSum($0.baseAddress!, $0.count) }
    return .f64(total.squareRoot())
  }
}
