import TensorModule

/// Set operations and array editing as NumPy has them: `isin`, `setdiff1d`, `union1d`, `append`, `insert`,
/// `delete`, `take`, `array_equal`, `identity`, `fill_diagonal`, the index builders (`triu_indices`,
/// `tril_indices`, `diag_indices`), `errstate`, and the `np.r_`/`np.c_` concatenators.
enum NumPyEditing {
  static func lift<T>(_ body: () throws(TensorError) -> T) throws(PyError) -> T { try NumPyFunctions.lift(body) }

  /// Sorted unique values of `values` as an array of `dtype` (NumPy's `unique` of a 1-d result).
  static func sortedUnique(_ values: [Double], _ dtype: DType) throws(PyError) -> Value {
    let t = try lift { () throws(TensorError) in try Tensor(Array(Set(values))).sorted() }
    let r = NDArray.from(t)
    return .object(dtype == .float64 ? r : r.astype(dtype))
  }

  /// An array flattened (C order), its dtype kept.
  static func flat(_ a: NDArray) -> NDArray {
    NDArray.from(a.tensor.reshaped([a.count])).astype(a.dtype)
  }

  /// Indices along an axis of length `n` from an int, a list of ints or a slice, negative ones counted from the end.
  static func positions(_ rt: Runtime, _ v: Value, count n: Int, axis: Int) throws(PyError) -> [Int] {
    if case .object(let o) = v, o.tag == .slice {
      let (start, stop, step) = try rt.sliceIndices(unsafeDowncast(o, to: PySlice.self), count: n)
      return Array(stride(from: start, to: stop, by: step))
    }
    var out: [Int] = []
    for i in try NumPyShaping.ints(v, rt) {
      guard i >= -n && i < n else {
        throw PyError("IndexError", "index \(i) is out of bounds for axis \(axis) with size \(n)")
      }
      out.append(i < 0 ? i + n : i)
    }
    return out
  }

