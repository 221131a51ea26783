/// Calculus on sampled values: `gradient` (finite differences, NumPy's formulas) and `trapezoid` (the
/// trapezoidal rule), for both engines.
public enum SampledCalculus {
  /// The derivative along the last axis of `f` (lanes of `n` values), at unit-free spacing `dx`
  /// (one number) or coordinates `x`, with NumPy's interior and edge formulas.
  public static func derivative(_ f: Tensor, spacing: Double?, coordinates: [Double]?, edgeOrder: Int)
    throws(TensorError)
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

  /// Coordinates that are evenly spaced take the uniform formulas, as in NumPy: (spacing, nil) then, else
  /// (nil, coordinates).
  public static func spacing(_ coordinates: [Double]) -> (Double?, [Double]?) {
    let steps = zip(coordinates.dropFirst(), coordinates).map { $0 - $1 }
    if let first = steps.first, steps.allSatisfy({ $0 == first }) { return (first, nil) }
    return (nil, coordinates)
  }

  /// `gradient` along axis `k` of `f`: the axis moved last, differentiated lane by lane, and moved back.
  public static func gradient(_ f: Tensor, axis k: Int, spacing: Double?, coordinates: [Double]?, edgeOrder: Int)
    throws(TensorError) -> Tensor
  {
    let last = f.ndim - 1
    let moved = k == last ? f : f.transposed((0..<f.ndim).filter { $0 != k } + [k])
    var d = try derivative(moved, spacing: spacing, coordinates: coordinates, edgeOrder: edgeOrder)
    if k != last {
      var back = Array(0..<last)
      back.insert(last, at: k)
      d = d.transposed(back)
    }
    return d
  }

  /// NumPy's `trapezoid(y, x=None, dx=1.0, axis=-1)`.
  public static func trapezoid(_ y: Tensor, x: Tensor?, dx: Double, axis: Int) throws(TensorError) -> Tensor {
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
    let areas = try Tensor.combine(try Tensor.combine(steps, sums, .multiply), Tensor(shape: [], data: [2]), .divide)
    return try areas.reduce(.sum, axes: .some([k]))
  }
}
