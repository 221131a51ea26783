/// Reshaping, transposing, joining and splitting.
extension Tensor {
  /// The `i`-th sub-tensor along the first axis (a row of a matrix, an element of a vector as a 0-d tensor).
  public func row(_ i: Int) -> Tensor {
    let inner = Array(shape.dropFirst())
    let n = inner.reduce(1, *)
    return Tensor(shape: inner, data: Array(data[(i * n)..<((i + 1) * n)]), dtype: dtype)
  }

  /// NumPy's `reshape`, with one `-1` inferred.
  public func reshape(_ requested: [Int]) throws(TensorError) -> Tensor {
    var dims = requested
    let unknown = dims.indices.filter { dims[$0] == -1 }
    guard unknown.count <= 1 else { throw TensorError(.value, "can only specify one unknown dimension") }
    guard dims.allSatisfy({ $0 >= -1 }) else { throw TensorError(.value, "negative dimensions not allowed") }
    if let u = unknown.first {
      let known = dims.enumerated().filter { $0.offset != u }.map(\.element).reduce(1, *)
      guard known > 0, count % known == 0 else {
        throw TensorError(.shape, "cannot reshape array of size \(count) into shape \(Tensor.compact(requested))")
      }
      dims[u] = count / known
    }
    guard dims.reduce(1, *) == count else {
      throw TensorError(.shape, "cannot reshape array of size \(count) into shape \(Tensor.compact(requested))")
    }
    return reshaped(dims)
  }

  /// Axes permuted.
  ///
  /// `transposed([1, 0])` of a matrix is its transpose. Copies into row-major order.
  public func transposed(_ axes: [Int]) -> Tensor {
    let newShape = axes.map { shape[$0] }
    let own = strides
    let from = axes.map { own[$0] }
    if ndim == 2 && axes == [1, 0] {
      let (rows, cols) = (shape[0], shape[1])
      return Tensor(shape: newShape, dtype: dtype) { out in
        data.withUnsafeBufferPointer { x in
          // Blocked, so both sides stay in cache.
          let block = 32
          for i0 in stride(from: 0, to: rows, by: block) {
            for j0 in stride(from: 0, to: cols, by: block) {
              for i in i0..<Swift.min(i0 + block, rows) {
                for j in j0..<Swift.min(j0 + block, cols) { out[j * rows + i] = x[i * cols + j] }
              }
            }
          }
        }
      }
    }
    return gathered(newShape, strides: from)
  }

  /// The matrix transpose, or axes reversed for n-d (NumPy's `.T`).
  public var T: Tensor { ndim < 2 ? self : transposed(Array((0..<ndim).reversed())) }

  /// Joins tensors along an existing axis.
  public static func concatenate(_ parts: [Tensor], axis: Int) throws(TensorError) -> Tensor {
    guard let first = parts.first else { throw TensorError(.value, "need at least one array to concatenate") }
    guard first.ndim > 0 else { throw TensorError(.value, "zero-dimensional arrays cannot be concatenated") }
    let k = try first.normalize([axis])[0]
    for (index, p) in parts.enumerated().dropFirst() {
      guard p.ndim == first.ndim else {
        throw TensorError(
          .shape,
          "all the input arrays must have same number of dimensions, but the array at index 0 has \(first.ndim) dimension(s) and the array at index \(index) has \(p.ndim) dimension(s)"
        )
      }
      for d in 0..<first.ndim where d != k && p.shape[d] != first.shape[d] {
        throw TensorError(
          .shape,
          "all the input array dimensions except for the concatenation axis must match exactly, but along dimension \(d), the array at index 0 has size \(first.shape[d]) and the array at index \(index) has size \(p.shape[d])"
        )
      }
    }
    var shape = first.shape
    shape[k] = parts.reduce(0) { total, p in
      let (sum, overflow) = total.addingReportingOverflow(p.shape[k])
      return overflow ? Int.max : sum
    }
    try MemoryBudget.reserve(shape, dtype: parts.allSatisfy(\.isBool) ? "bool" : "float64")
    let outer = first.shape[..<k].reduce(1, *)
    let dtype: DType = parts.allSatisfy(\.isBool) ? .bool : .float64
    var data: [Double] = []
    data.reserveCapacity(shape.reduce(1, *))
    for o in 0..<outer {
      for p in parts {
        let chunk = p.shape[k...].reduce(1, *)
        data.append(contentsOf: p.data[(o * chunk)..<((o + 1) * chunk)])
      }
    }
    return Tensor(shape: shape, data: data, dtype: dtype)
  }

