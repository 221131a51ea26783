import TensorModule

/// NumPy's counting and closeness functions: `bincount`, `isclose`.
enum NumPyCounting {
  static let functions: [PyBuiltin] = [
    .general("bincount", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("bincount", ["x", "weights", "minlength"], required: 1)
      let x = try rt.array(p[0] ?? .none)
      guard x.ndim == 1 else { throw PyError("ValueError", "object too deep for desired array") }
      guard x.dtype != .float64 else {
        throw PyError(
          "TypeError", "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'")
      }
      let values = x.ints
      let minlength = try p[2].flatMap { (v) throws(PyError) -> Int? in v.isNone ? nil : try rt.index(v) } ?? 0
      if minlength < 0 { throw PyError("ValueError", "'minlength' must not be negative") }
      let (low, high) = extremes(values)
      if low < 0 { throw PyError("ValueError", "'list' argument must have no negative elements") }
      let n = max(minlength, values.isEmpty ? 0 : high + 1)
      try NumPyFunctions.lift { () throws(TensorError) in try MemoryBudget.reserve(count: n) }
      if let w = p[1], !w.isNone {
        let weights = try rt.array(w).doubles
        guard weights.count == values.count else {
          throw PyError("ValueError", "The weights and list don't have the same length.")
        }
        var out = [Double](repeating: 0, count: n)
        out.withUnsafeMutableBufferPointer { o in
          for (k, v) in values.enumerated() { o[v] += weights[k] }
        }
        return .object(NDArray(doubles: out, shape: [n]))
      }
      var out = [Int](repeating: 0, count: n)
      // Every value is in 0..<n (checked above), so the counting loop needs no bounds checks.
      out.withUnsafeMutableBufferPointer { o in
        values.withUnsafeBufferPointer { x in
          for v in x { o[v] &+= 1 }
        }
      }
      return .object(NDArray(ints: out, shape: [n]))
    },
    .general("isclose", "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind("isclose", ["a", "b", "rtol", "atol", "equal_nan"], required: 2)
      let x = try rt.array(p[0] ?? .none)
      let y = try rt.array(p[1] ?? .none)
      let rtol = try p[2].map { (v) throws(PyError) in try rt.double(v) } ?? 1e-5
      let atol = try p[3].map { (v) throws(PyError) in try rt.double(v) } ?? 1e-8
      let equalNaN = try p[4].map { (v) throws(PyError) in try rt.truthy(v) } ?? false
      guard let shape = Broadcast.shape(of: x.shape, and: y.shape) else {
        throw PyError.notBroadcastable(x.shape, y.shape)
      }
      let xb = try NumPyFunctions.lift { () throws(TensorError) in try x.tensor.broadcast(to: shape) }
      let yb = try NumPyFunctions.lift { () throws(TensorError) in try y.tensor.broadcast(to: shape) }
      let out = zip(xb.data, yb.data).map { (u, v) -> Bool in
        if u.isNaN || v.isNaN { return equalNaN && u.isNaN && v.isNaN }
        if u.isInfinite || v.isInfinite { return u == v }
        return Swift.abs(u - v) <= atol + rtol * Swift.abs(v)
      }
      if shape.isEmpty { return .npBool(out[0]) }
      return .object(NDArray(bools: out, shape: shape))
    },
  ]

  /// The least and greatest of `values` in one pass (0 and -1 when empty).
  static func extremes(_ values: [Int]) -> (low: Int, high: Int) {
    values.withUnsafeBufferPointer { x in
      guard let first = x.first else { return (0, -1) }
      var low = first
      var high = first
      for v in x {
        low = Swift.min(low, v)
        high = Swift.max(high, v)
      }
      return (low, high)
    }
  }
}
