import TensorModule

/// NumPy's NaN-ignoring reductions, `average`, `ptp`, `cumprod`, `cov`/`corrcoef`, and the searches that give
/// positions (`nonzero`, `argwhere`, `flatnonzero`, `count_nonzero`, `unravel_index`), over the tensor
/// module's kernels (shared with the v1 engine).
enum NumPyStatistics {
  static func axes(_ v: Value?, _ rt: Runtime) throws(PyError) -> Axes {
    try NumPyFunctions.axesArgument(v, rt).map { .some($0) } ?? .all
  }

  /// `np.nansum(a, axis=None, keepdims=False)` and its kin.
  static func nanReduction(
    _ name: String, _ body: @escaping @Sendable (Tensor, Axes, Bool) throws(TensorError) -> Tensor
  ) -> PyBuiltin {
    .general(name, "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind(name, ["a", "axis", "dtype", "out", "keepdims"], required: 1)
      try NumPyFunctions.unsupported(name, ["dtype", "out"], [p[2], p[3]])
      // Integers and bools hold no NaN: NumPy hands them to the plain reduction, which keeps their dtype.
      let arr = try rt.array(p[0] ?? .none)
      if arr.dtype != .float64, name != "nanmean",
        let plain = try rt.importModule("numpy").attributes[String(name.dropFirst(3))]
      {
        let keywords = [("axis", p[1]), ("keepdims", p[4])].compactMap { k, v in v.map { (k, $0) } }
        return try rt.call(plain, [.object(arr)], keywords)
      }
      let t = try NumPyFunctions.floats(rt, p[0] ?? .none)
      let axes = try axes(p[1], rt)
      let keep = try p[4].map { (k) throws(PyError) in try rt.truthy(k) } ?? false
      return ArrayArithmetic.wrap(
        NDArray.from(try NumPyFunctions.lift { () throws(TensorError) in try body(t, axes, keep) }))
    }
  }

  static func nanSpread(_ name: String, squareRoot: Bool) -> PyBuiltin {
    .general(name, "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind(name, ["a", "axis", "dtype", "out", "ddof", "keepdims"], required: 1)
      try NumPyFunctions.unsupported(name, ["dtype", "out"], [p[2], p[3]])
      let t = try NumPyFunctions.floats(rt, p[0] ?? .none)
      let axes = try axes(p[1], rt)
      let ddof = try p[4].map { (d) throws(PyError) in try rt.double(d) } ?? 0
      let keep = try p[5].map { (k) throws(PyError) in try rt.truthy(k) } ?? false
      var r = try NumPyFunctions.lift { () throws(TensorError) in
        try NanReductions.variance(t, axes, ddof: ddof, keepdims: keep)
      }
      if squareRoot { r = r.map { $0.squareRoot() } }
      return ArrayArithmetic.wrap(NDArray.from(r))
    }
  }

  static func nanPosition(_ name: String, _ r: Reduction) -> PyBuiltin {
    .general(name, "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind(name, ["a", "axis"], required: 1)
      let t = try NumPyFunctions.floats(rt, p[0] ?? .none)
      let axes = try axes(p[1], rt)
      let out = try NumPyFunctions.lift { () throws(TensorError) in try NanReductions.position(t, r, axes) }
      return ArrayArithmetic.wrap(NDArray.from(out).astype(.int64))
    }
  }

  static func nanQuantile(_ name: String, scale: Double) -> PyBuiltin {
    .general(name, "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind(name, ["a", "q", "axis", "out", "overwrite_input", "method", "keepdims"], required: 2)
      try NumPyFunctions.unsupported(name, ["out", "method"], [p[3], p[5]])
      let t = try NumPyFunctions.floats(rt, p[0] ?? .none)
      let q = try NumPyFunctions.floats(rt, p[1] ?? .none)
      if q.data.contains(where: { !($0 >= 0 && $0 <= scale) }) {
        throw PyError(
          "ValueError", "\(scale == 1 ? "Quantiles" : "Percentiles") must be in the range [0, \(Int(scale))]")
      }
      let axis = try NumPyFunctions.axisArgument(p[2], rt)
      let keep = try p[6].map { (k) throws(PyError) in try rt.truthy(k) } ?? false
      let r = try NumPyFunctions.lift { () throws(TensorError) in
        try t.quantile(q.map { $0 / scale }, axis: axis, keepdims: keep, ignoringNaN: true)
      }
      return ArrayArithmetic.wrap(NDArray.from(r))
    }
  }

  static func median(_ name: String, ignoringNaN: Bool) -> PyBuiltin {
    .general(name, "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind(name, ["a", "axis", "out", "overwrite_input", "keepdims"], required: 1)
      try NumPyFunctions.unsupported(name, ["out"], [p[2]])
      let t = try NumPyFunctions.floats(rt, p[0] ?? .none)
      let axis = try NumPyFunctions.axisArgument(p[1], rt)
      let keep = try p[4].map { (k) throws(PyError) in try rt.truthy(k) } ?? false
      let r = try NumPyFunctions.lift { () throws(TensorError) in
        try NanReductions.median(t, axis: axis, keepdims: keep, ignoringNaN: ignoringNaN)
      }
      return ArrayArithmetic.wrap(NDArray.from(r))
    }
  }

