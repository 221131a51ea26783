import BigInt

extension Runtime {
  /// `operator.index(v)`: an int for indexing (`__index__`), or the `TypeError` sequences raise.
  func index(_ v: Value, what: String = "integer") throws(PyError) -> Int {
    switch v {
    case .int(let i), .i64(let i): return i
    case .bool(let b), .npBool(let b): return b ? 1 : 0
    case .object(let o):
      if o.tag == .bigInt {
        throw PyError("IndexError", "cannot fit 'int' into an index-sized integer")
      }
      if let m = o.type.lookup("__index__") { return try index(try call(m, v)) }
    default: break
    }
    throw PyError("TypeError", "'\(typeName(v))' object cannot be interpreted as an integer")
  }

  /// A slice bound (or `str.find`'s and `str.startswith`'s start and end): nil for None, a huge int clamped.
  func sliceBound(_ v: Value) throws(PyError) -> Int? {
    if case .none = v { return nil }
    if case .object(let o) = v, o.tag == .bigInt {
      return unsafeDowncast(o, to: PyBigInt.self).value < 0 ? Int.min / 2 : Int.max / 2
    }
    do throws(PyError) { return try index(v) } catch {
      throw PyError("TypeError", "slice indices must be integers or None or have an __index__ method")
    }
  }

  /// A slice's start, stop and step for a sequence of `count` items, as `slice.indices` gives them.
  func sliceIndices(_ s: PySlice, count: Int) throws(PyError) -> (Int, Int, Int) {
    func bound(_ v: Value) throws(PyError) -> Int? { try sliceBound(v) }
    let step = try bound(s.step) ?? 1
    if step == 0 { throw PyError("ValueError", "slice step cannot be zero") }
    var start: Int
    var stop: Int
    if step > 0 {
      start = try bound(s.start) ?? 0
      stop = try bound(s.stop) ?? count
      if start < 0 { start = max(0, start + count) } else { start = min(start, count) }
      if stop < 0 { stop = max(0, stop + count) } else { stop = min(stop, count) }
    } else {
      start = try bound(s.start) ?? count - 1
      stop = try bound(s.stop) ?? -1 - count
      if start < 0 { start = max(-1, start + count) } else { start = min(start, count - 1) }
      if stop < 0 { stop = max(-1, stop + count) } else { stop = min(stop, count - 1) }
    }
    return (start, stop, step)
  }

  /// The positions `lo:hi` (no step) selects in a sequence of `count`, when both bounds are ints, bools or None;
  /// nil for any other bound (`sliceIndices` then reads it, through `__index__` if it must).
  @inline(__always) static func plainSlice(_ lo: Value, _ hi: Value, count: Int) -> Range<Int>? {
    @inline(__always) func bound(_ v: Value, _ absent: Int) -> Int? {
      switch v {
      case .none: return absent
      case .int(let n), .i64(let n): return n < 0 ? Swift.max(0, n + count) : Swift.min(n, count)
      case .bool(let b): return Swift.min(b ? 1 : 0, count)
      default: return nil
      }
    }
    guard let a = bound(lo, 0), let b = bound(hi, count) else { return nil }
    return a..<Swift.max(a, b)
  }

  /// `v[lo:hi]` of a list, tuple or str with plain bounds (`plainSlice`), without making a slice object; nil when
  /// the general path must run.
  static func plainSliceItems(_ v: Value, _ lo: Value, _ hi: Value) -> Value? {
    guard case .object(let o) = v else { return nil }
    switch o.tag {
    case .list:
      let items = unsafeDowncast(o, to: PyList.self).items
      guard let r = plainSlice(lo, hi, count: items.count) else { return nil }
      return .list(.copied(items, r))
    case .tuple:
      let items = unsafeDowncast(o, to: PyTuple.self).items
      guard let r = plainSlice(lo, hi, count: items.count) else { return nil }
      // The whole of a tuple or str is the object itself, as in CPython (`t[:] is t`); a named tuple's is a tuple.
      return r.count == items.count && o.type === BuiltinTypes.tuple ? v : .tuple(.copied(items, r))
    case .str:
      let str = unsafeDowncast(o, to: PyStr.self)
      guard let r = plainSlice(lo, hi, count: str.count) else { return nil }
      if r.count == str.count { return v }
      return .str(r.isEmpty ? "" : str.substring(r))
    default: return nil
    }
  }

