import Foundation

/// `np.finfo(float64)` and `np.iinfo(int64)`: the limits of Tessel's two number dtypes, as NumPy reports them.
final class NumPyTypeInfo: PyObject {
  let floating: Bool
  let values: [String: Value]

  init(floating: Bool) {
    self.floating = floating
    let dtype = Value.object(PyDTypeObject(floating ? .float64 : .int64))
    values =
      floating
      ? [
        "eps": .f64(Double.ulpOfOne), "epsneg": .f64(Double.ulpOfOne / 2), "max": .f64(Double.greatestFiniteMagnitude),
        "min": .f64(-Double.greatestFiniteMagnitude), "tiny": .f64(Double.leastNormalMagnitude),
        "smallest_normal": .f64(Double.leastNormalMagnitude),
        "smallest_subnormal": .f64(Double.leastNonzeroMagnitude), "resolution": .f64(1e-15), "precision": .int(15),
        "bits": .int(64), "machep": .int(-52), "negep": .int(-53), "nexp": .int(11), "nmant": .int(52),
        "maxexp": .int(1024), "minexp": .int(-1022), "iexp": .int(11), "dtype": dtype,
      ]
      : ["max": .int(Int.max), "min": .int(Int.min), "bits": .int(64), "kind": .str("i"), "dtype": dtype]
    super.init(tag: .other)
  }

  override var type: PyType { floating ? NumPyTypeInfo.finfoType : NumPyTypeInfo.iinfoType }

  static func info(_ name: String, floating: Bool) -> PyType {
    let names =
      floating
      ? [
        "eps", "epsneg", "max", "min", "tiny", "smallest_normal", "smallest_subnormal", "resolution", "precision",
        "bits",
        "machep", "negep", "nexp", "nmant", "maxexp", "minexp", "iexp", "dtype",
      ] : ["max", "min", "bits", "kind", "dtype"]
    var attributes: [String: Value] = [:]
    for n in names {
      attributes[n] = .object(
        PyProperty(
          getter: .object(
            PyBuiltin.one(n, name) { (_, v) throws(PyError) in
              guard case .object(let o) = v, let info = o as? NumPyTypeInfo else { return .none }
              return info.values[n] ?? .none
            })))
    }
    let repr = PyBuiltin.one("__repr__", name) { (_, _) throws(PyError) in
      .str(
        floating
          ? "finfo(resolution=1e-15, min=-1.7976931348623157e+308, max=1.7976931348623157e+308, dtype=float64)"
          : "iinfo(min=-9223372036854775808, max=9223372036854775807, dtype=int64)")
    }
    let rule = String(repeating: "-", count: 63)
    let table =
      floating
      ? [
        "precision = 15   resolution = 1e-15", "machep = -52   eps =        \(Double.ulpOfOne)",
        "negep =  -53   epsneg =     \(Double.ulpOfOne / 2)",
        "minexp = -1022   tiny =       \(Double.leastNormalMagnitude)",
        "maxexp = 1024   max =        \(Double.greatestFiniteMagnitude)", "nexp =   11   min =        -max",
        "smallest_normal = \(Double.leastNormalMagnitude)   smallest_subnormal = \(Double.leastNonzeroMagnitude)",
      ] : ["min = \(Int.min)", "max = \(Int.max)"]
    let text = (["Machine parameters for \(floating ? "float64" : "int64")", rule] + table + [rule, ""]).joined(
      separator: "\n")
    let str = PyBuiltin.one("__str__", name) { (_, _) throws(PyError) in .str(text) }
    return BuiltinTypes.make(
      name, [BuiltinTypes.object], module: "numpy", methods: [repr, str], attributes: attributes)
  }

  static let finfoType = info("finfo", floating: true)
  static let iinfoType = info("iinfo", floating: false)

  /// `np.finfo(dtype)` / `np.iinfo(dtype)`: float64 and int64 (and what names them: `float`, `int`, an array).
  static func constructor(floating: Bool) -> PyBuiltin {
    let name = floating ? "finfo" : "iinfo"
    return .general(name, "numpy") { (rt, a) throws(PyError) in
      let p = try a.bind(name, ["dtype"], required: 1)
      var v = p[0] ?? .none
      if case .object(let o) = v, o.tag == .ndarray {
        v = .object(PyDTypeObject(unsafeDowncast(o, to: NDArray.self).dtype))
      }
      switch v {
      case .f64, .float: return .object(NumPyTypeInfo(floating: true))
      case .i64, .int: if !floating { return .object(NumPyTypeInfo(floating: false)) }
      default: break
      }
      let dtype = try DTypes.parse(v, rt: rt)
      if floating && dtype == .float64 { return .object(NumPyTypeInfo(floating: true)) }
      if !floating && dtype == .int64 { return .object(NumPyTypeInfo(floating: false)) }
      throw PyError(
        "ValueError",
        floating
          ? "data type \(try rt.repr(p[0] ?? .none)) not inexact"
          : "Invalid integer data type \(try rt.repr(p[0] ?? .none)).")
    }
  }
}
