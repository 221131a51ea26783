import BigInt
import Foundation
import TensorModule

/// Binary arithmetic on numbers: Python's `int` (with `bool`, arbitrary precision), `float` and `complex`, and
/// NumPy's scalars with NumPy 2's promotion (a Python number is "weak": `np.float64 + 1` is `np.float64`).
enum Numbers {
  /// A number, classified for promotion.
  enum Kind {
    case int(Int)
    case big(BigInt)
    case float(Double)
    case complex(Double, Double)
    case npFloat(Double)
    case npInt(Int)
    case npBool(Bool)
  }

  @inline(__always) static func kind(_ v: Value) -> Kind? {
    switch v {
    case .int(let i): return .int(i)
    case .bool(let b): return .int(b ? 1 : 0)
    case .float(let d): return .float(d)
    case .f64(let d): return .npFloat(d)
    case .i64(let i): return .npInt(i)
    case .npBool(let b): return .npBool(b)
    case .object(let o):
      if o.tag == .bigInt { return .big(unsafeDowncast(o, to: PyBigInt.self).value) }
      if o.tag == .complex {
        let c = unsafeDowncast(o, to: PyComplex.self)
        return .complex(c.real, c.imag)
      }
      return nil
    default: return nil
    }
  }

  static func double(_ k: Kind) throws(PyError) -> Double {
    switch k {
    case .int(let i), .npInt(let i): return Double(i)
    case .big(let b):
      let d = Double(b)
      if d.isInfinite { throw PyError("OverflowError", "int too large to convert to float") }
      return d
    case .float(let d), .npFloat(let d): return d
    case .npBool(let b): return b ? 1 : 0
    case .complex(let r, _): return r
    }
  }

  static func big(_ k: Kind) -> BigInt? {
    switch k {
    case .int(let i), .npInt(let i): return BigInt(i)
    case .big(let b): return b
    case .npBool(let b): return b ? 1 : 0
    default: return nil
    }
  }

  /// The result of `a op b` when both are numbers; nil when either is not.
  static func binary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(PyError) -> Value? {
    guard let x = kind(a), let y = kind(b) else { return nil }
    switch (x, y) {
    case (.int(let i), .int(let j)):
      if case .bool(let p) = a, case .bool(let q) = b {
        switch op {
        case .bitand: return .bool(p && q)
        case .bitor: return .bool(p || q)
        case .bitxor: return .bool(p != q)
        default: break
        }
      }
      return try integer(op, i, j)
    case (.int, .big), (.big, .int), (.big, .big):
      guard let p = big(x), let q = big(y) else { return nil }
      return try bigInteger(op, p, q)
    case (.complex, _), (_, .complex):
      if ComplexArithmetic.numpyComputes(a, b) {
        return try ComplexArithmetic.scalarBinary(op, a, b, try Complex.parts(x), try Complex.parts(y))
      }
      return try Complex.binary(op, x, y)
    case (.npFloat, _), (_, .npFloat):
      return try NumPyScalars.floatBinary(op, try double(x), try double(y))
    case (.npInt, _), (_, .npInt), (.npBool, _), (_, .npBool):
      return try NumPyScalars.integerBinary(op, x, y)
    default:
      return try float(op, try double(x), try double(y))
    }
  }

  static func integer(_ op: BinaryOperator, _ i: Int, _ j: Int) throws(PyError) -> Value {
    switch op {
    case .add:
      let (r, o) = i.addingReportingOverflow(j)
      return o ? PyBigInt.make(BigInt(i) + BigInt(j)) : .int(r)
    case .sub:
      let (r, o) = i.subtractingReportingOverflow(j)
      return o ? PyBigInt.make(BigInt(i) - BigInt(j)) : .int(r)
    case .mul:
      let (r, o) = i.multipliedReportingOverflow(by: j)
      return o ? PyBigInt.make(BigInt(i) * BigInt(j)) : .int(r)
    case .truediv:
      return .float(try Arithmetic.trueDivide(i, j))
    case .floordiv:
      if j == 0 { throw PyError("ZeroDivisionError", "integer division or modulo by zero") }
      if i == .min && j == -1 { return PyBigInt.make(-BigInt(i)) }
      return .int(Arithmetic.floorDivide(i, j))
    case .mod:
      if j == 0 { throw PyError("ZeroDivisionError", "integer modulo by zero") }
      if j == -1 { return .int(0) }
      return .int(Arithmetic.floorModulo(i, j))
    case .pow:
      if j < 0 {
        if i == 0 { throw PyError("ZeroDivisionError", "0.0 cannot be raised to a negative power") }
        return try Arithmetic.power(Double(i), Double(j))
      }
      return Arithmetic.power(i, j)
    case .lshift:
      if j < 0 { throw PyError("ValueError", "negative shift count") }
      if i == 0 { return .int(0) }
      if j < 63 {
        let r = i << j
        if r >> j == i { return .int(r) }
      }
      return PyBigInt.make(BigInt(i) << j)
    case .rshift:
      if j < 0 { throw PyError("ValueError", "negative shift count") }
      return .int(j >= 64 ? (i < 0 ? -1 : 0) : i >> j)
    case .bitand: return .int(i & j)
    case .bitor: return .int(i | j)
    case .bitxor: return .int(i ^ j)
    case .matmul: throw unsupported(op, "int", "int")
    }
  }