  static let functions: [PyBuiltin] = [
    .general("isin", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("isin", ["element", "test_elements", "assume_unique", "invert"], required: 2)
      let element = try rt.array(p[0] ?? .none)
      try NumPyFunctions.exactInFloat([element, try rt.array(p[1] ?? .none)])
      let test = Set(try rt.array(p[1] ?? .none).doubles)
      let invert = try p[3].map { (v) throws(PyError) in try rt.truthy(v) } ?? false
      return ArrayArithmetic.wrap(
        NDArray(bools: element.doubles.map { test.contains($0) != invert }, shape: element.shape))
    },
    .two("setdiff1d", "numpy") { (rt, x, y) throws(PyError) in
      let (a, b) = (try rt.array(x), try rt.array(y))
      try NumPyFunctions.exactInFloat([a, b])
      let drop = Set(b.doubles)
      return try sortedUnique(a.doubles.filter { !drop.contains($0) }, a.dtype)
    },
    .two("setxor1d", "numpy") { (rt, x, y) throws(PyError) in
      // The values in exactly one of the two (each side's duplicates count once).
      let (a, b) = (try rt.array(x), try rt.array(y))
      try NumPyFunctions.exactInFloat([a, b])
      let (left, right) = (Set(a.doubles), Set(b.doubles))
      return try sortedUnique(Array(left.symmetricDifference(right)), DType.promote(a.dtype, b.dtype))
    },
    .two("union1d", "numpy") { (rt, x, y) throws(PyError) in
      let (a, b) = (try rt.array(x), try rt.array(y))
      try NumPyFunctions.exactInFloat([a, b])
      return try sortedUnique(a.doubles + b.doubles, DType.promote(a.dtype, b.dtype))
    },
    .general("append", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("append", ["arr", "values", "axis"], required: 2)
      let (x, y) = (try rt.array(p[0] ?? .none), try rt.array(p[1] ?? .none))
      try NumPyFunctions.exactInFloat([x, y])
      let kind = DType.promote(x.dtype, y.dtype)
      let t: Tensor
      if let axis = try NumPyFunctions.axisArgument(p[2], rt) {
        t = try lift { () throws(TensorError) in try Tensor.concatenate([x.tensor, y.tensor], axis: axis) }
      } else {
        t = try lift { () throws(TensorError) in
          try Tensor.concatenate([x.tensor.reshaped([x.count]), y.tensor.reshaped([y.count])], axis: 0)
        }
      }
      let r = NDArray.from(t)
      return .object(kind == .float64 ? r : r.astype(kind))
    },
    .general("insert", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("insert", ["arr", "obj", "values", "axis"], required: 3)
      let x = try rt.array(p[0] ?? .none)
      guard p[3] == nil || p[3]?.isNone == true || x.ndim == 1 else {
        throw PyError("NotImplementedError", "np.insert along an axis of a 2-d or larger array is not in Tessel yet")
      }
      guard case .int(var at)? = p[1] ?? nil else {
        throw PyError(
          "NotImplementedError", "np.insert at several positions (obj a list or a slice) is not in Tessel yet")
      }
      let values = flat(try rt.array(p[2] ?? .none))
      try NumPyFunctions.exactInFloat([try rt.array(p[0] ?? .none), try rt.array(p[2] ?? .none)])
      let n = x.count
      guard at >= -n && at <= n else {
        throw PyError("IndexError", "index \(at) is out of bounds for axis 0 with size \(n)")
      }
      if at < 0 { at += n }
      // The values take the array's dtype, as NumPy casts them.
      var items = flat(x).tensor.data
      items.insert(contentsOf: values.astype(x.dtype).tensor.data, at: at)
      return .object(NDArray.from(Tensor(items)).astype(x.dtype))
    },
    .general("delete", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("delete", ["arr", "obj", "axis"], required: 2)
      let x = try rt.array(p[0] ?? .none)
      try NumPyFunctions.exactInFloat([x])
      guard let axis = try NumPyFunctions.axisArgument(p[2], rt) else {
        let drop = Set(try positions(rt, p[1] ?? .none, count: x.count, axis: 0))
        let kept = flat(x).tensor.take((0..<x.count).filter { !drop.contains($0) }, axis: 0)
        return .object(NDArray.from(kept).astype(x.dtype))
      }
      let k = try x.normalizedAxis(axis)
      let drop = Set(try positions(rt, p[1] ?? .none, count: x.shape[k], axis: k))
      let kept = x.tensor.take((0..<x.shape[k]).filter { !drop.contains($0) }, axis: k)
      return .object(NDArray.from(kept).astype(x.dtype))
    },
    .general("put", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("put", ["a", "ind", "v", "mode"], required: 3)
      guard case .object(let o)? = p[0], o.tag == .ndarray else {
        throw PyError("TypeError", "argument 1 must be numpy.ndarray, not <class '\(rt.typeOf(p[0] ?? .none).name)'>")
      }
      let target = unsafeDowncast(o, to: NDArray.self)
      let mode = try p[3].map { (v) throws(PyError) in try rt.string(v, "mode") } ?? "raise"
      guard ["raise", "wrap", "clip"].contains(mode) else {
        throw PyError("ValueError", "clipmode must be one of 'clip', 'raise', or 'wrap' (got '\(mode)')")
      }
      // Float indices are truncated (NumPy casts them unsafely).
      let indices = try rt.array(p[1] ?? .none)
      let values = flat(try rt.array(p[2] ?? .none))
      let n = target.count
      guard values.count > 0, indices.count > 0 else { return .none }
      if n == 0 { throw PyError("IndexError", "cannot replace elements of an empty array") }
      // C-order strides of the target's shape, to find each flat index's place in its storage.
      let dims = Tensor.strides(for: target.shape)
      for (j, raw) in indices.ints.enumerated() {
        var i = raw
        switch mode {
        case "wrap": i = ((i % n) + n) % n
        case "clip": i = Swift.min(Swift.max(i, 0), n - 1)
        default:
          guard i >= -n && i < n else {
            throw PyError("IndexError", "index \(raw) is out of bounds for axis 0 with size \(n)")
          }
          if i < 0 { i += n }
        }
        var position = target.offset
        var rest = i
        for k in 0..<target.ndim {
          position += (rest / dims[k]) * target.strides[k]
          rest %= dims[k]
        }
        try target.store(values.item(j % values.count), at: position, rt: rt)
      }
      return .none
    },
    .general("take", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("take", ["a", "indices", "axis"], required: 2)
      let x = try rt.array(p[0] ?? .none)
      try NumPyFunctions.exactInFloat([x])
      let indices = try rt.array(p[1] ?? .none)
      if let axis = try NumPyFunctions.axisArgument(p[2], rt) {
        let k = try x.normalizedAxis(axis)
        let ps = try positions(rt, p[1] ?? .none, count: x.shape[k], axis: k)
        let r = NDArray.from(x.tensor.take(ps, axis: k)).astype(x.dtype)
        return indices.ndim == 0 ? try r.get(.int(0), rt: rt) : .object(r)
      }
      let ps = try positions(rt, p[1] ?? .none, count: x.count, axis: 0)
      let taken = flat(x).tensor.take(ps, axis: 0)
      return ArrayArithmetic.wrap(NDArray.from(taken.reshaped(indices.shape)).astype(x.dtype))
    },
    .general("array_equal", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("array_equal", ["a1", "a2", "equal_nan"], required: 2)
      let (x, y) = (try rt.array(p[0] ?? .none), try rt.array(p[1] ?? .none))
      try NumPyFunctions.exactInFloat([x, y])
      let equalNaN = try p[2].map { (v) throws(PyError) in try rt.truthy(v) } ?? false
      guard x.shape == y.shape else { return .bool(false) }
      return .bool(zip(x.doubles, y.doubles).allSatisfy { $0 == $1 || (equalNaN && $0.isNaN && $1.isNaN) })
    },
    .general("identity", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("identity", ["n", "dtype"], required: 1)
      let n = try rt.index(p[0] ?? .none)
      guard n >= 0 else { throw PyError("ValueError", "negative dimensions are not allowed") }
      let dtype = try DTypes.parse(p[1] ?? .none, rt: rt) ?? .float64
      let eye = NDArray.from(try lift { () throws(TensorError) in try Tensor.identity(n, columns: n) })
      return .object(dtype == .float64 ? eye : eye.astype(dtype))
    },
    .general("fill_diagonal", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("fill_diagonal", ["a", "val", "wrap"], required: 2)
      let x = try rt.array(p[0] ?? .none)
      guard x.ndim == 2 else {
        throw PyError("NotImplementedError", "fill_diagonal of a \(x.ndim)-d array is not in Tessel yet")
      }
      let values = flat(try rt.array(p[1] ?? .none))
      let scalars = (0..<values.count).map { values.item($0) }
      for i in 0..<min(x.shape[0], x.shape[1]) where !scalars.isEmpty {
        try x.store(scalars[i % scalars.count], at: x.offset + i * x.strides[0] + i * x.strides[1], rt: rt)
      }
      return .none
    },
    triangleIndices("triu_indices", upper: true), triangleIndices("tril_indices", upper: false),
    .general("diag_indices", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("diag_indices", ["n", "ndim"], required: 1)
      let n = try rt.index(p[0] ?? .none)
      let d = try p[1].map { (v) throws(PyError) in try rt.index(v) } ?? 2
      return .tuple((0..<d).map { _ in .object(NDArray(ints: Array(0..<max(n, 0)), shape: [max(n, 0)])) })
    },
    .general("errstate", "numpy") { (rt, a) throws(PyError) in
      for (k, v) in a.keywords {
        guard ["all", "divide", "over", "under", "invalid"].contains(k) else {
          throw PyError("TypeError", "errstate() got an unexpected keyword argument '\(k)'")
        }
        let mode = try rt.string(v, k)
        guard ["ignore", "warn", "print", "log"].contains(mode) else {
          throw PyError(
            "NotImplementedError", "np.errstate(\(k)='\(mode)') is not in Tessel yet; 'ignore' and 'warn' are")
        }
      }
      // Tessel reports no floating-point warnings, so 'ignore' and 'warn' leave nothing to change.
      return .object(PySingleton("errstate", errstateType))
    },
  ]

