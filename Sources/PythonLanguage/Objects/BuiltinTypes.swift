import Foundation

/// The built-in classes, made once per process and never changed afterwards (so shared between sessions).
///
/// Their methods come from the `*Methods` registries; user classes that subclass them get their own `PyType`.
public enum BuiltinTypes {
  static func make(
    _ name: String, _ bases: [PyType], layout: ObjectTag? = nil, module: String = "builtins",
    methods: [PyBuiltin] = [], attributes: [String: Value] = [:]
  ) -> PyType {
    let t = PyType(name: name, module: module, bases: bases, layout: layout, builtin: true)
    for m in methods { t.set(m.name, .object(m)) }
    for (k, v) in attributes.sorted(by: { $0.key < $1.key }) { t.set(k, v) }
    return t
  }

  public static let object: PyType = {
    let t = PyType(name: "object", bases: [], builtin: true)
    for m in ObjectMethods.object { t.set(m.name, .object(m)) }
    t.set("__new__", .object(PyStaticMethod(.object(ObjectMethods.objectNew))))
    t.set("__init_subclass__", .object(PyClassMethod(.object(ObjectMethods.initSubclass))))
    return t
  }()
  public static let type = make("type", [object], layout: .type)
  public static let int = make(
    "int", [object], layout: .bigInt, methods: NumberMethods.int + [ByteConversions.toBytes],
    attributes: ["from_bytes": .object(PyClassMethod(.object(ByteConversions.fromBytes)))])
  public static let bool = make("bool", [int], methods: [])
  public static let float = make(
    "float", [object], methods: NumberMethods.float,
    attributes: ["fromhex": .object(PyClassMethod(.object(NumberMethods.fromhex)))])
  public static let complex = make("complex", [object], layout: .complex, methods: NumberMethods.complex)
  public static let str = make(
    "str", [object], layout: .str,
    methods: StrMethods.all + [StrTranslate.translate] + ProtocolMethods.container("str"),
    attributes: ["maketrans": .object(PyStaticMethod(.object(StrTranslate.maketrans)))])
  public static let bytes = make(
    "bytes", [object], layout: .bytes,
    methods: [
      .general("hex", "bytes") { (rt, a) throws(PyError) in
        guard case .object(let o)? = a.positional.first, o.tag == .bytes else {
          throw PyError("TypeError", "descriptor 'hex' for 'bytes' objects needs a bytes object")
        }
        let digits = unsafeDowncast(o, to: PyBytes.self).bytes.map { String(format: "%02x", $0) }
        guard a.positional.count > 1 else { return .str(digits.joined()) }
        return .str(digits.joined(separator: try rt.string(a.positional[1], "sep")))
      },
      ByteConversions.decode,
    ])
  public static let list = make(
    "list", [object], layout: .list, methods: ListMethods.list + ProtocolMethods.container("list"))
  public static let tuple = make(
    "tuple", [object], layout: .tuple, methods: ListMethods.tuple + ProtocolMethods.container("tuple"))
  public static let dict = make(
    "dict", [object], layout: .dict, methods: DictMethods.all + ProtocolMethods.container("dict"),
    attributes: ["fromkeys": .object(PyClassMethod(.object(DictMethods.fromkeys)))])
  public static let set = make(
    "set", [object], layout: .set, methods: SetMethods.set + ProtocolMethods.container("set", subscriptable: false))
  public static let frozenset = make(
    "frozenset", [object], layout: .frozenset,
    methods: SetMethods.frozenset + ProtocolMethods.container("frozenset", subscriptable: false))
  public static let range = make(
    "range", [object], layout: .range, methods: ListMethods.range + ProtocolMethods.container("range"))
  public static let slice = make("slice", [object], layout: .slice, methods: ListMethods.slice)
  public static let noneType = make("NoneType", [object])
  public static let ellipsisType = make("ellipsis", [object])
  public static let notImplementedType = make("NotImplementedType", [object])
  public static let function = make("function", [object], layout: .function)
  public static let builtinFunction = make("builtin_function_or_method", [object], layout: .builtin)
  public static let method = make("method", [object], layout: .boundMethod)
  public static let module = make("module", [object], layout: .module)
  public static let property = make("property", [object], layout: .property, methods: ObjectMethods.property)
  public static let staticmethod = make("staticmethod", [object], layout: .staticMethod)
  public static let classmethod = make("classmethod", [object], layout: .classMethod)
  public static let superType = make("super", [object], layout: .superProxy)
  public static let cell = make("cell", [object], layout: .cell)
  public static let iterator = make("iterator", [object], layout: .iterator)
  public static let listIterator = make("list_iterator", [object], layout: .iterator)
  public static let listReverseIterator = make("list_reverseiterator", [object], layout: .iterator)
  public static let tupleIterator = make("tuple_iterator", [object], layout: .iterator)
  public static let rangeIterator = make("range_iterator", [object], layout: .iterator)
  public static let strIterator = make("str_ascii_iterator", [object], layout: .iterator)
  public static let setIterator = make("set_iterator", [object], layout: .iterator)
  public static let dictKeyIterator = make("dict_keyiterator", [object], layout: .iterator)
  public static let dictValueIterator = make("dict_valueiterator", [object], layout: .iterator)
  public static let dictItemIterator = make("dict_itemiterator", [object], layout: .iterator)
  public static let dictKeys = make("dict_keys", [object], methods: DictMethods.views)
  public static let dictValues = make("dict_values", [object], methods: DictMethods.views)
  public static let dictItems = make("dict_items", [object], methods: DictMethods.views)
  public static let textFile = make("TextIOWrapper", [object], module: "_io", methods: TextFile.methods)
  public static let generator = make("generator", [object], layout: .generator, methods: GeneratorMethods.all)
  public static let map = make("map", [object], layout: .iterator)
  public static let filter = make("filter", [object], layout: .iterator)
  public static let zip = make("zip", [object], layout: .iterator)
  public static let enumerate = make("enumerate", [object], layout: .iterator)
  public static let reversed = make("reversed", [object], layout: .iterator)

