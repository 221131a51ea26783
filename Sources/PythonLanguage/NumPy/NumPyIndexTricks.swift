import TensorModule

/// NumPy's index tricks and function wrappers: `take_along_axis`, `put_along_axis`, `indices`, `mgrid`,
/// `ogrid`, `fromfunction` and `vectorize`, computed as NumPy's Python source computes them.
enum NumPyIndexTricks {
  static let functions: [PyBuiltin] = [
    .general("take_along_axis", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("take_along_axis", ["arr", "indices", "axis"], required: 2)
      let (arr, positions, shape) = try alongAxis(rt, p[0], p[1], p[2], name: "take_along_axis")
      return .object(arr.gathered(positions, shape: shape))
    },
    .general("put_along_axis", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("put_along_axis", ["arr", "indices", "values", "axis"], required: 4)
      guard case .object(let o)? = p[0], o.tag == .ndarray else {
        throw PyError("TypeError", "put_along_axis: arr must be a numpy array")
      }
      let (arr, positions, shape) = try alongAxis(rt, p[0], p[1], p[3], name: "put_along_axis")
      let values = try rt.array(p[2] ?? .none)
      guard Broadcast.shape(of: values.shape, and: shape) == shape else {
        throw PyError(
          "ValueError",
          "shape mismatch: value array of shape \(Tensor.compact(values.shape)) could not be broadcast to indexing result of shape \(Tensor.compact(shape))"
        )
      }
      let sources = try values.broadcast(to: shape)
      for (k, target) in positions.enumerated() { try arr.store(values.scalar(at: sources[k]), at: target, rt: rt) }
      return .none
    },
    .general("indices", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("indices", ["dimensions", "dtype", "sparse"], required: 1)
      if let s = p[2], try rt.truthy(s) {
        throw PyError("NotImplementedError", "np.indices(sparse=True) is not in Tessel yet")
      }
      let dims = try NumPyModule.shapeArgument(p[0] ?? .none, rt: rt)
      let dtype = try p[1].flatMap { (d) throws(PyError) in try DTypes.parse(d, rt: rt) } ?? .int64
      return .object(try indexGrid(dims).astype(dtype))
    },
    .general("fromfunction", "numpy") { (rt, a) throws(PyError) in
      guard a.positional.count >= 2 else {
        throw PyError("TypeError", "fromfunction() missing required positional arguments: 'function' and 'shape'")
      }
      var dtype = DType.float64
      var keywords: [(String, Value)] = []
      for (k, v) in a.keywords {
        if k == "dtype" {
          dtype = try DTypes.parse(v, rt: rt) ?? .float64
        } else if k == "like" {
          throw PyError("NotImplementedError", "fromfunction(like=...) is not in Tessel yet")
        } else {
          keywords.append((k, v))
        }
      }
      let dims = try NumPyModule.shapeArgument(a.positional[1], rt: rt)
      let grid = try indexGrid(dims).astype(dtype)
      let step = dims.reduce(1, *)
      let args = (0..<dims.count).map { k -> Value in
        .object(grid.view(shape: dims, strides: NDArray.contiguousStrides(dims), offset: k * step))
      }
      return try rt.call(a.positional[0], args, keywords)
    },
    .general("vectorize", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("vectorize", ["pyfunc", "otypes", "doc", "excluded", "cache", "signature"], required: 1)
      try NumPyFunctions.unsupported("vectorize", ["doc", "excluded", "signature"], [p[2], p[3], p[5]])
      if let c = p[4], try rt.truthy(c) {
        throw PyError("NotImplementedError", "vectorize(cache=True) is not in Tessel yet")
      }
      var otype: DType?
      if let o = p[1], !o.isNone {
        let items = try rt.collect(o)
        guard items.count == 1 else {
          throw PyError(
            "NotImplementedError",
            "vectorize with several outputs (otypes of length \(items.count)) is not in Tessel yet")
        }
        otype = try typeCode(items[0], rt)
      }
      return .object(Vectorized(function: p[0] ?? .none, otype: otype))
    },
  ]

  /// The module's `mgrid` and `ogrid` objects.
  static func install(in attributes: inout [String: Value]) {
    attributes["mgrid"] = .object(grid("mgrid", sparse: false))
    attributes["ogrid"] = .object(grid("ogrid", sparse: true))
  }

