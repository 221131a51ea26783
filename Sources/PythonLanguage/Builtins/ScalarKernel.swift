/// What the numeric tier computes for a one-argument call of a number function.
///
/// With it, a loop that calls `math.sqrt(x)`, `np.exp(x)`, `float(x)` or `int(x)` stays in the tier. Where the
/// function would raise or warn, the tier hands the call back to the function itself.
enum ScalarKernel {
  /// A function of a double (an int argument converted first) giving a Python float, or NumPy's float64 when
  /// `numpy`. Outside `domain`, and where a NaN comes from a number or an infinity from a finite one, the call is
  /// the function's (it raises or warns).
  case real(@Sendable (Double) -> Double, domain: @Sendable (Double) -> Bool, numpy: Bool)
  /// `float(x)`, or `np.float64(x)` when `numpy`.
  case toFloat(numpy: Bool)
  /// `int(x)`, `math.floor(x)`, `math.ceil(x)`, `math.trunc(x)`: a Python int, a float rounded by `rule` (NaN,
  /// infinities and results beyond 64 bits are the function's).
  case integral(FloatingPointRoundingRule)

  /// The kernel of a builtin function or number type; nil when the tier does not compute it.
  static func of(_ o: PyObject) -> ScalarKernel? {
    if o.tag == .builtin { return unsafeDowncast(o, to: PyBuiltin.self).kernel }
    if o === BuiltinTypes.float { return .toFloat(numpy: false) }
    if o === NumPyTypes.float64 { return .toFloat(numpy: true) }
    if o === BuiltinTypes.int { return .integral(.towardZero) }
    return nil
  }
}
