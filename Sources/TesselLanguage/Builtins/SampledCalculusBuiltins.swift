import TensorModule

/// Calculus on sampled values: `gradient` (finite differences, NumPy's formulas) and `trapezoid`
/// (the trapezoidal rule).
enum SampledCalculusBuiltins {
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
          (spacing, coordinates) = SampledCalculus.spacing(t.data)
        } else {
          throw c.bad("varargs", expected: "numbers or 1-d coordinate vectors")
        }
        let (space, coords) = (spacing, coordinates)
        let d = try c.lift { () throws(TensorError) in
          try SampledCalculus.gradient(f, axis: k, spacing: space, coordinates: coords, edgeOrder: edgeOrder)
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
        try c.lift { () throws(TensorError) in try SampledCalculus.trapezoid(y, x: x, dx: dx, axis: axis) })
    },
  ]
}
