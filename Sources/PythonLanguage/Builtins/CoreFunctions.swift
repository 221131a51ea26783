import BigInt

/// `print`, `len`, `isinstance` and the other built-in functions that are not types.
enum CoreFunctions {
  static let all: [PyBuiltin] = [
    .general("print", doc: "print(*objects, sep=' ', end='\\n', file=None, flush=False)") { (rt, a) throws(PyError) in
      var sep = " "
      var end = "\n"
      var toStderr = false
      for (k, v) in a.keywords {
        switch k {
        case "sep": if !v.isNone { sep = try rt.string(v, "sep") }
        case "end": if !v.isNone { end = try rt.string(v, "end") }
        case "file":
          if case .object(let o) = v, o.tag == .module || o.tag == .other,
            (try? rt.getAttribute(v, "name")).map({ (try? rt.str($0)) == "<stderr>" }) ?? false
          {
            toStderr = true
          } else if !v.isNone {
            _ = try rt.callMethod(
              v, "write",
              [.str(try a.positional.map { (x) throws(PyError) in try rt.str(x) }.joined(separator: sep) + end)])
            return .none
          }
        case "flush": break
        default: throw PyError("TypeError", "'\(k)' is an invalid keyword argument for print()")
        }
      }
      var text = ""
      for (k, v) in a.positional.enumerated() {
        if k > 0 { text += sep }
        text += try rt.str(v)
      }
      rt.host.write(text + end, toStderr: toStderr)
      return .none
    },
    .one("len") { (rt, v) throws(PyError) in .int(try rt.length(v)) },
    .one("repr") { (rt, v) throws(PyError) in .str(try rt.repr(v)) },
    .one("ascii") { (rt, v) throws(PyError) in .str(Repr.ascii(try rt.repr(v))) },
    .one("abs") { (rt, v) throws(PyError) in try rt.absolute(v) },
    .one("id") { (rt, v) throws(PyError) in
      if case .object(let o) = v {
        return .int(Int(bitPattern: UInt(bitPattern: Unmanaged.passUnretained(o).toOpaque())))
      }
      return .int(try rt.hash(v))
    },
    .one("hash") { (rt, v) throws(PyError) in .int(try rt.hash(v)) },
    .one("callable") { (rt, v) throws(PyError) in .bool(Runtime.isCallable(v)) },
    .one("chr") { (rt, v) throws(PyError) in
      let i = try rt.index(v)
      guard let s = UInt32(exactly: i).flatMap(Unicode.Scalar.init) else {
        throw PyError("ValueError", "chr() arg not in range(0x110000)")
      }
      return .str(String(s))
    },
    .one("ord") { (rt, v) throws(PyError) in
      guard case .object(let o) = v, o.tag == .str else {
        throw PyError("TypeError", "ord() expected string of length 1, but \(rt.typeName(v)) found")
      }
      let s = unsafeDowncast(o, to: PyStr.self)
      guard s.count == 1 else {
        throw PyError("TypeError", "ord() expected a character, but string of length \(s.count) found")
      }
      return .int(Int(s.scalar(at: 0).value))
    },
    .one("bin") { (rt, v) throws(PyError) in .str(try FormatSpec("#b").formatInteger(try rt.bigInteger(v))) },
    .one("oct") { (rt, v) throws(PyError) in .str(try FormatSpec("#o").formatInteger(try rt.bigInteger(v))) },
    .one("hex") { (rt, v) throws(PyError) in .str(try FormatSpec("#x").formatInteger(try rt.bigInteger(v))) },
    .general("format") { (rt, a) throws(PyError) in
      let p = try a.bind("format", ["value", "format_spec"], required: 1, positionalOnly: true)
      return .str(
        try rt.format(
          p[0] ?? .none,
          try p[1].map { (s) throws(PyError) in
            guard rt.isString(s) else {
              throw PyError("TypeError", "format() argument 2 must be str, not \(rt.typeName(s))")
            }
            return try rt.string(s, "format_spec")
          } ?? ""))
    },
    .general(
      "isinstance",
      // The call as written nearly always: two values, no argument list.
      pair: { (rt, x, c) throws(PyError) in .bool(try rt.isInstance(x, classOrTuple: c, function: "isinstance")) }
    ) { (_, a) throws(PyError) in
      // Any other call is wrong, as CPython says (its arguments are positional-only).
      if !a.keywords.isEmpty { throw PyError("TypeError", "isinstance() takes no keyword arguments") }
      throw PyError("TypeError", "isinstance expected 2 arguments, got \(a.positional.count)")
    },
    .general("issubclass") { (rt, a) throws(PyError) in
      let p = try a.bind("issubclass", ["cls", "class_or_tuple"], required: 2, positionalOnly: true)
      guard case .object(let o)? = p[0], o.tag == .type else {
        throw PyError("TypeError", "issubclass() arg 1 must be a class")
      }
      return .bool(try rt.isSubclass(unsafeDowncast(o, to: PyType.self), classOrTuple: p[1] ?? .none))
    },
    .general("getattr") { (rt, a) throws(PyError) in
      guard a.positional.count >= 2 && a.positional.count <= 3 else {
        throw PyError("TypeError", "getattr expected 2 or 3 arguments, got \(a.positional.count)")
      }
      let name = try rt.string(a.positional[1], "attribute name")
      do throws(PyError) { return try rt.getAttribute(a.positional[0], name) } catch {
        if a.positional.count == 3 && error.isKind("AttributeError") { return a.positional[2] }
        throw error
      }
    },
    .two("hasattr") { (rt, o, n) throws(PyError) in
      let name = try rt.string(n, "attribute name")
      do throws(PyError) {
        _ = try rt.getAttribute(o, name)
        return .bool(true)
      } catch {
        if error.isKind("AttributeError") { return .bool(false) }
        throw error
      }
    },
    .general("setattr") { (rt, a) throws(PyError) in
      guard a.positional.count == 3 else {
        throw PyError("TypeError", "setattr expected 3 arguments, got \(a.positional.count)")
      }
      try rt.setAttribute(a.positional[0], try rt.string(a.positional[1], "attribute name"), a.positional[2])
      return .none
    },
    .two("delattr") { (rt, o, n) throws(PyError) in
      try rt.deleteAttribute(o, try rt.string(n, "attribute name"))
      return .none
    },
    .general("iter") { (rt, a) throws(PyError) in
      try a.noKeywords("iter")
      if a.positional.count == 2 {
        let f = a.positional[0]
        let sentinel = a.positional[1]
        guard Runtime.isCallable(f) else { throw PyError("TypeError", "iter(v, w): v must be callable") }
        return .object(
          FunctionIterator { (rt) throws(PyError) -> Value? in
            let v = try rt.call(f, [])
            return try rt.equals(v, sentinel) ? nil : v
          })
      }
      guard a.positional.count == 1 else { throw Arguments.oneOrTwo("iter", a.positional.count) }
      return .object(try rt.iterate(a.positional[0]))
    },
    .general("next") { (rt, a) throws(PyError) in
      try a.noKeywords("next")
      guard (1...2).contains(a.positional.count) else { throw Arguments.oneOrTwo("next", a.positional.count) }
      let v = a.positional[0]
      guard case .object(let o) = v, o.tag == .iterator || o.tag == .generator || o.type.lookup("__next__") != nil
      else { throw PyError("TypeError", "'\(rt.typeName(v))' object is not an iterator") }
      let it: PyIterator =
        o.tag == .iterator || o.tag == .generator ? unsafeDowncast(o, to: PyIterator.self) : ProtocolIterator(v)
      if let x = try it.next(rt) { return x }
      if a.positional.count == 2 { return a.positional[1] }
      if let g = it as? PyGenerator, !g.returned.isNone {
        throw try rt.makeError(type: "StopIteration", args: [g.returned])
      }
      throw PyError("StopIteration", "")
    },
    .general("vars") { (rt, a) throws(PyError) in
      guard let v = a.positional.first else { return .object(try rt.globalsDict()) }
      return try rt.getAttribute(v, "__dict__")
    },
    .general("dir") { (rt, a) throws(PyError) in
      guard let v = a.positional.first else {
        return .list(rt.globals.defined.sorted().map { .str($0) })
      }
      var names = Set<String>()
      if case .object(let o) = v, o.tag == .instance {
        names.formUnion(unsafeDowncast(o, to: PyInstance.self).attributeNames)
      }
      if case .object(let o) = v, o.tag == .module {
        names.formUnion(unsafeDowncast(o, to: PyModule.self).attributes.keys)
        return .list(names.sorted(by: PyStr.less).map { .str($0) })
      }
      let t: PyType
      if case .object(let o) = v, o.tag == .type { t = unsafeDowncast(o, to: PyType.self) } else { t = rt.typeOf(v) }
      for c in t.mro { names.formUnion(c.ownNames) }
      // What every class has from `object`, and a class statement's `__dict__` and `__weakref__`.
      names.formUnion(Builtins.objectNames)
      if !t.isBuiltin {
        names.insert("__module__")
        if t.lookup("__slots__") == nil { names.formUnion(["__dict__", "__weakref__"]) }
      }
      for c in t.mro where c.isBuiltin { names.formUnion(Builtins.dataAttributes[c.name, default: []]) }
      return .list(names.sorted(by: PyStr.less).map { .str($0) })
    },
    .general("globals") { (rt, _) throws(PyError) in .object(try rt.globalsDict()) },
    .general("input") { (rt, a) throws(PyError) in
      let prompt = try a.positional.first.map { (p) throws(PyError) in try rt.str(p) } ?? ""
      return .str(try rt.host.readLine(prompt: prompt, password: false))
    },
    .general("exit") { (rt, _) throws(PyError) in
      rt.host.askExit(keepKernel: false)
      return .none
    },
    .general("quit") { (rt, _) throws(PyError) in
      rt.host.askExit(keepKernel: false)
      return .none
    },
    .general("sorted") { (rt, a) throws(PyError) in
      guard a.positional.count == 1 else {
        throw PyError("TypeError", "sorted expected 1 argument, got \(a.positional.count)")
      }
      let p = try a.bind("sorted", ["iterable"], required: 1, keywordOnly: ["key", "reverse"])
      var items = try rt.collect(p[0] ?? .none)
      try rt.sort(&items, key: p[1], reverse: try p[2].map { (r) throws(PyError) in try rt.truthy(r) } ?? false)
      return .list(items)
    },
    .one("all") { (rt, v) throws(PyError) in
      var result = true
      try rt.forEach(v) { (x) throws(PyError) -> Bool in
        if try !rt.truthy(x) { result = false }
        return result
      }
      return .bool(result)
    },
    .one("any") { (rt, v) throws(PyError) in
      var result = false
      try rt.forEach(v) { (x) throws(PyError) -> Bool in
        if try rt.truthy(x) { result = true }
        return !result
      }
      return .bool(result)
    },
    .general("open") { (rt, a) throws(PyError) in
      let p = try a.bind("open", ["file", "mode", "buffering", "encoding"], required: 1)
      let mode = try p[1].map { (m) throws(PyError) in try rt.string(m, "mode") } ?? "r"
      guard mode == "r" || mode == "rt" else {
        throw PyError("NotImplementedError", "open(): only reading text files (mode 'r') is supported")
      }
      return .object(try TextFile.open(try rt.string(p[0] ?? .none, "file")))
    },
  ]
}

