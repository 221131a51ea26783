import Foundation
import StatisticsModule
import TensorModule

/// `scipy.stats`' descriptive statistics: `skew`, `kurtosis`, `moment`, `describe`, `variation`, `gmean`, `hmean`,
/// `mode`, `iqr`, `median_abs_deviation` and `rankdata`, along any axis, with SciPy's result types.
enum StatsDescriptive {
  static let describeResult = ResultType(
    "DescribeResult", ["nobs", "minmax", "mean", "variance", "skewness", "kurtosis"], tupleCount: 6)
  static let modeResult = ResultType("ModeResult", ["mode", "count"], tupleCount: 2)

  /// The data of a one-sample statistic and the axis it runs along (`axis=None` flattens), with `nan_policy`
  /// applied: 'omit' drops NaNs from a 1-d sample.
  static func data(_ rt: Runtime, _ v: Value?, axis: Value?, defaultAxis: Int? = 0, nanPolicy: Value?)
    throws(PyError) -> (t: Tensor, axis: Int)
  {
    let a = try rt.array(v ?? .none)
    var t = a.tensor
    t.dtype = .float64
    var k: Int
    if let axis, !axis.isNone {
      k = try rt.index(axis)
    } else if axis == nil, let defaultAxis {
      k = defaultAxis
    } else {
      t = t.reshaped([t.count])
      k = 0
    }
    if t.ndim == 0 {
      t = t.reshaped([1])
      k = 0
    }
    k = try NumPyFunctions.lift { () throws(TensorError) in try t.normalize([k])[0] }
    let policy = try nanPolicy.map { (p) throws(PyError) in try rt.string(p, "nan_policy") } ?? "propagate"
    switch policy {
    case "propagate": break
    case "raise":
      if t.data.contains(where: \.isNaN) { throw PyError("ValueError", "The input contains nan values") }
    case "omit":
      if t.data.contains(where: \.isNaN) {
        guard t.ndim == 1 else {
          throw PyError("NotImplementedError", "nan_policy='omit' on more than one dimension is not in Tessel yet")
        }
        t = Tensor(t.data.filter { !$0.isNaN })
      }
    default:
      throw PyError("ValueError", "nan_policy must be one of {'propagate', 'raise', 'omit'}.")
    }
    return (t, k)
  }

  /// A reduced result: `np.float64` when it has no dimensions left, an array otherwise.
  static func result(_ t: Tensor) -> Value {
    t.ndim == 0 ? .f64(t.data.first ?? .nan) : .object(NDArray.from(t))
  }

  /// The lanes along axis `k`, in the row-major order of the other axes.
  static func lanes(_ t: Tensor, _ k: Int) -> [[Double]] {
    let n = t.shape[k]
    let inner = t.shape[(k + 1)...].reduce(1, *)
    let outer = t.shape[..<k].reduce(1, *)
    var out: [[Double]] = []
    out.reserveCapacity(outer * inner)
    for o in 0..<outer {
      for i in 0..<inner { out.append((0..<n).map { t.data[(o * n + $0) * inner + i] }) }
    }
    return out
  }

  /// A statistic of each lane along axis `k`, shaped as the array without that axis.
  static func perLane(_ t: Tensor, _ k: Int, _ body: ([Double]) throws(PyError) -> Double) throws(PyError) -> Value {
    var shape = t.shape
    shape.remove(at: k)
    var values: [Double] = []
    for lane in lanes(t, k) { values.append(try body(lane)) }
    return result(Tensor(shape: shape, data: values))
  }

  /// How `np.partition` treats the input's dtype (its NaN check is for floats only).
  static func trimElement(_ rt: Runtime, _ v: Value?) throws(PyError) -> Tensor.SortElement {
    let dtype = try rt.array(v ?? .none).dtype
    return dtype == .float64 ? .float : (dtype == .bool ? .bool : .integer)
  }

