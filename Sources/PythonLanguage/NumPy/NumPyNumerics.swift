import TensorModule

/// NumPy's numerical helpers over the shared tensor kernels: polynomials (`polyfit`, `polyval`, `convolve`),
/// sampled calculus (`gradient`, `trapezoid`), binning and lookup (`histogram`, `digitize`, `interp`),
/// `cov`/`corrcoef`, `nan_to_num`, and the products `vdot`, `inner`, `cross`.
enum NumPyNumerics {
  static func floats(_ rt: Runtime, _ v: Value) throws(PyError) -> Tensor { try NumPyFunctions.floats(rt, v) }

  static func lift<T>(_ body: () throws(TensorError) -> T) throws(PyError) -> T { try NumPyFunctions.lift(body) }

  static func value(_ t: Tensor) -> Value { ArrayArithmetic.wrap(NDArray.from(t)) }

  /// A 1-d argument (`bins`, `xp`): NumPy's wording when it has more axes.
  static func vector(_ rt: Runtime, _ v: Value, _ name: String) throws(PyError) -> [Double] {
    let t = try floats(rt, v)
    guard t.ndim == 1 else { throw PyError("ValueError", "\(name) must be one-dimensional") }
    return t.data
  }

  static let functions: [PyBuiltin] = [
    .general("convolve", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("convolve", ["a", "v", "mode"], required: 2)
      let (x, v) = (try floats(rt, p[0] ?? .none), try floats(rt, p[1] ?? .none))
      guard x.ndim <= 1, v.ndim <= 1 else { throw PyError("ValueError", "object too deep for desired array") }
      let mode = try p[2].map { (m) throws(PyError) in try rt.string(m, "mode") } ?? "full"
      let r = Tensor(try lift { () throws(TensorError) in try Polynomial.convolve(x.data, v.data, mode: mode) })
      return NumPyShaping.promoted([try rt.array(p[0] ?? .none), try rt.array(p[1] ?? .none)], r)
    },
    .general("correlate", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("correlate", ["a", "v", "mode"], required: 2)
      let (x, v) = (try floats(rt, p[0] ?? .none), try floats(rt, p[1] ?? .none))
      guard x.ndim <= 1, v.ndim <= 1 else { throw PyError("ValueError", "object too deep for desired array") }
      let mode = try p[2].map { (m) throws(PyError) in try rt.string(m, "mode") } ?? "valid"
      let r = Tensor(
        try lift { () throws(TensorError) in try Polynomial.correlate(x.data, v.data, mode: mode) })
      return NumPyShaping.promoted([try rt.array(p[0] ?? .none), try rt.array(p[1] ?? .none)], r)
    },
    .general("gradient", "numpy") { (rt, a) throws(PyError) in
      guard let first = a.positional.first else { throw PyError("TypeError", "gradient() missing argument 'f'") }
      let f = try floats(rt, first)
      var axis: Value = .none
      var edgeOrder = 1
      for (k, v) in a.keywords {
        switch k {
        case "axis": axis = v
        case "edge_order": edgeOrder = try rt.index(v)
        default: throw PyError("TypeError", "gradient() got an unexpected keyword argument '\(k)'")
        }
      }
      guard edgeOrder == 1 || edgeOrder == 2 else {
        throw PyError("ValueError", "'edge_order' greater than 2 not supported")
      }
      guard f.ndim > 0 else {
        throw PyError("ValueError", "Shape of array too small to calculate a numerical gradient")
      }
      var axes: [Int] = []
      if let given = try NumPyFunctions.axesArgument(axis, rt) {
        for g in given { axes.append(try lift { () throws(TensorError) in try f.normalize([g])[0] }) }
      } else {
        axes = Array(0..<f.ndim)
      }
      let given = Array(a.positional.dropFirst())
      guard given.isEmpty || given.count == 1 || given.count == axes.count else {
        throw PyError("TypeError", "invalid number of arguments")
      }
      var results: [Value] = []
      for (i, k) in axes.enumerated() {
        let spec = given.isEmpty ? Value.int(1) : given[given.count == 1 ? 0 : i]
        var spacing: Double?
        var coordinates: [Double]?
        if case .object(let o) = spec, o.tag == .ndarray || o.tag == .list || o.tag == .tuple {
          let t = try floats(rt, spec)
          guard t.ndim == 1, t.count == f.shape[k] else {
            throw PyError("ValueError", "when 1d, distances must match the length of the corresponding dimension")
          }
          (spacing, coordinates) = SampledCalculus.spacing(t.data)
        } else {
          spacing = try rt.double(spec)
        }
        let (h, xs) = (spacing, coordinates)
        results.append(
          value(
            try lift { () throws(TensorError) in
              try SampledCalculus.gradient(f, axis: k, spacing: h, coordinates: xs, edgeOrder: edgeOrder)
            }))
      }
      return results.count == 1 ? results[0] : .tuple(results)
    },
    .general("trapezoid", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("trapezoid", ["y", "x", "dx", "axis"], required: 1)
      if try rt.array(p[0] ?? .none).dtype == .bool {
        throw PyError(
          "NotImplementedError",
          "np.trapezoid of a bool array is not in Tessel yet (NumPy adds neighbouring bools as a logical or; "
            + "convert first: y.astype(float))")
      }
      let y = try floats(rt, p[0] ?? .none)
      let x = try p[1].flatMap { (v) throws(PyError) -> Tensor? in v.isNone ? nil : try floats(rt, v) }
      let dx = try p[2].map { (v) throws(PyError) in try rt.double(v) } ?? 1
      let axis = try NumPyFunctions.axisArgument(p[3], rt) ?? -1
      return value(try lift { () throws(TensorError) in try SampledCalculus.trapezoid(y, x: x, dx: dx, axis: axis) })
    },
    .general("histogram", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("histogram", ["a", "bins", "range", "density", "weights"], required: 1)
      try NumPyFunctions.unsupported("histogram", ["weights"], [p[4]])
      let values = try floats(rt, p[0] ?? .none).data
      let spec = p[1] ?? .int(10)
      if rt.isString(spec) {
        throw PyError("NotImplementedError", "histogram(bins=<a method name>) is not in Tessel yet")
      }
      if case .object(let o) = spec, o.tag == .list || o.tag == .tuple || o.tag == .ndarray {
        // Given edges: [e0, e1), …, [e(n-1), en], the last bin closed; returned as given (their dtype kept).
        let edgeArray = try rt.array(spec).copy()
        let edges = try vector(rt, spec, "bins")
        guard zip(edges, edges.dropFirst()).allSatisfy({ $0 <= $1 }) else {
          throw PyError("ValueError", "`bins` must increase monotonically, when an array")
        }
        let n = max(edges.count - 1, 0)
        var counts = [Int](repeating: 0, count: n)
        if let first = edges.first, let last = edges.last, n > 0 {
          for x in values where x >= first && x <= last {
            let i = x == last ? n - 1 : Tensor.insertionPoint(edges, x, left: false) - 1
            counts[i] += 1
          }
        }
        if try p[3].map({ (d) throws(PyError) in try rt.truthy(d) }) ?? false {
          let total = Double(counts.reduce(0, +))
          let density = counts.indices.map { Double(counts[$0]) / total / (edges[$0 + 1] - edges[$0]) }
          return .tuple([.object(NDArray(doubles: density, shape: [n])), .object(edgeArray)])
        }
        return .tuple([.object(NDArray(ints: counts, shape: [n])), .object(edgeArray)])
      }
      let bins = try rt.index(spec)
      guard bins >= 1 else { throw PyError("ValueError", "`bins` must be positive, when an integer") }
      _ = try lift { () throws(TensorError) in try MemoryBudget.reserve([bins + 1]) }
      // As `a.min()` and `a.max()`: a NaN makes both NaN.
      let hasNaN = values.contains { $0.isNaN }
      var lo = hasNaN ? .nan : values.min() ?? 0
      var hi = hasNaN ? .nan : values.max() ?? 1
      if let r = p[2], !r.isNone {
        let pair = try rt.collect(r)
        guard pair.count == 2 else { throw PyError("ValueError", "too many values to unpack (expected 2)") }
        (lo, hi) = (try rt.double(pair[0]), try rt.double(pair[1]))
        guard lo <= hi || lo.isNaN || hi.isNaN else {
          throw PyError("ValueError", "max must be larger than min in range parameter.")
        }
        guard lo.isFinite && hi.isFinite else {
          throw PyError(
            "ValueError", "supplied range of [\(try rt.str(pair[0])), \(try rt.str(pair[1]))] is not finite")
        }
      } else if !lo.isFinite || !hi.isFinite {
        throw PyError(
          "ValueError", "autodetected range of [\(try rt.repr(.float(lo))), \(try rt.repr(.float(hi)))] is not finite")
      }
      if lo == hi { (lo, hi) = (lo - 0.5, hi + 0.5) }
      let (counts, edges) = Histogram.counts(values, bins: bins, lo: lo, hi: hi)
      if try p[3].map({ (d) throws(PyError) in try rt.truthy(d) }) ?? false {
        let total = counts.reduce(0, +)
        let density = counts.indices.map { counts[$0] / total / (edges[$0 + 1] - edges[$0]) }
        return .tuple([
          .object(NDArray(doubles: density, shape: [bins])), .object(NDArray(doubles: edges, shape: [bins + 1])),
        ])
      }
      return .tuple([
        .object(NDArray(ints: counts.map { Int($0) }, shape: [bins])),
        .object(NDArray(doubles: edges, shape: [bins + 1])),
      ])
    },
    .general("histogram2d", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("histogram2d", ["x", "y", "bins", "range", "density", "weights"], required: 2)
      try NumPyFunctions.unsupported("histogram2d", ["weights"], [p[5]])
      let columns = [try floats(rt, p[0] ?? .none).data, try floats(rt, p[1] ?? .none).data]
      guard columns[0].count == columns[1].count else {
        throw PyError("ValueError", "x and y must have the same length.")
      }
      // NumPy: a spec of length 2 is one per axis; anything else (an int, a longer edge list) serves both.
      let spec = p[2] ?? .int(10)
      var specs = [spec, spec]
      if case .object(let o) = spec, o.tag == .list || o.tag == .tuple || o.tag == .ndarray {
        let items = try rt.collect(spec)
        if items.count == 2 { specs = items }
      }
      var ranges: [Value] = [.none, .none]
      if let r = p[3], !r.isNone { ranges = try rt.collect(r) }
      guard ranges.count == 2 else { throw PyError("ValueError", "range argument must have one entry per dimension") }
      var edges: [[Double]] = []
      for d in 0..<2 {
        if case .object(let o) = specs[d], o.tag == .list || o.tag == .tuple || o.tag == .ndarray {
          let given = try vector(rt, specs[d], "bins")
          guard zip(given, given.dropFirst()).allSatisfy({ $0 <= $1 }) else {
            throw PyError("ValueError", "`bins[\(d)]` must be monotonically increasing, when an array")
          }
          edges.append(given)
          continue
        }
        let bins = try rt.index(specs[d])
        guard bins >= 1 else { throw PyError("ValueError", "`bins[\(d)]` must be positive, when an integer") }
        _ = try lift { () throws(TensorError) in try MemoryBudget.reserve([bins + 1]) }
        let values = columns[d]
        let hasNaN = values.contains { $0.isNaN }
        var (lo, hi) = (hasNaN ? .nan : values.min() ?? 0, hasNaN ? .nan : values.max() ?? 1)
        if !ranges[d].isNone {
          let pair = try rt.collect(ranges[d])
          guard pair.count == 2 else { throw PyError("ValueError", "too many values to unpack (expected 2)") }
          (lo, hi) = (try rt.double(pair[0]), try rt.double(pair[1]))
          guard lo <= hi else { throw PyError("ValueError", "max must be larger than min in range parameter.") }
        }
        guard lo.isFinite && hi.isFinite else {
          throw PyError(
            "ValueError", "autodetected range of [\(try rt.repr(.float(lo))), \(try rt.repr(.float(hi)))] is not finite"
          )
        }
        if lo == hi { (lo, hi) = (lo - 0.5, hi + 0.5) }
        edges.append(Histogram.edges(bins: bins, lo: lo, hi: hi))
      }
      let (nx, ny) = (edges[0].count - 1, edges[1].count - 1)
      var counts = Histogram.counts(columns, edges: edges)
      if try p[4].map({ (v) throws(PyError) in try rt.truthy(v) }) ?? false {
        // NumPy's order: divided by each axis's widths in turn, then by the total.
        let total = counts.reduce(0, +)
        for i in 0..<nx {
          for j in 0..<ny {
            counts[i * ny + j] = counts[i * ny + j] / (edges[0][i + 1] - edges[0][i]) / (edges[1][j + 1] - edges[1][j])
            counts[i * ny + j] /= total
          }
        }
      }
      return .tuple([
        .object(NDArray(doubles: counts, shape: [nx, ny])),
        .object(NDArray(doubles: edges[0], shape: [nx + 1])), .object(NDArray(doubles: edges[1], shape: [ny + 1])),
      ])
    },
    .general("digitize", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("digitize", ["x", "bins", "right"], required: 2)
      let x = try rt.array(p[0] ?? .none)
      let bins = try vector(rt, p[1] ?? .none, "bins")
      let right = try p[2].map { (v) throws(PyError) in try rt.truthy(v) } ?? false
      let found = try lift { () throws(TensorError) in try Tensor.digitize(x.doubles, bins: bins, right: right) }
      return ArrayArithmetic.wrap(NDArray(ints: found, shape: x.shape))
    },
    .general("interp", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("interp", ["x", "xp", "fp", "left", "right", "period"], required: 3)
      try NumPyFunctions.unsupported("interp", ["period"], [p[5]])
      let x = try floats(rt, p[0] ?? .none)
      let xp = try vector(rt, p[1] ?? .none, "xp")
      let fp = try vector(rt, p[2] ?? .none, "fp")
      guard xp.count == fp.count else { throw PyError("ValueError", "fp and xp are not of the same length.") }
      guard let firstValue = fp.first, let lastValue = fp.last else {
        throw PyError("ValueError", "array of sample points is empty")
      }
      let left = try p[3].flatMap { (v) throws(PyError) -> Double? in v.isNone ? nil : try rt.double(v) } ?? firstValue
      let right = try p[4].flatMap { (v) throws(PyError) -> Double? in v.isNone ? nil : try rt.double(v) } ?? lastValue
      return value(x.map { Tensor.interpolate($0, xp, fp, left, right) })
    },
    .general("nan_to_num", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("nan_to_num", ["x", "copy", "nan", "posinf", "neginf"], required: 1)
      let source = try rt.array(p[0] ?? .none)
      if source.dtype != .float64 { return .object(source.astype(source.dtype)) }
      func number(_ v: Value?, _ otherwise: Double) throws(PyError) -> Double {
        guard let v, !v.isNone else { return otherwise }
        return try rt.double(v)
      }
      let nan = try number(p[2], 0)
      let posinf = try number(p[3], .greatestFiniteMagnitude)
      let neginf = try number(p[4], -.greatestFiniteMagnitude)
      return value(source.tensor.map { $0.isNaN ? nan : $0 == .infinity ? posinf : $0 == -.infinity ? neginf : $0 })
    },
    covariance("cov", correlation: false), covariance("corrcoef", correlation: true),
    .two("vdot", "numpy") { (rt, x, y) throws(PyError) in
      let (a, b) = (try floats(rt, x), try floats(rt, y))
      guard a.count == b.count else {
        throw PyError("ValueError", "cannot reshape array of size \(b.count) into shape (\(a.count),)")
      }
      return NumPyShaping.promoted(
        [try rt.array(x), try rt.array(y)], Tensor(shape: [], data: [Linalg.dot(a.data, b.data)]))
    },
    .two("inner", "numpy") { (rt, x, y) throws(PyError) in
      let (a, b) = (try floats(rt, x), try floats(rt, y))
      return NumPyShaping.promoted(
        [try rt.array(x), try rt.array(y)], try lift { () throws(TensorError) in try Linalg.inner(a, b) })
    },
    .two("cross", "numpy") { (rt, x, y) throws(PyError) in
      let (a, b) = (try floats(rt, x), try floats(rt, y))
      return NumPyShaping.promoted(
        [try rt.array(x), try rt.array(y)], try lift { () throws(TensorError) in try Linalg.cross(a, b) })
    },
  ]

