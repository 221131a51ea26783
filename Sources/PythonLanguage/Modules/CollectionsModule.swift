/// Python's `collections`: `defaultdict`, `Counter` and `OrderedDict` (dicts with more methods), `deque`,
/// `namedtuple`.
enum CollectionsModule {
  static let defaultdict = BuiltinTypes.make(
    "defaultdict", [BuiltinTypes.dict], layout: .dict, module: "collections", methods: defaultdictMethods)
  static let counter = BuiltinTypes.make(
    "Counter", [BuiltinTypes.dict], layout: .dict, module: "collections", methods: counterMethods)
  static let orderedDict = BuiltinTypes.make(
    "OrderedDict", [BuiltinTypes.dict], layout: .dict, module: "collections", methods: orderedDictMethods)
  static let deque = BuiltinTypes.make("deque", [BuiltinTypes.object], module: "collections", methods: DequeMethods.all)

  static func make(_ rt: Runtime) -> PyModule {
    let make1: Constructors.Make = { (rt: Runtime, a: Arguments) throws(PyError) -> Value in  // defaultdict
      let d = PyDict()
      d.dictType = defaultdict
      if let f = a.positional.first {
        guard f.isNone || Runtime.isCallable(f) else {
          throw PyError("TypeError", "first argument must be callable or None")
        }
        d.defaultFactory = f
      }
      if a.positional.count > 1 { try rt.updateDict(d, a.positional[1]) }
      for (k, v) in a.keywords { try d.set(.str(k), v, rt: rt) }
      return .object(d)
    }
    let make2: Constructors.Make = { (rt: Runtime, a: Arguments) throws(PyError) -> Value in  // counter
      let d = PyDict()
      d.dictType = counter
      if let x = a.positional.first { try count(rt, d, x, sign: 1) }
      for (k, v) in a.keywords { try d.set(.str(k), v, rt: rt) }
      return .object(d)
    }
    let make3: Constructors.Make = { (rt: Runtime, a: Arguments) throws(PyError) -> Value in  // orderedDict
      let d = PyDict()
      d.dictType = orderedDict
      if let x = a.positional.first { try rt.updateDict(d, x) }
      for (k, v) in a.keywords { try d.set(.str(k), v, rt: rt) }
      return .object(d)
    }
    let make4: Constructors.Make = { (rt: Runtime, a: Arguments) throws(PyError) -> Value in  // deque
      let p = try a.bind("deque", ["iterable", "maxlen"])
      let maxlen = try p[1].flatMap { (m) throws(PyError) -> Int? in m.isNone ? nil : try rt.index(m) }
      if let maxlen, maxlen < 0 { throw PyError("ValueError", "maxlen must be non-negative") }
      let q = PyDeque(maxlen: maxlen)
      if let x = p[0] { for v in try rt.collect(x) { q.append(v) } }
      return .object(q)
    }
    rt.constructors[ObjectIdentifier(defaultdict)] = Runtime.ConstructorRef(make: make1)
    rt.constructors[ObjectIdentifier(counter)] = Runtime.ConstructorRef(make: make2)
    rt.constructors[ObjectIdentifier(orderedDict)] = Runtime.ConstructorRef(make: make3)
    rt.constructors[ObjectIdentifier(deque)] = Runtime.ConstructorRef(make: make4)
    let namedtuple = PyBuiltin.general("namedtuple", "collections") { (rt, a) throws(PyError) in
      let p = try a.bind(
        "namedtuple", ["typename", "field_names"], required: 2, keywordOnly: ["defaults", "rename", "module"])
      let name = try rt.string(p[0] ?? .none, "typename")
      var fields: [String]
      if case .object(let o)? = p[1], o.tag == .str {
        fields = unsafeDowncast(o, to: PyStr.self).value.replacingOccurrences(of: ",", with: " ").split(separator: " ")
          .map(String.init)
      } else {
        fields = try rt.collect(p[1] ?? .none).map { (v) throws(PyError) in try rt.string(v, "field name") }
      }
      let defaults = try p[2].map { (d) throws(PyError) in d.isNone ? [] : try rt.collect(d) } ?? []
      var seen = Set<String>()
      for f in fields {
        if f.hasPrefix("_") { throw PyError("ValueError", "Field names cannot start with an underscore: '\(f)'") }
        if !seen.insert(f).inserted { throw PyError("ValueError", "Encountered duplicate field name: '\(f)'") }
      }
      if defaults.count > fields.count { throw PyError("TypeError", "Got more default values than field names") }
      return .object(Runtime.namedTupleType(name, fields, defaults: defaults))
    }
    return .make(
      "collections", functions: [namedtuple],
      values: [
        "defaultdict": .object(defaultdict), "Counter": .object(counter), "OrderedDict": .object(orderedDict),
        "deque": .object(deque),
      ])
  }

