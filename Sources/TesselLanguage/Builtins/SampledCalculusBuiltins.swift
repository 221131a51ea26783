import TensorModule

/// Calculus on sampled values: `gradient` (finite differences, NumPy's formulas) and `trapezoid`
/// (the trapezoidal rule).
enum SampledCalculusBuiltins {
  /// The derivative along the last axis of `f` (lanes of `n` values), at unit-free spacing `dx`
  /// (one number) or coordinates `x`, with NumPy's interior and edge formulas.
  static func derivative(_ f: Tensor, spacing: Double?, coordinates: [Double]?, edgeOrder: Int) throws(TensorError)
    -> Tensor
  {
    let n = f.shape[f.ndim - 1]
    guard n >= edgeOrder + 1 else {
      throw TensorError(
        .value,
        "Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.")
    }
    if let coordinates, coordinates.count != n {
      throw TensorError(.value, "when 1d, distances must match the length of the corresponding dimension")
    }
    var out = f
    out.dtype = .float64
    for start in stride(from: 0, to: f.count, by: n) {
      let y = Array(f.data[start..<(start + n)])
      var d = [Double](repeating: 0, count: n)
      if let x = coordinates {
        let dx = zip(x.dropFirst(), x).map { $0 - $1 }
        for i in 1..<(n - 1) {
          let (h1, h2) = (dx[i - 1], dx[i])
          let a = -h2 / (h1 * (h1 + h2))
          let b = (h2 - h1) / (h1 * h2)
          let c = h1 / (h2 * (h1 + h2))
          d[i] = a * y[i - 1] + b * y[i] + c * y[i + 1]
        }
        if edgeOrder == 1 {
          d[0] = (y[1] - y[0]) / dx[0]
          d[n - 1] = (y[n - 1] - y[n - 2]) / dx[n - 2]
        } else {
          var (h1, h2) = (dx[0], dx[1])
          d[0] = -(2 * h1 + h2) / (h1 * (h1 + h2)) * y[0] + (h1 + h2) / (h1 * h2) * y[1] - h1 / (h2 * (h1 + h2)) * y[2]
          (h1, h2) = (dx[n - 3], dx[n - 2])
          d[n - 1] =
            h2 / (h1 * (h1 + h2)) * y[n - 3] - (h2 + h1) / (h1 * h2) * y[n - 2] + (2 * h2 + h1) / (h2 * (h1 + h2))
            * y[n - 1]
        }
      } else {
        let h = spacing ?? 1
        for i in 1..<(n - 1) { d[i] = (y[i + 1] - y[i - 1]) / (2 * h) }
        if edgeOrder == 1 {
          d[0] = (y[1] - y[0]) / h
          d[n - 1] = (y[n - 1] - y[n - 2]) / h
        } else {
          d[0] = (-1.5 / h) * y[0] + (2 / h) * y[1] + (-0.5 / h) * y[2]
          d[n - 1] = (0.5 / h) * y[n - 3] + (-2 / h) * y[n - 2] + (1.5 / h) * y[n - 1]
        }
      }
      out.data.replaceSubrange(start..<(start + n), with: d)
    }
    return out
  }