  /// `np.nonzero(a)`: one int64 array of positions per axis.
  static func nonzero(_ a: NDArray) throws(PyError) -> Value {
    guard a.ndim > 0 else {
      throw PyError(
        "ValueError", "Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.")
    }
    return .tuple(a.tensor.nonzero().map { .object(NDArray(ints: $0, shape: [$0.count])) })
  }

  /// `isposinf` / `isneginf`: NumPy's `isinf(x) & ~signbit(x)` (or `& signbit(x)`); complex input is
  /// NumPy's TypeError, an `out=` array a named error.
  static func infinity(_ name: String, positive: Bool) -> PyBuiltin {
    .general(name, "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind(name, ["x", "out"], required: 1)
      try NumPyFunctions.unsupported(name, ["out"], [p[1]])
      let x0 = p[0] ?? .none
      if ComplexArrays.of(x0) != nil || { if case .object(let o) = x0 { o.tag == .complex } else { false } }() {
        throw PyError(
          "TypeError", "This operation is not supported for complex128 values because it would be ambiguous.")
      }
      let x = try rt.array(x0)
      let flags = x.tensor.data.map { $0.isInfinite && ($0 > 0) == positive }
      return ArrayArithmetic.wrap(NDArray(bools: flags, shape: x.shape))
    }
  }