  static let errstateType = BuiltinTypes.make(
    "errstate", [BuiltinTypes.object], module: "numpy",
    methods: [
      .one("__enter__", "errstate") { (_, s) throws(PyError) in s },
      .general("__exit__", "errstate") { (_, _) throws(PyError) in .bool(false) },
    ])

  static func triangleIndices(_ name: String, upper: Bool) -> PyBuiltin {
    .general(name, "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind(name, ["n", "k", "m"], required: 1)
      let n = try rt.index(p[0] ?? .none)
      let k = try p[1].map { (v) throws(PyError) in try rt.index(v) } ?? 0
      let m = try p[2].flatMap { (v) throws(PyError) -> Int? in v.isNone ? nil : try rt.index(v) } ?? n
      // NumPy builds an n × m mask first.
      do throws(TensorError) { _ = try MemoryBudget.reserve([max(n, 0), max(m, 0)], itemSize: 1, dtype: "bool") } catch
      {
        throw PyError(tensor: error)
      }
      var rows: [Int] = []
      var cols: [Int] = []
      for i in 0..<max(n, 0) {
        for j in 0..<max(m, 0) where upper ? j >= i + k : j <= i + k {
          rows.append(i)
          cols.append(j)
        }
      }
      return .tuple([
        .object(NDArray(ints: rows, shape: [rows.count])), .object(NDArray(ints: cols, shape: [cols.count])),
      ])
    }
  }