  /// `arr`, the storage positions `take_along_axis(arr, indices, axis)` reads (or `put_along_axis` writes), in
  /// C order of the result, and the result's shape: the shapes broadcast but along `axis`, where each index
  /// picks an element (negative from the end).
  static func alongAxis(_ rt: Runtime, _ arrValue: Value?, _ indicesValue: Value?, _ axisValue: Value?, name: String)
    throws(PyError) -> (NDArray, [Int], [Int])
  {
    var arr = try rt.array(arrValue ?? .none)
    let indices = try rt.array(indicesValue ?? .none)
    guard indices.dtype == .int64 else { throw PyError("IndexError", "`indices` must be an integer array") }
    let axis: Int
    if let v = axisValue, v.isNone {
      guard indices.ndim == 1 else {
        throw PyError("ValueError", "when axis=None, `indices` must have a single dimension.")
      }
      arr =
        arr.isContiguous
        ? arr.view(shape: [arr.count], strides: [1], offset: arr.offset)
        : arr.copy().view(shape: [arr.count], strides: [1], offset: 0)
      axis = 0
    } else {
      guard arr.ndim == indices.ndim else {
        throw PyError("ValueError", "`indices` and `arr` must have the same number of dimensions")
      }
      axis = try arr.normalizedAxis(try axisValue.map { (v) throws(PyError) in try rt.index(v) } ?? -1)
    }
    var shape: [Int] = []
    for d in 0..<arr.ndim {
      if d == axis {
        shape.append(indices.shape[d])
        continue
      }
      let (m, n) = (arr.shape[d], indices.shape[d])
      guard m == n || m == 1 || n == 1 else {
        // NumPy indexes with `indices` on `axis` and a shaped arange on every other axis; it names those.
        let shapes = (0..<arr.ndim).map { k -> String in
          if k == axis { return Tensor.compact(indices.shape) }
          return Tensor.compact((0..<arr.ndim).map { $0 == k ? arr.shape[k] : 1 })
        }
        throw PyError(
          "IndexError",
          "shape mismatch: indexing arrays could not be broadcast together with shapes \(shapes.joined(separator: " ")) "
        )
      }
      shape.append(m == 1 ? n : m)
    }
    let picks = try indices.broadcast(to: shape)
    let picked = indices.ints.isEmpty ? [] : picks.map { indices.storage.ints[$0] }
    let size = arr.shape[axis]
    var out: [Int] = []
    out.reserveCapacity(picked.count)
    var index = [Int](repeating: 0, count: shape.count)
    for k in 0..<picked.count {
      var i = picked[k]
      if i < -size || i >= size {
        throw PyError("IndexError", "index \(i) is out of bounds for axis \(axis) with size \(size)")
      }
      if i < 0 { i += size }
      var position = arr.offset
      for d in 0..<shape.count {
        let at = d == axis ? i : (arr.shape[d] == 1 ? 0 : index[d])
        position += at * arr.strides[d]
      }
      out.append(position)
      Broadcast.advance(&index, in: shape)
    }
    return (arr, out, shape)
  }

  /// `np.indices(dims)`: int64, shape `(len(dims), *dims)`; grid k counts along axis k.
  static func indexGrid(_ dims: [Int]) throws(PyError) -> NDArray {
    let shape = [dims.count] + dims
    try NumPyFunctions.lift { () throws(TensorError) in try MemoryBudget.reserve(shape) }
    let step = dims.reduce(1, *)
    let strides = NDArray.contiguousStrides(dims)
    var values = [Int](repeating: 0, count: dims.count * step)
    for k in 0..<dims.count where dims[k] > 0 {
      for flat in 0..<step { values[k * step + flat] = (flat / strides[k]) % dims[k] }
    }
    return NDArray(ints: values, shape: shape)
  }

  /// NumPy's `nd_grid`: `mgrid[0:3, 0:2]` is one array of every grid, `ogrid[...]` a tuple of open grids; a
  /// complex step `5j` asks for that many points with the stop included.
  static func grid(_ name: String, sparse: Bool) -> PyObject {
    let type = BuiltinTypes.make(
      sparse ? "OGridClass" : "MGridClass", [BuiltinTypes.object], module: "numpy",
      methods: [
        .two("__getitem__", name) { (rt, _, key) throws(PyError) in
          if case .object(let o) = key, o.tag == .tuple {
            let items = unsafeDowncast(o, to: PyTuple.self).items
            return try gridOf(rt, items.map { (v) throws(PyError) in try slice(v, name) }, sparse: sparse)
          }
          return try singleRange(rt, try slice(key, name))
        }
      ])
    return PySingleton("numpy.\(name)", type)
  }

