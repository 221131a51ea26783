/// `collections.deque`: appends and pops at both ends, an optional `maxlen`.
final class PyDeque: PyObject {
  private(set) var items: [Value] = []
  private var head = 0
  let maxlen: Int?

  init(maxlen: Int?) {
    self.maxlen = maxlen
    super.init(tag: .other)
  }

  override var type: PyType { CollectionsModule.deque }

  var values: ArraySlice<Value> { items[head...] }
  var count: Int { items.count - head }

  func append(_ v: Value) {
    items.append(v)
    if let maxlen, count > maxlen { _ = popLeft() }
  }

  func appendLeft(_ v: Value) {
    if head > 0 {
      head -= 1
      items[head] = v
    } else {
      items.insert(v, at: 0)
    }
    if let maxlen, count > maxlen { items.removeLast() }
  }

  func popLeft() -> Value? {
    guard head < items.count else { return nil }
    let v = items[head]
    items[head] = .none
    head += 1
    if head > 32 && head * 2 > items.count {
      items.removeFirst(head)
      head = 0
    }
    return v
  }

  func pop() -> Value? {
    guard head < items.count else { return nil }
    return items.removeLast()
  }

  func replace(_ values: [Value]) {
    items = values
    head = 0
  }
}

enum DequeMethods {
  static func deque(_ v: Value) throws(PyError) -> PyDeque {
    guard case .object(let o) = v, let d = o as? PyDeque else { throw PyError("TypeError", "expected a deque") }
    return d
  }

  static let all: [PyBuiltin] = [
    .two("append", "deque") { (_, s, x) throws(PyError) in
      try deque(s).append(x)
      return .none
    },
    .two("appendleft", "deque") { (_, s, x) throws(PyError) in
      try deque(s).appendLeft(x)
      return .none
    },
    .one("pop", "deque") { (_, s) throws(PyError) in
      guard let v = try deque(s).pop() else { throw PyError("IndexError", "pop from an empty deque") }
      return v
    },
    .one("popleft", "deque") { (_, s) throws(PyError) in
      guard let v = try deque(s).popLeft() else { throw PyError("IndexError", "pop from an empty deque") }
      return v
    },
    .two("extend", "deque") { (rt, s, x) throws(PyError) in
      let d = try deque(s)
      for v in try rt.collect(x) { d.append(v) }
      return .none
    },
    .two("extendleft", "deque") { (rt, s, x) throws(PyError) in
      let d = try deque(s)
      for v in try rt.collect(x) { d.appendLeft(v) }
      return .none
    },
    .general("rotate", "deque") { (rt, a) throws(PyError) in
      let d = try deque(a.positional.first ?? .none)
      let n = a.positional.count > 1 ? try rt.index(a.positional[1]) : 1
      let values = Array(d.values)
      guard !values.isEmpty else { return .none }
      let k = ((n % values.count) + values.count) % values.count
      d.replace(Array(values[(values.count - k)...] + values[..<(values.count - k)]))
      return .none
    },
    .one("clear", "deque") { (_, s) throws(PyError) in
      try deque(s).replace([])
      return .none
    },
    .one("__len__", "deque") { (_, s) throws(PyError) in .int(try deque(s).count) },
    .one("__iter__", "deque") { (_, s) throws(PyError) in .object(ArrayIterator(Array(try deque(s).values))) },
    .two("__getitem__", "deque") { (rt, s, i) throws(PyError) in
      let d = try deque(s)
      let k = try rt.sequenceIndex(i, count: d.count, kind: "deque")
      return d.values[d.values.startIndex + k]
    },
    .two("__contains__", "deque") { (rt, s, x) throws(PyError) in
      for v in try deque(s).values where try rt.equals(v, x) { return .bool(true) }
      return .bool(false)
    },
    .one("__repr__", "deque") { (rt, s) throws(PyError) in
      let d = try deque(s)
      let body = try d.values.map { (v) throws(PyError) in try rt.repr(v) }.joined(separator: ", ")
      if let m = d.maxlen { return .str("deque([\(body)], maxlen=\(m))") }
      return .str("deque([\(body)])")
    },
  ]
}

