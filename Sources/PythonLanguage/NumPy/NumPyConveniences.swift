import TensorModule

/// Small NumPy functions built on the others as NumPy builds them: `shape`/`size`/`ndim` of anything
/// array-like, `rot90` (flips and a transpose, so a view), `ediff1d`, `trim_zeros` (a slice, so a view),
/// `nancumsum`/`nancumprod` (NaN read as 0 or 1), `iterable`; and NumPy 2's second names for existing
/// functions (`acos`, `pow`, `concat`, `permute_dims`, …), the same objects as in NumPy.
enum NumPyConveniences {
  /// NumPy 2's array-API names: each is the function it names in NumPy (`np.acos is np.arccos`).
  static let aliases: [(alias: String, name: String)] = [
    ("acos", "arccos"), ("asin", "arcsin"), ("atan", "arctan"), ("atan2", "arctan2"), ("acosh", "arccosh"),
    ("asinh", "arcsinh"), ("atanh", "arctanh"), ("pow", "power"), ("concat", "concatenate"),
    ("permute_dims", "transpose"), ("bitwise_left_shift", "left_shift"), ("bitwise_right_shift", "right_shift"),
  ]

  static func install(in attributes: inout [String: Value]) {
    for (alias, name) in aliases { if let f = attributes[name] { attributes[alias] = f } }
    attributes["euler_gamma"] = .float(0.577_215_664_901_532_9)
  }

  static func numpy(_ rt: Runtime, _ name: String) throws(PyError) -> Value {
    try rt.getAttribute(.object(try rt.importModule("numpy")), name)
  }

  /// The array a value is, or becomes: an array itself (kept, not copied), else `np.asarray`'s conversion.
  static func asArray(_ rt: Runtime, _ v: Value) throws(PyError) -> NDArray {
    if case .object(let o) = v, o.tag == .ndarray { return unsafeDowncast(o, to: NDArray.self) }
    if ComplexArrays.of(v) != nil { throw ComplexArrays.unsupported("this function") }
    return try rt.array(v)
  }

