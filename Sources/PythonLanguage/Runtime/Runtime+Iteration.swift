extension Runtime {
  /// `iter(v)`.
  func iterate(_ v: Value) throws(PyError) -> PyIterator {
    if case .object(let o) = v {
      switch o.tag {
      case .list: return ListIterator(unsafeDowncast(o, to: PyList.self))
      case .tuple: return ArrayIterator(unsafeDowncast(o, to: PyTuple.self).items)
      case .range: return RangeIterator(unsafeDowncast(o, to: PyRange.self))
      case .str: return StrIterator(unsafeDowncast(o, to: PyStr.self))
      case .dict: return DictIterator(unsafeDowncast(o, to: PyDict.self), .keys)
      case .set, .frozenset: return SetIterator(unsafeDowncast(o, to: PySet.self))
      case .iterator, .generator: return unsafeDowncast(o, to: PyIterator.self)
      case .bytes: return ArrayIterator(unsafeDowncast(o, to: PyBytes.self).bytes.map { .int(Int($0)) })
      case .ndarray:
        let a = unsafeDowncast(o, to: NDArray.self)
        guard a.ndim > 0 else { throw PyError("TypeError", "iteration over a 0-d array") }
        // Item by item, as NumPy's iterator reads them: a store into a later item is seen.
        let n = a.shape[0]
        var i = 0
        return FunctionIterator { _ in
          guard i < n else { return nil }
          defer { i += 1 }
          return a.item(i)
        }
      default:
        let t = o.type
        if let m = t.lookup("__iter__") {
          let it = try call(m, v)
          if case .object(let io) = it, io.tag == .iterator || io.tag == .generator {
            return unsafeDowncast(io, to: PyIterator.self)
          }
          guard typeOf(it).lookup("__next__") != nil else {
            throw PyError("TypeError", "iter() returned non-iterator of type '\(typeName(it))'")
          }
          return ProtocolIterator(it)
        }
        if let getitem = t.lookup("__getitem__") {
          var i = 0
          return FunctionIterator { (rt) throws(PyError) -> Value? in
            do throws(PyError) {
              let x = try rt.call(getitem, [v, .int(i)])
              i += 1
              return x
            } catch let e where e.isKind("IndexError") || e.isKind("StopIteration") {
              return nil
            }
          }
        }
      }
    }
    throw PyError("TypeError", "'\(typeName(v))' object is not iterable")
  }

  func isIterable(_ v: Value) -> Bool {
    guard case .object(let o) = v else { return false }
    switch o.tag {
    case .list, .tuple, .range, .str, .dict, .set, .frozenset, .iterator, .generator, .bytes, .ndarray: return true
    default: return o.type.lookup("__iter__") != nil || o.type.lookup("__getitem__") != nil
    }
  }

  /// All items of an iterable.
  func collect(_ v: Value) throws(PyError) -> [Value] {
    if case .object(let o) = v {
      switch o.tag {
      case .list: return unsafeDowncast(o, to: PyList.self).items
      case .tuple: return unsafeDowncast(o, to: PyTuple.self).items
      case .range: try reserveItems(unsafeDowncast(o, to: PyRange.self).count)
      default: break
      }
    }
    var out: [Value] = []
    try forEach(v) { (x) throws(PyError) -> Bool in
      out.append(x)
      return true
    }
    return out
  }

  /// Runs `body` on each item until it returns false; lists, tuples and ranges without iterator objects.
  func forEach(_ v: Value, _ body: (Value) throws(PyError) -> Bool) throws(PyError) {
    if case .object(let o) = v {
      switch o.tag {
      case .list:
        let list = unsafeDowncast(o, to: PyList.self)
        var k = 0
        while k < list.items.count {
          try tick()
          if !(try body(list.items[k])) { return }
          k += 1
        }
        return
      case .tuple:
        for x in unsafeDowncast(o, to: PyTuple.self).items {
          try tick()
          if !(try body(x)) { return }
        }
        return
      case .range:
        let r = unsafeDowncast(o, to: PyRange.self)
        var i = r.start
        for _ in 0..<r.count {
          try tick()
          if !(try body(.int(i))) { return }
          i &+= r.step
        }
        return
      case .iterator:
        if let stream = o as? InlineStream {
          try stream.drive(body)
          return
        }
      default: break
      }
    }
    let it = try iterate(v)
    while let x = try it.next(self) {
      try tick()
      if !(try body(x)) { return }
    }
  }

  /// `{**m}` and `d |= m`: a dict's entries, or any object with `keys()` and `__getitem__`.
  func mergeMapping(into d: PyDict, _ m: Value) throws(PyError) {
    if case .object(let o) = m, o.tag == .dict {
      for (k, v) in unsafeDowncast(o, to: PyDict.self).items { try d.set(k, v, rt: self) }
      return
    }
    guard typeOf(m).lookup("keys") != nil else {
      throw PyError("TypeError", "'\(typeName(m))' object is not a mapping")
    }
    for k in try collect(try callMethod(m, "keys", [])) { try d.set(k, try getItem(m, k), rt: self) }
  }
}