extension Runtime {
  /// `len(v)`.
  func length(_ v: Value) throws(PyError) -> Int {
    if case .object(let o) = v {
      switch o.tag {
      case .str: return unsafeDowncast(o, to: PyStr.self).count
      case .list: return unsafeDowncast(o, to: PyList.self).items.count
      case .tuple: return unsafeDowncast(o, to: PyTuple.self).items.count
      case .dict: return unsafeDowncast(o, to: PyDict.self).count
      case .set, .frozenset: return unsafeDowncast(o, to: PySet.self).count
      case .range: return unsafeDowncast(o, to: PyRange.self).count
      case .bytes: return unsafeDowncast(o, to: PyBytes.self).bytes.count
      case .ndarray:
        let a = unsafeDowncast(o, to: NDArray.self)
        guard let n = a.shape.first else { throw PyError("TypeError", "len() of unsized object") }
        return n
      default:
        if let m = o.type.truthProtocol.length {
          let r = try call(m, v)
          guard case .int(let n) = r else {
            throw PyError("TypeError", "'\(typeName(r))' object cannot be interpreted as an integer")
          }
          if n < 0 { throw PyError("ValueError", "__len__() should return >= 0") }
          return n
        }
        if let view = o as? PyDictView { return view.dict.count }
      }
    }
    throw PyError("TypeError", "object of type '\(typeName(v))' has no len()")
  }

