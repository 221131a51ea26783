import Foundation
import TensorModule

/// Reductions and order statistics, NumPy's defaults (`ddof=0`, linear quantiles), with Python's `sum`, `min`,
/// `max`, `all`, `any` and `sorted` on plain sequences and numbers.
enum ReduceBuiltins {
  static let axisParameters = [Parameter("axis", .optional(.none)), Parameter("keepdims", .optional(.bool(false)))]

  /// A reduction builtin: over all elements it gives a number.
  static func reduction(_ name: String, _ r: Reduction, _ summary: String, _ details: String) -> Builtin {
    Builtin(name, [Parameter("a")] + axisParameters, summary, details: details) { c throws(TesselError) in
      let a = try c.tensor("a")
      let (axes, keep) = (try c.axes(), try c.bool("keepdims"))
      return TensorValues.value(try c.lift { () throws(TensorError) in try a.reduce(r, axes: axes, keepdims: keep) })
    }
  }

  /// `max(x)`, `max(x, axis=0)`, and Python's `max(a, b, c)` of numbers.
  static func extreme(_ name: String, _ r: Reduction) -> Builtin {
    Builtin(
      name, [Parameter("a"), Parameter("args", .variadic)] + axisParameters,
      "The \(name == "max" ? "largest" : "smallest") element (nan if any is nan), along an axis if given; of several numbers, the \(name == "max" ? "largest" : "smallest").",
      details: "Example: \(name)([3, 1, 2]), \(name)(A, axis=0), \(name)(a, b)"
    ) { c throws(TesselError) in
      guard case .tuple(let rest) = c.value("args") else { return .none }
      let a = c.value("a")
      let items = a.isTensor ? nil : try Operators.elements(of: a)
      if !rest.isEmpty && (a.isTensor || items != nil) && rest.count == 1 && !c.isGiven("axis") {
        let t = try c.tensor("a")
        guard let d = rest[0].numeric, let axis = Operators.exactInt(d) else {
          throw c.bad("args", expected: "an axis", got: rest[0].typeName)
        }
        return TensorValues.value(try c.lift { () throws(TensorError) in try t.reduce(r, axes: .some([axis])) })
      }
      if !rest.isEmpty || (items.map { $0.contains { $0.numeric == nil } } ?? false) {
        let items = rest.isEmpty ? items ?? [] : [a] + rest
        guard var best = items.first else { throw TesselError("ValueError", "\(name)() arg is an empty sequence") }
        for x in items.dropFirst() {
          guard let o = try Operators.order(x, best) else {
            throw TesselError.type("'<' not supported between instances of '\(x.typeName)' and '\(best.typeName)'")
          }
          if (r == .max && o == .greater) || (r == .min && o == .less) { best = x }
        }
        return best
      }
      let t = try c.tensor("a")
      let (axes, keep) = (try c.axes(), try c.bool("keepdims"))
      return TensorValues.value(try c.lift { () throws(TensorError) in try t.reduce(r, axes: axes, keepdims: keep) })
    }
  }

  static func spread(_ name: String, squareRoot: Bool) -> Builtin {
    Builtin(
      name,
      [
        Parameter("a"), Parameter("axis", .optional(.none)), Parameter("ddof", .optional(.number(0))),
        Parameter("keepdims", .optional(.bool(false))),
      ],
      squareRoot
        ? "Standard deviation, √(Σ(x - mean)² / (n - ddof)); ddof=0 as NumPy (use ddof=1 for the sample estimate)."
        : "Variance, Σ(x - mean)² / (n - ddof); ddof=0 as NumPy (use ddof=1 for the sample estimate).",
      details: "Example: \(name)([1, 2, 3, 4], ddof=1)"
    ) { c throws(TesselError) in
      let a = try c.tensor("a")
      let (axes, keep, ddof) = (try c.axes(), try c.bool("keepdims"), try c.number("ddof"))
      let v = try c.lift { () throws(TensorError) in try a.variance(axes: axes, ddof: ddof, keepdims: keep) }
      return TensorValues.value(squareRoot ? try c.lift { () throws(TensorError) in try v.apply(.sqrt) } : v)
    }
  }