  static let functions: [PyBuiltin] = [
    .one("shape", "numpy") { (rt, v) throws(PyError) in
      if let z = ComplexArrays.of(v) { return .tuple(z.shape.map { .int($0) }) }
      return .tuple(try asArray(rt, v).shape.map { .int($0) })
    },
    .one("ndim", "numpy") { (rt, v) throws(PyError) in
      if let z = ComplexArrays.of(v) { return .int(z.shape.count) }
      return .int(try asArray(rt, v).ndim)
    },
    .general("size", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("size", ["a", "axis"], required: 1)
      let value = p[0] ?? .none
      let shape: [Int]
      if let z = ComplexArrays.of(value) { shape = z.shape } else { shape = try asArray(rt, value).shape }
      guard let axis = try NumPyFunctions.axisArgument(p[1], rt) else { return .int(shape.reduce(1, *)) }
      guard axis >= -shape.count && axis < shape.count else {
        throw PyError("AxisError", "axis \(axis) is out of bounds for array of dimension \(shape.count)")
      }
      return .int(shape[axis < 0 ? axis + shape.count : axis])
    },
    .one("iterable", "numpy") { (rt, v) throws(PyError) in
      do throws(PyError) {
        _ = try rt.iterate(v)
        return .bool(true)
      } catch {
        return .bool(false)
      }
    },
    .general("rot90", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("rot90", ["m", "k", "axes"], required: 1)
      let m = try asArray(rt, p[0] ?? .none)
      let k = ((try p[1].map { (v) throws(PyError) in try rt.index(v) } ?? 1) % 4 + 4) % 4
      let axes = try p[2].map { (v) throws(PyError) in try NumPyShaping.ints(v, rt) } ?? [0, 1]
      guard axes.count == 2 else { throw PyError("ValueError", "len(axes) must be 2.") }
      let n = m.ndim
      guard axes[0] != axes[1], Swift.abs(axes[0] - axes[1]) != n else {
        throw PyError("ValueError", "Axes must be different.")
      }
      guard axes[0] < n, axes[0] >= -n, axes[1] < n, axes[1] >= -n else {
        throw PyError("ValueError", "Axes=(\(axes[0]), \(axes[1])) out of range for array of ndim=\(n).")
      }
      let (flip, transpose) = (try numpy(rt, "flip"), try numpy(rt, "transpose"))
      if k == 0 { return .object(m.view(shape: m.shape, strides: m.strides, offset: m.offset)) }
      if k == 2 {
        return try rt.call(flip, [try rt.call(flip, [.object(m), .int(axes[0])]), .int(axes[1])])
      }
      var order = Array(0..<n)
      let (i, j) = ((axes[0] + n) % n, (axes[1] + n) % n)
      order.swapAt(i, j)
      let permutation = Value.tuple(order.map { .int($0) })
      if k == 1 { return try rt.call(transpose, [try rt.call(flip, [.object(m), .int(axes[1])]), permutation]) }
      return try rt.call(flip, [try rt.call(transpose, [.object(m), permutation]), .int(axes[1])])
    },
    .general("ediff1d", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("ediff1d", ["ary", "to_end", "to_begin"], required: 1)
      let x = try asArray(rt, p[0] ?? .none)
      let flat = x.gathered(x.positions(), shape: [x.count])
      let n = flat.count
      let later = flat.view(shape: [Swift.max(n - 1, 0)], strides: [1], offset: n > 0 ? 1 : 0)
      let earlier = flat.view(shape: [Swift.max(n - 1, 0)], strides: [1], offset: 0)
      let difference = try rt.binary(.sub, .object(later), .object(earlier))
      // NumPy casts under `same_kind`: floats cannot go into an int or bool array, ints not into bools.
      let rank: (DType) -> Int = { $0 == .bool ? 0 : $0 == .int64 ? 1 : 2 }
      func extra(_ label: String, _ v: Value?) throws(PyError) -> [Value] {
        guard let v, !v.isNone else { return [] }
        let e = try asArray(rt, v)
        if rank(e.dtype) > rank(x.dtype) {
          throw PyError(
            "TypeError", "dtype of `\(label)` must be compatible with input `ary` under the `same_kind` rule.")
        }
        return [.object(e.gathered(e.positions(), shape: [e.count]).astype(x.dtype))]
      }
      let (begin, end) = (try extra("to_begin", p[2]), try extra("to_end", p[1]))
      if begin.isEmpty && end.isEmpty { return difference }
      let pieces = begin + [difference] + end
      let joined = try rt.call(try numpy(rt, "concatenate"), [.list(pieces)])
      return .object(try rt.array(joined).astype(x.dtype))
    },
    .general("trim_zeros", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("trim_zeros", ["filt", "trim", "axis"], required: 1)
      let source = p[0] ?? .none
      let x = try asArray(rt, source)
      let trim = (try p[1].map { (v) throws(PyError) in try rt.string(v, "trim") } ?? "fb").lowercased()
      guard ["fb", "bf", "f", "b"].contains(trim) else {
        throw PyError("ValueError", "unexpected character(s) in `trim`: \(Repr.string(trim))")
      }
      let axes: [Int]
      if let given = try NumPyFunctions.axesArgument(p[2], rt) {
        axes = try given.map { (k) throws(PyError) in try x.normalizedAxis(k) }
      } else {
        axes = Array(0..<x.ndim)
      }
      if axes.isEmpty { return source }
      // The bounding box of the nonzero elements (none: every trimmed axis empty).
      var start = [Int](repeating: Int.max, count: x.ndim)
      var stop = [Int](repeating: -1, count: x.ndim)
      let nonzero = x.bools
      var index = [Int](repeating: 0, count: x.ndim)
      for flag in nonzero {
        if flag {
          for d in 0..<x.ndim {
            start[d] = Swift.min(start[d], index[d])
            stop[d] = Swift.max(stop[d], index[d] + 1)
          }
        }
        var d = x.ndim - 1
        while d >= 0 {
          index[d] += 1
          if index[d] < x.shape[d] { break }
          index[d] = 0
          d -= 1
        }
      }
      let empty = stop.first.map { $0 < 0 } ?? true
      var slices: [Value] = []
      for d in 0..<x.ndim {
        guard axes.contains(d) else {
          slices.append(.object(PySlice(.none, .none, .none)))
          continue
        }
        if empty {
          slices.append(.object(PySlice(.int(0), .int(0), .none)))
        } else {
          slices.append(
            .object(
              PySlice(trim.contains("f") ? .int(start[d]) : .none, trim.contains("b") ? .int(stop[d]) : .none, .none)))
        }
      }
      return try rt.getItem(source, slices.count == 1 ? slices[0] : .tuple(slices))
    },
    nanAccumulation("nancumsum", "cumsum", replacement: 0),
    nanAccumulation("nancumprod", "cumprod", replacement: 1),
    cumulative("cumulative_sum", "cumsum", identity: 0), cumulative("cumulative_prod", "cumprod", identity: 1),
    .one("unique_counts", "numpy") { (rt, v) throws(PyError) in
      let r = try rt.call(try numpy(rt, "unique"), [v], [("return_counts", .bool(true))])
      return .object(PyNamedTuple(uniqueCountsType, try rt.collect(r)))
    },
    window("hamming") { (c: (Double) -> Double) -> Double in 0.54 + 0.46 * c(1) },
    window("hanning") { (c: (Double) -> Double) -> Double in 0.5 + 0.5 * c(1) },
    window("blackman") { (c: (Double) -> Double) -> Double in
      let first: Double = 0.42 + 0.5 * c(1)
      return first + 0.08 * c(2)
    },
    .one("bartlett", "numpy") { (rt, v) throws(PyError) in
      let m = try rt.index(v)
      if m < 1 { return .object(NDArray(doubles: [], shape: [0])) }
      if m == 1 { return .object(NDArray(doubles: [1], shape: [1])) }
      let w: [Double] = stride(from: 1 - m, to: m, by: 2).map { (n: Int) -> Double in
        let ratio = Double(n) / Double(m - 1)
        return n <= 0 ? 1 + ratio : 1 - ratio
      }
      return .object(NDArray(doubles: w, shape: [w.count]))
    },
    .general("broadcast_shapes", "numpy") { (rt, a) throws(PyError) in
      let shapes = try a.positional.map { (v) throws(PyError) in try NumPyModule.shapeArgument(v, rt: rt) }
      return .tuple(try broadcastShape(shapes).map { .int($0) })
    },
    .general("broadcast_arrays", "numpy") { (rt, a) throws(PyError) in
      let arrays = try a.positional.map { (v) throws(PyError) in try asArray(rt, v) }
      let shape = Value.tuple(try broadcastShape(arrays.map(\.shape)).map { .int($0) })
      let to = try numpy(rt, "broadcast_to")
      return .tuple(try arrays.map { (x) throws(PyError) in try rt.call(to, [.object(x), shape]) })
    },
    .general("array_equiv", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("array_equiv", ["a1", "a2"], required: 2)
      let (x, y) = (try rt.array(p[0] ?? .none), try rt.array(p[1] ?? .none))
      guard Broadcast.shape(of: x.shape, and: y.shape) != nil else { return .bool(false) }
      let equal = try rt.compare(.eq, .object(x), .object(y))
      return .bool(try rt.truthy(try rt.call(try rt.getAttribute(equal, "all"), [])))
    },
    .general("float_power", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("float_power", ["x1", "x2"], required: 2)
      let (x, y) = (try rt.array(p[0] ?? .none).astype(.float64), try rt.array(p[1] ?? .none).astype(.float64))
      return try rt.call(try numpy(rt, "power"), [.object(x), .object(y)])
    },
    .general("extract", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("extract", ["condition", "arr"], required: 2)
      let condition = try rt.array(p[0] ?? .none)
      let x = try rt.array(p[1] ?? .none)
      let values = x.gathered(x.positions(), shape: [x.count])
      let chosen = condition.bools.prefix(values.count).enumerated().filter(\.element).map(\.offset)
      return .object(values.gathered(chosen, shape: [chosen.count]))
    },
  ]

