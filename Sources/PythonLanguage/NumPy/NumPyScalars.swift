import BigInt
import Foundation
import TensorModule

/// Arithmetic on NumPy's scalars (`np.float64`, `np.int64`, `np.bool`) with NumPy 2's rules: int64 wraps,
/// float64 division by zero gives `inf`/`nan` instead of raising, a Python number takes the NumPy operand's type.
enum NumPyScalars {
  static func floatBinary(_ op: BinaryOperator, _ x: Double, _ y: Double) throws(PyError) -> Value {
    switch op {
    case .add: return .f64(x + y)
    case .sub: return .f64(x - y)
    case .mul: return .f64(x * y)
    case .truediv: return .f64(x / y)
    case .floordiv: return .f64(FloatDivision.numpyFloorDivide(x, y))
    case .mod: return .f64(FloatDivision.numpyRemainder(x, y))
    case .pow: return .f64(pow(x, y))
    default:
      throw PyError(
        "TypeError",
        "ufunc '\(op.ufuncName)' not supported for the input types, and the inputs could not be safely "
          + "coerced to any supported types according to the casting rule ''safe''")
    }
  }

  /// An operand of integer kind as int64; a Python int outside int64 is NumPy 2's `OverflowError`.
  static func int64(_ k: Numbers.Kind) throws(PyError) -> Int {
    switch k {
    case .int(let i), .npInt(let i): return i
    case .npBool(let b): return b ? 1 : 0
    case .big(let b): throw PyError("OverflowError", "Python integer \(b) out of bounds for int64")
    default: return 0
    }
  }

  static func integerBinary(_ op: BinaryOperator, _ x: Numbers.Kind, _ y: Numbers.Kind) throws(PyError) -> Value {
    if case .float(let d) = x { return try floatBinary(op, d, try Numbers.double(y)) }
    if case .float(let d) = y { return try floatBinary(op, try Numbers.double(x), d) }
    if case .npBool(let p) = x, case .npBool(let q) = y {
      switch op {
      case .bitand: return .npBool(p && q)
      case .bitor, .add: return .npBool(p || q)
      case .bitxor: return .npBool(p != q)
      default: break
      }
    }
    let i = try int64(x)
    let j = try int64(y)
    switch op {
    case .truediv: return .f64(Double(i) / Double(j))
    case .matmul: throw PyError("TypeError", "unsupported operand type(s) for @")
    case .pow where j < 0: throw PyError("ValueError", "Integers to negative integer powers are not allowed.")
    default: return .i64(int64Element(op, i, j))
    }
  }

  /// NumPy's int64 `p op q` for one pair of elements, as its loops compute it: wrapping arithmetic, floor division and
  /// modulo by zero (or of `min` by −1) give 0 or `min`, shifts past 63 saturate; `q >= 0` for `**`.
  ///
  /// Scalars and arrays both use it.
  @inline(__always) static func int64Element(_ op: BinaryOperator, _ p: Int, _ q: Int) -> Int {
    switch op {
    case .add: return p &+ q
    case .sub: return p &- q
    case .mul: return p &* q
    case .floordiv: return q == 0 ? 0 : (p == .min && q == -1 ? .min : Arithmetic.floorDivide(p, q))
    case .mod: return q == 0 || q == -1 ? 0 : Arithmetic.floorModulo(p, q)
    case .pow:
      var r = 1
      var base = p
      var e = q
      while e > 0 {
        if e & 1 == 1 { r = r &* base }
        base = base &* base
        e >>= 1
      }
      return r
    case .bitand: return p & q
    case .bitor: return p | q
    case .bitxor: return p ^ q
    case .lshift: return q < 0 || q >= 64 ? 0 : p << q
    case .rshift: return q < 0 || q >= 64 ? (p < 0 ? -1 : 0) : p >> q
    case .truediv, .matmul: return 0
    }
  }
}

