/// `np.int8` scalars, as SciPy returns them (`KstestResult.statistic_sign`): they print, compare, hash and convert
/// as NumPy's do; arithmetic on them says it is not in Tessel (int8 wraps at 8 bits, which Tessel does not model).
final class NumPyInt8: PyObject {
  let value: Int

  init(_ value: Int) {
    self.value = value
    super.init(tag: .other)
  }

  override var type: PyType { NumPyInt8.type }

  static func make(_ v: Int) -> Value { .object(NumPyInt8(v)) }

  static func of(_ v: Value) -> Int? {
    if case .object(let o) = v, let s = o as? NumPyInt8 { return s.value }
    return nil
  }

  static let type: PyType = {
    var methods: [PyBuiltin] = [
      .one("__repr__", "int8") { (_, v) throws(PyError) in .str("np.int8(\(of(v) ?? 0))") },
      .one("__str__", "int8") { (_, v) throws(PyError) in .str("\(of(v) ?? 0)") },
      .one("__int__", "int8") { (_, v) throws(PyError) in .int(of(v) ?? 0) },
      .one("__index__", "int8") { (_, v) throws(PyError) in .int(of(v) ?? 0) },
      .one("__float__", "int8") { (_, v) throws(PyError) in .float(Double(of(v) ?? 0)) },
      .one("__bool__", "int8") { (_, v) throws(PyError) in .bool((of(v) ?? 0) != 0) },
      .one("__hash__", "int8") { (_, v) throws(PyError) in .int(of(v) ?? 0) },
      .two("__eq__", "int8") { (rt, a, b) throws(PyError) in
        .npBool(try rt.equals(.int(of(a) ?? 0), of(b).map { .int($0) } ?? b))
      },
      .two("__ne__", "int8") { (rt, a, b) throws(PyError) in
        .npBool(!(try rt.equals(.int(of(a) ?? 0), of(b).map { .int($0) } ?? b)))
      },
    ]
    for name in [
      "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__", "__rtruediv__",
      "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__pow__", "__rpow__", "__lt__", "__le__", "__gt__",
      "__ge__",
    ] {
      methods.append(
        .two(name, "int8") { (_, _, _) throws(PyError) in
          throw PyError("NotImplementedError", "arithmetic on np.int8 is not in Tessel yet; convert with int(x) first")
        })
    }
    methods.append(
      .one("__neg__", "int8") { (_, _) throws(PyError) in
        throw PyError("NotImplementedError", "arithmetic on np.int8 is not in Tessel yet; convert with int(x) first")
      })
    return BuiltinTypes.make("int8", [BuiltinTypes.object], module: "numpy", methods: methods)
  }()
}