  /// `xs[lo:hi] = v` of a list from a list or tuple with plain bounds; false when the general path must run.
  static func assignPlainSlice(_ target: Value, _ lo: Value, _ hi: Value, _ v: Value) -> Bool {
    guard case .object(let o) = target, o.tag == .list, case .object(let source) = v else { return false }
    let list = unsafeDowncast(o, to: PyList.self)
    guard let r = plainSlice(lo, hi, count: list.items.count) else { return false }
    switch source.tag {
    case .list: list.items.replace(r, with: unsafeDowncast(source, to: PyList.self).items)
    case .tuple: list.items.replace(r, with: unsafeDowncast(source, to: PyTuple.self).items)
    default: return false
    }
    return true
  }

  func sliceElements<T>(_ items: [T], _ s: PySlice) throws(PyError) -> [T] {
    let (start, stop, step) = try sliceIndices(s, count: items.count)
    return Runtime.elements(items, start, stop, step)
  }

  /// The items `sliceIndices` selects.
  static func elements<T>(_ items: [T], _ start: Int, _ stop: Int, _ step: Int) -> [T] {
    if step == 1 { return start < stop ? .copied(items, start..<stop) : [] }
    var out: [T] = []
    var i = start
    while step > 0 ? i < stop : i > stop {
      out.append(items[i])
      i += step
    }
    return out
  }

  /// Normalises `i` for a sequence of `count`, or raises `IndexError` with the sequence's message.
  func sequenceIndex(_ v: Value, count: Int, kind: String) throws(PyError) -> Int {
    var i: Int
    do throws(PyError) { i = try index(v) } catch {
      throw PyError("TypeError", "\(kind) indices must be integers or slices, not \(typeName(v))")
    }
    if i < 0 { i += count }
    guard i >= 0 && i < count else { throw PyError("IndexError", "\(kind) index out of range") }
    return i
  }

  /// `v[i]`.
  func getItem(_ v: Value, _ i: Value) throws(PyError) -> Value {
    guard case .object(let o) = v else {
      throw PyError("TypeError", "'\(typeName(v))' object is not subscriptable")
    }
    switch o.tag {
    case .list:
      let items = unsafeDowncast(o, to: PyList.self).items
      if case .object(let s) = i, s.tag == .slice {
        return .list(try sliceElements(items, unsafeDowncast(s, to: PySlice.self)))
      }
      return items[try sequenceIndex(i, count: items.count, kind: "list")]
    case .tuple:
      let items = unsafeDowncast(o, to: PyTuple.self).items
      if case .object(let s) = i, s.tag == .slice {
        let sl = unsafeDowncast(s, to: PySlice.self)
        let (start, stop, step) = try sliceIndices(sl, count: items.count)
        if step == 1 && start == 0 && stop >= items.count && o.type === BuiltinTypes.tuple { return v }
        return .tuple(Runtime.elements(items, start, stop, step))
      }
      return items[try sequenceIndex(i, count: items.count, kind: "tuple")]
    case .str:
      let str = unsafeDowncast(o, to: PyStr.self)
      if case .object(let s) = i, s.tag == .slice {
        let sl = unsafeDowncast(s, to: PySlice.self)
        let (start, stop, step) = try sliceIndices(sl, count: str.count)
        if step == 1 && start == 0 && stop >= str.count { return v }
        if step == 1 { return .str(start < stop ? str.substring(start..<stop) : "") }
        return .str(String(String.UnicodeScalarView(try sliceElements(str.scalars, sl))))
      }
      let k = try sequenceIndex(i, count: str.count, kind: "string")
      return PyStr.character(str.scalar(at: k))
    case .dict:
      let d = unsafeDowncast(o, to: PyDict.self)
      if let x = try d.get(i, rt: self) { return x }
      if let t = Optional(o.type), t !== BuiltinTypes.dict, let missing = t.lookup("__missing__") {
        return try call(missing, v, i)
      }
      throw try keyError(i)
    case .range:
      let r = unsafeDowncast(o, to: PyRange.self)
      if case .object(let s) = i, s.tag == .slice {
        // As CPython's compute_slice: the slice's own bounds mapped through the range.
        let (start, stop, step) = try sliceIndices(unsafeDowncast(s, to: PySlice.self), count: r.count)
        return .object(PyRange(r.element(start), r.element(stop), step * r.step))
      }
      return .int(r.element(try sequenceIndex(i, count: r.count, kind: "range object")))
    case .bytes:
      let b = unsafeDowncast(o, to: PyBytes.self).bytes
      if case .object(let s) = i, s.tag == .slice {
        return .object(PyBytes(try sliceElements(b, unsafeDowncast(s, to: PySlice.self))))
      }
      return .int(Int(b[try sequenceIndex(i, count: b.count, kind: "index")]))
    case .type:
      let t = unsafeDowncast(o, to: PyType.self)
      if !t.isBuiltin { return try classItem(t, i) }
      // `list[int]` and friends in annotations.
      return v
    case .ndarray:
      return try unsafeDowncast(o, to: NDArray.self).get(i, rt: self)
    default:
      if let m = o.type.lookup("__getitem__") { return try call(m, v, i) }
      throw PyError("TypeError", "'\(typeName(v))' object is not subscriptable")
    }
  }

