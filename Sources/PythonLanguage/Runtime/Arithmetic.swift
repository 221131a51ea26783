import BigInt
import Foundation
import StatisticsModule

/// Python's number semantics for `int` and `float`: floor division and modulo toward −∞, true division of ints
/// giving a float, overflow into arbitrary precision, and CPython's float `divmod`.
enum Arithmetic {
  @inline(__always) static func floorDivide(_ x: Int, _ y: Int) -> Int {
    let q = x / y
    return (x % y != 0) && ((x < 0) != (y < 0)) ? q - 1 : q
  }

  @inline(__always) static func floorModulo(_ x: Int, _ y: Int) -> Int {
    let r = x % y
    return r != 0 && ((r < 0) != (y < 0)) ? r + y : r
  }

  /// `int / int`: exact operands give a correctly rounded quotient.
  static func trueDivide(_ x: Int, _ y: Int) throws(PyError) -> Double {
    if y == 0 { throw PyError("ZeroDivisionError", "division by zero") }
    if x.magnitude <= 1 << 53 && y.magnitude <= 1 << 53 { return Double(x) / Double(y) }
    return bigTrueDivide(BigInt(x), BigInt(y))
  }

  /// A correctly rounded quotient of big integers (as CPython's `long_true_divide`).
  static func bigTrueDivide(_ x: BigInt, _ y: BigInt) -> Double { ExactRatio.quotient(x, y) }

  static func power(_ base: Int, _ exponent: Int) -> Value {
    var result = 1
    var b = base
    var e = exponent
    while e > 0 {
      if e & 1 == 1 {
        let (r, o) = result.multipliedReportingOverflow(by: b)
        if o { return PyBigInt.make(BigInt(base).power(exponent)) }
        result = r
      }
      e >>= 1
      if e > 0 {
        let (sq, o) = b.multipliedReportingOverflow(by: b)
        if o { return PyBigInt.make(BigInt(base).power(exponent)) }
        b = sq
      }
    }
    return .int(result)
  }

  /// `float ** float`, with CPython's special cases; a negative base with a fractional exponent is complex.
  static func power(_ x: Double, _ y: Double) throws(PyError) -> Value {
    if y == 0 { return .float(1) }
    if x.isNaN { return .float(x) }
    if y.isNaN { return .float(x == 1 ? 1 : y) }
    if x == 0 && y < 0 && y.isFinite {
      throw PyError("ZeroDivisionError", "0.0 cannot be raised to a negative power")
    }
    if x < 0 && y.isFinite && y != y.rounded(.down) {
      return Complex.power(PyComplex(x, 0), PyComplex(y, 0))
    }
    let r = pow(x, y)
    if r.isInfinite && x.isFinite && y.isFinite {
      throw PyError("OverflowError", "(34, 'Numerical result out of range')")
    }
    return .float(r)
  }
}
