import TensorModule

/// `ndarray` methods and attributes: reductions, reshaping, conversion.
enum ArrayMethods {
  static func array(_ v: Value) throws(PyError) -> NDArray {
    guard case .object(let o) = v, o.tag == .ndarray else { throw PyError("TypeError", "expected a numpy.ndarray") }
    return unsafeDowncast(o, to: NDArray.self)
  }

  /// `dims` for `arr.reshape(dims)` or `arr.shape = dims`: one -1 inferred, NumPy's errors otherwise.
  static func reshaped(_ arr: NDArray, _ dims: [Int]) throws(PyError) -> [Int] {
    var dims = dims
    if dims.count > 64 {
      throw PyError("ValueError", "maximum supported dimension for an ndarray is currently 64, found \(dims.count)")
    }
    if dims.filter({ $0 == -1 }).count > 1 { throw PyError("ValueError", "can only specify one unknown dimension") }
    if let unknown = dims.firstIndex(of: -1) {
      let known = dims.enumerated().filter { $0.offset != unknown }.map(\.element).reduce(1, *)
      if known > 0 && arr.count % known == 0 { dims[unknown] = arr.count / known }
    }
    guard dims.reduce(1, *) == arr.count, !dims.contains(where: { $0 < 0 }) else {
      throw PyError("ValueError", "cannot reshape array of size \(arr.count) into shape \(Tensor.compact(dims))")
    }
    return dims
  }

  static func property(_ name: String, _ get: @escaping (NDArray) -> Value) -> (String, Value) {
    (
      name,
      .object(
        PyProperty(getter: .object(PyBuiltin.one(name, "ndarray") { (_, v) throws(PyError) in get(try array(v)) })))
    )
  }

  /// A property with a setter (`a.shape = ...`, `a.flat = ...`).
  static func settable(
    _ name: String, _ get: @escaping (NDArray) -> Value,
    _ set: @escaping (Runtime, NDArray, Value) throws(PyError) -> Void
  ) -> (String, Value) {
    (
      name,
      .object(
        PyProperty(
          getter: .object(PyBuiltin.one(name, "ndarray") { (_, v) throws(PyError) in get(try array(v)) }),
          setter: .object(
            PyBuiltin.two(name, "ndarray") { (rt, v, new) throws(PyError) in
              try set(rt, try array(v), new)
              return .none
            })))
    )
  }

  nonisolated(unsafe) static let attributes: [String: Value] = Dictionary(uniqueKeysWithValues: [
    settable("shape", { .tuple($0.shape.map { .int($0) }) }) { (rt, arr, new) throws(PyError) in
      // In place, as NumPy does for an array whose elements lie in C order.
      let dims = try reshaped(arr, try NumPyModule.shapeArgument(new, rt: rt))
      guard arr.isContiguous else {
        throw PyError(
          "AttributeError",
          "Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape.")
      }
      arr.shape = dims
      arr.strides = NDArray.contiguousStrides(dims)
    },
    settable("flat", { .object(FlatIterator($0)) }) { (rt, arr, new) throws(PyError) in
      try FlatIterator(arr).assign(arr.positions(), new, rt)
    },
    property("flags") { .object(ArrayFlags($0)) },
    property("ndim") { .int($0.ndim) },
    property("size") { .int($0.count) },
    property("dtype") { .object(PyDTypeObject($0.dtype)) },
    property("itemsize") { .int($0.dtype.itemSize) },
    property("nbytes") { .int($0.dtype.itemSize * $0.count) },
    property("strides") { a in .tuple(a.strides.map { .int($0 * a.dtype.itemSize) }) },
    property("T") { a in .object(a.view(shape: a.shape.reversed(), strides: a.strides.reversed(), offset: a.offset)) },
    property("base") { a in a.base.map { .object($0) } ?? .none },
    // Tessel's arrays are all real: the real part is the array itself, as NumPy's `x.real is x`.
    property("real") { .object($0) },
    property("imag") { a in .object(NDArray(ints: [Int](repeating: 0, count: a.count), shape: a.shape).astype(a.dtype))
    },
  ])

