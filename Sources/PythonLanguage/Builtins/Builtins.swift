/// Python's built-in names, installed into each runtime.
enum Builtins {
  /// `dir(object)`: the names every class has from `object`, which `dir()` lists for any value.
  static let objectNames: Set<String> = [
    "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__",
    "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__",
    "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
  ]

  /// Attributes of built-in values that are data rather than methods (`Runtime.valueAttribute`), by type.
  static let dataAttributes: [String: [String]] = [
    "int": ["denominator", "imag", "numerator", "real"], "float": ["imag", "real"], "complex": ["imag", "real"],
    "range": ["start", "step", "stop"], "slice": ["start", "step", "stop"],
  ]

  static func install(into rt: Runtime) {
    for f in CoreFunctions.all + NumericFunctions.all { rt.builtins[f.name] = .object(f) }
    let types: [PyType] = [
      BuiltinTypes.int, BuiltinTypes.float, BuiltinTypes.bool, BuiltinTypes.complex, BuiltinTypes.str,
      BuiltinTypes.list, BuiltinTypes.tuple, BuiltinTypes.dict, BuiltinTypes.set, BuiltinTypes.frozenset,
      BuiltinTypes.range, BuiltinTypes.slice, BuiltinTypes.object, BuiltinTypes.type, BuiltinTypes.bytes,
      BuiltinTypes.property, BuiltinTypes.staticmethod, BuiltinTypes.classmethod, BuiltinTypes.superType,
      BuiltinTypes.map, BuiltinTypes.filter, BuiltinTypes.zip, BuiltinTypes.enumerate, BuiltinTypes.reversed,
    ]
    for t in types { rt.builtins[t.name] = .object(t) }
    // Cells run as the main module: `if __name__ == "__main__":` holds.
    rt.builtins["__name__"] = .str("__main__")
    for (name, t) in BuiltinTypes.allExceptions where t.module == "builtins" { rt.builtins[name] = .object(t) }
    rt.builtins["Ellipsis"] = rt.ellipsis
    rt.builtins["__magic__"] = .object(Magics.builtin)
    rt.builtins["help"] = .object(
      PyBuiltin.one("help") { (rt, v) throws(PyError) in
        if case .object(let o) = v, o.tag == .function {
          rt.host.write(try rt.pydoc(unsafeDowncast(o, to: PyFunction.self)), toStderr: false)
          return .none
        }
        rt.host.write(rt.describe(v) + "\n", toStderr: false)
        return .none
      })
    rt.builtins["NotImplemented"] = rt.notImplemented
    rt.builtins["display"] = .object(Display.function)
    for (t, make) in Constructors.all { rt.constructors[ObjectIdentifier(t)] = Runtime.ConstructorRef(make: make) }
  }
}
