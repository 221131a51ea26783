import TensorModule

extension NDArray {
  /// `repr(a)`: `array([1., 2.])`, byte for byte as NumPy 2 prints it.
  func reprText(_ options: PrintOptions) -> String {
    switch dtype {
    case .int64:
      if ndim == 0 { return "array(\(ints[0]))" }
      return Printing.repr(ints: ints, shape: shape, options)
    case .float64, .bool:
      if ndim == 0 {
        return "array("
          + Printing.str(Tensor(shape: [], data: doubles, dtype: dtype == .bool ? .bool : .float64), options) + ")"
      }
      return Printing.repr(tensor, options)
    }
  }

  /// `str(a)` and `print(a)`: `[1. 2.]`.
  func strText(_ options: PrintOptions) -> String {
    switch dtype {
    case .int64:
      if ndim == 0 { return String(ints[0]) }
      return Printing.str(ints: ints, shape: shape, options)
    case .float64:
      // A 0-d array prints as its scalar does (`5.0`, not `5.`).
      if ndim == 0 { return FloatRepr.repr(doubles[0]) }
      return Printing.str(tensor, options)
    case .bool:
      return Printing.str(tensor, options)
    }
  }
}
