import BigInt
import Foundation

/// `sys`, `time`, `typing` and `copy`: the parts learners' programs use.
enum SysModule {
  static let streamType = BuiltinTypes.make(
    "TextIOWrapper", [BuiltinTypes.object], module: "_io",
    methods: [
      .two("write", "TextIOWrapper") { (rt, s, text) throws(PyError) in
        guard case .object(let o) = s, let stream = o as? PySingleton else { return .none }
        let t = try rt.string(text, "write() argument")
        rt.host.write(t, toStderr: stream.name == "<stderr>")
        return .int(t.unicodeScalars.count)
      },
      .one("flush", "TextIOWrapper") { (_, _) throws(PyError) in .none },
    ])

  static func make(_ rt: Runtime) -> PyModule {
    let stdout = PySingleton("<stdout>", streamType)
    let stderr = PySingleton("<stderr>", streamType)
    return .make(
      "sys",
      functions: [
        .general("getrecursionlimit", "sys") { (rt, _) throws(PyError) in .int(rt.recursionLimit) },
        .one("setrecursionlimit", "sys") { (rt, v) throws(PyError) in
          let n = try rt.index(v)
          if n < 1 { throw PyError("ValueError", "recursion limit must be greater or equal than 1") }
          rt.recursionLimit = min(n, 20_000)
          return .none
        },
        .general("exit", "sys") { (rt, a) throws(PyError) in
          throw try rt.makeError(type: "SystemExit", args: a.positional)
        },
      ],
      values: [
        "version": .str("3.11.7 (Tessel)"), "maxsize": .int(Int.max), "stdout": .object(stdout),
        "stderr": .object(stderr), "argv": .list([.str("")]), "platform": .str("linux"),
        "version_info": .tuple([.int(3), .int(11), .int(7), .str("final"), .int(0)]),
        "byteorder": .str("little"), "float_info": floatInfo(),
      ])
  }

  /// `sys.float_info`: float64's limits, a named tuple printed as `sys.float_info(max=…, …)`.
  static func floatInfo() -> Value {
    let fields = [
      "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds",
    ]
    let values: [Value] = [
      .float(.greatestFiniteMagnitude), .int(1024), .int(308), .float(.leastNormalMagnitude), .int(-1021), .int(-307),
      .int(15), .int(53), .float(.ulpOfOne), .int(2), .int(1),
    ]
    let t = Runtime.namedTupleType("float_info", fields, defaults: [], module: "sys")
    t.set(
      "__repr__",
      .object(
        PyBuiltin.one("__repr__", "float_info") { (rt, s) throws(PyError) in
          guard case .object(let o) = s, let p = o as? PyNamedTuple else { return .str("sys.float_info") }
          var parts: [String] = []
          for (k, f) in fields.enumerated() { parts.append("\(f)=\(try rt.repr(p.field(k)))") }
          return .str("sys.float_info(\(parts.joined(separator: ", ")))")
        }))
    return .object(PyNamedTuple(t, values))
  }
}

enum TimeModule {
  static func make() -> PyModule {
    .make(
      "time",
      functions: [
        .general("time", "time") { (_, _) throws(PyError) in .float(Date().timeIntervalSince1970) },
        .general("perf_counter", "time") { (_, _) throws(PyError) in .float(monotonic()) },
        .general("time_ns", "time") { (_, _) throws(PyError) in nanoseconds(CLOCK_REALTIME) },
        .general("perf_counter_ns", "time") { (_, _) throws(PyError) in nanoseconds(CLOCK_MONOTONIC) },
        .general("monotonic_ns", "time") { (_, _) throws(PyError) in nanoseconds(CLOCK_MONOTONIC) },
        .general("monotonic", "time") { (_, _) throws(PyError) in .float(monotonic()) },
        .general("process_time", "time") { (_, _) throws(PyError) in .float(Double(clock()) / Double(CLOCKS_PER_SEC)) },
        .one("sleep", "time") { (rt, v) throws(PyError) in
          var remaining = try rt.double(v)
          if remaining < 0 { throw PyError("ValueError", "sleep length must be non-negative") }
          while remaining > 0 {
            try rt.checkInterrupt()
            let step = min(remaining, 0.05)
            usleep(UInt32(step * 1e6))
            remaining -= step
          }
          return .none
        },
      ])
  }

  /// A clock's reading in integer nanoseconds.
  static func nanoseconds(_ clock: clockid_t) -> Value {
    var t = timespec()
    clock_gettime(clock, &t)
    return PyBigInt.make(BigInt(t.tv_sec) * 1_000_000_000 + BigInt(t.tv_nsec))
  }

  static func monotonic() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }
}