/// `collections.namedtuple`: a class whose instances hold their fields in order, index and unpack like a tuple and
/// print as `Point(x=1, y=2)`.
///
/// SciPy's results are the same with `tupleCount`: a tuple of their first fields (`t, p = ttest_ind(a, b)`)
/// that prints every field.
enum NamedTuple {
  static func makeClass(
    _ name: String, _ fields: [String], defaults: [Value], module: String = "__main__", tupleCount: Int? = nil
  ) -> PyType {
    let t = PyType(name: name, module: module, bases: [BuiltinTypes.object], layout: .instance, builtin: false)
    func all(_ v: Value) throws(PyError) -> [Value] {
      guard case .object(let o) = v, o.tag == .instance else { throw PyError("TypeError", "expected a \(name)") }
      let inst = unsafeDowncast(o, to: PyInstance.self)
      return fields.map { inst.attribute($0) ?? .none }
    }
    let count = tupleCount ?? fields.count
    func values(_ v: Value) throws(PyError) -> [Value] { Array(try all(v).prefix(count)) }
    let firstDefault = fields.count - defaults.count
    t.set(
      "__new__",
      .object(
        PyBuiltin.general("__new__", name) { (rt, a) throws(PyError) in
          guard case .object(let c)? = a.positional.first, c.tag == .type else { return .none }
          let inst = PyInstance(cls: unsafeDowncast(c, to: PyType.self))
          let args = Array(a.positional.dropFirst())
          if args.count > fields.count {
            throw Runtime.tooManyPositional(
              "\(name).__new__", required: firstDefault + 1, total: fields.count + 1, given: args.count + 1)
          }
          var bound = [Value?].filled(with: nil, count: fields.count)
          for (k, v) in args.enumerated() { bound[k] = v }
          for (key, v) in a.keywords {
            guard let k = fields.firstIndex(of: key) else {
              throw PyError("TypeError", "\(name).__new__() got an unexpected keyword argument '\(key)'")
            }
            bound[k] = v
          }
          for (k, f) in fields.enumerated() {
            if let v = bound[k] {
              inst.setAttribute(f, v)
            } else if k >= firstDefault {
              inst.setAttribute(f, defaults[k - firstDefault])
            } else {
              throw PyError("TypeError", "\(name).__new__() missing 1 required positional argument: '\(f)'")
            }
          }
          return .object(inst)
        }))
    t.set(
      "__repr__",
      .object(
        PyBuiltin.one("__repr__", name) { (rt, s) throws(PyError) in
          let vs = try all(s)
          var parts: [String] = []
          for (k, f) in fields.enumerated() { parts.append("\(f)=\(try rt.repr(vs[k]))") }
          return .str("\(name)(\(parts.joined(separator: ", ")))")
        }))
    t.set(
      "__iter__",
      .object(PyBuiltin.one("__iter__", name) { (_, s) throws(PyError) in .object(ArrayIterator(try values(s))) }))
    t.set("__len__", .object(PyBuiltin.one("__len__", name) { (_, _) throws(PyError) in .int(count) }))
    t.set(
      "__getitem__",
      .object(
        PyBuiltin.two("__getitem__", name) { (rt, s, i) throws(PyError) in try rt.getItem(.tuple(try values(s)), i) }))
    t.set(
      "__eq__",
      .object(
        PyBuiltin.two("__eq__", name) { (rt, a, b) throws(PyError) in
          let x = Value.tuple(try values(a))
          if case .object(let o) = b, o.tag == .tuple { return .bool(try rt.equals(x, b)) }
          guard let y = try? values(b) else { return rt.notImplemented }
          return .bool(try rt.equals(x, .tuple(y)))
        }))
    t.set(
      "__hash__",
      .object(PyBuiltin.one("__hash__", name) { (rt, s) throws(PyError) in .int(try rt.hash(.tuple(try values(s)))) }))
    t.set(
      "_asdict",
      .object(
        PyBuiltin.one("_asdict", name) { (rt, s) throws(PyError) in
          let d = PyDict()
          for (k, v) in zip(fields, try values(s)) { try d.set(.str(k), v, rt: rt) }
          return .object(d)
        }))
    t.set(
      "_replace",
      .object(
        PyBuiltin.general("_replace", name) { (rt, a) throws(PyError) in
          guard let s = a.positional.first, case .object(let o) = s, o.tag == .instance else { return .none }
          let source = unsafeDowncast(o, to: PyInstance.self)
          let inst = PyInstance(cls: source.cls)
          for f in fields { inst.setAttribute(f, source.attribute(f) ?? .none) }
          for (k, v) in a.keywords {
            guard fields.contains(k) else { throw PyError("ValueError", "Got unexpected field names: ['\(k)']") }
            inst.setAttribute(k, v)
          }
          return .object(inst)
        }))
    t.set(
      "_make",
      .object(
        PyClassMethod(
          .object(
            PyBuiltin.two("_make", name) { (rt, cls, iterable) throws(PyError) in
              try rt.call(cls, try rt.collect(iterable), [])
            }))))
    t.set("_fields", .tuple(fields.prefix(count).map { .str($0) }))
    return t
  }
}
