import Foundation
import TensorModule

/// `grad jacobian hessian`: derivatives of a user's function at a point, by central differences.
///
/// Steps scale with the coordinate, `h = ε^(1/3)·max(1, |xᵢ|)` for first derivatives and `ε^(1/4)·…`
/// for second ones, the choices that balance truncation against rounding error; expect about 10
/// correct digits for first derivatives and 7 for second.
enum CalculusBuiltins {
  static let firstStep = pow(Double.ulpOfOne, 1.0 / 3.0)
  static let secondStep = pow(Double.ulpOfOne, 0.25)

  /// The point as a flat list of coordinates, and how to rebuild a value of its shape.
  static func point(_ c: BuiltinCall) throws(TesselError) -> (coordinates: [Double], make: ([Double]) -> Value) {
    if case .number(let d) = c.value("x") { return ([d], { .number($0[0]) }) }
    let t = try c.tensor("x")
    return (t.data, { .tensor(Tensor(shape: t.shape, data: $0)) })
  }

  /// x moved by ±h along coordinate i, and the distance between the two (what the difference divides by).
  static func straddle(_ x: [Double], _ i: Int) -> (up: [Double], down: [Double], width: Double) {
    let h = firstStep * max(1, abs(x[i]))
    var up = x
    var down = x
    up[i] += h
    down[i] -= h
    return (up, down, up[i] - down[i])
  }

  /// f at a point, which must be a number.
  static func scalar(_ c: BuiltinCall, _ f: Value, _ x: Value) throws(TesselError) -> Double {
    let y = try c.runtime.call(f, [x], at: c.range)
    guard let d = y.numeric else {
      throw TesselError(
        "TypeError",
        "\(c.builtin.name)() needs f to return a number, got \(y.typeName); use jacobian for vector-valued f",
        at: c.range)
    }
    return d
  }

  /// f at a point as a flat vector.
  static func vector(_ c: BuiltinCall, _ f: Value, _ x: Value) throws(TesselError) -> Tensor {
    let y = try c.runtime.call(f, [x], at: c.range)
    guard let t = try TensorValues.operand(y) else {
      throw TesselError("TypeError", "jacobian() needs f to return numbers or a tensor, got \(y.typeName)", at: c.range)
    }
    return t
  }

  static let all: [Builtin] = [
    Builtin(
      "grad", [Parameter("f"), Parameter("x")],
      "The gradient of a scalar function f at x (a number or a tensor), by central differences.",
      details: "Example: grad(lambda w: sum((X @ w - y) ** 2), w0)"
    ) { c throws(TesselError) in
      let (x, make) = try point(c)
      let f = c.value("f")
      var g = [Double](repeating: 0, count: x.count)
      for i in x.indices {
        let (up, down, width) = straddle(x, i)
        g[i] = (try scalar(c, f, make(up)) - scalar(c, f, make(down))) / width
      }
      return make(g)
    },
    Builtin(
      "jacobian", [Parameter("f"), Parameter("x")],
      "The Jacobian of f at x: J[i, j] = ∂fᵢ/∂xⱼ, by central differences (rows follow f's flattened output).",
      details: "Example: jacobian(lambda v: array([v[0] * v[1], sin(v[0])]), array([1.0, 2.0]))"
    ) { c throws(TesselError) in
      let (x, make) = try point(c)
      let f = c.value("f")
      let m = try vector(c, f, make(x)).count
      var j = [Double](repeating: 0, count: m * x.count)
      for k in x.indices {
        let (up, down, width) = straddle(x, k)
        let (a, b) = (try vector(c, f, make(up)), try vector(c, f, make(down)))
        guard a.count == m && b.count == m else {
          throw TesselError(
            "ValueError", "jacobian() needs f to return the same number of values at every point", at: c.range)
        }
        for i in 0..<m { j[i * x.count + k] = (a.data[i] - b.data[i]) / width }
      }
      return .tensor(Tensor(shape: [m, x.count], data: j))
    },
    Builtin(
      "hessian", [Parameter("f"), Parameter("x")],
      "The Hessian of a scalar function f at x: H[i, j] = ∂²f/∂xᵢ∂xⱼ, by central differences (symmetric).",
      details: "Example: hessian(lambda v: v[0] ** 2 * v[1], array([1.0, 3.0]))"
    ) { c throws(TesselError) in
      let (x, make) = try point(c)
      let f = c.value("f")
      let n = x.count
      let steps = x.map { secondStep * max(1, abs($0)) }
      var hess = [Double](repeating: 0, count: n * n)
      for i in 0..<n {
        for k in i..<n {
          func at(_ si: Double, _ sk: Double) throws(TesselError) -> Double {
            var p = x
            p[i] += si * steps[i]
            p[k] += sk * steps[k]
            return try scalar(c, f, make(p))
          }
          let v = (try at(1, 1) - at(1, -1) - at(-1, 1) + at(-1, -1)) / (4 * steps[i] * steps[k])
          hess[i * n + k] = v
          hess[k * n + i] = v
        }
      }
      return .tensor(Tensor(shape: [n, n], data: hess))
    },
  ]
}
