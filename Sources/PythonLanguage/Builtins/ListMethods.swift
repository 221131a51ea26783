/// Methods of `list`, `tuple`, `range` and `slice`.
enum ListMethods {
  static func list(_ v: Value) -> PyList? {
    if case .object(let o) = v, o.tag == .list { return unsafeDowncast(o, to: PyList.self) }
    return nil
  }

  static func items(_ rt: Runtime, _ v: Value) throws(PyError) -> [Value] {
    if case .object(let o) = v {
      if o.tag == .list { return unsafeDowncast(o, to: PyList.self).items }
      if o.tag == .tuple { return unsafeDowncast(o, to: PyTuple.self).items }
    }
    return try rt.collect(v)
  }

  static let list: [PyBuiltin] = [
    .two("append", "list") { (rt, s, x) throws(PyError) in
      guard let l = list(s) else { throw PyError("TypeError", "descriptor 'append' requires a 'list' object") }
      l.items.append(x)
      return .none
    },
    .two("extend", "list") { (rt, s, x) throws(PyError) in
      guard let l = list(s) else { throw PyError("TypeError", "descriptor 'extend' requires a 'list' object") }
      l.items += try rt.collect(x)
      return .none
    },
    .general("insert", "list") { (rt, a) throws(PyError) in
      guard a.positional.count == 3, let l = list(a.positional[0]) else {
        throw PyError("TypeError", "insert expected 2 arguments, got \(a.positional.count - 1)")
      }
      var i = try rt.index(a.positional[1])
      let n = l.items.count
      if i < 0 { i = max(0, i + n) }
      l.items.insert(a.positional[2], at: min(i, n))
      return .none
    },
    .general("pop", "list") { (rt, a) throws(PyError) in
      guard let l = a.positional.first.flatMap(list) else { throw PyError("TypeError", "pop requires a list") }
      if l.items.isEmpty { throw PyError("IndexError", "pop from empty list") }
      var i = a.positional.count > 1 ? try rt.index(a.positional[1]) : l.items.count - 1
      if i < 0 { i += l.items.count }
      guard i >= 0 && i < l.items.count else { throw PyError("IndexError", "pop index out of range") }
      return l.items.remove(at: i)
    },
    .two("remove", "list") { (rt, s, x) throws(PyError) in
      guard let l = list(s) else { return .none }
      for (k, v) in l.items.enumerated() where try rt.equals(v, x) {
        l.items.remove(at: k)
        return .none
      }
      throw PyError("ValueError", "list.remove(x): x not in list")
    },
    .general("index", "list") { (rt, a) throws(PyError) in try index(rt, a, "list") },
    .two("count", "list") { (rt, s, x) throws(PyError) in
      var n = 0
      for v in try items(rt, s) where try rt.equals(v, x) { n += 1 }
      return .int(n)
    },
    .general("sort", "list") { (rt, a) throws(PyError) in
      guard let l = a.positional.first.flatMap(list) else { return .none }
      guard a.positional.count == 1 else { throw PyError("TypeError", "sort() takes no positional arguments") }
      let p = try Arguments([], a.keywords).bind("sort", [], keywordOnly: ["key", "reverse"])
      var values = l.items
      let reverse = try p[1].map { (r) throws(PyError) in try rt.truthy(r) } ?? false
      // As CPython: the list looks empty while it sorts, and changing it meanwhile is an error.
      l.items = []
      do throws(PyError) { try rt.sort(&values, key: p[0], reverse: reverse) } catch {
        l.items = values
        throw error
      }
      let modified = !l.items.isEmpty
      l.items = values
      if modified { throw PyError("ValueError", "list modified during sort") }
      return .none
    },
    .one("reverse", "list") { (_, s) throws(PyError) in
      list(s)?.items.reverse()
      return .none
    },
    .one("copy", "list") { (_, s) throws(PyError) in .list(list(s)?.items ?? []) },
    .one("clear", "list") { (_, s) throws(PyError) in
      list(s)?.items.removeAll()
      return .none
    },
  ]

  static func index(_ rt: Runtime, _ a: Arguments, _ kind: String) throws(PyError) -> Value {
    guard a.positional.count >= 2 else { throw PyError("TypeError", "index expected at least 1 argument, got 0") }
    let values = try items(rt, a.positional[0])
    var start = a.positional.count > 2 ? try rt.index(a.positional[2]) : 0
    var stop = a.positional.count > 3 ? try rt.index(a.positional[3]) : values.count
    if start < 0 { start = max(0, start + values.count) }
    if stop < 0 { stop = max(0, stop + values.count) }
    stop = min(stop, values.count)
    var k = start
    while k < stop {
      if try rt.equals(values[k], a.positional[1]) { return .int(k) }
      k += 1
    }
    throw PyError(
      "ValueError", kind == "list" ? "\(try rt.repr(a.positional[1])) is not in list" : "tuple.index(x): x not in tuple"
    )
  }

  static let tuple: [PyBuiltin] = [
    .general("index", "tuple") { (rt, a) throws(PyError) in try index(rt, a, "tuple") },
    .two("count", "tuple") { (rt, s, x) throws(PyError) in
      var n = 0
      for v in try items(rt, s) where try rt.equals(v, x) { n += 1 }
      return .int(n)
    },
  ]

  static let range: [PyBuiltin] = [
    .two("index", "range") { (rt, s, x) throws(PyError) in
      guard case .object(let o) = s, o.tag == .range, case .int(let n) = x else {
        throw PyError("ValueError", "\(try rt.repr(x)) is not in range")
      }
      let r = unsafeDowncast(o, to: PyRange.self)
      guard try rt.contains(s, x) else { throw PyError("ValueError", "\(n) is not in range") }
      return .int((n - r.start) / r.step)
    },
    .two("count", "range") { (rt, s, x) throws(PyError) in .int(try rt.contains(s, x) ? 1 : 0) },
  ]

  static let slice: [PyBuiltin] = [
    .two("indices", "slice") { (rt, s, n) throws(PyError) in
      guard case .object(let o) = s, o.tag == .slice else { return .none }
      let (a, b, c) = try rt.sliceIndices(unsafeDowncast(o, to: PySlice.self), count: try rt.index(n))
      return .tuple([.int(a), .int(b), .int(c)])
    }
  ]
}
