import Foundation
import TensorModule

/// NumPy's repeating and broadcasting builders: `tile`, `repeat`, `broadcast_to`, `kron`, `einsum`, `diag`,
/// `meshgrid`, `logspace`, over the shared tensor kernels (which reserve memory before they allocate).
enum NumPyShaping {
  static func ints(_ v: Value, _ rt: Runtime) throws(PyError) -> [Int] {
    if case .object(let o) = v, o.tag == .tuple || o.tag == .list || o.tag == .ndarray {
      var out: [Int] = []
      for x in try rt.collect(v) { out.append(try rt.index(x)) }
      return out
    }
    return [try rt.index(v)]
  }

  /// The product's dtype: int64 when both are integers (the double kernels are exact below 2⁵³).
  static func promoted(_ arrays: [NDArray], _ t: Tensor) -> Value {
    let r = NDArray.from(t)
    if arrays.allSatisfy({ $0.dtype != .float64 }) { return ArrayArithmetic.wrap(r.astype(.int64)) }
    return ArrayArithmetic.wrap(r)
  }

  static let functions: [PyBuiltin] = [
    // `np.real`: an array itself, a number's `.real`, a NumPy scalar itself (all are real), else the array of it.
    .one("real", "numpy") { (rt, v) throws(PyError) in
      switch v {
      case .f64, .i64, .npBool: return v
      case .int, .float, .bool: return try rt.getAttribute(v, "real")
      case .object(let o) where o.tag == .ndarray: return v
      default: return .object(try rt.array(v))
      }
    },
    // Tessel's arrays are real: the imaginary part is zeros of the array's dtype, the conjugate a copy.
    .one("imag", "numpy") { (rt, v) throws(PyError) in
      switch v {
      case .int, .float, .bool: return try rt.getAttribute(v, "imag")
      default:
        let x = try rt.array(v)
        let zeros = NDArray(ints: [Int](repeating: 0, count: x.count), shape: x.shape).astype(x.dtype)
        return x.ndim == 0 ? zeros.item(0) : .object(zeros)
      }
    },
    conjugate("conj"), conjugate("conjugate"),
    .one("isreal", "numpy") { (rt, v) throws(PyError) in
      let x = try rt.array(v)
      return ArrayArithmetic.wrap(NDArray(bools: [Bool](repeating: true, count: x.count), shape: x.shape))
    },
    .one("iscomplex", "numpy") { (rt, v) throws(PyError) in
      let x = try rt.array(v)
      return ArrayArithmetic.wrap(NDArray(bools: [Bool](repeating: false, count: x.count), shape: x.shape))
    },
    .one("isrealobj", "numpy") { (_, _) throws(PyError) in .bool(true) },
    .one("iscomplexobj", "numpy") { (_, _) throws(PyError) in .bool(false) },
    // The functions are the methods: a view when the data allows it, as NumPy's.
    .general("reshape", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("reshape", ["a", "shape", "order"], required: 1, keywordOnly: ["newshape", "copy"])
      try NumPyFunctions.unsupported("reshape", ["copy"], [p[4]])
      if let order = p[2], !(order.isNone || (try? rt.string(order, "order")) == "C") {
        throw PyError("NotImplementedError", "reshape's order other than 'C' is not in Tessel yet")
      }
      guard let shape = p[1] ?? p[3] else {
        throw PyError("TypeError", "reshape() missing 1 required positional argument: 'shape'")
      }
      return try rt.callMethod(.object(try rt.array(p[0] ?? .none)), "reshape", [shape])
    },
    .general("ravel", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("ravel", ["a", "order"], required: 1)
      if let order = p[1], !(order.isNone || (try? rt.string(order, "order")) == "C") {
        throw PyError("NotImplementedError", "ravel's order other than 'C' is not in Tessel yet")
      }
      return try rt.callMethod(.object(try rt.array(p[0] ?? .none)), "ravel", [])
    },
    // `np.ix_(rows, cols)`: each 1-d sequence shaped to broadcast along its own axis (masks become indices).
    .general("ix_", "numpy") { (rt, a) throws(PyError) in
      guard a.keywords.isEmpty else { throw PyError("TypeError", "ix_() got an unexpected keyword argument") }
      let n = a.positional.count
      var out: [Value] = []
      for (k, v) in a.positional.enumerated() {
        var x = try rt.array(v)
        guard x.ndim == 1 else { throw PyError("ValueError", "Cross index must be 1 dimensional") }
        if x.dtype == .bool {
          let positions = x.positions()
          let picked = positions.indices.filter { i in
            if case .npBool(true) = x.scalar(at: positions[i]) { return true }
            return false
          }
          x = NDArray(ints: picked, shape: [picked.count])
        } else if x.count == 0 {
          x = NDArray(ints: [], shape: [0])
        }
        let flat = x.copy()
        var shape = [Int](repeating: 1, count: n)
        shape[k] = flat.count
        out.append(
          .object(
            NDArray(
              storage: flat.storage, dtype: flat.dtype, shape: shape, strides: NDArray.contiguousStrides(shape),
              offset: 0, base: nil)))
      }
      return .tuple(out)
    },
    .general("tile", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("tile", ["A", "reps"], required: 2)
      let x = try rt.array(p[0] ?? .none)
      let reps = try ints(p[1] ?? .none, rt)
      return try NumPyFunctions.like(x, try NumPyFunctions.lift { () throws(TensorError) in try x.tensor.tiled(reps) })
    },
    .general("repeat", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("repeat", ["a", "repeats", "axis"], required: 2)
      let x = try rt.array(p[0] ?? .none)
      let repeats = try ints(p[1] ?? .none, rt)
      let axis = try NumPyFunctions.axisArgument(p[2], rt)
      return try NumPyFunctions.like(
        x, try NumPyFunctions.lift { () throws(TensorError) in try x.tensor.repeated(repeats, axis: axis) })
    },
    .general("broadcast_to", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("broadcast_to", ["array", "shape"], required: 2)
      let x = try rt.array(p[0] ?? .none)
      let shape = try NumPyModule.shapeArgument(p[1] ?? .none, rt: rt)
      return try NumPyFunctions.like(
        x, try NumPyFunctions.lift { () throws(TensorError) in try x.tensor.broadcast(to: shape) })
    },
    .two("kron", "numpy") { (rt, u, v) throws(PyError) in
      let x = try rt.array(u)
      let y = try rt.array(v)
      return promoted(
        [x, y], try NumPyFunctions.lift { () throws(TensorError) in try Linalg.kron(x.tensor, y.tensor) })
    },
    .general("einsum", "numpy") { (rt, a) throws(PyError) in
      guard let first = a.positional.first else { throw PyError("TypeError", "einsum() missing subscripts") }
      guard a.keywords.isEmpty else {
        throw PyError("NotImplementedError", "einsum keyword arguments are not in Tessel yet")
      }
      let subscripts = try rt.string(first, "einsum subscripts")
      var arrays: [NDArray] = []
      for v in a.positional.dropFirst() { arrays.append(try rt.array(v)) }
      let tensors = arrays.map(\.tensor)
      return promoted(
        arrays, try NumPyFunctions.lift { () throws(TensorError) in try Linalg.einsum(subscripts, tensors) })
    },
    .general("diag", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("diag", ["v", "k"], required: 1)
      let x = try rt.array(p[0] ?? .none)
      let k = try p[1].map { (v) throws(PyError) in try rt.index(v) } ?? 0
      let values = x.doubles
      switch x.ndim {
      case 1:
        let n = values.count + Swift.abs(k)
        try NumPyFunctions.lift { () throws(TensorError) in try MemoryBudget.reserve([n, n]) }
        var out = [Double](repeating: 0, count: n * n)
        for (i, v) in values.enumerated() {
          let (r, c) = k >= 0 ? (i, i + k) : (i - k, i)
          out[r * n + c] = v
        }
        return try NumPyFunctions.like(x, Tensor(shape: [n, n], data: out))
      case 2:
        let (rows, cols) = (x.shape[0], x.shape[1])
        var out: [Double] = []
        var (r, c) = k >= 0 ? (0, k) : (-k, 0)
        while r < rows && c < cols {
          out.append(values[r * cols + c])
          r += 1
          c += 1
        }
        return try NumPyFunctions.like(x, Tensor(shape: [out.count], data: out))
      default: throw PyError("ValueError", "Input must be 1- or 2-d.")
      }
    },
    .general("trace", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("trace", ["a", "offset"], required: 1)
      let x = try rt.array(p[0] ?? .none)
      let k = try p[1].map { (v) throws(PyError) in try rt.index(v) } ?? 0
      guard x.ndim == 2 else {
        throw PyError("NotImplementedError", "np.trace of \(x.ndim)-d arrays is not in Tessel yet")
      }
      let (rows, cols) = (x.shape[0], x.shape[1])
      var positions: [Int] = []
      var (r, c) = k >= 0 ? (0, k) : (-k, 0)
      while r < rows && c < cols {
        positions.append(r * cols + c)
        r += 1
        c += 1
      }
      if x.dtype != .float64 {
        let values = x.ints
        return .i64(positions.reduce(0) { $0 &+ values[$1] })
      }
      let values = x.doubles
      let diagonal = positions.map { values[$0] }
      return .f64(Tensor.pairwiseSum(diagonal))
    },
    .general("meshgrid", "numpy") { (rt, a) throws(PyError) in
      var ij = false
      for (k, v) in a.keywords {
        guard k == "indexing" else { throw PyError("NotImplementedError", "meshgrid(\(k)=...) is not in Tessel yet") }
        switch try rt.string(v, "indexing") {
        case "xy": ij = false
        case "ij": ij = true
        default: throw PyError("ValueError", "Valid values for `indexing` are 'xy' and 'ij'.")
        }
      }
      guard a.positional.count == 2 else {
        throw PyError("NotImplementedError", "meshgrid of \(a.positional.count) arrays is not in Tessel yet (two are)")
      }
      let x = try rt.array(a.positional[0])
      let y = try rt.array(a.positional[1])
      let (nx, ny) = (x.count, y.count)
      try NumPyFunctions.lift { () throws(TensorError) in try MemoryBudget.reserve([ny, nx]) }
      try NumPyFunctions.lift { () throws(TensorError) in try MemoryBudget.reserve([2, ny, nx]) }
      let (xs, ys) = (x.doubles, y.doubles)
      var gx = [Double](repeating: 0, count: nx * ny)
      var gy = gx
      for i in 0..<ny {
        for j in 0..<nx {
          gx[i * nx + j] = xs[j]
          gy[i * nx + j] = ys[i]
        }
      }
      if ij {
        // 'ij': the first array varies down the rows, the second along them; shapes (len(x), len(y)).
        let tx = Tensor(shape: [ny, nx], data: gx).transposed([1, 0])
        let ty = Tensor(shape: [ny, nx], data: gy).transposed([1, 0])
        return .tuple([try NumPyFunctions.like(x, tx), try NumPyFunctions.like(y, ty)])
      }
      return .tuple([
        try NumPyFunctions.like(x, Tensor(shape: [ny, nx], data: gx)),
        try NumPyFunctions.like(y, Tensor(shape: [ny, nx], data: gy)),
      ])
    },
    .general("logspace", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("logspace", ["start", "stop", "num", "endpoint", "base"], required: 2)
      let start = try rt.double(p[0] ?? .none)
      let stop = try rt.double(p[1] ?? .none)
      let num = try p[2].map { (n) throws(PyError) in try rt.index(n) } ?? 50
      let endpoint = try p[3].map { (e) throws(PyError) in try rt.truthy(e) } ?? true
      let base = try p[4].map { (b) throws(PyError) in try rt.double(b) } ?? 10
      if num < 0 { throw PyError("ValueError", "Number of samples, \(num), must be non-negative.") }
      try NumPyFunctions.lift { () throws(TensorError) in try MemoryBudget.reserve(count: num) }
      let div = Double(endpoint ? num - 1 : num)
      let step = (stop - start) / div
      var exponents = (0..<num).map { start + Double($0) * (div > 0 ? step : 0) }
      if endpoint && num > 1 { exponents[num - 1] = stop }
      return .object(NDArray(doubles: exponents.map { Foundation.pow(base, $0) }, shape: [num]))
    },
  ]

  /// `np.conj(x)`: of a real array, a copy (a NumPy scalar for a number).
  static func conjugate(_ name: String) -> PyBuiltin {
    .one(name, "numpy") { (rt, v) throws(PyError) in ArrayArithmetic.wrap(try rt.array(v).copy()) }
  }
}