  // MARK: - Exceptions

  public static let baseException = make("BaseException", [object], methods: ExceptionMethods.all)
  static func exc(_ name: String, _ base: PyType, module: String = "builtins") -> PyType {
    make(name, [base], module: module)
  }
  public static let exception = exc("Exception", baseException)
  static let allExceptions: [String: PyType] = {
    var all: [String: PyType] = ["BaseException": baseException, "Exception": exception]
    func add(_ name: String, _ base: String, module: String = "builtins") {
      guard let b = all[base] else { return }
      all[name] = exc(name, b, module: module)
    }
    for n in ["SystemExit", "KeyboardInterrupt", "GeneratorExit"] { add(n, "BaseException") }
    let tree: [(String, String)] = [
      ("ArithmeticError", "Exception"), ("FloatingPointError", "ArithmeticError"),
      ("OverflowError", "ArithmeticError"), ("ZeroDivisionError", "ArithmeticError"),
      ("AssertionError", "Exception"), ("AttributeError", "Exception"), ("BufferError", "Exception"),
      ("EOFError", "Exception"), ("ImportError", "Exception"), ("ModuleNotFoundError", "ImportError"),
      ("LookupError", "Exception"), ("IndexError", "LookupError"), ("KeyError", "LookupError"),
      ("MemoryError", "Exception"), ("NameError", "Exception"), ("UnboundLocalError", "NameError"),
      ("OSError", "Exception"), ("FileNotFoundError", "OSError"), ("FileExistsError", "OSError"),
      ("IsADirectoryError", "OSError"), ("NotADirectoryError", "OSError"), ("PermissionError", "OSError"),
      ("TimeoutError", "OSError"), ("ReferenceError", "Exception"), ("RuntimeError", "Exception"),
      ("NotImplementedError", "RuntimeError"), ("RecursionError", "RuntimeError"),
      ("StopIteration", "Exception"), ("StopAsyncIteration", "Exception"), ("SyntaxError", "Exception"),
      ("IndentationError", "SyntaxError"), ("TabError", "IndentationError"), ("SystemError", "Exception"),
      ("TypeError", "Exception"), ("ValueError", "Exception"), ("UnicodeError", "ValueError"),
      ("UnicodeDecodeError", "UnicodeError"), ("UnicodeEncodeError", "UnicodeError"),
      ("Warning", "Exception"), ("UserWarning", "Warning"), ("DeprecationWarning", "Warning"),
      ("PendingDeprecationWarning", "Warning"), ("RuntimeWarning", "Warning"), ("FutureWarning", "Warning"),
      ("SyntaxWarning", "Warning"), ("ImportWarning", "Warning"), ("UnicodeWarning", "Warning"),
      ("ResourceWarning", "Warning"), ("BytesWarning", "Warning"),
    ]
    for (n, b) in tree { add(n, b) }
    add("StdinNotImplementedError", "NotImplementedError", module: "IPython.core.error")
    add("LinAlgError", "ValueError", module: "numpy.linalg")
    // NumPy's axis errors are both: `except ValueError` and `except IndexError` catch them.
    if let value = all["ValueError"], let index = all["IndexError"] {
      all["AxisError"] = make("AxisError", [value, index], module: "numpy.exceptions")
    }
    // NumPy's casting errors display as their base (`type(e).__name__` is 'UFuncTypeError'); the raising code
    // names the class it raises in full, as the traceback shows it.
    if let typeError = all["TypeError"] {
      let module = "numpy._core._exceptions"
      let ufunc = make("UFuncTypeError", [typeError], module: module)
      let casting = make("UFuncTypeError", [ufunc], module: module)
      all["UFuncTypeError"] = ufunc
      all[module + "._UFuncOutputCastingError"] = make("UFuncTypeError", [casting], module: module)
      all[module + "._UFuncNoLoopError"] = make("UFuncTypeError", [ufunc], module: module)
    }
    return all
  }()

  /// The built-in exception class with this name (`ValueError`), if there is one.
  static func exception(named name: String) -> PyType? { allExceptions[name] }
}
