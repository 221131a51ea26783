/// The conversions of floats into integers that NumPy makes, in one place, so that no NaN, infinity or huge
/// float reaches Swift's trapping `Int(_:)`.
enum NumberCasts {
  /// NumPy's unsafe cast of float64 to int64 (`astype(int)`, `np.full(…, dtype=int)`): truncation; NaN,
  /// infinities and values beyond int64 give int64's minimum, as x86 does.
  @inline(__always) static func int64(casting d: Double) -> Int { d.magnitude < 0x1p63 ? Int(d) : .min }

  /// A number stored into an int64 element or array: Python's `int(x)` for floats (NaN and infinities are
  /// its errors, and a float beyond int64 is NumPy's), `operator.index` for the rest.
  static func int64(storing v: Value, rt: Runtime) throws(PyError) -> Int {
    switch v {
    case .float, .f64:
      guard case .int(let i) = try rt.toInt(v) else {
        throw PyError("OverflowError", "Python int too large to convert to C long")
      }
      return i
    default: return try rt.index(v)
    }
  }

  /// `np.arange`'s length `ceil(x)` for a float span over a step: NaN cannot be a length and lengths past
  /// int64 are refused, with NumPy's messages.
  static func arangeLength(_ x: Double) throws(PyError) -> Int {
    if x.isNaN { throw PyError("ValueError", "arange: cannot compute length") }
    let c = x.rounded(.up)
    if c <= 0 { return 0 }
    guard c < 0x1p63 else { throw PyError("ValueError", "Maximum allowed size exceeded") }
    return Int(c)
  }

  /// Python's `math.ceil(x)` (`rounded: .up`) or `int(x)` (`.towardZero`) where NumPy's Python code sizes
  /// something with it (`mgrid`): NaN and infinities are Python's errors; beyond int64 nothing could be
  /// allocated, so it is NumPy's size error.
  static func pythonInt(_ x: Double, rounded rule: FloatingPointRoundingRule) throws(PyError) -> Int {
    if x.isNaN { throw PyError("ValueError", "cannot convert float NaN to integer") }
    if x.isInfinite { throw PyError("OverflowError", "cannot convert float infinity to integer") }
    let r = x.rounded(rule)
    guard r.magnitude < 0x1p63 else { throw PyError("ValueError", "Maximum allowed size exceeded") }
    return Int(r)
  }
}
