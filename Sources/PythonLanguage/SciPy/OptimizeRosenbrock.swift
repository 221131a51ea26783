import Foundation
import TensorModule

/// SciPy's Rosenbrock test function `rosen`, its gradient `rosen_der`, Hessian `rosen_hess` and Hessian-vector
/// product `rosen_hess_prod`, each with NumPy's operation order (array squares as products, scalar ones by pow).
enum Rosenbrock {
  static let functions: [PyBuiltin] = [rosen, derivative, hessian, hessianProduct]

  /// The point as a float vector (`rosen` of a 2-d array, evaluated per column, is not in Tessel yet).
  static func point(_ rt: Runtime, _ v: Value, _ name: String) throws(PyError) -> [Double] {
    let a = try rt.array(v)
    guard a.ndim == 1 else {
      throw PyError("NotImplementedError", "scipy.optimize.\(name) of a \(a.ndim)-d array is not in Tessel yet")
    }
    return a.doubles
  }

  static func square(_ x: Double) -> Double { Foundation.pow(x, 2) }

  static let rosen = PyBuiltin.one("rosen", "scipy.optimize") { (rt, v) throws(PyError) in
    let x = try point(rt, v, "rosen")
    guard x.count > 1 else { return .f64(0) }
    let terms = (0..<(x.count - 1)).map { i -> Double in
      let d = x[i + 1] - x[i] * x[i]
      let e = 1 - x[i]
      return 100.0 * (d * d) + e * e
    }
    return .f64(Tensor.pairwiseSum(terms))
  }

  static let derivative = PyBuiltin.one("rosen_der", "scipy.optimize") { (rt, v) throws(PyError) in
    let x = try point(rt, v, "rosen_der")
    let n = x.count
    guard n >= 2 else { throw PyError("IndexError", "index 1 is out of bounds for axis 0 with size \(n)") }
    var der = [Double](repeating: 0, count: n)
    for i in 1..<(n - 1) {
      der[i] = 200 * (x[i] - x[i - 1] * x[i - 1]) - 400 * (x[i + 1] - x[i] * x[i]) * x[i] - 2 * (1 - x[i])
    }
    der[0] = -400 * x[0] * (x[1] - square(x[0])) - 2 * (1 - x[0])
    der[n - 1] = 200 * (x[n - 1] - square(x[n - 2]))
    return .object(NDArray(doubles: der, shape: [n]))
  }

  static let hessian = PyBuiltin.one("rosen_hess", "scipy.optimize") { (rt, v) throws(PyError) in
    let x = try point(rt, v, "rosen_hess")
    let n = x.count
    guard n >= 2 else { throw PyError("IndexError", "index 1 is out of bounds for axis 0 with size \(n)") }
    var diagonal = [Double](repeating: 0, count: n)
    diagonal[0] = 1200 * square(x[0]) - 400 * x[1] + 2
    diagonal[n - 1] = 200
    for i in 1..<(n - 1) { diagonal[i] = 202 + 1200 * (x[i] * x[i]) - 400 * x[i + 1] }
    var h = [Double](repeating: 0, count: n * n)
    for i in 0..<n {
      for j in 0..<n {
        let upper = j == i + 1 ? -400 * x[i] : 0
        let lower = i == j + 1 ? 400 * x[j] : 0
        h[i * n + j] = (upper - lower) + (i == j ? diagonal[i] : 0)
      }
    }
    return .object(NDArray(doubles: h, shape: [n, n]))
  }

  static let hessianProduct = PyBuiltin.two("rosen_hess_prod", "scipy.optimize") { (rt, v, w) throws(PyError) in
    let x = try point(rt, v, "rosen_hess_prod")
    let p = try rt.array(w).doubles
    let n = x.count
    guard n >= 2, p.count == n else {
      throw PyError("ValueError", "rosen_hess_prod needs x and p of one length, at least 2")
    }
    var hp = [Double](repeating: 0, count: n)
    hp[0] = (1200 * square(x[0]) - 400 * x[1] + 2) * p[0] - 400 * x[0] * p[1]
    for i in 1..<(n - 1) {
      hp[i] = -400 * x[i - 1] * p[i - 1] + (202 + 1200 * (x[i] * x[i]) - 400 * x[i + 1]) * p[i] - 400 * x[i] * p[i + 1]
    }
    hp[n - 1] = -400 * x[n - 2] * p[n - 2] + 200 * p[n - 1]
    return .object(NDArray(doubles: hp, shape: [n]))
  }
}