  /// The shape `shapes` broadcast to, found as NumPy's multi-iterator does (axis by axis from the left, the
  /// first argument with a length other than 1 against the next that differs), with its message.
  static func broadcastShape(_ shapes: [[Int]]) throws(PyError) -> [Int] {
    let n = shapes.map(\.count).max() ?? 0
    var result = [Int](repeating: 1, count: n)
    for i in 0..<n {
      var source = -1
      for (j, shape) in shapes.enumerated() {
        let k = i + shape.count - n
        guard k >= 0, shape[k] != 1 else { continue }
        if source < 0 {
          source = j
          result[i] = shape[k]
        } else if shape[k] != result[i] {
          func text(_ s: [Int]) -> String {
            "(" + s.map(String.init).joined(separator: ", ") + (s.count == 1 ? ",)" : ")")
          }
          throw PyError(
            "ValueError",
            "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg \(source) "
              + "with shape \(text(shapes[source])) and arg \(j) with shape \(text(shape)).")
        }
      }
    }
    return result
  }

  static let uniqueCountsType = Runtime.namedTupleType(
    "UniqueCountsResult", ["values", "counts"], defaults: [], module: "numpy.lib._arraysetops_impl")

  /// NumPy's cosine windows: `n = arange(1 − M, M, 2)`, `cos(k·π·n/(M − 1))` (π·n first, as NumPy's `pi * n`)
  /// combined by `body`; an empty array below 1, `[1.]` at 1.
  static func window(_ name: String, _ body: @escaping @Sendable ((Double) -> Double) -> Double) -> PyBuiltin {
    .one(name, "numpy") { (rt, v) throws(PyError) in
      let m = try rt.index(v)
      if m < 1 { return .object(NDArray(doubles: [], shape: [0])) }
      if m == 1 { return .object(NDArray(doubles: [1], shape: [1])) }
      let w: [Double] = stride(from: 1 - m, to: m, by: 2).map { (n: Int) -> Double in
        body { (k: Double) -> Double in
          let scale: Double = k == 1 ? Double.pi : 2.0 * Double.pi
          return UnaryFunction.cos.apply(scale * Double(n) / Double(m - 1))
        }
      }
      return .object(NDArray(doubles: w, shape: [w.count]))
    }
  }