  func isInstance(_ v: Value, classOrTuple t: Value, function: String) throws(PyError) -> Bool {
    guard case .object(let o) = t else {
      throw PyError("TypeError", "\(function)() arg 2 must be a type, a tuple of types, or a union")
    }
    if o.tag == .tuple {
      for x in unsafeDowncast(o, to: PyTuple.self).items where try isInstance(v, classOrTuple: x, function: function) {
        return true
      }
      return false
    }
    guard o.tag == .type else {
      throw PyError("TypeError", "\(function)() arg 2 must be a type, a tuple of types, or a union")
    }
    return isInstance(v, unsafeDowncast(o, to: PyType.self))
  }

  func isSubclass(_ c: PyType, classOrTuple t: Value) throws(PyError) -> Bool {
    guard case .object(let o) = t else {
      throw PyError("TypeError", "issubclass() arg 2 must be a class, a tuple of classes, or a union")
    }
    if o.tag == .tuple {
      for x in unsafeDowncast(o, to: PyTuple.self).items where try isSubclass(c, classOrTuple: x) { return true }
      return false
    }
    guard o.tag == .type else {
      throw PyError("TypeError", "issubclass() arg 2 must be a class, a tuple of classes, or a union")
    }
    let target = unsafeDowncast(o, to: PyType.self)
    return c.isSubtype(of: target) || (target === BuiltinTypes.int && c === BuiltinTypes.bool)
  }