  /// `v[i] = x`.
  func setItem(_ v: Value, _ i: Value, _ x: Value) throws(PyError) {
    guard case .object(let o) = v else {
      throw PyError("TypeError", "'\(typeName(v))' object does not support item assignment")
    }
    switch o.tag {
    case .list:
      let list = unsafeDowncast(o, to: PyList.self)
      if case .object(let s) = i, s.tag == .slice {
        try assignSlice(list, unsafeDowncast(s, to: PySlice.self), x)
        return
      }
      list.items[try sequenceIndex(i, count: list.items.count, kind: "list assignment")] = x
    case .dict:
      try unsafeDowncast(o, to: PyDict.self).set(i, x, rt: self)
    case .ndarray:
      try unsafeDowncast(o, to: NDArray.self).set(i, x, rt: self)
    default:
      if let m = o.type.lookup("__setitem__") {
        _ = try call(m, [v, i, x])
        return
      }
      throw PyError("TypeError", "'\(typeName(v))' object does not support item assignment")
    }
  }

  private func assignSlice(_ list: PyList, _ s: PySlice, _ x: Value) throws(PyError) {
    guard isIterable(x) else { throw PyError("TypeError", "can only assign an iterable") }
    let values = try collect(x)
    let (start, stop, step) = try sliceIndices(s, count: list.items.count)
    if step == 1 {
      list.items.replaceSubrange(start..<max(start, stop), with: values)
      return
    }
    let n = PyRange.count(start, stop, step)
    guard values.count == n else {
      throw PyError(
        "ValueError", "attempt to assign sequence of size \(values.count) to extended slice of size \(n)")
    }
    for k in 0..<n { list.items[start + k * step] = values[k] }
  }

  /// `del v[i]`.
  func deleteItem(_ v: Value, _ i: Value) throws(PyError) {
    guard case .object(let o) = v else {
      throw PyError("TypeError", "'\(typeName(v))' object doesn't support item deletion")
    }
    switch o.tag {
    case .list:
      let list = unsafeDowncast(o, to: PyList.self)
      if case .object(let s) = i, s.tag == .slice {
        let (start, stop, step) = try sliceIndices(unsafeDowncast(s, to: PySlice.self), count: list.items.count)
        let n = PyRange.count(start, stop, step)
        let doomed = Set((0..<n).map { start + $0 * step })
        list.items = list.items.enumerated().filter { !doomed.contains($0.offset) }.map(\.element)
        return
      }
      list.items.remove(at: try sequenceIndex(i, count: list.items.count, kind: "list assignment"))
    case .dict:
      if try unsafeDowncast(o, to: PyDict.self).remove(i, rt: self) == nil { throw try keyError(i) }
    default:
      if let m = o.type.lookup("__delitem__") {
        _ = try call(m, v, i)
        return
      }
      throw PyError("TypeError", "'\(typeName(v))' object doesn't support item deletion")
    }
  }

  /// `KeyError(key)`, made as an object so `e.args[0]` is the key itself.
  func keyError(_ key: Value) throws(PyError) -> PyError {
    try makeError(type: "KeyError", args: [key])
  }
}