  /// `a.sum(axis=None)` and `np.sum(a, axis=None)` (and mean, max, min): NumPy's result dtypes (int sums stay
  /// int64, means are float64), pairwise summation for floats.
  static func reduce(_ rt: Runtime, _ a: Arguments, _ r: Reduction) throws(PyError) -> Value {
    let p = try a.bind(r.rawValue, ["a", "axis", "dtype", "out", "keepdims"], required: 1)
    try NumPyFunctions.unsupported(r.rawValue, ["out"], [p[3]])
    var arr = try rt.array(p[0] ?? .none)
    // `dtype=`: the elements are cast first (`np.sum(mask, dtype=float)` prints a float).
    if let d = p[2], let dtype = try DTypes.parse(d, rt: rt), dtype != arr.dtype {
      guard dtype != .bool else {
        throw PyError("NotImplementedError", "\(r.rawValue)(dtype=bool) is not in Tessel yet")
      }
      arr = arr.astype(dtype)
    }
    var axes = Axes.all
    if let ax = p[1], !ax.isNone {
      if case .object(let o) = ax, o.tag == .tuple {
        var list: [Int] = []
        for x in unsafeDowncast(o, to: PyTuple.self).items { list.append(try rt.index(x)) }
        axes = .some(list)
      } else {
        axes = .some([try rt.index(ax)])
      }
    }
    let keepdims = try p[4].map { (k) throws(PyError) in try rt.truthy(k) } ?? false
    if arr.dtype == .float64, axes == .all, !keepdims, r == .sum || r == .mean,
      let total = bufferedSum(arr)
    {
      return .f64(r == .sum ? total : total / Double(arr.count))
    }
    if arr.isFortranOnly && arr.dtype == .float64, let mapped = reversedAxes(axes, arr.ndim) {
      // NumPy reduces a Fortran-ordered array in memory order: over the reversed axes of its C-ordered buffer.
      do throws(TensorError) {
        let result = NDArray.from(try arr.reversedAxes().tensor.reduce(r, axes: mapped, keepdims: keepdims))
        return ArrayArithmetic.wrap(result.ndim >= 2 ? result.reversedAxes() : result)
      } catch { throw PyError(tensor: error) }
    }
    if arr.count == 0 && (r == .max || r == .min) && axes == .all {
      throw PyError(
        "ValueError",
        "zero-size array to reduction operation \(r == .max ? "maximum" : "minimum") which has no identity")
    }
    if arr.dtype != .float64 && [.sum, .prod, .max, .min].contains(r) {
      return try integerReduce(arr, r, axes, keepdims: keepdims)
    }
    do throws(TensorError) {
      var t = arr.tensor
      t.dtype = .float64
      let result = try t.reduce(r, axes: axes, keepdims: keepdims)
      var out = NDArray.from(result)
      if arr.dtype != .float64 && r != .mean {
        out = out.astype(r == .sum ? .int64 : (arr.dtype == .bool ? .bool : .int64))
      }
      return ArrayArithmetic.wrap(out)
    } catch { throw PyError(tensor: error) }
  }