  static let functions: [PyBuiltin] = [
    nanReduction("nansum") { (t, axes, keep) throws(TensorError) in try NanReductions.sum(t, axes, keepdims: keep) },
    nanReduction("nanprod") { (t, axes, keep) throws(TensorError) in
      try NanReductions.product(t, axes, keepdims: keep)
    },
    nanReduction("nanmean") { (t, axes, keep) throws(TensorError) in try NanReductions.mean(t, axes, keepdims: keep) },
    nanReduction("nanmax") { (t, axes, keep) throws(TensorError) in
      try NanReductions.extreme(t, .max, axes, keepdims: keep)
    },
    nanReduction("nanmin") { (t, axes, keep) throws(TensorError) in
      try NanReductions.extreme(t, .min, axes, keepdims: keep)
    },
    nanSpread("nanvar", squareRoot: false), nanSpread("nanstd", squareRoot: true),
    nanPosition("nanargmax", .argmax), nanPosition("nanargmin", .argmin),
    nanQuantile("nanquantile", scale: 1), nanQuantile("nanpercentile", scale: 100),
    median("median", ignoringNaN: false), median("nanmedian", ignoringNaN: true),
    .general("average", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("average", ["a", "axis", "weights", "returned", "keepdims"], required: 1)
      let t = try NumPyFunctions.floats(rt, p[0] ?? .none)
      let axes = try axes(p[1], rt)
      let weights = try p[2].flatMap { (w) throws(PyError) -> Tensor? in
        w.isNone ? nil : try NumPyFunctions.floats(rt, w)
      }
      let keep = try p[4].map { (k) throws(PyError) in try rt.truthy(k) } ?? false
      let (average, total) = try NumPyFunctions.lift { () throws(TensorError) in
        try NanReductions.weightedMean(t, weights, axes, keepdims: keep)
      }
      let mean = ArrayArithmetic.wrap(NDArray.from(average))
      if try p[3].map({ (r) throws(PyError) in try rt.truthy(r) }) ?? false {
        return .tuple([mean, ArrayArithmetic.wrap(NDArray.from(total))])
      }
      return mean
    },
    .general("ptp", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("ptp", ["a", "axis", "out", "keepdims"], required: 1)
      try NumPyFunctions.unsupported("ptp", ["out"], [p[2]])
      let x = try rt.array(p[0] ?? .none)
      let axes = try axes(p[1], rt)
      let keep = try p[3].map { (k) throws(PyError) in try rt.truthy(k) } ?? false
      // max − min: bools have no subtraction.
      if x.dtype == .bool { throw PyError.booleanSubtract }
      let t = x.tensor
      let r = try NumPyFunctions.lift { () throws(TensorError) in
        try Tensor.combine(
          try t.reduce(.max, axes: axes, keepdims: keep), try t.reduce(.min, axes: axes, keepdims: keep), .subtract)
      }
      return try NumPyFunctions.like(x, r)
    },
    .general("cumprod", "numpy") { (rt, a) throws(PyError) in
      try NumPyFunctions.accumulation(rt, a, product: true)
    },
    .one("nonzero", "numpy") { (rt, v) throws(PyError) in try nonzero(try rt.array(v)) },
    .one("flatnonzero", "numpy") { (rt, v) throws(PyError) in
      let t = try rt.array(v).tensor
      let ps = t.reshaped([t.count]).nonzero()[0]
      return .object(NDArray(ints: ps, shape: [ps.count]))
    },
    .one("argwhere", "numpy") { (rt, v) throws(PyError) in
      let x = try rt.array(v)
      if x.ndim == 0 { return .object(NDArray(ints: [], shape: [x.tensor.data.first == 0 ? 0 : 1, 0])) }
      let coordinates = x.tensor.nonzero()
      let k = coordinates[0].count
      var out: [Int] = []
      for i in 0..<k { for d in 0..<x.ndim { out.append(coordinates[d][i]) } }
      return .object(NDArray(ints: out, shape: [k, x.ndim]))
    },
    infinity("isposinf", positive: true),
    infinity("isneginf", positive: false),
    .general("count_nonzero", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("count_nonzero", ["a", "axis", "keepdims"], required: 1)
      let x = try rt.array(p[0] ?? .none)
      let keep = try p[2].map { (k) throws(PyError) in try rt.truthy(k) } ?? false
      let flags = x.tensor.map { $0 != 0 ? 1 : 0 }
      guard let given = try NumPyFunctions.axesArgument(p[1], rt) else {
        if !keep { return .i64(Int(flags.data.reduce(0, +))) }
        return .object(
          NDArray.from(
            try NumPyFunctions.lift { () throws(TensorError) in
              try flags.reduce(.sum, axes: .all, keepdims: true)
            }
          ).astype(.int64))
      }
      let r = try NumPyFunctions.lift { () throws(TensorError) in
        try flags.reduce(.sum, axes: .some(given), keepdims: keep)
      }
      return ArrayArithmetic.wrap(NDArray.from(r).astype(.int64))
    },
    .general("ravel_multi_index", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("ravel_multi_index", ["multi_index", "dims", "mode", "order"], required: 2)
      try NumPyFunctions.unsupported("ravel_multi_index", ["order"], [p[3]])
      let dims = try NumPyShaping.ints(p[1] ?? .none, rt)
      let coordinates = try rt.collect(p[0] ?? .none).map { (c) throws(PyError) in try rt.array(c) }
      guard coordinates.count == dims.count else {
        throw PyError("ValueError", "parameter multi_index must be a sequence of length \(dims.count)")
      }
      guard coordinates.allSatisfy({ $0.dtype != .float64 }) else {
        throw PyError("TypeError", "only int indices permitted")
      }
      var modes = [String](repeating: "raise", count: dims.count)
      if let m = p[2], !m.isNone {
        if rt.isString(m) {
          modes = [String](repeating: try rt.string(m, "mode"), count: dims.count)
        } else {
          modes = try rt.collect(m).map { (x) throws(PyError) in try rt.string(x, "mode") }
          guard modes.count == dims.count else {
            throw PyError("ValueError", "mode must be a string or a sequence of length \(dims.count)")
          }
        }
      }
      var shape: [Int] = []
      for c in coordinates {
        guard let s = Broadcast.shape(of: shape, and: c.shape) else {
          throw PyError("ValueError", "shape mismatch: objects cannot be broadcast to a single shape")
        }
        shape = s
      }
      let columns = try coordinates.map { (c) throws(PyError) -> [Int] in
        let ints = c.astype(.int64)
        return try ints.broadcast(to: shape).map { ints.storage.ints[$0] }
      }
      var flat = [Int](repeating: 0, count: shape.reduce(1, *))
      for i in flat.indices {
        var index = 0
        for d in dims.indices {
          var x = columns[d][i]
          if x < 0 || x >= dims[d] {
            switch modes[d] {
            case "wrap": x = ((x % dims[d]) + dims[d]) % dims[d]
            case "clip": x = Swift.min(Swift.max(x, 0), dims[d] - 1)
            case "raise": throw PyError("ValueError", "invalid entry in coordinates array")
            default:
              throw PyError("ValueError", "clipmode must be one of 'clip', 'raise', or 'wrap' (got '\(modes[d])')")
            }
          }
          index = index * dims[d] + x
        }
        flat[i] = index
      }
      return ArrayArithmetic.wrap(NDArray(ints: flat, shape: shape))
    },
    .general("unravel_index", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("unravel_index", ["indices", "shape", "order"], required: 2)
      try NumPyFunctions.unsupported("unravel_index", ["order"], [p[2]])
      let shape = try NumPyShaping.ints(p[1] ?? .none, rt)
      let indices = try rt.array(p[0] ?? .none)
      guard indices.dtype != .float64 else {
        throw PyError("TypeError", "only int indices permitted")
      }
      let size = shape.reduce(1, *)
      var columns = [[Int]](repeating: [], count: shape.count)
      for var flat in indices.ints {
        guard flat >= 0 && flat < size else {
          throw PyError("ValueError", "index \(flat) is out of bounds for array with size \(size)")
        }
        for d in stride(from: shape.count - 1, through: 0, by: -1) {
          columns[d].append(flat % shape[d])
          flat /= shape[d]
        }
      }
      return .tuple(columns.map { ArrayArithmetic.wrap(NDArray(ints: $0, shape: indices.shape)) })
    },
  ]
}
