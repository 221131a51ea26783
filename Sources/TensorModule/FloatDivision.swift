import Foundation

/// Floor division and remainder of doubles, toward −∞: the one rule Python's `float`, NumPy's `float64` scalars and
/// NumPy's array loops share.
///
/// CPython's `float_divmod` and NumPy's `npy_divmod` are the same algorithm: the remainder is `fmod` moved to the
/// divisor's sign, and the quotient `(x − r) / y` snapped to the nearest integer, so `1.0 // 0.1` is 9.0 (not
/// `floor(1.0 / 0.1)` = 10.0) and `q * y + r == x` as closely as doubles allow. A zero remainder takes the divisor's
/// sign, a zero quotient the sign of `x / y`.
public enum FloatDivision {
  /// `divmod(x, y)` for `y != 0`.
  @inline(__always)
  public static func divmod(_ x: Double, _ y: Double) -> (quotient: Double, remainder: Double) {
    var mod = fmod(x, y)
    var div = (x - mod) / y
    if mod != 0 {
      if (y < 0) != (mod < 0) {
        mod += y
        div -= 1
      }
    } else {
      mod = copysign(0, y)
    }
    var floordiv: Double
    if div != 0 {
      floordiv = floor(div)
      if div - floordiv > 0.5 { floordiv += 1 }
    } else {
      floordiv = copysign(0, x / y)
    }
    return (floordiv, mod)
  }

  /// `x % y` for `y != 0` (CPython's `float_rem`, the remainder half of `divmod`).
  @inline(__always)
  public static func remainder(_ x: Double, _ y: Double) -> Double {
    var mod = fmod(x, y)
    if mod != 0 {
      if (y < 0) != (mod < 0) { mod += y }
    } else {
      mod = copysign(0, y)
    }
    return mod
  }

  /// NumPy's `floor_divide` for float64: a zero divisor gives `x / y` (±inf or nan) where Python raises.
  @inline(__always)
  public static func numpyFloorDivide(_ x: Double, _ y: Double) -> Double {
    y == 0 ? x / y : divmod(x, y).quotient
  }

  /// NumPy's `remainder` for float64: a zero divisor gives `fmod`'s nan where Python raises.
  @inline(__always)
  public static func numpyRemainder(_ x: Double, _ y: Double) -> Double {
    y == 0 ? fmod(x, y) : remainder(x, y)
  }
}