  /// `np.r_[a, b, 3]` (1-d pieces and scalars joined) and `np.c_[x, y]` (1-d pieces as columns, side by side).
  static func concatenator(_ name: String, columns: Bool) -> PyObject {
    let type = BuiltinTypes.make(
      name == "r_" ? "RClass" : "CClass", [BuiltinTypes.object], module: "numpy",
      methods: [
        .two("__getitem__", name) { (rt, _, key) throws(PyError) in
          var items: [Value] = [key]
          if case .object(let o) = key, o.tag == .tuple { items = unsafeDowncast(o, to: PyTuple.self).items }
          var parts: [NDArray] = []
          for item in items {
            if case .object(let o) = item, o.tag == .str {
              throw PyError("NotImplementedError", "np.\(name) with a string directive is not in Tessel yet")
            }
            var arr: NDArray
            if case .object(let o) = item, o.tag == .slice {
              // NumPy's AxisConcatenator: `start:stop:step` is arange, a complex step that many points of linspace.
              let s = unsafeDowncast(o, to: PySlice.self)
              let start = s.start.isNone ? Value.int(0) : s.start
              let step = s.step.isNone ? Value.int(1) : s.step
              let numpy = try rt.importModule("numpy")
              if case .object(let c) = step, c.tag == .complex {
                let z = unsafeDowncast(c, to: PyComplex.self)
                let points = try NumberCasts.pythonInt(
                  (z.real * z.real + z.imag * z.imag).squareRoot(), rounded: .towardZero)
                arr = try rt.array(
                  try rt.call(numpy.attributes["linspace"] ?? .none, [start, s.stop, .int(points)]))
              } else {
                arr = try rt.array(try rt.call(numpy.attributes["arange"] ?? .none, [start, s.stop, step]))
              }
            } else {
              arr = try rt.array(item)
            }
            if arr.ndim == 0 { arr = arr.view(shape: [1], strides: [0], offset: arr.offset) }
            if columns && arr.ndim == 1 {
              arr = arr.view(shape: [arr.count, 1], strides: [arr.strides[0], 0], offset: arr.offset)
            }
            parts.append(arr)
          }
          guard let first = parts.first else { return .object(NDArray(doubles: [], shape: [0])) }
          let kind = parts.map(\.dtype).reduce(first.dtype, DType.promote)
          let axis = columns ? -1 : 0
          let t = try lift { () throws(TensorError) in try Tensor.concatenate(parts.map(\.tensor), axis: axis) }
          let r = NDArray.from(t)
          return .object(kind == .float64 ? r : r.astype(kind))
        }
      ])
    return PySingleton("numpy.\(name)", type)
  }
}