  /// SciPy's cuts for `trim_mean`/`trimboth`: `int(proportion · n)` from each end.
  static func trimCuts(_ n: Int, _ proportion: Double, allowEmpty: Bool) throws(PyError) -> (Int, Int) {
    let cut = proportion * Double(n)
    guard cut.isFinite, Swift.abs(cut) < 9e18 else { throw PyError("ValueError", "Proportion too big.") }
    let low = Int(cut)
    let high = n - low
    if low > high || (!allowEmpty && low == high) { throw PyError("ValueError", "Proportion too big.") }
    return (low, high)
  }

  /// The middle `[low, high)` of a lane after `np.partition(lane, (low, high - 1))`, in NumPy's order.
  static func trimmedMiddle(_ lane: [Double], _ low: Int, _ high: Int, _ element: Tensor.SortElement) -> ArraySlice<
    Double
  > {
    guard high > low else { return [] }
    let parted = Tensor.partitionLane(lane, kths: [low, high - 1].sorted(), element: element, indices: false)
    return parted[low..<high]
  }

  static func flag(_ rt: Runtime, _ v: Value?, _ otherwise: Bool) throws(PyError) -> Bool {
    try v.map { (x) throws(PyError) in try rt.truthy(x) } ?? otherwise
  }

  /// SciPy's `quantile(..., method='linear')` of a sorted lane, which is not NumPy's formula.
  ///
  /// j = ⌊pn + 1 − p⌋ − 1 and g its fraction, then (1 − g)·y[j] + g·y[j + 1], clipped to the ends; the digits
  /// can differ from `np.percentile`'s in the last place.
  static func linearQuantile(sorted y: [Double], _ p: Double) -> Double {
    let n = Double(y.count)
    let jg = p * n + (1 - p)
    let next = jg.rounded(.down)
    var g = jg - next
    var j = next - 1
    if j < 0 { g = 0 }
    j = Swift.min(Swift.max(j, 0), n - 1)
    let after = Swift.min(Swift.max(next, 0), n - 1)
    return (1 - g) * y[Int(j)] + g * y[Int(after)]
  }

  static func sortedLane(_ lane: [Double]) throws(PyError) -> [Double] {
    try NumPyFunctions.lift { () throws(TensorError) in try Tensor.sortedValues(lane) }
  }