  static let all: [Builtin] = [
    Builtin(
      "gradient",
      [Parameter("f"), Parameter("varargs", .variadic), Parameter("axis", .optional(.none))]
        + [Parameter("edge_order", .optional(.number(1)))],
      "The derivative of sampled values by central differences (one-sided at the ends), one tensor per axis.",
      details:
        "Spacing: one number for every axis, one per axis, or coordinate vectors.\n(f[i+1] - f[i-1]) / 2h inside; edge_order=2 for second-order ends.\nExample: gradient(x ** 2, 0.1)"
    ) { c throws(TesselError) in
      let f = try c.tensor("f")
      let edgeOrder = try c.integer("edge_order")
      guard edgeOrder == 1 || edgeOrder == 2 else {
        throw TesselError("ValueError", "'edge_order' greater than 2 not supported")
      }
      guard f.ndim > 0 else {
        throw TesselError("ValueError", "Shape of array too small to calculate a numerical gradient")
      }
      let axes: [Int]
      if case .some(let list) = try c.axes() {
        axes = try c.lift { () throws(TensorError) in try list.map { a throws(TensorError) in try f.normalize([a])[0] }
        }
      } else {
        axes = Array(0..<f.ndim)
      }
      guard case .tuple(let given) = c.value("varargs") else { return .none }
      guard given.isEmpty || given.count == 1 || given.count == axes.count else {
        throw TesselError.type("invalid number of arguments")
      }
      var results: [Value] = []
      for (i, k) in axes.enumerated() {
        let spec = given.isEmpty ? Value.number(1) : given[given.count == 1 ? 0 : i]
        var spacing: Double?
        var coordinates: [Double]?
        if let h = spec.numeric {
          spacing = h
        } else if let t = try TensorValues.operand(spec), t.ndim == 1 {
          guard t.count == f.shape[k] else {
            throw TesselError("ValueError", "when 1d, distances must match the length of the corresponding dimension")
          }
          // Evenly spaced coordinates take the uniform formulas, as in NumPy.
          let steps = zip(t.data.dropFirst(), t.data).map { $0 - $1 }
          if let first = steps.first, steps.allSatisfy({ $0 == first }) {
            spacing = first
          } else {
            coordinates = t.data
          }
        } else {
          throw c.bad("varargs", expected: "numbers or 1-d coordinate vectors")
        }
        let (space, coords) = (spacing, coordinates)
        let last = f.ndim - 1
        let moved = k == last ? f : f.transposed((0..<f.ndim).filter { $0 != k } + [k])
        var d = try c.lift { () throws(TensorError) in
          try derivative(moved, spacing: space, coordinates: coords, edgeOrder: edgeOrder)
        }
        if k != last {
          var back = Array(0..<last)
          back.insert(last, at: k)
          d = d.transposed(back)
        }
        results.append(.tensor(d))
      }
      return results.count == 1 ? results[0] : .tuple(results)
    },
    Builtin(
      "trapezoid",
      [Parameter("y"), Parameter("x", .optional(.none)), Parameter("dx", .optional(.number(1)))]
        + [Parameter("axis", .optional(.number(-1)))],
      "The integral of sampled values by the trapezoidal rule: Σ (x[i+1] - x[i]) · (y[i] + y[i+1]) / 2.",
      details: "Example: trapezoid(norm.pdf(x), x)  # ≈ 1"
    ) { c throws(TesselError) in
      let y = try c.tensor("y")
      let axis = try c.integer("axis")
      let x = c.isGiven("x") ? try c.tensor("x") : nil
      let dx = try c.number("dx")
      return TensorValues.value(
        try c.lift { () throws(TensorError) in
          guard y.ndim > 0 else { throw TensorError(.axis, "axis \(axis) is out of bounds for array of dimension 0") }
          let k = try y.normalize([axis])[0]
          let n = y.shape[k]
          guard n > 1 else {
            var shape = y.shape
            shape.remove(at: k)
            return Tensor(repeating: 0, shape: shape)
          }
          let steps: Tensor
          if let x {
            if x.ndim == 1 {
              var shape = [Int](repeating: 1, count: y.ndim)
              shape[k] = x.count - 1
              steps = try x.differenced(1, axis: 0).reshape(shape)
            } else {
              steps = try x.differenced(1, axis: k)
            }
          } else {
            steps = Tensor(shape: [], data: [dx])
          }
          let sums = try Tensor.combine(y.take(Array(1..<n), axis: k), y.take(Array(0..<(n - 1)), axis: k), .add)
          let areas = try Tensor.combine(
            try Tensor.combine(steps, sums, .multiply), Tensor(shape: [], data: [2]), .divide)
          return try areas.reduce(.sum, axes: .some([k]))
        })
    },
  ]
}