/// NumPy's scalar classes, as `type()` reports them.
public enum NumPyTypes {
  /// NumPy scalars answer the array methods learners call on them (`x.mean().round(3)`, `x.item()`), as 0-d
  /// arrays would.
  public static let generic = BuiltinTypes.make(
    "generic", [BuiltinTypes.object], module: "numpy",
    methods: ArrayMethods.sameAsFunctions.filter { scalarMethods.contains($0.name) } + [
      ArrayMethods.method("sum", .sum), ArrayMethods.method("mean", .mean), ArrayMethods.method("max", .max),
      ArrayMethods.method("min", .min),
      .one("item", "generic") { (_, v) throws(PyError) in python(v) },
      .one("tolist", "generic") { (_, v) throws(PyError) in python(v) },
      .two("astype", "generic") { (rt, v, d) throws(PyError) in
        ArrayArithmetic.wrap(try rt.array(v).astype(try DTypes.parse(d, rt: rt) ?? .float64))
      },
    ] + ["reshape", "ravel", "flatten", "squeeze", "transpose", "copy"].map(asArray),
    attributes: [
      "T": scalarProperty("T") { (_, v) throws(PyError) in v },
      "shape": scalarProperty("shape") { (_, _) throws(PyError) in .tuple([]) },
      "ndim": scalarProperty("ndim") { (_, _) throws(PyError) in .int(0) },
      "size": scalarProperty("size") { (_, _) throws(PyError) in .int(1) },
      "dtype": scalarProperty("dtype") { (rt, v) throws(PyError) in
        if case .object(let o) = v, o.tag == .complex { return .object(PyDTypeObject(complex: ())) }
        return .object(PyDTypeObject(try rt.array(v).dtype))
      },
    ])

  static let scalarMethods: Set<String> = [
    "round", "std", "var", "argmax", "argmin", "clip", "any", "all", "prod", "cumsum", "cumprod",
  ]

  /// A read-only attribute of every NumPy scalar.
  static func scalarProperty(_ name: String, _ get: @escaping (Runtime, Value) throws(PyError) -> Value) -> Value {
    .object(PyProperty(getter: .object(PyBuiltin.one(name, "generic") { (rt, v) throws(PyError) in try get(rt, v) })))
  }

  /// A method the scalar answers as the 0-d array holding it does (`np.float64(2.5).reshape(1)`).
  static func asArray(_ name: String) -> PyBuiltin {
    .general(name, "generic") { (rt, a) throws(PyError) in
      guard let v = a.positional.first else {
        throw PyError("TypeError", "descriptor '\(name)' of 'numpy.generic' object needs an argument")
      }
      let method = try rt.getAttribute(.object(try rt.array(v)), name)
      return try rt.call(method, Array(a.positional.dropFirst()), a.keywords)
    }
  }

  /// The Python scalar a NumPy scalar holds.
  static func python(_ v: Value) -> Value {
    switch v {
    case .f64(let d): .float(d)
    case .i64(let i): .int(i)
    case .npBool(let b): .bool(b)
    case .object(let o) where o.tag == .complex:
      .object(PyComplex(unsafeDowncast(o, to: PyComplex.self).real, unsafeDowncast(o, to: PyComplex.self).imag))
    default: v
    }
  }
  public static let number = BuiltinTypes.make("number", [generic], module: "numpy")
  public static let integer = BuiltinTypes.make("integer", [number], module: "numpy")
  public static let signedInteger = BuiltinTypes.make("signedinteger", [integer], module: "numpy")
  public static let inexact = BuiltinTypes.make("inexact", [number], module: "numpy")
  public static let floating = BuiltinTypes.make("floating", [inexact], module: "numpy")
  public static let float64 = BuiltinTypes.make("float64", [floating, BuiltinTypes.float], module: "numpy")
  public static let int64 = BuiltinTypes.make("int64", [signedInteger], module: "numpy")
  public static let complexFloating = BuiltinTypes.make("complexfloating", [inexact], module: "numpy")
  /// `np.complex128`: `float()` and `int()` take the real part with NumPy's `ComplexWarning`.
  public static let complex128 = BuiltinTypes.make(
    "complex128", [complexFloating, BuiltinTypes.complex], layout: .complex, module: "numpy",
    methods: [
      .one("__float__", "complex128") { (rt, v) throws(PyError) in .float(try realPart(v, rt)) },
      .one("__int__", "complex128") { (rt, v) throws(PyError) in
        let d = try realPart(v, rt)
        guard d.isFinite else {
          throw PyError(
            d.isNaN ? "ValueError" : "OverflowError",
            d.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer")
        }
        return try rt.toInt(.float(d))
      },
    ])

  static func realPart(_ v: Value, _ rt: Runtime) throws(PyError) -> Double {
    guard case .object(let o) = v, o.tag == .complex else { throw PyError("TypeError", "expected np.complex128") }
    rt.host.write("ComplexWarning: Casting complex values to real discards the imaginary part\n", toStderr: true)
    return unsafeDowncast(o, to: PyComplex.self).real
  }
  public static let bool = BuiltinTypes.make("bool", [generic], module: "numpy")
}