  static func dict(_ v: Value) throws(PyError) -> PyDict {
    guard case .object(let o) = v, o.tag == .dict else { throw PyError("TypeError", "expected a dict") }
    return unsafeDowncast(o, to: PyDict.self)
  }

  static let defaultdictMethods: [PyBuiltin] = [
    .two("__missing__", "defaultdict") { (rt, s, key) throws(PyError) in
      let d = try dict(s)
      if d.defaultFactory.isNone { throw try rt.keyError(key) }
      let v = try rt.call(d.defaultFactory, [])
      try d.set(key, v, rt: rt)
      return v
    },
    .one("__repr__", "defaultdict") { (rt, s) throws(PyError) in
      let d = try dict(s)
      let factory = d.defaultFactory.isNone ? "None" : try rt.repr(d.defaultFactory)
      return .str("defaultdict(\(factory), \(try plainRepr(rt, d)))")
    },
  ]

  static func plainRepr(_ rt: Runtime, _ d: PyDict) throws(PyError) -> String {
    var parts: [String] = []
    for (k, v) in d.items { parts.append(try rt.repr(k) + ": " + rt.repr(v)) }
    return "{" + parts.joined(separator: ", ") + "}"
  }

  /// Adds (or subtracts) counts from an iterable or a mapping.
  static func count(_ rt: Runtime, _ d: PyDict, _ x: Value, sign: Int) throws(PyError) {
    if case .object(let o) = x, o.tag == .dict {
      for (k, v) in unsafeDowncast(o, to: PyDict.self).items {
        let old = try d.get(k, rt: rt) ?? .int(0)
        try d.set(k, try rt.binary(sign > 0 ? .add : .sub, old, v), rt: rt)
      }
      return
    }
    try rt.forEach(x) { (k) throws(PyError) -> Bool in
      let h = try rt.hash(k)
      let old = try d.get(k, hash: h, rt: rt) ?? .int(0)
      try d.set(k, try rt.binary(.add, old, .int(sign)), hash: h, rt: rt)
      return true
    }
  }

  /// Entries by count, largest first; equal counts keep insertion order (`most_common`).
  static func mostCommon(_ rt: Runtime, _ d: PyDict) throws(PyError) -> [(Value, Value)] {
    // CPython's `sorted(self.items(), key=itemgetter(1), reverse=True)`.
    let entries = Array(d.items).map { ($0.key, $0.value) }
    var failure: PyError?
    let order = rt.sortedOrder(entries.map(\.1), reverse: true, failure: &failure)
    if let failure { throw failure }
    return order.map { entries[$0] }
  }

  static let counterMethods: [PyBuiltin] = [
    .two("__missing__", "Counter") { (_, _, _) throws(PyError) in .int(0) },
    .general("most_common", "Counter") { (rt, a) throws(PyError) in
      let d = try dict(a.positional.first ?? .none)
      var entries = try mostCommon(rt, d)
      if a.positional.count > 1, !a.positional[1].isNone {
        entries = Array(entries.prefix(max(0, try rt.index(a.positional[1]))))
      }
      return .list(entries.map { .tuple([$0.0, $0.1]) })
    },
    .one("elements", "Counter") { (rt, s) throws(PyError) in
      var out: [Value] = []
      for (k, v) in try dict(s).items {
        let n = try rt.index(v)
        if n > 0 { out += [Value](repeating: k, count: n) }
      }
      return .object(ArrayIterator(out))
    },
    .one("total", "Counter") { (rt, s) throws(PyError) in
      var t: Value = .int(0)
      for (_, v) in try dict(s).items { t = try rt.binary(.add, t, v) }
      return t
    },
    .general("update", "Counter") { (rt, a) throws(PyError) in
      let d = try dict(a.positional.first ?? .none)
      if a.positional.count > 1 { try count(rt, d, a.positional[1], sign: 1) }
      return .none
    },
    .general("subtract", "Counter") { (rt, a) throws(PyError) in
      let d = try dict(a.positional.first ?? .none)
      if a.positional.count > 1 {
        if case .object(let o) = a.positional[1], o.tag == .dict {
          try count(rt, d, a.positional[1], sign: -1)
        } else {
          try rt.forEach(a.positional[1]) { (k) throws(PyError) -> Bool in
            let old = try d.get(k, rt: rt) ?? .int(0)
            try d.set(k, try rt.binary(.sub, old, .int(1)), rt: rt)
            return true
          }
        }
      }
      return .none
    },
    .one("__repr__", "Counter") { (rt, s) throws(PyError) in
      let d = try dict(s)
      if d.count == 0 { return .str("Counter()") }
      var parts: [String] = []
      for (k, v) in try mostCommon(rt, d) { parts.append(try rt.repr(k) + ": " + rt.repr(v)) }
      return .str("Counter({" + parts.joined(separator: ", ") + "})")
    },
    .two("__add__", "Counter") { (rt, a, b) throws(PyError) in try combine(rt, a, b, .add) },
    .two("__sub__", "Counter") { (rt, a, b) throws(PyError) in try combine(rt, a, b, .sub) },
    .two("__and__", "Counter") { (rt, a, b) throws(PyError) in try extremes(rt, a, b, larger: false) },
    .two("__or__", "Counter") { (rt, a, b) throws(PyError) in try extremes(rt, a, b, larger: true) },
  ]

