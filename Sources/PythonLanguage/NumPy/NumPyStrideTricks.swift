import TensorModule

/// `np.lib.stride_tricks.sliding_window_view`: every window of an array as one strided view of its memory, read
/// only unless `writeable=True`, as NumPy makes it.
enum NumPyStrideTricks {
  static func make() -> PyModule {
    let stride = PyModule.make(
      "numpy.lib.stride_tricks",
      functions: [
        .general("sliding_window_view", "numpy.lib.stride_tricks") { (rt, a) throws(PyError) in
          let p = try a.bind(
            "sliding_window_view", ["x", "window_shape", "axis"], required: 2, keywordOnly: ["subok", "writeable"])
          try NumPyFunctions.unsupported("sliding_window_view", ["subok"], [p[3]])
          let x = try rt.array(p[0] ?? .none)
          let writeable = try p[4].map { (v) throws(PyError) in try rt.truthy(v) } ?? false
          return .object(try slidingWindows(x, p[1] ?? .none, p[2], writeable: writeable, rt: rt))
        }
      ], values: [:])
    let lib = PyModule.make("numpy.lib", functions: [], values: [:])
    lib.attributes["stride_tricks"] = .object(stride)
    return lib
  }

  static func slidingWindows(_ x: NDArray, _ window: Value, _ axisValue: Value?, writeable: Bool, rt: Runtime)
    throws(PyError) -> NDArray
  {
    let windowShape = try NumPyShaping.ints(window, rt)
    if windowShape.contains(where: { $0 < 0 }) {
      throw PyError("ValueError", "`window_shape` cannot contain negative values")
    }
    var axes: [Int]
    if let axisValue, !axisValue.isNone {
      axes = try NumPyShaping.ints(axisValue, rt).map { (k) throws(PyError) -> Int in
        guard k >= -x.ndim && k < x.ndim else {
          throw PyError("AxisError", "axis \(k) is out of bounds for array of dimension \(x.ndim)")
        }
        return k < 0 ? k + x.ndim : k
      }
      guard windowShape.count == axes.count else {
        throw PyError(
          "ValueError",
          "Must provide matching length window_shape and axis; got \(windowShape.count) window_shape elements and "
            + "\(axes.count) axes elements.")
      }
    } else {
      axes = Array(0..<x.ndim)
      guard windowShape.count == axes.count else {
        throw PyError(
          "ValueError",
          "Since axis is `None`, must provide window_shape for all dimensions of `x`; got \(windowShape.count) "
            + "window_shape elements and `x.ndim` is \(x.ndim).")
      }
    }
    var trimmed = x.shape
    for (axis, size) in zip(axes, windowShape) {
      guard trimmed[axis] >= size else {
        throw PyError("ValueError", "window shape cannot be larger than input array shape")
      }
      trimmed[axis] -= size - 1
    }
    // NumPy's `as_strided` bases the windows on a new array over `x`'s memory, not on `x` itself.
    let over = x.view(shape: x.shape, strides: x.strides, offset: x.offset)
    let v = NDArray(
      storage: x.storage, dtype: x.dtype, shape: trimmed + windowShape, strides: x.strides + axes.map { x.strides[$0] },
      offset: x.offset, base: over)
    v.writeBlock = writeable ? x.writeBlock : .readOnly
    return v
  }
}
