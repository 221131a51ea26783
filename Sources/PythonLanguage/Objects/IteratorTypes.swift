/// `enumerate(it, start)`.
final class EnumerateIterator: PyIterator {
  let source: PyIterator
  var index: Int
  init(_ source: PyIterator, start: Int) {
    self.source = source
    index = start
  }
  override func next(_ rt: Runtime) throws(PyError) -> Value? {
    guard let v = try source.next(rt) else { return nil }
    defer { index += 1 }
    return .tuple([.int(index), v])
  }
  override var type: PyType { BuiltinTypes.enumerate }
}

/// `zip(*its, strict=False)`.
final class ZipIterator: PyIterator {
  let sources: [PyIterator]
  let strict: Bool
  init(_ sources: [PyIterator], strict: Bool) {
    self.sources = sources
    self.strict = strict
  }
  override func next(_ rt: Runtime) throws(PyError) -> Value? {
    guard !sources.isEmpty else { return nil }
    var items: [Value] = []
    items.reserveCapacity(sources.count)
    for (k, s) in sources.enumerated() {
      guard let v = try s.next(rt) else {
        if strict {
          if k > 0 {
            throw PyError("ValueError", "zip() argument \(k + 1) is shorter than argument\(k > 1 ? "s 1-\(k)" : " 1")")
          }
          for (j, other) in sources.enumerated().dropFirst() where try other.next(rt) != nil {
            throw PyError("ValueError", "zip() argument \(j + 1) is longer than argument\(j > 1 ? "s 1-\(j)" : " 1")")
          }
        }
        return nil
      }
      items.append(v)
    }
    return .tuple(items)
  }
  override var type: PyType { BuiltinTypes.zip }
}

/// `map(f, *its)`.
final class MapIterator: PyIterator {
  let function: Value
  let sources: [PyIterator]
  init(_ function: Value, _ sources: [PyIterator]) {
    self.function = function
    self.sources = sources
  }
  override func next(_ rt: Runtime) throws(PyError) -> Value? {
    var args: [Value] = []
    for s in sources {
      guard let v = try s.next(rt) else { return nil }
      args.append(v)
    }
    return try rt.call(function, args)
  }
  override var type: PyType { BuiltinTypes.map }
}

/// `filter(f, it)`; `filter(None, it)` keeps truthy items.
final class FilterIterator: PyIterator {
  let function: Value
  let source: PyIterator
  init(_ function: Value, _ source: PyIterator) {
    self.function = function
    self.source = source
  }
  override func next(_ rt: Runtime) throws(PyError) -> Value? {
    while let v = try source.next(rt) {
      let keep = function.isNone ? try rt.truthy(v) : try rt.truthy(try rt.call(function, v))
      if keep { return v }
    }
    return nil
  }
  override var type: PyType { BuiltinTypes.filter }
}

/// `reversed(seq)` over anything indexable with a length.
final class ReversedIterator: PyIterator {
  let sequence: Value
  var index: Int
  /// `reversed`, or `list_reverseiterator` over a list (CPython's names).
  private let iteratorType: PyType
  init(_ sequence: Value, count: Int) {
    self.sequence = sequence
    index = count - 1
    iteratorType = sequence.object?.tag == .list ? BuiltinTypes.listReverseIterator : BuiltinTypes.reversed
  }
  override func next(_ rt: Runtime) throws(PyError) -> Value? {
    guard index >= 0 else { return nil }
    defer { index -= 1 }
    if case .object(let o) = sequence, o.tag == .list {
      // A list read at the position now: one shortened under the walk ends it, as CPython's does.
      let items = unsafeDowncast(o, to: PyList.self).items
      guard index < items.count else {
        index = -1
        return nil
      }
      return items[index]
    }
    return try rt.getItem(sequence, .int(index))
  }
  override var type: PyType { iteratorType }
}

/// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
final class PyDictView: PyObject {
  let dict: PyDict
  let part: DictIterator.Part
  init(_ dict: PyDict, _ part: DictIterator.Part) {
    self.dict = dict
    self.part = part
    super.init(tag: .other)
  }
  override var type: PyType {
    switch part {
    case .keys: BuiltinTypes.dictKeys
    case .values: BuiltinTypes.dictValues
    case .items: BuiltinTypes.dictItems
    }
  }
}
