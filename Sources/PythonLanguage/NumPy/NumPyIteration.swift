import TensorModule

/// Walking arrays index by index: `ndindex`, `ndenumerate`, `apply_along_axis`, with `s_`, `index_exp` and
/// `resize`, as NumPy's Python source defines them.
enum NumPyIteration {
  static let ndindexType = BuiltinTypes.make("ndindex", [BuiltinTypes.object], module: "numpy")
  static let ndenumerateType = BuiltinTypes.make("ndenumerate", [BuiltinTypes.object], module: "numpy")

  static let functions: [PyBuiltin] = [
    .general("ndindex", "numpy") { (rt, a) throws(PyError) in
      guard a.keywords.isEmpty else { throw PyError("TypeError", "ndindex() takes no keyword arguments") }
      var shape: [Int] = []
      if a.positional.count == 1 {
        shape = try NumPyModule.shapeArgument(a.positional[0], rt: rt)
      } else {
        for v in a.positional { shape.append(try rt.index(v)) }
      }
      var walk = Walk(shape)
      return .object(
        FunctionIterator(ndindexType) { _ in walk.next().map { index in .tuple(index.map { .int($0) }) } })
    },
    .general("ndenumerate", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("ndenumerate", ["arr"], required: 1)
      let arr = try rt.array(p[0] ?? .none)
      var walk = Walk(arr.shape)
      return .object(
        FunctionIterator(ndenumerateType) { _ in
          guard let index = walk.next() else { return nil }
          var position = arr.offset
          for d in index.indices { position += index[d] * arr.strides[d] }
          return .tuple([.tuple(index.map { .int($0) }), arr.scalar(at: position)])
        })
    },
    .general("apply_along_axis", "numpy") { (rt, a) throws(PyError) in
      guard a.positional.count >= 3 else {
        throw PyError(
          "TypeError", "apply_along_axis() missing required positional arguments: 'func1d', 'axis', and 'arr'")
      }
      return try applyAlongAxis(
        rt, a.positional[0], a.positional[1], a.positional[2], Array(a.positional.dropFirst(3)), a.keywords)
    },
    .general("resize", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("resize", ["a", "new_shape"], required: 2)
      let arr = try rt.array(p[0] ?? .none)
      let shape = try NumPyModule.shapeArgument(p[1] ?? .none, rt: rt)
      if shape.contains(where: { $0 < 0 }) {
        throw PyError("ValueError", "all elements of `new_shape` must be non-negative")
      }
      let n = shape.reduce(1, *)
      try NumPyFunctions.lift { () throws(TensorError) in try MemoryBudget.reserve(shape) }
      // The flattened array repeated (zeros when it is empty), as NumPy's `resize`.
      let source = arr.copy()
      if arr.count == 0 { return .object(NDArray(ints: [Int](repeating: 0, count: n), shape: shape).astype(arr.dtype)) }
      return .object(source.gathered((0..<n).map { $0 % arr.count }, shape: shape))
    },
  ]

  /// The module's `s_` and `index_exp`: indexing one gives back the index (`index_exp` always a tuple).
  static func install(in attributes: inout [String: Value]) {
    for (name, tuple) in [("s_", false), ("index_exp", true)] {
      let type = BuiltinTypes.make(
        "IndexExpression", [BuiltinTypes.object], module: "numpy",
        methods: [
          .two("__getitem__", name) { (_, _, key) throws(PyError) in
            if tuple, !(key.isTupleObject) { return .tuple([key]) }
            return key
          }
        ])
      attributes[name] = .object(PySingleton("numpy.\(name)", type))
    }
  }

  /// C-order multi-indices of a shape, one at a time (one empty index for a 0-d shape; none for an empty one).
  struct Walk {
    let shape: [Int]
    var index: [Int]?

    init(_ shape: [Int]) {
      self.shape = shape
      index = shape.contains(0) ? nil : [Int](repeating: 0, count: shape.count)
    }

    mutating func next() -> [Int]? {
      guard let current = index else { return nil }
      var k = shape.count - 1
      var following = current
      while k >= 0 {
        following[k] += 1
        if following[k] < shape[k] { break }
        following[k] = 0
        k -= 1
      }
      index = k < 0 ? nil : following
      return current
    }
  }

  /// NumPy's `apply_along_axis`: `func1d` on each 1-d slice along `axis` (a view), the first result fixing the
  /// result's dtype and trailing shape; the result is NumPy's transposed view of its buffer.
  static func applyAlongAxis(
    _ rt: Runtime, _ function: Value, _ axisValue: Value, _ arrValue: Value, _ args: [Value],
    _ keywords: [(String, Value)]
  ) throws(PyError) -> Value {
    let arr = try rt.array(arrValue)
    let axis = try arr.normalizedAxis(try rt.index(axisValue))
    let nd = arr.ndim
    let moved = try arr.permuted(Array(0..<axis) + Array((axis + 1)..<nd) + [axis])
    let outer = Array(moved.shape.dropLast())
    var walk = Walk(outer)
    guard let first = walk.next() else {
      throw PyError("ValueError", "Cannot apply_along_axis when any iteration dimensions are 0")
    }
    let length = moved.shape[nd - 1]
    let stride = moved.strides[nd - 1]
    func slice(_ index: [Int]) -> Value {
      var offset = moved.offset
      for d in index.indices { offset += index[d] * moved.strides[d] }
      return .object(moved.view(shape: [length], strides: [stride], offset: offset))
    }
    let result = try rt.array(try rt.call(function, [slice(first)] + args, keywords))
    let bufferShape = outer + result.shape
    try NumPyFunctions.lift { () throws(TensorError) in try MemoryBudget.reserve(bufferShape) }
    let buffer = NDArray(ints: [Int](repeating: 0, count: bufferShape.reduce(1, *)), shape: bufferShape).astype(
      result.dtype)
    let block = result.count
    var row = 0
    var index: [Int]? = first
    var current = result
    while let at = index {
      guard let positions = Broadcast.shape(of: current.shape, and: result.shape), positions == result.shape else {
        throw PyError(
          "ValueError",
          "could not broadcast input array from shape \(Tensor.compact(current.shape)) into shape \(Tensor.compact(result.shape))"
        )
      }
      let sources = try current.broadcast(to: result.shape)
      for k in 0..<block { try buffer.store(current.scalar(at: sources[k]), at: row * block + k, rt: rt) }
      row += 1
      index = walk.next()
      if let next = index { current = try rt.array(try rt.call(function, [slice(next)] + args, keywords)) }
    }
    // Buffer axes: the outer ones before `axis`, the result's, then the outer ones after `axis`.
    let dims = bufferShape.count
    let permutation =
      Array(0..<axis) + Array((dims - result.ndim)..<dims) + Array(axis..<(dims - result.ndim))
    return .object(try buffer.permuted(permutation))
  }
}

extension Value {
  fileprivate var isTupleObject: Bool {
    if case .object(let o) = self { return o.tag == .tuple }
    return false
  }
}
