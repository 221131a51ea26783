/// Shapes built by taking sub-tensors along an axis: `repeat`, `tile`, `roll`, `diff`, `split`, and
/// `broadcast_to` and `moveaxis`, with NumPy's rules and messages.
extension Tensor {
  /// The sub-tensors along `axis` at `indices` (each already in `0..<shape[axis]`), in that order.
  public func take(_ indices: [Int], axis k: Int) -> Tensor {
    let outer = shape[..<k].reduce(1, *)
    let inner = shape[(k + 1)...].reduce(1, *)
    let n = shape[k]
    var newShape = shape
    newShape[k] = indices.count
    return Tensor(shape: newShape, dtype: dtype) { out in
      data.withUnsafeBufferPointer { x in
        var o = 0
        for b in 0..<outer {
          for i in indices {
            let from = (b * n + i) * inner
            for j in 0..<inner { out[o + j] = x[from + j] }
            o += inner
          }
        }
      }
    }
  }

  /// NumPy's `repeat`: each element (of the flattened tensor, or each sub-tensor along `axis`) `repeats`
  /// times; `repeats` is one count for all or one per element.
  public func repeated(_ repeats: [Int], axis: Int?) throws(TensorError) -> Tensor {
    let source = axis == nil ? reshaped([count]) : self
    let k = try axis.map { a throws(TensorError) in try normalize([a])[0] } ?? 0
    let n = source.shape[k]
    guard repeats.count == 1 || repeats.count == n else {
      throw TensorError(
        .shape, "operands could not be broadcast together with shape (\(n),) (\(repeats.count),)")
    }
    guard repeats.allSatisfy({ $0 >= 0 }) else { throw TensorError(.value, "repeats may not contain negative values.") }
    var total = 0
    for i in 0..<n {
      let (t, o) = total.addingReportingOverflow(repeats.count == 1 ? repeats[0] : repeats[i])
      total = o ? Int.max : t
    }
    var resultShape = source.shape
    resultShape[k] = total
    try MemoryBudget.reserve(resultShape)
    var indices: [Int] = []
    indices.reserveCapacity(total)
    for i in 0..<n { indices += repeatElement(i, count: repeats.count == 1 ? repeats[0] : repeats[i]) }
    return source.take(indices, axis: k)
  }

  /// NumPy's `tile`: the tensor repeated `reps[i]` times along each axis (shapes padded with 1s on the left).
  public func tiled(_ reps: [Int]) throws(TensorError) -> Tensor {
    guard reps.allSatisfy({ $0 >= 0 }) else { throw TensorError(.value, "negative dimensions are not allowed") }
    let d = Swift.max(ndim, reps.count)
    var out = reshaped([Int](repeating: 1, count: d - ndim) + shape)
    let padded = [Int](repeating: 1, count: d - reps.count) + reps
    try MemoryBudget.reserve(
      zip(out.shape, padded).map { $0.multipliedReportingOverflow(by: $1).overflow ? Int.max : $0 * $1 })
    for (k, r) in padded.enumerated() where r != 1 {
      let n = out.shape[k]
      out = out.take((0..<(n * r)).map { $0 % Swift.max(n, 1) }, axis: k)
    }
    return out
  }

  /// NumPy's `roll`: elements shifted along the axes (of the flattened tensor if none), wrapping around.
  public func rolled(_ shifts: [Int], axes: [Int]?) throws(TensorError) -> Tensor {
    guard let axes else {
      guard shifts.count == 1 else { throw TensorError(.value, "'shift' and 'axis' should be scalars or 1D sequences") }
      return try reshaped([count]).rolled(shifts, axes: [0]).reshaped(shape)
    }
    guard shifts.count == axes.count || shifts.count == 1 else {
      throw TensorError(.value, "'shift' and 'axis' should be scalars or 1D sequences of the same length")
    }
    var out = self
    for (i, axis) in axes.enumerated() {
      let k = try normalize([axis])[0]
      let n = shape[k]
      guard n > 0 else { continue }
      let s = ((shifts.count == 1 ? shifts[0] : shifts[i]) % n + n) % n
      if s != 0 { out = out.take((0..<n).map { ($0 - s + n) % n }, axis: k) }
    }
    return out
  }

  /// NumPy's `diff`: the `n`-th discrete difference along `axis`, `a[1:] - a[:-1]` applied `n` times.
  public func differenced(_ n: Int, axis: Int) throws(TensorError) -> Tensor {
    guard n >= 0 else { throw TensorError(.value, "order must be non-negative but got \(n)") }
    guard ndim > 0 else { throw TensorError(.value, "diff requires input that is at least one dimensional") }
    let k = try normalize([axis])[0]
    var out = self
    for _ in 0..<n {
      let m = out.shape[k]
      guard m > 0 else { break }
      try TensorError.checkInterrupt()
      let later = out.take(Array(1..<m), axis: k)
      let earlier = out.take(Array(0..<(m - 1)), axis: k)
      out = try Tensor.combine(later, earlier, out.isBool ? .notEqual : .subtract)
    }
    return out
  }

  /// NumPy's `broadcast_to`: the tensor read with `target`'s shape (a copy; Tessel tensors own their data).
  public func broadcast(to target: [Int]) throws(TensorError) -> Tensor {
    guard target.allSatisfy({ $0 >= 0 }) else {
      throw TensorError(.value, "all elements of broadcast shape must be non-negative")
    }
    guard Broadcast.shape(of: shape, and: target) == target else {
      throw TensorError(
        .shape, "cannot broadcast an array of shape \(shapeDescription) to shape \(Tensor.describe(target))")
    }
    try MemoryBudget.reserve(target)
    return gathered(target, strides: Broadcast.strides(of: shape, to: target))
  }

  /// NumPy's `moveaxis`: the axes `source` moved to positions `destination`, the others kept in order.
  public func movingAxes(_ source: [Int], to destination: [Int]) throws(TensorError) -> Tensor {
    transposed(try movedAxesOrder(source, to: destination))
  }

  /// The axis order `moveaxis` gives: for each result axis, the source axis it comes from.
  public func movedAxesOrder(_ source: [Int], to destination: [Int]) throws(TensorError) -> [Int] {
    guard source.count == destination.count else {
      throw TensorError(.value, "`source` and `destination` arguments must have the same number of elements")
    }
    let from = try source.map { a throws(TensorError) in try normalize([a])[0] }
    let to = try destination.map { a throws(TensorError) in try normalize([a])[0] }
    guard Set(from).count == from.count, Set(to).count == to.count else {
      throw TensorError(
        .value, "repeated axis in `\(Set(from).count == from.count ? "destination" : "source")` argument")
    }
    var order = (0..<ndim).filter { !from.contains($0) }
    for (d, s) in zip(to, from).sorted(by: { $0.0 < $1.0 }) { order.insert(s, at: d) }
    return order
  }

  /// The split points of NumPy's `array_split(a, sections)` (`split` when `equal` and they divide evenly).
  public func splitPoints(sections: Int, axis: Int, equal: Bool) throws(TensorError) -> [Int] {
    guard sections > 0 else { throw TensorError(.value, "number sections must be larger than 0.") }
    let n = shape[try normalize([axis])[0]]
    if equal && n % sections != 0 { throw TensorError(.value, "array split does not result in an equal division") }
    let (size, extra) = (n / sections, n % sections)
    var points: [Int] = []
    var at = 0
    for i in 0..<(sections - 1) {
      at += size + (i < extra ? 1 : 0)
      points.append(at)
    }
    return points
  }
}