  /// One axis of a grid: start, stop, step as given (start 0 and step 1 when None), and a complex step's
  /// point count.
  struct GridAxis {
    var start: Value
    var stop: Value
    var step: Value
    var points: Int?
  }

  static func slice(_ v: Value, _ name: String) throws(PyError) -> GridAxis {
    guard case .object(let o) = v, o.tag == .slice else {
      throw PyError("NotImplementedError", "np.\(name) with an index that is not a slice is not in Tessel yet")
    }
    let s = unsafeDowncast(o, to: PySlice.self)
    var axis = GridAxis(start: s.start.isNone ? .int(0) : s.start, stop: s.stop, step: s.step.isNone ? .int(1) : s.step)
    if case .object(let c) = axis.step, c.tag == .complex {
      let z = unsafeDowncast(c, to: PyComplex.self)
      axis.points = try NumberCasts.pythonInt((z.real * z.real + z.imag * z.imag).squareRoot(), rounded: .towardZero)
    }
    return axis
  }

  static func isInteger(_ v: Value) -> Bool {
    switch v {
    case .int, .i64, .bool, .npBool: true
    default: false
    }
  }

  /// `mgrid`/`ogrid` with a tuple of slices, as `nd_grid.__getitem__`'s first branch.
  static func gridOf(_ rt: Runtime, _ axes: [GridAxis], sparse: Bool) throws(PyError) -> Value {
    var sizes: [Int] = []
    var integral = true
    for axis in axes {
      if let points = axis.points {
        sizes.append(points)
        integral = false
      } else {
        let (start, stop, step) = (try rt.double(axis.start), try rt.double(axis.stop), try rt.double(axis.step))
        guard step != 0 else { throw PyError("ZeroDivisionError", "float division by zero") }
        sizes.append(Swift.max(0, try NumberCasts.pythonInt((stop - start) / step, rounded: .up)))
        integral = integral && isInteger(axis.start) && isInteger(axis.stop) && isInteger(axis.step)
      }
    }
    do throws(TensorError) { _ = try MemoryBudget.reserve([axes.count] + sizes) } catch {
      throw PyError(tensor: error)
    }
    // Each axis's values: index × step + start, in int64 when every bound is an integer.
    var columns: [NDArray] = []
    for (k, axis) in axes.enumerated() {
      if integral {
        let (start, step) = (try rt.index(axis.start), try rt.index(axis.step))
        columns.append(NDArray(ints: (0..<sizes[k]).map { $0 &* step &+ start }, shape: [sizes[k]]))
      } else {
        let start = try rt.double(axis.start)
        let step: Double
        if let points = axis.points {
          step = points == 1 ? 1 : (try rt.double(axis.stop) - start) / Double(points - 1)
        } else {
          step = try rt.double(axis.step)
        }
        columns.append(NDArray(doubles: (0..<sizes[k]).map { Double($0) * step + start }, shape: [sizes[k]]))
      }
    }
    if sparse {
      return .tuple(
        columns.enumerated().map { (k, c) -> Value in
          var shape = [Int](repeating: 1, count: axes.count)
          shape[k] = c.count
          return .object(c.view(shape: shape, strides: NDArray.contiguousStrides(shape), offset: 0))
        })
    }
    let grid = try indexGrid(sizes)
    let step = sizes.reduce(1, *)
    let flat = grid.ints
    if integral {
      var out = flat
      for k in 0..<axes.count {
        let values = columns[k].ints
        for i in 0..<step { out[k * step + i] = values[flat[k * step + i]] }
      }
      return .object(NDArray(ints: out, shape: grid.shape))
    }
    var out = [Double](repeating: 0, count: flat.count)
    for k in 0..<axes.count {
      let values = columns[k].doubles
      for i in 0..<step { out[k * step + i] = values[flat[k * step + i]] }
    }
    return .object(NDArray(doubles: out, shape: grid.shape))
  }

