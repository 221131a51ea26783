/// `np.int8` and `np.int32` scalars, as SciPy and NumPy return them (`KstestResult.statistic_sign`, `lstsq`'s
/// rank): they print, compare, hash and convert as NumPy's do; arithmetic on them says it is not in Tessel (they
/// wrap at 8 or 32 bits, which Tessel does not model).
final class NumPySmallInt: PyObject {
  let value: Int
  let int32: Bool

  init(_ value: Int, int32: Bool) {
    self.value = value
    self.int32 = int32
    super.init(tag: .other)
  }

  override var type: PyType { int32 ? NumPySmallInt.int32Type : NumPySmallInt.int8Type }

  static func int8(_ v: Int) -> Value { .object(NumPySmallInt(v, int32: false)) }
  static func int32(_ v: Int) -> Value { .object(NumPySmallInt(v, int32: true)) }

  static func of(_ v: Value) -> Int? {
    if case .object(let o) = v, let s = o as? NumPySmallInt { return s.value }
    return nil
  }

  static let int8Type = makeType("int8")
  static let int32Type = makeType("int32")

  static func makeType(_ name: String) -> PyType {
    var methods: [PyBuiltin] = [
      .one("__repr__", name) { (_, v) throws(PyError) in .str("np.\(name)(\(of(v) ?? 0))") },
      .one("__str__", name) { (_, v) throws(PyError) in .str("\(of(v) ?? 0)") },
      .one("__int__", name) { (_, v) throws(PyError) in .int(of(v) ?? 0) },
      .one("__index__", name) { (_, v) throws(PyError) in .int(of(v) ?? 0) },
      .one("__float__", name) { (_, v) throws(PyError) in .float(Double(of(v) ?? 0)) },
      .one("__bool__", name) { (_, v) throws(PyError) in .bool((of(v) ?? 0) != 0) },
      .one("__hash__", name) { (_, v) throws(PyError) in .int(of(v) ?? 0) },
      .two("__eq__", name) { (rt, a, b) throws(PyError) in
        .npBool(try rt.equals(.int(of(a) ?? 0), of(b).map { .int($0) } ?? b))
      },
      .two("__ne__", name) { (rt, a, b) throws(PyError) in
        .npBool(!(try rt.equals(.int(of(a) ?? 0), of(b).map { .int($0) } ?? b)))
      },
    ]
    for method in [
      "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__", "__rtruediv__",
      "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__pow__", "__rpow__", "__lt__", "__le__", "__gt__",
      "__ge__",
    ] {
      methods.append(
        .two(method, name) { (_, _, _) throws(PyError) in
          throw PyError(
            "NotImplementedError", "arithmetic on np.\(name) is not in Tessel yet; convert with int(x) first")
        })
    }
    methods.append(
      .one("__neg__", name) { (_, _) throws(PyError) in
        throw PyError("NotImplementedError", "arithmetic on np.\(name) is not in Tessel yet; convert with int(x) first")
      })
    return BuiltinTypes.make(name, [BuiltinTypes.object], module: "numpy", methods: methods)
  }
}