enum TypingModule {
  /// `List[int]` and friends: annotations are not checked, so these only need to subscript.
  static func make() -> PyModule {
    var values: [String: Value] = [
      "List": .object(BuiltinTypes.list), "Dict": .object(BuiltinTypes.dict), "Tuple": .object(BuiltinTypes.tuple),
      "Set": .object(BuiltinTypes.set), "FrozenSet": .object(BuiltinTypes.frozenset),
      "Type": .object(BuiltinTypes.type),
    ]
    for name in [
      "Any", "Optional", "Union", "Callable", "Iterable", "Iterator", "Sequence", "Mapping", "Generator",
      "TypeVar", "Protocol", "NamedTuple", "Literal", "Final", "ClassVar", "Hashable", "Sized", "Collection",
    ] {
      values[name] = .object(PySingleton("typing.\(name)", annotationType))
    }
    return .make("typing", functions: [], values: values)
  }

  /// Whether `v` is `typing.NamedTuple` (a class statement's base that makes a named tuple class).
  static func isNamedTuple(_ v: Value) -> Bool {
    guard case .object(let o) = v, let s = o as? PySingleton else { return false }
    return s.name == "typing.NamedTuple"
  }

  static let annotationType = BuiltinTypes.make(
    "_SpecialForm", [BuiltinTypes.object], module: "typing",
    methods: [
      .two("__getitem__", "_SpecialForm") { (_, s, _) throws(PyError) in s },
      .one("__repr__", "_SpecialForm") { (_, s) throws(PyError) in
        guard case .object(let o) = s, let n = o as? PySingleton else { return .str("typing") }
        return .str(n.name)
      },
      .general("__call__", "_SpecialForm") { (_, a) throws(PyError) in
        // `TypeVar("T")` and the like: a marker with no meaning at run time.
        a.positional.first ?? .none
      },
    ])
}

enum CopyModule {
  static func make() -> PyModule {
    .make(
      "copy",
      functions: [
        .one("copy", "copy") { (rt, v) throws(PyError) in try rt.shallowCopy(v) },
        .general("deepcopy", "copy") { (rt, a) throws(PyError) in
          var memo: [ObjectIdentifier: Value] = [:]
          return try rt.deepCopy(a.positional.first ?? .none, &memo)
        },
      ])
  }
}

extension Runtime {
  func shallowCopy(_ v: Value) throws(PyError) -> Value {
    guard case .object(let o) = v else { return v }
    switch o.tag {
    case .list: return .list(unsafeDowncast(o, to: PyList.self).items)
    case .dict: return .object(unsafeDowncast(o, to: PyDict.self).copy())
    case .set: return .object(try unsafeDowncast(o, to: PySet.self).copy(frozen: false, rt: self))
    case .instance:
      let inst = unsafeDowncast(o, to: PyInstance.self)
      if let m = inst.cls.lookup("__copy__") { return try call(m, v) }
      let c = PyInstance(cls: inst.cls)
      for (k, name) in inst.attributeNames.enumerated() { c.setAttribute(name, inst.slot(k)) }
      c.exceptionState = inst.exceptionState
      return .object(c)
    default: return v
    }
  }

  func deepCopy(_ v: Value, _ memo: inout [ObjectIdentifier: Value]) throws(PyError) -> Value {
    guard case .object(let o) = v else { return v }
    if let seen = memo[ObjectIdentifier(o)] { return seen }
    switch o.tag {
    case .list:
      let out = PyList([])
      memo[ObjectIdentifier(o)] = .object(out)
      for x in unsafeDowncast(o, to: PyList.self).items { out.items.append(try deepCopy(x, &memo)) }
      return .object(out)
    case .tuple:
      let items = try unsafeDowncast(o, to: PyTuple.self).items.map { (x) throws(PyError) in try deepCopy(x, &memo) }
      return .tuple(items)
    case .dict:
      let source = unsafeDowncast(o, to: PyDict.self)
      let out = PyDict()
      out.dictType = source.dictType
      out.defaultFactory = source.defaultFactory
      memo[ObjectIdentifier(o)] = .object(out)
      for (k, x) in source.items { try out.set(try deepCopy(k, &memo), try deepCopy(x, &memo), rt: self) }
      return .object(out)
    case .set:
      let out = PySet()
      for x in unsafeDowncast(o, to: PySet.self).members { try out.add(try deepCopy(x, &memo), rt: self) }
      return .object(out)
    case .instance:
      let inst = unsafeDowncast(o, to: PyInstance.self)
      let c = PyInstance(cls: inst.cls)
      memo[ObjectIdentifier(o)] = .object(c)
      for (k, name) in inst.attributeNames.enumerated() { c.setAttribute(name, try deepCopy(inst.slot(k), &memo)) }
      c.exceptionState = inst.exceptionState
      return .object(c)
    default:
      return v
    }
  }
}