  /// `sum`, `prod`, `max` and `min` of an int64 or bool array, in int64 with NumPy's wrapping.
  ///
  /// `np.prod` of 1…25 wraps as NumPy's does; through float64 it gave the minimum int64, and every value
  /// past 2⁵³ was rounded. Bool arrays give bools for `max` and `min`.
  static func integerReduce(_ arr: NDArray, _ r: Reduction, _ axes: Axes, keepdims: Bool) throws(PyError) -> Value {
    let reduced: [Int]
    switch axes {
    case .all: reduced = Array(0..<arr.ndim)
    case .some(let list):
      reduced = try list.map { (k) throws(PyError) in try arr.normalizedAxis(k) }
      if Set(reduced).count != reduced.count { throw PyError("ValueError", "duplicate value in 'axis'") }
    }
    let kept = (0..<arr.ndim).filter { !reduced.contains($0) }
    let outShape = kept.map { arr.shape[$0] }
    let n = reduced.map { arr.shape[$0] }.reduce(1, *)
    if n == 0 && (r == .max || r == .min) {
      throw PyError(
        "ValueError",
        "zero-size array to reduction operation \(r == .max ? "maximum" : "minimum") which has no identity")
    }
    // The reduced axes moved last: each result is one contiguous run of `n` values in C order.
    let values = try arr.permuted(kept + reduced).ints
    let runs = outShape.reduce(1, *)
    var out = [Int](repeating: 0, count: runs)
    values.withUnsafeBufferPointer { x in
      for o in 0..<runs {
        let run = UnsafeBufferPointer(rebasing: x[(o * n)..<(o * n + n)])
        switch r {
        case .sum: out[o] = run.reduce(0, &+)
        case .prod: out[o] = run.reduce(1, &*)
        case .max: out[o] = run.max() ?? 0
        default: out[o] = run.min() ?? 0
        }
      }
    }
    let shape = keepdims ? (0..<arr.ndim).map { reduced.contains($0) ? 1 : arr.shape[$0] } : outShape
    let result = NDArray(ints: out, shape: shape)
    let boolResult = arr.dtype == .bool && (r == .max || r == .min)
    return ArrayArithmetic.wrap(boolResult ? result.astype(.bool) : result)
  }

  /// NumPy's sum of every element of a float64 view it cannot take as one contiguous run (`X[:, :3]`, `X[::2]`).
  ///
  /// The iterator walks the elements in memory order through an 8192-element buffer holding whole inner rows, and
  /// the sum adds each buffer's pairwise sum in turn. Nil when the ordinary pairwise sum is NumPy's (a contiguous
  /// run, in either order).
  static func bufferedSum(_ arr: NDArray) -> Double? {
    guard arr.ndim >= 2, arr.count > 1, !arr.isContiguous, !arr.isFortranOnly,
      arr.strides.allSatisfy({ $0 > 0 })
    else { return nil }
    // Memory order: axes by decreasing stride (NumPy's K order), then the inner rows that coalesce.
    let order = arr.shape.indices.sorted { arr.strides[$0] > arr.strides[$1] }
    let view = arr.view(shape: order.map { arr.shape[$0] }, strides: order.map { arr.strides[$0] }, offset: arr.offset)
    // The innermost axis, whatever its stride, with the outer axes that continue it evenly.
    let last = view.ndim - 1
    var inner = view.shape[last]
    var expected = view.strides[last] * view.shape[last]
    for k in stride(from: last - 1, through: 0, by: -1) {
      guard view.strides[k] == expected || view.shape[k] == 1 else { break }
      inner *= view.shape[k]
      expected *= view.shape[k]
    }
    if inner == view.count { return nil }
    let chunk = inner <= 8192 ? 8192 / inner * inner : 8192
    let values = view.doubles
    var total = 0.0
    values.withUnsafeBufferPointer { p in
      var start = 0
      while start < values.count {
        let n = Swift.min(chunk, values.count - start)
        total += Tensor.pairwiseSum(p.baseAddress! + start, n)
        start += n
      }
    }
    return total
  }

  /// Axes of an n-d array as axes of its reversed view; nil if one is out of range (the ordinary path reports it).
  static func reversedAxes(_ axes: Axes, _ n: Int) -> Axes? {
    guard case .some(let list) = axes else { return axes }
    let mapped = list.map { n - 1 - ($0 < 0 ? $0 + n : $0) }
    return mapped.allSatisfy { $0 >= 0 && $0 < n } ? .some(mapped) : nil
  }

  static func method(_ name: String, _ r: Reduction) -> PyBuiltin {
    .general(name, "ndarray") { (rt, a) throws(PyError) in try reduce(rt, a, r) }
  }