  func bigInteger(_ v: Value) throws(PyError) -> BigInt {
    if case .object(let o) = v, o.tag == .bigInt { return unsafeDowncast(o, to: PyBigInt.self).value }
    return BigInt(try index(v))
  }

  /// `globals()`: a snapshot of the cell's globals.
  func globalsDict() throws(PyError) -> PyDict {
    let d = PyDict()
    if globals["__name__"] == nil { try d.set(.str("__name__"), .str("__main__"), rt: self) }
    for name in globals.defined { if let v = globals[name] { try d.set(.str(name), v, rt: self) } }
    return d
  }

  /// `list.sort` with CPython's algorithm (`ListSort`): equal items keep their order, also with `reverse=True`.
  ///
  /// When a comparison raises, `items` is left partly sorted, as CPython leaves the list.
  func sort(_ items: inout [Value], key: Value?, reverse: Bool) throws(PyError) {
    let keys: [Value]
    if let key, !key.isNone {
      var ks: [Value] = []
      ks.reserveCapacity(items.count)
      for x in items { ks.append(try call(key, x)) }
      keys = ks
    } else {
      keys = items
    }
    var failure: PyError?
    let order = sortedOrder(keys, reverse: reverse, failure: &failure)
    items = order.map { items[$0] }
    if let failure { throw failure }
  }

  /// The order `list.sort` puts `keys` in; a comparison that raises stops it where CPython stops, leaving the
  /// partial order and the error in `failure`.
  func sortedOrder(_ keys: [Value], reverse: Bool, failure: inout PyError?) -> [Int] {
    if let order = Runtime.plainOrder(keys, reverse: reverse) { return order }
    // CPython reverses, sorts stably by `<`, and reverses back (also after an error).
    var sorter = ListSort(reverse ? Array(keys.indices.reversed()) : Array(keys.indices)) {
      (i, j) throws(PyError) -> Bool in try self.less(keys[i], keys[j])
    }
    do { try sorter.sort() } catch { failure = error }
    return reverse ? sorter.order.reversed() : sorter.order
  }

  /// The stable order of keys that are all Python ints, all floats without a NaN, or all strs, compared as `<`
  /// compares them, with ties kept in their order (so the result is the merge sort's); nil for any other keys.
  static func plainOrder(_ keys: [Value], reverse: Bool) -> [Int]? {
    guard let first = keys.first else { return [] }
    func ordered<K>(_ ks: [K], _ less: (K, K) -> Bool) -> [Int] {
      var order = Array(ks.indices)
      order.sort { i, j in
        let (a, b) = (ks[i], ks[j])
        if reverse { return less(b, a) || (!less(a, b) && i < j) }
        return less(a, b) || (!less(b, a) && i < j)
      }
      return order
    }
    switch first {
    case .int:
      var ints: [Int] = []
      ints.reserveCapacity(keys.count)
      for k in keys {
        guard case .int(let v) = k else { return nil }
        ints.append(v)
      }
      return ordered(ints, <)
    case .float:
      var doubles: [Double] = []
      doubles.reserveCapacity(keys.count)
      for k in keys {
        guard case .float(let v) = k, !v.isNaN else { return nil }
        doubles.append(v)
      }
      return ordered(doubles, <)
    case .object(let o) where o.tag == .str:
      var strs: [PyStr] = []
      strs.reserveCapacity(keys.count)
      for k in keys {
        guard case .object(let s) = k, s.tag == .str else { return nil }
        strs.append(unsafeDowncast(s, to: PyStr.self))
      }
      return ordered(strs) { PyStr.less($0.value, $1.value) }
    default:
      return nil
    }
  }
}
