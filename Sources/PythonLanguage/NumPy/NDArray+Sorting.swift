import TensorModule

/// `np.sort` and `ndarray.sort`: int64 arrays sort as integers (through float64 they lost every value past
/// 2⁵³), other dtypes through the tensor kernel.
extension NDArray {
  /// A new array sorted along `axis` (the flattened array when nil), NaNs last.
  func sortedCopy(axis: Int?) throws(PyError) -> NDArray {
    guard dtype == .int64 else {
      let t = axis == nil ? tensor.reshaped([count]) : tensor
      let sorted = try NumPyFunctions.lift { () throws(TensorError) in try t.sorted(axis: axis ?? 0) }
      return NDArray.from(sorted)
    }
    guard let axis else { return NDArray(ints: try NDArray.sortedLanes(ints, length: count), shape: [count]) }
    if ndim == 0 { throw PyError("AxisError", "axis \(axis) is out of bounds for array of dimension 0") }
    let k = try normalizedAxis(axis)
    // The axis moved last, so that each lane is contiguous in C order, then moved back.
    let order = (0..<ndim).filter { $0 != k } + [k]
    let moved = try permuted(order)
    let lanes = NDArray(ints: try NDArray.sortedLanes(moved.ints, length: shape[k]), shape: moved.shape)
    var inverse = [Int](repeating: 0, count: ndim)
    for (position, axis) in order.enumerated() { inverse[axis] = position }
    return try lanes.permuted(inverse).copy()
  }

  /// Every run of `length` values of `values` sorted ascending.
  static func sortedLanes(_ values: [Int], length: Int) throws(PyError) -> [Int] {
    guard length > 1 else { return values }
    return try NumPyFunctions.lift { () throws(TensorError) in try Tensor.sortedRuns(values, length: length) }
  }
}