  /// Methods that are the `np` function of the same name applied to the array.
  static let sameAsFunctions: [PyBuiltin] = {
    let names: Set<String> = [
      "std", "var", "argmax", "argmin", "argsort", "argpartition", "cumsum", "round", "clip", "any", "all", "prod",
      "cumprod", "nonzero", "squeeze", "swapaxes", "diagonal", "trace", "repeat", "searchsorted", "take",
    ]
    return
      (NumPyFunctions.all + NumPyFunctions.more + NumPyStatistics.functions + NumPyAxes.functions
      + NumPyDiagonals.functions + NumPyShaping.functions + NumPyCounting.functions + NumPyEditing.functions).filter {
        names.contains($0.name)
      }
  }()

  static let all: [PyBuiltin] =
    sameAsFunctions + [
      method("sum", .sum), method("mean", .mean), method("max", .max), method("min", .min),
      .general("sort", "ndarray") { (rt, a) throws(PyError) in
        let arr = try array(a.positional.first ?? .none)
        let p = try Arguments(Array(a.positional.dropFirst()), a.keywords).bind("sort", ["axis", "kind"])
        let axis = try p[0].map { (v) throws(PyError) in try rt.index(v) } ?? -1
        try arr.checkWritable()
        try arr.assign(try arr.sortedCopy(axis: axis))
        return .none
      },
      .general("partition", "ndarray") { (rt, a) throws(PyError) in
        let arr = try array(a.positional.first ?? .none)
        let p = try Arguments(Array(a.positional.dropFirst()), a.keywords).bind(
          "partition", ["kth", "axis", "kind", "order"], required: 1)
        try arr.checkWritable()
        // `a.partition(k, axis=None)` is NumPy's TypeError from reading None as an axis.
        if let axis = p[1], axis.isNone {
          throw PyError("TypeError", "'NoneType' object cannot be interpreted as an integer")
        }
        let t = try NumPyFunctions.partition(arr, [.object(arr)] + p, indices: false, rt)
        try arr.assign(NDArray.from(t).astype(arr.dtype))
        return .none
      },
      .general("resize", "ndarray") { (rt, a) throws(PyError) in
        // NumPy's in-place resize: the flat data cut or padded with zeros. Its reference check counts Python
        // references; Tessel's refuses while any view of the data exists.
        let arr = try array(a.positional.first ?? .none)
        var dims: [Int] = []
        var refcheck = true
        for v in a.positional.dropFirst() { dims += try NumPyModule.shapeArgument(v, rt: rt) }
        for (k, v) in a.keywords {
          switch k {
          case "refcheck": refcheck = try rt.truthy(v)
          case "new_shape": dims += try NumPyModule.shapeArgument(v, rt: rt)
          default: throw PyError("TypeError", "'\(k)' is an invalid keyword argument for this function")
          }
        }
        if dims.contains(where: { $0 < 0 }) {
          throw PyError("ValueError", "negative dimensions not allowed")
        }
        try arr.checkWritable()
        guard arr.base == nil, arr.offset == 0, arr.isContiguous else {
          throw PyError("ValueError", "cannot resize this array: it does not own its data")
        }
        try arr.resize(dims, refcheck: refcheck)
        return .none
      },
      .general("reshape", "ndarray") { (rt, a) throws(PyError) in
        let arr = try array(a.positional.first ?? .none)
        var dims: [Int] = []
        for v in a.positional.dropFirst() { dims += try NumPyModule.shapeArgument(v, rt: rt) }
        dims = try reshaped(arr, dims)
        if arr.isContiguous {
          return .object(arr.view(shape: dims, strides: NDArray.contiguousStrides(dims), offset: arr.offset))
        }
        let c = arr.copy()
        return .object(
          NDArray(
            storage: c.storage, dtype: c.dtype, shape: dims, strides: NDArray.contiguousStrides(dims), offset: 0,
            base: nil))
      },
      .one("flatten", "ndarray") { (_, v) throws(PyError) in
        let c = try array(v).copy()
        return .object(
          NDArray(storage: c.storage, dtype: c.dtype, shape: [c.count], strides: [1], offset: 0, base: nil))
      },
      .one("ravel", "ndarray") { (_, v) throws(PyError) in
        let arr = try array(v)
        if arr.isContiguous { return .object(arr.view(shape: [arr.count], strides: [1], offset: arr.offset)) }
        let c = arr.copy()
        return .object(
          NDArray(storage: c.storage, dtype: c.dtype, shape: [c.count], strides: [1], offset: 0, base: nil))
      },
      .one("copy", "ndarray") { (_, v) throws(PyError) in .object(try array(v).copy()) },
      .one("conj", "ndarray") { (_, v) throws(PyError) in .object(try array(v).copy()) },
      .one("conjugate", "ndarray") { (_, v) throws(PyError) in .object(try array(v).copy()) },
      .one("view", "ndarray") { (_, v) throws(PyError) in
        let a = try array(v)
        return .object(a.view(shape: a.shape, strides: a.strides, offset: a.offset))
      },
      .one("tolist", "ndarray") { (_, v) throws(PyError) in try array(v).toList() },
      NumPyAxes.method,
      .general("astype", "ndarray") { (rt, a) throws(PyError) in
        let arr = try array(a.positional.first ?? .none)
        let p = try Arguments(Array(a.positional.dropFirst()), a.keywords).bind(
          "astype", ["dtype", "order", "casting", "subok", "copy"], required: 1)
        let dtype = try DTypes.parse(p[0] ?? .none, rt: rt) ?? .float64
        if let order = p[1], !order.isNone, try rt.string(order, "order") == "F" {
          throw PyError("NotImplementedError", "astype(order='F') is not in Tessel yet (its arrays are C-ordered)")
        }
        if let casting = p[2], !casting.isNone {
          let rule = try rt.string(casting, "casting")
          guard ["no", "equiv", "safe", "same_kind", "unsafe", "same_value"].contains(rule) else {
            throw PyError(
              "ValueError",
              "casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe', 'same_value' (got '\(rule)')")
          }
          // bool, int64 and float64 are each their own kind: only upward casts are safe or same-kind.
          let allowed: Bool
          switch rule {
          case "no", "equiv": allowed = dtype == arr.dtype
          case "safe", "same_kind": allowed = dtype.rawValue >= arr.dtype.rawValue
          case "unsafe": allowed = true
          default: throw PyError("NotImplementedError", "astype(casting='\(rule)') is not in Tessel yet")
          }
          guard allowed else {
            throw PyError(
              "TypeError",
              "Cannot cast array data from dtype('\(arr.dtype.name)') to dtype('\(dtype.name)') according to the rule '\(rule)'"
            )
          }
        }
        // `copy=False` returns the array itself when nothing needs converting.
        if let copy = p[4], !(try rt.truthy(copy)), dtype == arr.dtype { return .object(arr) }
        return .object(arr.astype(dtype))
      },
      .general("item", "ndarray") { (rt, a) throws(PyError) in
        let arr = try array(a.positional.first ?? .none)
        guard arr.count == 1 || a.positional.count > 1 else {
          throw PyError("ValueError", "can only convert an array of size 1 to a Python scalar")
        }
        let p = a.positional.count > 1 ? arr.positions()[try rt.index(a.positional[1])] : arr.positions()[0]
        switch arr.scalar(at: p) {
        case .f64(let d): return .float(d)
        case .i64(let i): return .int(i)
        case .npBool(let b): return .bool(b)
        default: return .none
        }
      },
      .two("dot", "ndarray") { (rt, x, y) throws(PyError) in
        if ComplexArrays.holdsComplex(y) { return try ComplexFunctions.dot(x, y, rt: rt) }
        return try ArrayArithmetic.dot(try array(x), try rt.array(y), rt: rt)
      },
      .two("fill", "ndarray") { (rt, v, x) throws(PyError) in
        let arr = try array(v)
        for p in arr.positions() { try arr.store(x, at: p, rt: rt) }
        return .none
      },
    ]
}