  /// `cumulative_sum`/`cumulative_prod` (NumPy 2.1): `cumsum`/`cumprod` along `axis` (required past one
  /// dimension), with `include_initial` prepending the identity.
  static func cumulative(_ name: String, _ base: String, identity: Int) -> PyBuiltin {
    .general(name, "numpy") { (rt, a) throws(PyError) in
      guard a.positional.count == 1 else {
        throw PyError("TypeError", "\(name)() takes 1 positional argument but \(a.positional.count) were given")
      }
      var axis: Value = .none
      var dtype: Value = .none
      var initial = false
      for (k, v) in a.keywords {
        switch k {
        case "axis": axis = v
        case "dtype": dtype = v
        case "include_initial": initial = try rt.truthy(v)
        case "out":
          if !v.isNone { throw PyError("NotImplementedError", "\(name)(out=) is not in Tessel yet") }
        default: throw PyError("TypeError", "\(name)() got an unexpected keyword argument '\(k)'")
        }
      }
      var x = try asArray(rt, a.positional[0])
      if x.ndim == 0 { x = x.view(shape: [1], strides: [1], offset: x.offset) }
      if axis.isNone {
        guard x.ndim < 2 else {
          throw PyError(
            "ValueError", "For arrays which have more than one dimension ``axis`` argument is required.")
        }
        axis = .int(0)
      }
      let k = try x.normalizedAxis(try rt.index(axis))
      let result = try rt.array(try rt.call(try numpy(rt, base), [.object(x)], [("axis", .int(k)), ("dtype", dtype)]))
      guard initial else { return .object(result) }
      var shape = result.shape
      shape[k] = 1
      let first = NDArray(ints: [Int](repeating: identity, count: shape.reduce(1, *)), shape: shape).astype(
        result.dtype)
      return try rt.call(try numpy(rt, "concatenate"), [.list([.object(first), .object(result)])], [("axis", .int(k))])
    }
  }

  /// `nancumsum`/`nancumprod`: NaN replaced by the operation's identity, then `cumsum`/`cumprod`.
  static func nanAccumulation(_ name: String, _ base: String, replacement: Double) -> PyBuiltin {
    .general(name, "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind(name, ["a", "axis", "dtype", "out"], required: 1)
      var x = try asArray(rt, p[0] ?? .none)
      if x.dtype == .float64 {
        x = NDArray(doubles: x.doubles.map { $0.isNaN ? replacement : $0 }, shape: x.shape)
      }
      var keywords: [(String, Value)] = []
      for (k, v) in [("axis", p[1]), ("dtype", p[2]), ("out", p[3])] { if let v { keywords.append((k, v)) } }
      return try rt.call(try numpy(rt, base), [.object(x)], keywords)
    }
  }
}