  /// `c1 & c2` (the smaller count of keys in both) and `c1 | c2` (the larger count of keys in either): positive
  /// counts only, left keys first.
  static func extremes(_ rt: Runtime, _ a: Value, _ b: Value, larger: Bool) throws(PyError) -> Value {
    let x = try dict(a)
    let y = try dict(b)
    let out = PyDict()
    out.dictType = counter
    for (k, v) in x.items {
      let other = try y.get(k, rt: rt)
      if !larger && other == nil { continue }
      let w = other ?? .int(0)
      let pickOther = try rt.compareBool(larger ? .gt : .lt, w, v)
      let r = pickOther ? w : v
      if try rt.compareBool(.gt, r, .int(0)) { try out.set(k, r, rt: rt) }
    }
    if larger {
      for (k, v) in y.items where try x.get(k, rt: rt) == nil {
        if try rt.compareBool(.gt, v, .int(0)) { try out.set(k, v, rt: rt) }
      }
    }
    return .object(out)
  }

  /// `c1 + c2`, `c1 - c2`: positive counts only, left keys first.
  static func combine(_ rt: Runtime, _ a: Value, _ b: Value, _ op: BinaryOperator) throws(PyError) -> Value {
    let x = try dict(a)
    let y = try dict(b)
    let out = PyDict()
    out.dictType = counter
    for (k, v) in x.items {
      let r = try rt.binary(op, v, try y.get(k, rt: rt) ?? .int(0))
      if try rt.compareBool(.gt, r, .int(0)) { try out.set(k, r, rt: rt) }
    }
    if op == .add {
      for (k, v) in y.items where try x.get(k, rt: rt) == nil {
        if try rt.compareBool(.gt, v, .int(0)) { try out.set(k, v, rt: rt) }
      }
    }
    return .object(out)
  }

  static let orderedDictMethods: [PyBuiltin] = [
    .one("__repr__", "OrderedDict") { (rt, s) throws(PyError) in
      let d = try dict(s)
      if d.count == 0 { return .str("OrderedDict()") }
      var parts: [String] = []
      for (k, v) in d.items { parts.append("(\(try rt.repr(k)), \(try rt.repr(v)))") }
      return .str("OrderedDict([" + parts.joined(separator: ", ") + "])")
    },
    .general("popitem", "OrderedDict") { (rt, a) throws(PyError) in
      let p = try a.bind("popitem", ["self", "last"], required: 1)
      let d = try dict(p[0] ?? .none)
      let last = try p[1].map { (l) throws(PyError) in try rt.truthy(l) } ?? true
      guard let (k, v) = last ? d.popLast() : d.items.first(where: { _ in true }) else {
        throw PyError("KeyError", "dictionary is empty")
      }
      if !last { _ = try d.remove(k, rt: rt) }
      return .tuple([k, v])
    },
    .general("move_to_end", "OrderedDict") { (rt, a) throws(PyError) in
      let p = try a.bind("move_to_end", ["self", "key", "last"], required: 2)
      let d = try dict(p[0] ?? .none)
      let key = p[1] ?? .none
      guard let v = try d.remove(key, rt: rt) else { throw try rt.keyError(key) }
      let last = try p[2].map { (l) throws(PyError) in try rt.truthy(l) } ?? true
      if last {
        try d.set(key, v, rt: rt)
      } else {
        let rest = Array(d.items)
        d.removeAll()
        try d.set(key, v, rt: rt)
        for (k, x) in rest { try d.set(k, x, rt: rt) }
      }
      return .none
    },
  ]
}
