import TensorModule

/// NumPy's NaN-ignoring reductions (`nansum nanmean nanvar nanstd nanmin nanmax nanargmin nanargmax
/// nanmedian nanquantile nanpercentile`) and the weighted `average`, computed as NumPy computes them so the
/// results agree to the last bit.
enum NanReduceBuiltins {
  /// The tensor with each NaN replaced by `value`, and the count of the others along the axes.
  static func filled(_ a: Tensor, with value: Double, _ axes: Axes, keepdims: Bool) throws(TensorError) -> (
    Tensor, Tensor
  ) {
    let kept = a.test { !$0.isNaN }
    return (a.map { $0.isNaN ? value : $0 }, try kept.reduce(.sum, axes: axes, keepdims: keepdims))
  }

  /// NumPy's `_nanvar`: NaNs become 0, the mean of the rest is subtracted from the others only, and the
  /// squares are summed over `count - ddof` (NaN where that is not positive).
  static func variance(_ a: Tensor, _ axes: Axes, ddof: Double, keepdims: Bool) throws(TensorError) -> Tensor {
    let (zeroed, counts) = try filled(a, with: 0, axes, keepdims: true)
    let mean = try Tensor.combine(try zeroed.reduce(.sum, axes: axes, keepdims: true), counts, .divide)
    var centred = try Tensor.combine(zeroed, mean, .subtract)
    for i in centred.data.indices where a.data[i].isNaN { centred.data[i] = 0 }
    let squares = try centred.apply(.square).reduce(.sum, axes: axes, keepdims: keepdims)
    let dof = try a.test { !$0.isNaN }.reduce(.sum, axes: axes, keepdims: keepdims).map { $0 - ddof }
    return try Tensor.combine(squares, dof.map { $0 > 0 ? $0 : .nan }, .divide)
  }

  /// `nanmax`/`nanmin`: NaNs never win; a lane of only NaNs gives NaN.
  static func extreme(_ a: Tensor, _ r: Reduction, _ axes: Axes, keepdims: Bool) throws(TensorError) -> Tensor {
    let (filled, counts) = try filled(a, with: r == .max ? -.infinity : .infinity, axes, keepdims: keepdims)
    var out = try filled.reduce(r, axes: axes, keepdims: keepdims)
    for i in out.data.indices where counts.data[i] == 0 { out.data[i] = .nan }
    return out
  }

  /// `nanargmax`/`nanargmin`: positions as if the NaNs were absent; a lane of only NaNs is an error.
  static func position(_ a: Tensor, _ r: Reduction, _ axes: Axes) throws(TensorError) -> Tensor {
    let (filled, counts) = try filled(a, with: r == .argmax ? -.infinity : .infinity, axes, keepdims: false)
    if counts.data.contains(0) { throw TensorError(.value, "All-NaN slice encountered") }
    return try filled.reduce(r, axes: axes)
  }

  static let axisParameters = ReduceBuiltins.axisParameters

  static func builtin(
    _ name: String, _ summary: String, _ body: @escaping @Sendable (Tensor, Axes, Bool) throws(TensorError) -> Tensor
  )
    -> Builtin
  {
    Builtin(name, [Parameter("a")] + axisParameters, summary, details: "Example: \(name)([1, nan, 3])") {
      c throws(TesselError) in
      let a = try c.tensor("a")
      let (axes, keep) = (try c.axes(), try c.bool("keepdims"))
      return TensorValues.value(try c.lift { () throws(TensorError) in try body(a, axes, keep) })
    }
  }

  static func spread(_ name: String, squareRoot: Bool) -> Builtin {
    Builtin(
      name,
      [Parameter("a"), Parameter("axis", .optional(.none)), Parameter("ddof", .optional(.number(0)))]
        + [Parameter("keepdims", .optional(.bool(false)))],
      "\(squareRoot ? "Standard deviation" : "Variance") of the elements that are not NaN (ddof=0 as NumPy).",
      details: "Example: \(name)([1, nan, 3], ddof=1)"
    ) { c throws(TesselError) in
      let a = try c.tensor("a")
      let (axes, keep, ddof) = (try c.axes(), try c.bool("keepdims"), try c.number("ddof"))
      let v = try c.lift { () throws(TensorError) in try variance(a, axes, ddof: ddof, keepdims: keep) }
      return TensorValues.value(squareRoot ? try c.lift { () throws(TensorError) in try v.apply(.sqrt) } : v)
    }
  }

