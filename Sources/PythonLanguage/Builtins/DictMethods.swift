/// Methods of `dict` and its views.
enum DictMethods {
  static func dict(_ v: Value) throws(PyError) -> PyDict {
    if case .object(let o) = v, o.tag == .dict { return unsafeDowncast(o, to: PyDict.self) }
    throw PyError("TypeError", "descriptor requires a 'dict' object")
  }

  static let all: [PyBuiltin] = [
    .one("keys", "dict") { (_, s) throws(PyError) in .object(PyDictView(try dict(s), .keys)) },
    .one("values", "dict") { (_, s) throws(PyError) in .object(PyDictView(try dict(s), .values)) },
    .one("items", "dict") { (_, s) throws(PyError) in .object(PyDictView(try dict(s), .items)) },
    .twoOrThree("get", "dict") { (rt, d, key, fallback) throws(PyError) in
      try dict(d).get(key, rt: rt) ?? fallback ?? .none
    },
    .general("pop", "dict") { (rt, a) throws(PyError) in
      guard (2...3).contains(a.positional.count) else {
        throw PyError("TypeError", "pop expected at least 1 argument, got \(a.positional.count - 1)")
      }
      if let v = try dict(a.positional[0]).remove(a.positional[1], rt: rt) { return v }
      if a.positional.count == 3 { return a.positional[2] }
      throw try rt.keyError(a.positional[1])
    },
    .one("popitem", "dict") { (_, s) throws(PyError) in
      guard let (k, v) = try dict(s).popLast() else { throw PyError("KeyError", "popitem(): dictionary is empty") }
      return .tuple([k, v])
    },
    .general("setdefault", "dict") { (rt, a) throws(PyError) in
      guard (2...3).contains(a.positional.count) else {
        throw PyError("TypeError", "setdefault expected at least 1 argument, got \(a.positional.count - 1)")
      }
      let d = try dict(a.positional[0])
      if let v = try d.get(a.positional[1], rt: rt) { return v }
      let v = a.positional.count == 3 ? a.positional[2] : .none
      try d.set(a.positional[1], v, rt: rt)
      return v
    },
    .general("update", "dict") { (rt, a) throws(PyError) in
      guard let s = a.positional.first else { return .none }
      let d = try dict(s)
      if a.positional.count > 1 { try rt.updateDict(d, a.positional[1]) }
      for (k, v) in a.keywords { try d.set(.str(k), v, rt: rt) }
      return .none
    },
    .one("copy", "dict") { (_, s) throws(PyError) in .object(try dict(s).copy()) },
    .one("clear", "dict") { (_, s) throws(PyError) in
      try dict(s).removeAll()
      return .none
    },
  ]

  /// `dict.fromkeys(iterable, value=None)`, a class method.
  static let fromkeys = PyBuiltin.general("fromkeys", "dict") { (rt, a) throws(PyError) in
    guard a.positional.count >= 2 else { throw PyError("TypeError", "fromkeys expected at least 1 argument, got 0") }
    let d = PyDict()
    let value = a.positional.count > 2 ? a.positional[2] : .none
    try rt.forEach(a.positional[1]) { (k) throws(PyError) -> Bool in
      try d.set(k, value, rt: rt)
      return true
    }
    return .object(d)
  }

  static func view(_ v: Value) throws(PyError) -> PyDictView {
    guard case .object(let o) = v, let view = o as? PyDictView else {
      throw PyError("TypeError", "expected a dict view")
    }
    return view
  }

  static let views: [PyBuiltin] = [
    .one("__iter__") { (_, s) throws(PyError) in
      let v = try view(s)
      return .object(DictIterator(v.dict, v.part))
    },
    .one("__len__") { (_, s) throws(PyError) in .int(try view(s).dict.count) },
    .two("__contains__") { (rt, s, x) throws(PyError) in
      let v = try view(s)
      switch v.part {
      case .keys: return .bool(try v.dict.get(x, rt: rt) != nil)
      case .values:
        for (_, value) in v.dict.items where try rt.equals(value, x) { return .bool(true) }
        return .bool(false)
      case .items:
        let pair = try rt.collect(x)
        guard pair.count == 2, let value = try v.dict.get(pair[0], rt: rt) else { return .bool(false) }
        return .bool(try rt.equals(value, pair[1]))
      }
    },
    .one("__repr__") { (rt, s) throws(PyError) in
      let v = try view(s)
      var parts: [String] = []
      for (k, value) in v.dict.items {
        switch v.part {
        case .keys: parts.append(try rt.repr(k))
        case .values: parts.append(try rt.repr(value))
        case .items: parts.append("(\(try rt.repr(k)), \(try rt.repr(value)))")
        }
      }
      let name = v.part == .keys ? "dict_keys" : v.part == .values ? "dict_values" : "dict_items"
      return .str("\(name)([\(parts.joined(separator: ", "))])")
    },
  ]
}
