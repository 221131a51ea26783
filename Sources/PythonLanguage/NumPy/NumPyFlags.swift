/// `ndarray.flags`: NumPy's `flagsobj`, read by key (`a.flags['C_CONTIGUOUS']`, short keys too) or attribute,
/// printed as NumPy prints it, and with `writeable` settable (`a.flags.writeable = False`).
final class ArrayFlags: PyObject {
  let array: NDArray

  init(_ array: NDArray) {
    self.array = array
    super.init(tag: .other)
  }

  override var type: PyType { ArrayFlags.type }

  /// Contiguous in Fortran order: each axis longer than 1 steps by the product of the axes before it.
  static func fortranContiguous(_ a: NDArray) -> Bool {
    if a.count <= 1 { return true }
    var step = 1
    for d in 0..<a.ndim where a.shape[d] != 1 {
      if a.strides[d] != step { return false }
      step *= a.shape[d]
    }
    return true
  }

  /// The flags by NumPy's names, in its printing order first.
  func value(_ name: String) -> Bool? {
    let a = array
    let c = a.isContiguous
    let f = ArrayFlags.fortranContiguous(a)
    let writeable = a.writeBlock == nil
    switch name {
    case "C_CONTIGUOUS", "C", "CONTIGUOUS": return c
    case "F_CONTIGUOUS", "F", "FORTRAN": return f
    case "OWNDATA", "O": return a.base == nil
    case "WRITEABLE", "W": return writeable
    case "ALIGNED", "A": return true
    case "WRITEBACKIFCOPY", "X": return false
    case "FNC": return f && !c
    case "FORC": return f || c
    case "BEHAVED", "B": return writeable
    case "CARRAY", "CA": return writeable && c
    case "FARRAY", "FA": return writeable && f && !c
    default: return nil
    }
  }

  static let printed = ["C_CONTIGUOUS", "F_CONTIGUOUS", "OWNDATA", "WRITEABLE", "ALIGNED", "WRITEBACKIFCOPY"]

  static func of(_ v: Value) throws(PyError) -> ArrayFlags {
    guard let flags = v.object as? ArrayFlags else { throw PyError("TypeError", "expected a numpy flagsobj") }
    return flags
  }

  static let type: PyType = {
    let describe = PyBuiltin.one("__repr__", "flagsobj") { (_, v) throws(PyError) in
      let flags = try of(v)
      return .str(printed.map { "  \($0) : \(flags.value($0) == true ? "True" : "False")\n" }.joined())
    }
    var attributes: [String: Value] = [:]
    let names = [
      "c_contiguous", "f_contiguous", "owndata", "aligned", "writebackifcopy", "fnc", "forc", "behaved", "carray",
      "farray", "contiguous", "fortran",
    ]
    for name in names {
      attributes[name] = .object(
        PyProperty(
          getter: .object(
            PyBuiltin.one(name, "flagsobj") { (_, v) throws(PyError) in
              .bool(try of(v).value(name.uppercased()) ?? false)
            })))
    }
    attributes["writeable"] = .object(
      PyProperty(
        getter: .object(
          PyBuiltin.one("writeable", "flagsobj") { (_, v) throws(PyError) in
            .bool(try of(v).array.writeBlock == nil)
          }),
        setter: .object(
          PyBuiltin.two("writeable", "flagsobj") { (rt, v, new) throws(PyError) in
            try of(v).setWriteable(try rt.truthy(new))
            return .none
          })))
    return BuiltinTypes.make(
      "flagsobj", [BuiltinTypes.object], module: "numpy",
      methods: [
        describe,
        PyBuiltin.one("__str__", "flagsobj") { (rt, v) throws(PyError) in try rt.call(.object(describe), [v]) },
        .two("__getitem__", "flagsobj") { (rt, v, key) throws(PyError) in
          let name = (key.object as? PyStr)?.value ?? ""
          guard let flag = try of(v).value(name) else { throw PyError("KeyError", "Unknown flag") }
          return .bool(flag)
        },
      ],
      attributes: attributes)
  }()

  /// NumPy's rule: an array may be made writeable again only when the memory it views is.
  func setWriteable(_ on: Bool) throws(PyError) {
    if !on {
      if array.writeBlock == nil { array.writeBlock = .readOnly }
      return
    }
    guard array.writeBlock != .complexPart, array.base?.writeBlock == nil else {
      throw PyError("ValueError", "cannot set WRITEABLE flag to True of this array")
    }
    array.writeBlock = nil
  }
}
