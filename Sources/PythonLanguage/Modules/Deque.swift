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