  static func quantile(_ name: String, scale: Double) -> Builtin {
    Builtin(
      name, [Parameter("a"), Parameter("q")] + axisParameters,
      "\(scale == 1 ? "quantile" : "percentile") of the elements that are not NaN (linear interpolation).",
      details: "Example: \(name)([1, nan, 3, 4], \(scale == 1 ? "0.5" : "50"))"
    ) { c throws(TesselError) in
      let (a, q) = (try c.tensor("a"), try c.tensor("q"))
      for v in q.data where !(v >= 0 && v <= scale) {
        throw TesselError(
          "ValueError", "\(scale == 1 ? "Quantiles" : "Percentiles") must be in the range [0, \(Int(scale))]")
      }
      let (axis, keep) = (try c.optionalAxis(), try c.bool("keepdims"))
      return TensorValues.value(
        try c.lift { () throws(TensorError) in
          try a.quantile(q.map { $0 / scale }, axis: axis, keepdims: keep, ignoringNaN: true)
        })
    }
  }

  static let all: [Builtin] = [
    builtin("nansum", "The sum of the elements that are not NaN (0 if there are none).") {
      a, axes, keep throws(TensorError) in
      try a.map { $0.isNaN ? 0 : $0 }.reduce(.sum, axes: axes, keepdims: keep)
    },
    builtin("nanprod", "The product of the elements that are not NaN (1 if there are none).") {
      a, axes, keep throws(TensorError) in try a.map { $0.isNaN ? 1 : $0 }.reduce(.prod, axes: axes, keepdims: keep)
    },
    builtin("nanmean", "The mean of the elements that are not NaN (NaN if there are none).") {
      a, axes, keep throws(TensorError) in
      let (zeroed, counts) = try filled(a, with: 0, axes, keepdims: keep)
      return try Tensor.combine(try zeroed.reduce(.sum, axes: axes, keepdims: keep), counts, .divide)
    },
    builtin("nanmax", "The largest element that is not NaN.") { a, axes, keep throws(TensorError) in
      try extreme(a, .max, axes, keepdims: keep)
    },
    builtin("nanmin", "The smallest element that is not NaN.") { a, axes, keep throws(TensorError) in
      try extreme(a, .min, axes, keepdims: keep)
    },
    Builtin(
      "nanargmax", [Parameter("a"), Parameter("axis", .optional(.none))], "The index of the largest non-NaN element."
    ) { c throws(TesselError) in
      let (a, axes) = (try c.tensor("a"), try c.axes())
      return TensorValues.value(try c.lift { () throws(TensorError) in try position(a, .argmax, axes) })
    },
    Builtin(
      "nanargmin", [Parameter("a"), Parameter("axis", .optional(.none))], "The index of the smallest non-NaN element."
    ) { c throws(TesselError) in
      let (a, axes) = (try c.tensor("a"), try c.axes())
      return TensorValues.value(try c.lift { () throws(TensorError) in try position(a, .argmin, axes) })
    },
    spread("nanvar", squareRoot: false),
    spread("nanstd", squareRoot: true),
    Builtin(
      "nanmedian", [Parameter("a")] + axisParameters, "The median of the elements that are not NaN.",
      details: "Example: nanmedian([1, nan, 3])  →  2"
    ) { c throws(TesselError) in
      let a = try c.tensor("a")
      let (axis, keep) = (try c.optionalAxis(), try c.bool("keepdims"))
      return TensorValues.value(
        try c.lift { () throws(TensorError) in
          try ReduceBuiltins.median(a, axis: axis, keepdims: keep, ignoringNaN: true)
        })
    },
    quantile("nanquantile", scale: 1),
    quantile("nanpercentile", scale: 100),
    Builtin(
      "average",
      [Parameter("a"), Parameter("axis", .optional(.none)), Parameter("weights", .optional(.none))]
        + [Parameter("returned", .optional(.bool(false))), Parameter("keepdims", .optional(.bool(false)))],
      "The weighted mean Σ a·w / Σ w (the plain mean without weights).",
      details:
        "weights has a's shape, or is 1-d along the one axis given.\nExample: average([1, 2, 3], weights=[3, 1, 0])"
    ) { c throws(TesselError) in
      let a = try c.tensor("a")
      let (axes, keep) = (try c.axes(), try c.bool("keepdims"))
      let weights = c.isGiven("weights") ? try c.tensor("weights") : nil
      let (average, total) = try c.lift { () throws(TensorError) in try weightedMean(a, weights, axes, keepdims: keep) }
      return try c.bool("returned")
        ? .tuple([TensorValues.value(average), TensorValues.value(total)]) : TensorValues.value(average)
    },
  ]

  /// NumPy's `average`: with weights, `sum(a·w) / sum(w)` along the axes; otherwise the mean and the count.
  static func weightedMean(_ a: Tensor, _ weights: Tensor?, _ axes: Axes, keepdims: Bool) throws(TensorError) -> (
    Tensor, Tensor
  ) {
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