  static func bigInteger(_ op: BinaryOperator, _ p: BigInt, _ q: BigInt) throws(PyError) -> Value {
    switch op {
    case .add: return PyBigInt.make(p + q)
    case .sub: return PyBigInt.make(p - q)
    case .mul: return PyBigInt.make(p * q)
    case .truediv:
      if q == 0 { throw PyError("ZeroDivisionError", "division by zero") }
      let d = Arithmetic.bigTrueDivide(p, q)
      if d.isInfinite { throw PyError("OverflowError", "integer division result too large for a float") }
      return .float(d)
    case .floordiv, .mod:
      if q == 0 {
        throw PyError("ZeroDivisionError", op == .mod ? "integer modulo by zero" : "integer division or modulo by zero")
      }
      var (d, m) = p.quotientAndRemainder(dividingBy: q)
      if m != 0 && ((m < 0) != (q < 0)) {
        d -= 1
        m += q
      }
      return PyBigInt.make(op == .floordiv ? d : m)
    case .pow:
      if q < 0 {
        return try Arithmetic.power(try double(.big(p)), try double(.big(q)))
      }
      guard let e = Int(exactly: q), e < 1 << 32 else {
        if p == 0 || p == 1 { return PyBigInt.make(p) }
        if p == -1 { return .int(q.isMultiple(of: 2) ? 1 : -1) }
        throw PyError("MemoryError", "")
      }
      if p.magnitude.bitWidth * e > 1 << 33 { throw PyError("MemoryError", "") }
      return PyBigInt.make(p.power(e))
    case .lshift:
      if q < 0 { throw PyError("ValueError", "negative shift count") }
      guard let s = Int(exactly: q), s < 1 << 32 else { throw PyError("OverflowError", "too many digits in integer") }
      return PyBigInt.make(p << s)
    case .rshift:
      if q < 0 { throw PyError("ValueError", "negative shift count") }
      guard let s = Int(exactly: q) else { return .int(p < 0 ? -1 : 0) }
      // Python's shift floors; BigInt shifts the magnitude (toward zero) — so a negative shifts as -(|p| - 1) - 1.
      if p < 0 { return PyBigInt.make(-((-p - 1) >> s) - 1) }
      return PyBigInt.make(p >> s)
    case .bitand, .bitor, .bitxor: return PyBigInt.make(bitwise(op, p, q))
    case .matmul: throw unsupported(op, "int", "int")
    }
  }

  /// `&`, `|`, `^` with Python's meaning: as if both were two's complement of unbounded width.
  ///
  /// BigInt stores sign and magnitude, and its own operators get a negative operand wrong at word boundaries
  /// (`(2**64 - 1) ^ -1` gave 0); a negative `x` is worked as the complement of `-x - 1`, which is not negative.
  static func bitwise(_ op: BinaryOperator, _ p: BigInt, _ q: BigInt) -> BigInt {
    let a = p < 0 ? (-p - 1).magnitude : p.magnitude
    let b = q < 0 ? (-q - 1).magnitude : q.magnitude
    /// `~x` of a non-negative `x`.
    func complement(_ x: BigUInt) -> BigInt { -BigInt(x) - 1 }
    switch (op, p < 0, q < 0) {
    case (.bitand, false, false): return BigInt(a & b)
    case (.bitand, true, false): return BigInt(b ^ (a & b))  // q & ~a
    case (.bitand, false, true): return BigInt(a ^ (a & b))  // p & ~b
    case (.bitand, true, true): return complement(a | b)
    case (.bitor, false, false): return BigInt(a | b)
    case (.bitor, true, false): return complement(a ^ (a & b))  // ~(a & ~q)
    case (.bitor, false, true): return complement(b ^ (a & b))  // ~(b & ~p)
    case (.bitor, true, true): return complement(a & b)
    case (.bitxor, false, false), (.bitxor, true, true): return BigInt(a ^ b)
    default: return complement(a ^ b)
    }
  }

  static func float(_ op: BinaryOperator, _ x: Double, _ y: Double) throws(PyError) -> Value {
    switch op {
    case .add: return .float(x + y)
    case .sub: return .float(x - y)
    case .mul: return .float(x * y)
    case .truediv:
      if y == 0 { throw PyError("ZeroDivisionError", "float division by zero") }
      return .float(x / y)
    case .floordiv:
      if y == 0 { throw PyError("ZeroDivisionError", "float floor division by zero") }
      return .float(FloatDivision.divmod(x, y).quotient)
    case .mod:
      if y == 0 { throw PyError("ZeroDivisionError", "float modulo") }
      return .float(FloatDivision.remainder(x, y))
    case .pow: return try Arithmetic.power(x, y)
    default: throw unsupported(op, "float", "float")
    }
  }

  /// CPython's message for operands no rule takes; an augmented assignment names its own symbol (`+=`, `**=`).
  static func unsupported(_ op: BinaryOperator, _ a: String, _ b: String, inPlace: Bool = false) -> PyError {
    let symbol = inPlace ? op.symbol + "=" : op == .pow ? "** or pow()" : op.symbol
    return PyError("TypeError", "unsupported operand type(s) for \(symbol): '\(a)' and '\(b)'")
  }
}