  static func covariance(_ name: String, correlation: Bool) -> PyBuiltin {
    .general(name, "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind(name, correlation ? ["x", "y", "rowvar"] : ["m", "y", "rowvar", "bias", "ddof"], required: 1)
      let m = try floats(rt, p[0] ?? .none)
      let y = try p[1].flatMap { (v) throws(PyError) -> Tensor? in v.isNone ? nil : try floats(rt, v) }
      let rowvar = try p[2].map { (v) throws(PyError) in try rt.truthy(v) } ?? true
      let x = try lift { () throws(TensorError) in try Covariance.variables(m, y, rowvar: rowvar) }
      if correlation { return value(try lift { () throws(TensorError) in try Covariance.correlation(x) }) }
      let bias = try p[3].map { (v) throws(PyError) in try rt.truthy(v) } ?? false
      let ddof =
        try p[4].flatMap { (v) throws(PyError) -> Double? in v.isNone ? nil : try rt.double(v) } ?? (bias ? 0 : 1)
      // One variable's covariance stays a 0-d array (`array(1.)`); `corrcoef` gives a scalar.
      return .object(NDArray.from(try lift { () throws(TensorError) in try Covariance.matrix(x, ddof: ddof) }))
    }
  }

  /// `ord=` of `norm` and `cond` as the tensor module names it: None, "fro", "nuc", "inf", "-inf" or a number.
  static func order(_ rt: Runtime, _ v: Value?) throws(PyError) -> String? {
    guard let v, !v.isNone else { return nil }
    if rt.isString(v) { return try rt.string(v, "ord") }
    let d = try rt.double(v)
    if d.isInfinite { return d > 0 ? "inf" : "-inf" }
    if d == d.rounded(), d.magnitude < 1e15 { return String(Int(d)) }
    return String(d)
  }

  static let linalg: [PyBuiltin] = [
    .general("cond", "numpy.linalg") { (rt, a) throws(PyError) in
      let p = try a.bind("cond", ["x", "p"], required: 1)
      let x = try floats(rt, p[0] ?? .none)
      let ord = try order(rt, p[1])
      return value(try lift { () throws(TensorError) in try Linalg.cond(x, ord: ord) })
    },
    .one("multi_dot", "numpy.linalg") { (rt, v) throws(PyError) in
      var parts: [Tensor] = []
      for item in try rt.collect(v) { parts.append(try floats(rt, item)) }
      return value(try lift { () throws(TensorError) in try Linalg.multiDot(parts) })
    },
  ]
}