  /// Joins same-shaped tensors along a new axis.
  public static func stack(_ parts: [Tensor], axis: Int) throws(TensorError) -> Tensor {
    guard let first = parts.first else { throw TensorError(.value, "need at least one array to stack") }
    for p in parts where p.shape != first.shape {
      throw TensorError(
        .shape, "all input arrays must have the same shape: \(first.shapeDescription) vs \(p.shapeDescription)")
    }
    let k = axis < 0 ? axis + first.ndim + 1 : axis
    guard k >= 0 && k <= first.ndim else {
      throw TensorError(.axis, "axis \(axis) is out of bounds for array of dimension \(first.ndim + 1)")
    }
    return try concatenate(parts.map { $0.expandingDims(at: k) }, axis: k)
  }

  public func expandingDims(at axis: Int) -> Tensor {
    var s = shape
    s.insert(1, at: axis)
    return reshaped(s)
  }

  /// Drops axes of length 1 (all of them, or the ones given).
  public func squeeze(_ axes: [Int]? = nil) throws(TensorError) -> Tensor {
    guard let axes else { return reshaped(shape.filter { $0 != 1 }) }
    let ks = try normalize(axes)
    for k in ks where shape[k] != 1 {
      throw TensorError(.value, "cannot select an axis to squeeze out which has size not equal to one")
    }
    return reshaped(shape.enumerated().filter { !ks.contains($0.offset) }.map(\.element))
  }

  /// A new tensor of `target`'s shape whose element at index `i…` is this buffer's element at
  /// `offset + Σ i_k · strides[k]`: transposes, flips and broadcasts are all such reads.
  func gathered(_ target: [Int], strides from: [Int], offset: Int = 0) -> Tensor {
    let zero = [Int](repeating: 0, count: target.count)
    return Tensor(shape: target, dtype: dtype) { out in
      data.withUnsafeBufferPointer { x in
        Broadcast.forEachRun(target, from, zero) { o, i, _, n, di, _ in
          var i = i + offset
          for k in o..<(o + n) {
            out[k] = x[i]
            i += di
          }
        }
      }
    }
  }

  /// The lower (`upper == false`) or upper triangle of the last two axes, from diagonal `k`.
  public func triangle(upper: Bool, k: Int) throws(TensorError) -> Tensor {
    guard ndim >= 2 else { throw TensorError(.value, "tril/triu need at least 2 dimensions, got \(ndim)") }
    let (rows, cols) = (shape[ndim - 2], shape[ndim - 1])
    var out = self
    out.data.withUnsafeMutableBufferPointer { x in
      for start in stride(from: 0, to: x.count, by: Swift.max(rows * cols, 1)) {
        for i in 0..<rows {
          for j in 0..<cols where upper ? j - i < k : j - i > k { x[start + i * cols + j] = 0 }
        }
      }
    }
    return out
  }

  /// NumPy's `diag`: a vector's diagonal matrix, or a matrix's `k`-th diagonal.
  public func diag(_ k: Int = 0) throws(TensorError) -> Tensor {
    switch ndim {
    case 1:
      let n = count + Swift.abs(k)
      try MemoryBudget.reserve([n, n], dtype: dtype.rawValue)
      var out = Tensor(repeating: 0, shape: [n, n])
      for (i, v) in data.enumerated() {
        let (r, c) = k >= 0 ? (i, i + k) : (i - k, i)
        out.data[r * n + c] = v
      }
      return out
    case 2:
      let (rows, cols) = (shape[0], shape[1])
      var values: [Double] = []
      var (r, c) = k >= 0 ? (0, k) : (-k, 0)
      while r < rows && c < cols {
        values.append(data[r * cols + c])
        r += 1
        c += 1
      }
      return Tensor(shape: [values.count], data: values, dtype: dtype)
    default:
      throw TensorError(.value, "diag needs a 1-d or 2-d input, got \(ndim)-d")
    }
  }
}
