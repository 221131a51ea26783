/// NumPy's NaN-ignoring reductions, `median` and the weighted `average`, computed as NumPy computes them so results
/// agree to the last bit.
///
/// Both language engines call these.
public enum NanReductions {
  /// The tensor with each NaN replaced by `value`, and the count of the others along the axes.
  public static func filled(_ a: Tensor, with value: Double, _ axes: Axes, keepdims: Bool) throws(TensorError) -> (
    Tensor, Tensor
  ) {
    let kept = a.test { !$0.isNaN }
    return (a.map { $0.isNaN ? value : $0 }, try kept.reduce(.sum, axes: axes, keepdims: keepdims))
  }

  public static func sum(_ a: Tensor, _ axes: Axes, keepdims: Bool) throws(TensorError) -> Tensor {
    try a.map { $0.isNaN ? 0 : $0 }.reduce(.sum, axes: axes, keepdims: keepdims)
  }

  public static func product(_ a: Tensor, _ axes: Axes, keepdims: Bool) throws(TensorError) -> Tensor {
    try a.map { $0.isNaN ? 1 : $0 }.reduce(.prod, axes: axes, keepdims: keepdims)
  }

  public static func mean(_ a: Tensor, _ axes: Axes, keepdims: Bool) throws(TensorError) -> Tensor {
    let (zeroed, counts) = try filled(a, with: 0, axes, keepdims: keepdims)
    return try Tensor.combine(try zeroed.reduce(.sum, axes: axes, keepdims: keepdims), counts, .divide)
  }

  /// NumPy's `_nanvar`: NaNs become 0, the mean of the rest is subtracted from the others only, and the
  /// squares are summed over `count - ddof` (NaN where that is not positive).
  public static func variance(_ a: Tensor, _ axes: Axes, ddof: Double, keepdims: Bool) throws(TensorError) -> Tensor {
    let (zeroed, counts) = try filled(a, with: 0, axes, keepdims: true)
    let mean = try Tensor.combine(try zeroed.reduce(.sum, axes: axes, keepdims: true), counts, .divide)
    var centred = try Tensor.combine(zeroed, mean, .subtract)
    for i in centred.data.indices where a.data[i].isNaN { centred.data[i] = 0 }
    let squares = try centred.apply(.square).reduce(.sum, axes: axes, keepdims: keepdims)
    let dof = try a.test { !$0.isNaN }.reduce(.sum, axes: axes, keepdims: keepdims).map { $0 - ddof }
    return try Tensor.combine(squares, dof.map { $0 > 0 ? $0 : .nan }, .divide)
  }

  /// `nanmax`/`nanmin`: NaNs never win; a lane of only NaNs gives NaN.
  public static func extreme(_ a: Tensor, _ r: Reduction, _ axes: Axes, keepdims: Bool) throws(TensorError) -> Tensor {
    let (filled, counts) = try filled(a, with: r == .max ? -.infinity : .infinity, axes, keepdims: keepdims)
    var out = try filled.reduce(r, axes: axes, keepdims: keepdims)
    for i in out.data.indices where counts.data[i] == 0 { out.data[i] = .nan }
    return out
  }

  /// `nanargmax`/`nanargmin`: positions as if the NaNs were absent; a lane of only NaNs is an error.
  public static func position(_ a: Tensor, _ r: Reduction, _ axes: Axes) throws(TensorError) -> Tensor {
    let (filled, counts) = try filled(a, with: r == .argmax ? -.infinity : .infinity, axes, keepdims: false)
    if counts.data.contains(0) { throw TensorError(.value, "All-NaN slice encountered") }
    return try filled.reduce(r, axes: axes)
  }

  /// NumPy's `median`: the middle value, or the mean of the two middle values, of each lane; NaN when the lane
  /// holds one (unless `ignoringNaN`, `nanmedian`, which drops them).
  public static func median(_ t: Tensor, axis: Int?, keepdims: Bool, ignoringNaN: Bool = false) throws(TensorError)
    -> Tensor
  {
    func middle(_ lane: [Double]) throws(TensorError) -> Double {
      let sorted = try Tensor.sortedValues(lane)
      var n = sorted.count
      if ignoringNaN {
        while n > 0 && sorted[n - 1].isNaN { n -= 1 }
      }
      if n == 0 || sorted[n - 1].isNaN { return .nan }
      return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
    }
    guard let axis else {
      return Tensor(shape: keepdims ? [Int](repeating: 1, count: t.ndim) : [], data: [try middle(t.data)])
    }
    let k = try t.normalize([axis])[0]
    let moved = k == t.ndim - 1 ? t : t.transposed((0..<t.ndim).filter { $0 != k } + [k])
    let n = t.shape[k]
    let values = try stride(from: 0, to: moved.count, by: max(n, 1)).map { start throws(TensorError) in
      try middle(Array(moved.data[start..<(start + n)]))
    }
    var shape = t.shape
    if keepdims { shape[k] = 1 } else { shape.remove(at: k) }
    return Tensor(shape: shape, data: values)
  }

  /// NumPy's `average`: with weights, `sum(a·w) / sum(w)` along the axes; otherwise the mean and the count.
  public static func weightedMean(_ a: Tensor, _ weights: Tensor?, _ axes: Axes, keepdims: Bool) throws(TensorError)
    -> (Tensor, Tensor)
  {
    guard var w = weights else {
      let mean = try a.reduce(.mean, axes: axes, keepdims: keepdims)
      return (mean, mean.map { _ in Double(a.count / Swift.max(mean.count, 1)) })
    }
    if w.shape != a.shape {
      guard case .some(let list) = axes, list.count == 1 else {
        throw TensorError(.type, "Axis must be specified when shapes of a and weights differ.")
      }
      guard w.ndim == 1 else { throw TensorError(.type, "1D weights expected when shapes of a and weights differ.") }
      let k = try a.normalize(list)[0]
      guard w.count == a.shape[k] else {
        throw TensorError(.value, "Length of weights not compatible with specified axis.")
      }
      var shape = [Int](repeating: 1, count: a.ndim)
      shape[k] = w.count
      w = try w.reshaped(shape).broadcast(to: a.shape)
    }
    let total = try w.reduce(.sum, axes: axes, keepdims: keepdims)
    if total.data.contains(0) { throw TensorError(.value, "Weights sum to zero, can't be normalized") }
    let weighted = try Tensor.combine(a, w, .multiply).reduce(.sum, axes: axes, keepdims: keepdims)
    return (try Tensor.combine(weighted, total, .divide), total)
  }
}