  static let all: [Builtin] = [
    Builtin(
      "sum", [Parameter("a")] + axisParameters,
      "The sum of the elements (along an axis if given); NumPy's pairwise summation.",
      details: "Example: sum([1, 2, 3])  →  6, sum(A, axis=0)"
    ) { c throws(TesselError) in
      let a = c.value("a")
      if case .list(let items) = a, items.contains(where: { $0.numeric == nil }) {
        var total = Value.number(0)
        for x in items { total = try Operators.binary("+", total, x, c.range) }
        return total
      }
      let t = try c.tensor("a")
      let (axes, keep) = (try c.axes(), try c.bool("keepdims"))
      return TensorValues.value(try c.lift { () throws(TensorError) in try t.reduce(.sum, axes: axes, keepdims: keep) })
    },
    reduction("mean", .mean, "The arithmetic mean, Σx / n (along an axis if given).", "Example: mean((y - yhat) ** 2)"),
    reduction("prod", .prod, "The product of the elements.", "Example: prod([1, 2, 3, 4])  →  24"),
    reduction(
      "argmin", .argmin,
      "The index of the smallest element (first if tied), of the flattened tensor unless axis is given.",
      "Example: argmin([3, 1, 2])  →  1"),
    reduction(
      "argmax", .argmax,
      "The index of the largest element (first if tied), of the flattened tensor unless axis is given.",
      "Example: argmax(scores, axis=1)"),
    reduction("all", .all, "Whether every element is true (non-zero).", "Example: all(x > 0)"),
    reduction("any", .any, "Whether some element is true (non-zero).", "Example: any(isnan(x))"),
    extreme("max", .max),
    extreme("min", .min),
    spread("var", squareRoot: false),
    spread("std", squareRoot: true),
    Builtin(
      "ptp", [Parameter("a")] + axisParameters, "Peak to peak: max - min."
    ) { c throws(TesselError) in
      let a = try c.tensor("a")
      let (axes, keep) = (try c.axes(), try c.bool("keepdims"))
      return TensorValues.value(
        try c.lift { () throws(TensorError) in
          try Tensor.combine(
            try a.reduce(.max, axes: axes, keepdims: keep), try a.reduce(.min, axes: axes, keepdims: keep), .subtract)
        })
    },
    Builtin(
      "median", [Parameter("a")] + axisParameters,
      "The middle value; the mean of the two middle ones for an even count (NumPy's median).",
      details: "Example: median([3, 1, 4, 1])  →  2"
    ) { c throws(TesselError) in
      let a = try c.tensor("a")
      let (axis, keep) = (try c.optionalAxis(), try c.bool("keepdims"))
      return TensorValues.value(
        try c.lift { () throws(TensorError) in try NanReductions.median(a, axis: axis, keepdims: keep) })
    },
    Builtin(
      "quantile", [Parameter("a"), Parameter("q")] + axisParameters,
      "The q-th quantile(s), q in [0, 1], by linear interpolation between order statistics (NumPy's default method).",
      details:
        "With sorted x of length n: i = q·(n-1); x[⌊i⌋] + (i - ⌊i⌋)·(x[⌊i⌋+1] - x[⌊i⌋]).\nExample: quantile(x, [0.25, 0.5, 0.75])"
    ) { c throws(TesselError) in
      let (a, q) = (try c.tensor("a"), try c.tensor("q"))
      let (axis, keep) = (try c.optionalAxis(), try c.bool("keepdims"))
      return TensorValues.value(try c.lift { () throws(TensorError) in try a.quantile(q, axis: axis, keepdims: keep) })
    },
    Builtin(
      "percentile", [Parameter("a"), Parameter("q")] + axisParameters,
      "The q-th percentile(s), q in [0, 100]: quantile(a, q / 100).", details: "Example: percentile(x, 95)"
    ) { c throws(TesselError) in
      let (a, q) = (try c.tensor("a"), try c.tensor("q"))
      for v in q.data where !(v >= 0 && v <= 100) {
        throw TesselError("ValueError", "Percentiles must be in the range [0, 100]")
      }
      let (axis, keep) = (try c.optionalAxis(), try c.bool("keepdims"))
      return TensorValues.value(
        try c.lift { () throws(TensorError) in try a.quantile(q.map { $0 / 100 }, axis: axis, keepdims: keep) })
    },
    Builtin(
      "cumsum", [Parameter("a"), Parameter("axis", .optional(.none))],
      "Running sums (of the flattened tensor unless axis is given).",
      details: "Example: cumsum([1, 2, 3])  →  array([1., 3., 6.])"
    ) { c throws(TesselError) in
      let (a, axis) = (try c.tensor("a"), try c.optionalAxis())
      return .tensor(try c.lift { () throws(TensorError) in try a.accumulate(product: false, axis: axis) })
    },
    Builtin(
      "cumprod", [Parameter("a"), Parameter("axis", .optional(.none))], "Running products."
    ) { c throws(TesselError) in
      let (a, axis) = (try c.tensor("a"), try c.optionalAxis())
      return .tensor(try c.lift { () throws(TensorError) in try a.accumulate(product: true, axis: axis) })
    },
    Builtin(
      "sort", [Parameter("a"), Parameter("axis", .optional(.number(-1)))],
      "A sorted copy, along the last axis by default (nan last). A radix sort on the float bits.",
      details: "Example: sort([3, 1, 2])  →  array([1., 2., 3.])"
    ) { c throws(TesselError) in
      let a = try c.tensor("a")
      if case .none = c.value("axis") {
        let sorted = try c.lift { () throws(TensorError) in try Tensor.sortedValues(a.data) }
        return .tensor(Tensor(shape: [a.count], data: sorted, dtype: a.dtype))
      }
      let axis = try c.integer("axis")
      return .tensor(try c.lift { () throws(TensorError) in try a.sorted(axis: axis) })
    },
    Builtin(
      "argsort", [Parameter("a"), Parameter("axis", .optional(.number(-1)))],
      "The indices that would sort the tensor (stable: ties keep their order).",
      details: "Example: argsort([3, 1, 2])  →  array([1., 2., 0.])"
    ) { c throws(TesselError) in
      let a = try c.tensor("a")
      let axis = try c.integer("axis")
      return .tensor(try c.lift { () throws(TensorError) in try a.argsorted(axis: axis) })
    },
    Builtin(
      "sorted",
      [Parameter("iterable"), Parameter("key", .optional(.none)), Parameter("reverse", .optional(.bool(false)))],
      "A sorted list of the items (Python's sorted: stable, optional key function).",
      details: "Example: sorted(['b', 'a'])  →  ['a', 'b']"
    ) { c throws(TesselError) in
      .list(
        try ListMethods.sorted(
          try c.items("iterable"), key: c.value("key"), reverse: try c.bool("reverse"), c.runtime, c.range))
    },
    Builtin(
      "unique", [Parameter("ar"), Parameter("return_counts", .optional(.bool(false)))],
      "The sorted distinct values (with their counts if return_counts=True).",
      details: "Example: unique([2, 1, 2])  →  array([1., 2.])"
    ) { c throws(TesselError) in
      let ar = try c.tensor("ar")
      let (values, counts) = try c.lift { () throws(TensorError) in try ar.unique() }
      if try c.bool("return_counts") { return .tuple([.tensor(values), .tensor(Tensor(counts.map(Double.init)))]) }
      return .tensor(values)
    },
    Builtin(
      "count_nonzero", [Parameter("a"), Parameter("axis", .optional(.none))], "The number of non-zero (true) elements."
    ) { c throws(TesselError) in
      let a = try c.tensor("a").test { $0 != 0 }
      let axes = try c.axes()
      return TensorValues.value(try c.lift { () throws(TensorError) in try a.reduce(.sum, axes: axes) })
    },
    Builtin(
      "bincount",
      [Parameter("x"), Parameter("weights", .optional(.none)), Parameter("minlength", .optional(.number(0)))],
      "Counts of each non-negative integer value (weighted sums if weights are given).",
      details: "Example: bincount([0, 1, 1, 3])  →  array([1., 2., 0., 1.])"
    ) { c throws(TesselError) in
      let x = try c.tensor("x", ndim: 1)
      let weights = c.isGiven("weights") ? try c.tensor("weights", ndim: 1) : nil
      if let weights, weights.count != x.count {
        throw TesselError("ValueError", "The weights and list don't have the same length.")
      }
      var counts = [Double](repeating: 0, count: try c.reserve([max(0, try c.integer("minlength"))]))
      for (i, v) in x.data.enumerated() {
        guard let k = Int(exactly: v), k >= 0 else {
          throw c.bad("x", expected: "non-negative integers", got: Repr.number(v), kind: "ValueError")
        }
        if k >= counts.count {
          try c.reserve([k + 1])
          counts += [Double](repeating: 0, count: k + 1 - counts.count)
        }
        counts[k] += weights?.data[i] ?? 1
      }
      return .tensor(Tensor(counts))
    },
    Builtin(
      "histogram",
      [
        Parameter("a"), Parameter("bins", .optional(.number(10))), Parameter("range", .optional(.none)),
        Parameter("density", .optional(.bool(false))),
      ],
      "Counts in equal-width bins over [min, max] (the last bin includes its right edge); returns (hist, bin_edges).",
      details: "Example: hist, edges = histogram(x, bins=20)"
    ) { c throws(TesselError) in
      let a = try c.tensor("a")
      let bins = try c.integer("bins")
      guard bins >= 1 else { throw c.bad("bins", expected: "a positive integer", got: "\(bins)", kind: "ValueError") }
      try c.reserve([bins + 1])
      var lo = a.data.min() ?? 0
      var hi = a.data.max() ?? 1
      if case .tuple(let r) = c.value("range"), r.count == 2, let x = r[0].numeric, let y = r[1].numeric {
        (lo, hi) = (x, y)
      }
      if lo == hi { (lo, hi) = (lo - 0.5, hi + 0.5) }
      let (counts, edges) = Histogram.counts(a.data, bins: bins, lo: lo, hi: hi)
      var hist = counts
      if try c.bool("density") {
        let total = counts.reduce(0, +)
        hist = counts.indices.map { counts[$0] / total / (edges[$0 + 1] - edges[$0]) }
      }
      return .tuple([.tensor(Tensor(hist)), .tensor(Tensor(edges))])
    },
    Builtin(
      "cov",
      [
        Parameter("m"), Parameter("y", .optional(.none)), Parameter("rowvar", .optional(.bool(true))),
        Parameter("ddof", .optional(.none)),
      ],
      "The covariance matrix (rows are variables unless rowvar=False); divides by n - 1 by default.",
      details: "cov[i, j] = Σ(xᵢ - x̄ᵢ)(xⱼ - x̄ⱼ) / (n - ddof).\nExample: cov(x, y)[0, 1]"
    ) { c throws(TesselError) in
      let x = try variables(c)
      let ddof = try c.optionalNumber("ddof") ?? 1
      return TensorValues.value(try c.lift { () throws(TensorError) in try Covariance.matrix(x, ddof: ddof) })
    },
    Builtin(
      "corrcoef", [Parameter("m"), Parameter("y", .optional(.none)), Parameter("rowvar", .optional(.bool(true)))],
      "Pearson correlation coefficients: cov[i, j] / √(cov[i, i]·cov[j, j]), clipped to [-1, 1].",
      details: "Example: corrcoef(x, y)[0, 1]"
    ) { c throws(TesselError) in
      let x = try variables(c)
      return TensorValues.value(try c.lift { () throws(TensorError) in try Covariance.correlation(x) })
    },
  ]
}

extension ReduceBuiltins {
  /// `cov`/`corrcoef`'s m, y and rowvar arguments as variables in rows.
  static func variables(_ c: BuiltinCall) throws(TesselError) -> Tensor {
    let m = try c.tensor("m")
    let y = c.isGiven("y") ? try c.tensor("y") : nil
    let rowvar = try c.bool("rowvar")
    return try c.lift { () throws(TensorError) in try Covariance.variables(m, y, rowvar: rowvar) }
  }
}
