import TensorModule

/// NumPy's NaN-ignoring reductions (`nansum nanmean nanvar nanstd nanmin nanmax nanargmin nanargmax
/// nanmedian nanquantile nanpercentile`) and the weighted `average`, computed as NumPy computes them so the
/// results agree to the last bit.
enum NanReduceBuiltins {
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
      let v = try c.lift { () throws(TensorError) in try NanReductions.variance(a, axes, ddof: ddof, keepdims: keep) }
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
      a, axes, keep throws(TensorError) in try NanReductions.sum(a, axes, keepdims: keep)
    },
    builtin("nanprod", "The product of the elements that are not NaN (1 if there are none).") {
      a, axes, keep throws(TensorError) in try NanReductions.product(a, axes, keepdims: keep)
    },
    builtin("nanmean", "The mean of the elements that are not NaN (NaN if there are none).") {
      a, axes, keep throws(TensorError) in try NanReductions.mean(a, axes, keepdims: keep)
    },
    builtin("nanmax", "The largest element that is not NaN.") { a, axes, keep throws(TensorError) in
      try NanReductions.extreme(a, .max, axes, keepdims: keep)
    },
    builtin("nanmin", "The smallest element that is not NaN.") { a, axes, keep throws(TensorError) in
      try NanReductions.extreme(a, .min, axes, keepdims: keep)
    },
    Builtin(
      "nanargmax", [Parameter("a"), Parameter("axis", .optional(.none))], "The index of the largest non-NaN element."
    ) { c throws(TesselError) in
      let (a, axes) = (try c.tensor("a"), try c.axes())
      return TensorValues.value(try c.lift { () throws(TensorError) in try NanReductions.position(a, .argmax, axes) })
    },
    Builtin(
      "nanargmin", [Parameter("a"), Parameter("axis", .optional(.none))], "The index of the smallest non-NaN element."
    ) { c throws(TesselError) in
      let (a, axes) = (try c.tensor("a"), try c.axes())
      return TensorValues.value(try c.lift { () throws(TensorError) in try NanReductions.position(a, .argmin, axes) })
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
          try NanReductions.median(a, axis: axis, keepdims: keep, ignoringNaN: true)
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
      let (average, total) = try c.lift { () throws(TensorError) in
        try NanReductions.weightedMean(a, weights, axes, keepdims: keep)
      }
      return try c.bool("returned")
        ? .tuple([TensorValues.value(average), TensorValues.value(total)]) : TensorValues.value(average)
    },
  ]
}