  static let functions: [PyBuiltin] = [
    .general("skew", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind("skew", ["a", "axis", "bias", "nan_policy"], required: 1)
      let (t, k) = try data(rt, p[0], axis: p[1], nanPolicy: p[3])
      let bias = try flag(rt, p[2], true)
      return result(try NumPyFunctions.lift { () throws(TensorError) in try Moments.skewness(t, axis: k, bias: bias) })
    },
    .general("kurtosis", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind("kurtosis", ["a", "axis", "fisher", "bias", "nan_policy"], required: 1)
      let (t, k) = try data(rt, p[0], axis: p[1], nanPolicy: p[4])
      let (fisher, bias) = (try flag(rt, p[2], true), try flag(rt, p[3], true))
      return result(
        try NumPyFunctions.lift { () throws(TensorError) in
          try Moments.kurtosis(t, axis: k, fisher: fisher, bias: bias)
        })
    },
    .general("moment", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind("moment", ["a", "order", "axis", "nan_policy"], required: 1, keywordOnly: ["center"])
      let (t, k) = try data(rt, p[0], axis: p[2], nanPolicy: p[3])
      let order = try p[1].map { (v) throws(PyError) in try rt.index(v) } ?? 1
      let center = try p[4].flatMap { (v) throws(PyError) -> Tensor? in v.isNone ? nil : try rt.array(v).tensor }
      return result(
        try NumPyFunctions.lift { () throws(TensorError) in
          try Moments.moment(t, order: order, axis: k, center: center)
        })
    },
    .general("describe", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind("describe", ["a", "axis", "ddof", "bias", "nan_policy"], required: 1)
      let (t, k) = try data(rt, p[0], axis: p[1], nanPolicy: p[4])
      guard t.count > 0 else { throw PyError("ValueError", "The input must not be empty.") }
      if t.count != (try rt.array(p[0] ?? .none)).count {
        throw PyError(
          "NotImplementedError",
          "describe(nan_policy='omit') of data with NaNs gives masked arrays in SciPy; they are not in Tessel yet")
      }
      let ddof = try p[2].map { (v) throws(PyError) in try rt.double(v) } ?? 1
      let bias = try flag(rt, p[3], true)
      // The extremes keep the input's dtype, as NumPy's min and max do.
      var source = try rt.array(p[0] ?? .none)
      if source.ndim == 0 || (p[1]?.isNone ?? false) {
        source = NDArray.from(t).astype(source.dtype == .bool ? .bool : source.dtype)
      }
      let along: [Value] = [.object(source), .int(k)]
      let (low, high) = (
        try ArrayMethods.reduce(rt, Arguments(along), .min), try ArrayMethods.reduce(rt, Arguments(along), .max)
      )
      let stats = try NumPyFunctions.lift { () throws(TensorError) in
        (
          try t.reduce(.mean, axes: .some([k])), try Moments.variance(t, axis: k, ddof: ddof),
          try Moments.skewness(t, axis: k, bias: bias), try Moments.kurtosis(t, axis: k, fisher: true, bias: bias)
        )
      }
      return describeResult.make([
        .i64(t.shape[k]), .tuple([low, high]), result(stats.0), result(stats.1), result(stats.2), result(stats.3),
      ])
    },
    .general("variation", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind("variation", ["a", "axis", "nan_policy", "ddof"], required: 1)
      let (t, k) = try data(rt, p[0], axis: p[1], nanPolicy: p[2])
      let ddof = try p[3].map { (v) throws(PyError) in try rt.double(v) } ?? 0
      let (mean, variance) = try NumPyFunctions.lift { () throws(TensorError) in
        (try t.reduce(.mean, axes: .some([k])), try t.variance(axes: .some([k]), ddof: ddof))
      }
      let n = Double(t.shape[k])
      return result(
        Tensor(shape: mean.shape) { out in
          for i in 0..<out.count {
            let (m, s) = (mean.data[i], variance.data[i].squareRoot())
            out[i] = ddof == n ? (m == 0 ? .nan : .infinity * (m < 0 ? -1 : 1)) : s / m
          }
        })
    },
    .general("gmean", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind("gmean", ["a", "axis", "dtype", "weights"], required: 1)
      try NumPyFunctions.unsupported("gmean", ["dtype"], [p[2]])
      return try weightedMean(rt, p[0], axis: p[1], weights: p[3], into: .log, outOf: { exp($0) })
    },
    .general("hmean", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind("hmean", ["a", "axis", "dtype"], required: 1, keywordOnly: ["weights"])
      try NumPyFunctions.unsupported("hmean", ["dtype"], [p[2]])
      return try weightedMean(rt, p[0], axis: p[1], weights: p[3], into: .reciprocal, outOf: { 1.0 / $0 })
    },
    .general("mode", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind("mode", ["a", "axis", "nan_policy", "keepdims"], required: 1)
      if try flag(rt, p[3], false) { throw PyError("NotImplementedError", "mode(keepdims=True) is not in Tessel yet") }
      let source = try rt.array(p[0] ?? .none)
      let (t, k) = try data(rt, p[0], axis: p[1], nanPolicy: p[2])
      var modes: [Double] = []
      var counts: [Int] = []
      for lane in lanes(t, k) {
        let (value, count) = try mode(lane)
        modes.append(value)
        counts.append(count)
      }
      var shape = t.shape
      shape.remove(at: k)
      if t.count == 0 {
        return modeResult.make([.f64(.nan), .f64(0)])
      }
      let modeArray = NDArray(doubles: modes, shape: shape).astype(source.dtype)
      return modeResult.make([
        ArrayArithmetic.wrap(modeArray), ArrayArithmetic.wrap(NDArray(ints: counts, shape: shape)),
      ])
    },
    .general("trim_mean", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind(
        "trim_mean", ["a", "proportiontocut", "axis"], required: 2, keywordOnly: ["nan_policy", "keepdims"])
      let element = try trimElement(rt, p[0])
      let (t, k) = try data(rt, p[0], axis: p[2], defaultAxis: 0, nanPolicy: p[3])
      let proportion = try rt.double(p[1] ?? .none)
      var shape = t.shape
      if try flag(rt, p[4], false) { shape[k] = 1 } else { shape.remove(at: k) }
      if t.count == 0 {
        return result(Tensor(shape: shape, data: [Double](repeating: .nan, count: shape.reduce(1, *))))
      }
      var means: [Double] = []
      for lane in lanes(t, k) {
        // SciPy's nan_policy='propagate' gives NaN for a lane with one.
        if lane.contains(where: \.isNaN) {
          means.append(.nan)
          continue
        }
        let (low, high) = try trimCuts(lane.count, proportion, allowEmpty: true)
        // SciPy takes the middle of np.partition at both cuts, in the order it leaves, then np.mean.
        let middle = Array(trimmedMiddle(lane, low, high, element))
        // An empty middle is NumPy's mean of an empty slice: NaN.
        means.append(Tensor.pairwiseSum(middle) / Double(middle.count))
      }
      return result(Tensor(shape: shape, data: means))
    },
    .general("trimboth", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind("trimboth", ["a", "proportiontocut", "axis"], required: 2)
      let source = try rt.array(p[0] ?? .none)
      let element = try trimElement(rt, p[0])
      let (t, k) = try data(rt, p[0], axis: p[2], defaultAxis: 0, nanPolicy: nil)
      let proportion = try rt.double(p[1] ?? .none)
      if t.count == 0 { return .object(source) }
      let n = t.shape[k]
      let (low, high) = try trimCuts(n, proportion, allowEmpty: false)
      let kept = lanes(t, k).map { trimmedMiddle($0, low, high, element) }
      var shape = t.shape
      shape[k] = high - low
      let inner = t.shape[(k + 1)...].reduce(1, *)
      var out = [Double](repeating: 0, count: shape.reduce(1, *))
      for (l, lane) in kept.enumerated() {
        let (o, i) = (l / inner, l % inner)
        for (j, x) in lane.enumerated() { out[(o * (high - low) + j) * inner + i] = x }
      }
      return try NumPyFunctions.like(source, Tensor(shape: shape, data: out))
    },
    .general("iqr", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind(
        "iqr", ["x", "axis", "rng", "scale", "nan_policy", "interpolation", "keepdims"], required: 1)
      try NumPyFunctions.unsupported("iqr", ["keepdims"], [p[6]])
      if let m = p[5], !m.isNone, try rt.string(m, "interpolation") != "linear" {
        throw PyError("NotImplementedError", "iqr(interpolation=...) other than 'linear' is not in Tessel yet")
      }
      let (t, k) = try data(rt, p[0], axis: p[1], defaultAxis: nil, nanPolicy: p[4])
      var range = (25.0, 75.0)
      if let r = p[2], !r.isNone {
        let ends = try rt.collect(r)
        guard ends.count == 2 else { throw PyError("TypeError", "`rng` must be a two element sequence.") }
        let (a, b) = (try rt.double(ends[0]), try rt.double(ends[1]))
        if a.isNaN || b.isNaN { throw PyError("ValueError", "`rng` must not contain NaNs.") }
        range = a < b ? (a / 100, b / 100) : (b / 100, a / 100)
        guard range.0 >= 0 && range.1 <= 1 else {
          throw PyError("ValueError", "Elements of `rng` must be in the range [0, 100].")
        }
      } else {
        range = (0.25, 0.75)
      }
      var scale = 1.0
      if let s = p[3], !s.isNone {
        if rt.isString(s) {
          guard try rt.string(s, "scale").lowercased() == "normal" else {
            throw PyError("ValueError", "\(try rt.string(s, "scale")) not a valid scale for `iqr`")
          }
          // SciPy's erfinv(0.5) · 2 · √2, the normal distribution's IQR.
          scale = 0.4769362762044699 * 2.0 * 2.0.squareRoot()
        } else {
          scale = try rt.double(s)
        }
      }
      return try perLane(t, k) { (lane) throws(PyError) in
        if lane.isEmpty || lane.contains(where: \.isNaN) { return .nan }
        let y = try sortedLane(lane)
        let out = linearQuantile(sorted: y, range.1) - linearQuantile(sorted: y, range.0)
        return scale != 1.0 ? out / scale : out
      }
    },
    .general("median_abs_deviation", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind("median_abs_deviation", ["x", "axis", "center", "scale", "nan_policy"], required: 1)
      try NumPyFunctions.unsupported("median_abs_deviation", ["center"], [p[2]])
      let (t, k) = try data(rt, p[0], axis: p[1], nanPolicy: p[4])
      var scale = 1.0
      if let s = p[3], !s.isNone {
        if rt.isString(s) {
          guard try rt.string(s, "scale").lowercased() == "normal" else {
            throw PyError("ValueError", "\(try rt.string(s, "scale")) is not a valid scale value.")
          }
          scale = 0.6744897501960817
        } else {
          scale = try rt.double(s)
        }
      }
      return try perLane(t, k) { (lane) throws(PyError) in
        if lane.isEmpty || lane.contains(where: \.isNaN) { return .nan }
        let center = try median(lane)
        return try median(lane.map { Swift.abs($0 - center) }) / scale
      }
    },
    .general("rankdata", "scipy.stats") { (rt, a) throws(PyError) in
      let p = try a.bind("rankdata", ["a", "method"], required: 1, keywordOnly: ["axis", "nan_policy"])
      let name = try p[1].map { (v) throws(PyError) in try rt.string(v, "method") } ?? "average"
      guard let method = Ranking(rawValue: name) else {
        throw PyError("ValueError", "unknown method \"\(name)\"")
      }
      let (t, k) = try data(rt, p[0], axis: p[2], defaultAxis: nil, nanPolicy: p[3])
      var out = [Double](repeating: 0, count: t.count)
      let inner = t.shape[(k + 1)...].reduce(1, *)
      let n = t.shape.isEmpty ? 0 : t.shape[k]
      for (l, lane) in lanes(t, k).enumerated() {
        let ranks = lane.contains(where: \.isNaN) ? [Double](repeating: .nan, count: n) : method.ranks(lane)
        let (o, i) = (l / inner, l % inner)
        for (j, r) in ranks.enumerated() { out[(o * n + j) * inner + i] = r }
      }
      let array = NDArray(doubles: out, shape: t.shape)
      let integral = method != .average && !out.contains(where: \.isNaN)
      return .object(integral ? array.astype(.int64) : array)
    },
  ]

