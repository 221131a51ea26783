import TensorModule

/// Diagonals and triangles: `diagonal` (a view, as NumPy's), `tri`, `diagflat`, the `*_indices_from` helpers, and
/// `tensordot`.
enum NumPyDiagonals {
  /// The k-th diagonal of a 2-d array as a strided view of it.
  static func diagonal(_ x: NDArray, _ k: Int) throws(PyError) -> NDArray {
    guard x.ndim == 2 else {
      if x.ndim < 2 { throw PyError("ValueError", "diag requires an array of at least two dimensions") }
      throw PyError("NotImplementedError", "diagonal of a \(x.ndim)-d array is not in Tessel yet")
    }
    let (rows, cols) = (x.shape[0], x.shape[1])
    let (r, c) = k >= 0 ? (0, k) : (-k, 0)
    let length = max(0, min(rows - r, cols - c))
    let offset = length == 0 ? x.offset : x.offset + r * x.strides[0] + c * x.strides[1]
    return x.view(shape: [length], strides: [x.strides[0] + x.strides[1]], offset: offset)
  }

  static let functions: [PyBuiltin] = [
    NumPyTypeInfo.constructor(floating: true), NumPyTypeInfo.constructor(floating: false),
    .general("diagonal", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("diagonal", ["a", "offset", "axis1", "axis2"], required: 1)
      let x = try rt.array(p[0] ?? .none)
      let axis1 = try p[2].map { (v) throws(PyError) in try rt.index(v) } ?? 0
      let axis2 = try p[3].map { (v) throws(PyError) in try rt.index(v) } ?? 1
      guard (axis1, axis2) == (0, 1) || x.ndim < 2 else {
        throw PyError("NotImplementedError", "diagonal(axis1=, axis2=) other than 0, 1 is not in Tessel yet")
      }
      return .object(try diagonal(x, try p[1].map { (v) throws(PyError) in try rt.index(v) } ?? 0))
    },
    .general("tri", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("tri", ["N", "M", "k", "dtype"], required: 1)
      let n = try rt.index(p[0] ?? .none)
      let m = try p[1].flatMap { (v) throws(PyError) -> Int? in v.isNone ? nil : try rt.index(v) } ?? n
      let k = try p[2].map { (v) throws(PyError) in try rt.index(v) } ?? 0
      let dtype = try p[3].flatMap { (v) throws(PyError) in try DTypes.parse(v, rt: rt) } ?? .float64
      try NumPyFunctions.lift { () throws(TensorError) in try MemoryBudget.reserve([max(n, 0), max(m, 0)]) }
      var ones: [Bool] = []
      for i in 0..<max(n, 0) { for j in 0..<max(m, 0) { ones.append(j - i <= k) } }
      return .object(NDArray(bools: ones, shape: [max(n, 0), max(m, 0)]).astype(dtype))
    },
    .general("diagflat", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("diagflat", ["v", "k"], required: 1)
      let x = try rt.array(p[0] ?? .none).copy()
      let flat = NDArray(storage: x.storage, dtype: x.dtype, shape: [x.count], strides: [1], offset: 0, base: nil)
      var args: [Value] = [.object(flat)]
      if let k = p[1] { args.append(k) }
      guard let diag = NumPyShaping.functions.first(where: { $0.name == "diag" }) else { return .none }
      return try rt.call(.object(diag), args)
    },
    indicesFrom("tril_indices_from", upper: false), indicesFrom("triu_indices_from", upper: true),
    .general("diag_indices_from", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("diag_indices_from", ["arr"], required: 1)
      let x = try rt.array(p[0] ?? .none)
      guard x.ndim >= 2 else { throw PyError("ValueError", "input array must be at least 2-d") }
      guard x.shape.allSatisfy({ $0 == x.shape[0] }) else {
        throw PyError("ValueError", "All dimensions of input must be of equal length")
      }
      let index = NDArray(ints: Array(0..<x.shape[0]), shape: [x.shape[0]])
      return .tuple([Value](repeating: .object(index), count: x.ndim))
    },
    .general("tensordot", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("tensordot", ["a", "b", "axes"], required: 2)
      return try tensordot(rt, try rt.array(p[0] ?? .none), try rt.array(p[1] ?? .none), p[2] ?? .int(2))
    },
  ]

  /// `np.tril_indices_from(arr, k=0)`: the triangle indices of arr's shape.
  static func indicesFrom(_ name: String, upper: Bool) -> PyBuiltin {
    .general(name, "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind(name, ["arr", "k"], required: 1)
      let x = try rt.array(p[0] ?? .none)
      guard x.ndim == 2 else { throw PyError("ValueError", "input array must be 2-d") }
      let base = NumPyEditing.triangleIndices(upper ? "triu_indices" : "tril_indices", upper: upper)
      return try rt.call(.object(base), [.int(x.shape[0]), p[1] ?? .int(0), .int(x.shape[1])])
    }
  }

  /// `np.tensordot(a, b, axes)`: the summed axes moved to the end of a and the front of b, then one matrix product.
  static func tensordot(_ rt: Runtime, _ x: NDArray, _ y: NDArray, _ axes: Value) throws(PyError) -> Value {
    var summedA: [Int]
    var summedB: [Int]
    if case .object(let o) = axes, o.tag == .tuple || o.tag == .list {
      let pair = try rt.collect(axes)
      guard pair.count == 2 else { throw PyError("ValueError", "axes must consist of two sequences") }
      func list(_ v: Value) throws(PyError) -> [Int] {
        if case .object(let e) = v, e.tag == .tuple || e.tag == .list {
          var out: [Int] = []
          for i in try rt.collect(v) { out.append(try rt.index(i)) }
          return out
        }
        return [try rt.index(v)]
      }
      summedA = try list(pair[0])
      summedB = try list(pair[1])
    } else {
      let n = try rt.index(axes)
      guard n >= 0 && n <= x.ndim && n <= y.ndim else {
        throw PyError("ValueError", "shape-mismatch for sum")
      }
      summedA = Array((x.ndim - n)..<x.ndim)
      summedB = Array(0..<n)
    }
    guard summedA.count == summedB.count else { throw PyError("ValueError", "shape-mismatch for sum") }
    summedA = summedA.map { $0 < 0 ? $0 + x.ndim : $0 }
    summedB = summedB.map { $0 < 0 ? $0 + y.ndim : $0 }
    guard summedA.allSatisfy({ $0 >= 0 && $0 < x.ndim }), summedB.allSatisfy({ $0 >= 0 && $0 < y.ndim }),
      zip(summedA, summedB).allSatisfy({ x.shape[$0] == y.shape[$1] })
    else { throw PyError("ValueError", "shape-mismatch for sum") }
    let freeA = (0..<x.ndim).filter { !summedA.contains($0) }
    let freeB = (0..<y.ndim).filter { !summedB.contains($0) }
    let k = summedA.reduce(1) { $0 * x.shape[$1] }
    let shapeA = freeA.map { x.shape[$0] }
    let shapeB = freeB.map { y.shape[$0] }
    let left = x.tensor.transposed(freeA + summedA)
    let right = y.tensor.transposed(summedB + freeB)
    let product = try NumPyFunctions.lift { () throws(TensorError) in
      try Linalg.matmul(
        Tensor(shape: [shapeA.reduce(1, *), k], data: left.data),
        Tensor(shape: [k, shapeB.reduce(1, *)], data: right.data))
    }
    let result = NDArray(doubles: product.data, shape: shapeA + shapeB)
    let ints = x.dtype != .float64 && y.dtype != .float64
    return .object(ints ? result.astype(.int64) : result)
  }
}