  /// `mgrid[a:b:c]` with one slice: `np.arange(a, b, c)`, or with a complex step that many points from a to b.
  static func singleRange(_ rt: Runtime, _ axis: GridAxis) throws(PyError) -> Value {
    if let points = axis.points {
      do throws(TensorError) { _ = try MemoryBudget.reserve(count: points) } catch { throw PyError(tensor: error) }
      let start = try rt.double(axis.start)
      let step = points == 1 ? 1 : (try rt.double(axis.stop) - start) / Double(points - 1)
      return .object(NDArray(doubles: (0..<points).map { Double($0) * step + start }, shape: [points]))
    }
    guard let arange = try rt.importModule("numpy").attributes["arange"] else {
      throw PyError("AttributeError", "module 'numpy' has no attribute 'arange'")
    }
    return try rt.call(arange, [axis.start, axis.stop, axis.step])
  }

  /// An `otypes` entry: a type code (`'d'`, `'l'`, `'?'`), a name, or a type.
  static func typeCode(_ v: Value, _ rt: Runtime) throws(PyError) -> DType? {
    if case .object(let o) = v, o.tag == .str {
      switch unsafeDowncast(o, to: PyStr.self).value {
      case "d", "f8": return .float64
      case "l", "q", "i8", "int_": return .int64
      case "?": return .bool
      default: break
      }
    }
    return try DTypes.parse(v, rt: rt)
  }
}

/// `np.vectorize(f)`: calling it broadcasts the arguments and calls `f` on each set of elements (as Python
/// numbers), in C order.
///
/// Without `otypes`, the output dtype is that of `f`'s result for the first elements, so `f` runs on them
/// twice, as NumPy's does; every result is then cast to that dtype (ints truncate floats).
final class Vectorized: PyObject {
  let function: Value
  let otype: DType?

  init(function: Value, otype: DType?) {
    self.function = function
    self.otype = otype
    super.init(tag: .other)
  }

  override var type: PyType { Self.type }

  static let type: PyType = BuiltinTypes.make(
    "vectorize", [BuiltinTypes.object], module: "numpy",
    methods: [
      .general("__call__", "vectorize") { (rt, a) throws(PyError) in
        guard case .object(let o)? = a.positional.first, let v = o as? Vectorized else {
          throw PyError("TypeError", "vectorize.__call__ needs a vectorize object")
        }
        return try v.call(rt, Array(a.positional.dropFirst()), a.keywords)
      }
    ])

  func call(_ rt: Runtime, _ args: [Value], _ keywords: [(String, Value)]) throws(PyError) -> Value {
    let arrays = try args.map { (v) throws(PyError) in try rt.array(v) }
    var shape: [Int] = []
    for arr in arrays {
      guard let s = Broadcast.shape(of: shape, and: arr.shape) else {
        throw PyError("ValueError", "shape mismatch: objects cannot be broadcast to a single shape")
      }
      shape = s
    }
    let sources = try arrays.map { (arr) throws(PyError) in try arr.broadcast(to: shape) }
    let count = shape.reduce(1, *)
    // Python numbers, as NumPy's object loop passes them; the first call, which finds the dtype, gets
    // NumPy scalars.
    func element(_ k: Int, numpy: Bool = false) -> [Value] {
      zip(arrays, sources).map { (arr, positions) in
        let v = arr.scalar(at: positions[k])
        if numpy { return v }
        switch v {
        case .f64(let d): return .float(d)
        case .i64(let i): return .int(i)
        case .npBool(let b): return .bool(b)
        default: return v
        }
      }
    }
    var dtype = otype
    if dtype == nil {
      guard count > 0 else {
        throw PyError("ValueError", "cannot call `vectorize` on size 0 inputs unless `otypes` is set")
      }
      dtype = try Vectorized.dtype(of: try rt.call(function, element(0, numpy: true), keywords), rt)
    }
    var results: [Value] = []
    results.reserveCapacity(count)
    for k in 0..<count { results.append(try rt.call(function, element(k), keywords)) }
    let out = try NDArray.make(.object(PyList(results)), dtype: dtype, rt: rt)
    return .object(out.view(shape: shape, strides: NDArray.contiguousStrides(shape), offset: out.offset))
  }

  /// The dtype NumPy gives an array of `v`.
  static func dtype(of v: Value, _ rt: Runtime) throws(PyError) -> DType {
    switch v {
    case .bool, .npBool: return .bool
    case .int, .i64: return .int64
    case .float, .f64: return .float64
    default:
      if case .object(let o) = v, o.tag == .ndarray { return unsafeDowncast(o, to: NDArray.self).dtype }
      throw PyError(
        "NotImplementedError",
        "vectorize of a function returning \(rt.typeName(v)) is not in Tessel yet (numbers and bools are)")
    }
  }
}