  /// gmean and hmean: the mean of `into(x)` (weighted by `weights`, Σwᵢyᵢ/Σwᵢ), mapped back by `outOf`.
  static func weightedMean(
    _ rt: Runtime, _ v: Value?, axis: Value?, weights: Value?, into: UnaryFunction, outOf: (Double) -> Double
  ) throws(PyError) -> Value {
    let (t, k) = try data(rt, v, axis: axis, nanPolicy: nil)
    let y = try NumPyFunctions.lift { () throws(TensorError) in try t.apply(into) }
    let w = try weights.flatMap { (v) throws(PyError) -> Tensor? in v.isNone ? nil : try rt.array(v).tensor }
    let mean = try NumPyFunctions.lift { () throws(TensorError) -> Tensor in
      guard let w else { return try y.reduce(.mean, axes: .some([k])) }
      let norm = try w.reduce(.sum, axes: .some([k]))
      let total = try Tensor.combine(y, w, .multiply).reduce(.sum, axes: .some([k]))
      return try Tensor.combine(total, norm, .divide)
    }
    return result(mean.map(outOf))
  }

  /// The most frequent value of a lane (the smallest of equally frequent ones; NaNs count as one value) and
  /// how often it occurs.
  static func mode(_ lane: [Double]) throws(PyError) -> (Double, Int) {
    let y = try sortedLane(lane)
    var best = (value: Double.nan, count: 0)
    var i = 0
    while i < y.count {
      var j = i + 1
      while j < y.count && (y[j] == y[i] || (y[j].isNaN && y[i].isNaN)) { j += 1 }
      if j - i > best.count { best = (y[i], j - i) }
      i = j
    }
    return best
  }

  static func median(_ lane: [Double]) throws(PyError) -> Double {
    try NumPyFunctions.lift { () throws(TensorError) in
      try NanReductions.median(Tensor(lane), axis: Int?.none, keepdims: false).data[0]
    }
  }
}
