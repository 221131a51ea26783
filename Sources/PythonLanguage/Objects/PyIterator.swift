/// A Python iterator: `next` gives the next value, or nil when exhausted.
class PyIterator: PyObject {
  init() {
    super.init(tag: .iterator)
  }

  func next(_ rt: Runtime) throws(PyError) -> Value? { nil }

  override var type: PyType { BuiltinTypes.iterator }
}

/// Over a list, by index, so appends during iteration are seen (as in Python).
final class ListIterator: PyIterator {
  let list: PyList
  var i = 0
  init(_ list: PyList) { self.list = list }
  override func next(_ rt: Runtime) throws(PyError) -> Value? {
    guard i < list.items.count else {
      i = Int.max / 2
      return nil
    }
    defer { i += 1 }
    return list.items[i]
  }
  override var type: PyType { BuiltinTypes.listIterator }
}

final class ArrayIterator: PyIterator {
  let items: [Value]
  var i = 0
  init(_ items: [Value]) { self.items = items }
  override func next(_ rt: Runtime) throws(PyError) -> Value? {
    guard i < items.count else { return nil }
    defer { i += 1 }
    return items[i]
  }
  override var type: PyType { BuiltinTypes.tupleIterator }
}

final class RangeIterator: PyIterator {
  var current: Int
  let step: Int
  var remaining: Int
  init(_ r: PyRange) {
    current = r.start
    step = r.step
    remaining = r.count
  }

  /// `reversed(r)`: the same elements from the last, as CPython's range_iterator over the reversed range.
  init(reversing r: PyRange) {
    remaining = r.count
    current = r.count > 0 ? r.element(r.count - 1) : r.start
    step = 0 &- r.step
  }
  override func next(_ rt: Runtime) throws(PyError) -> Value? {
    guard remaining > 0 else { return nil }
    remaining -= 1
    defer { current &+= step }
    return .int(current)
  }
  override var type: PyType { BuiltinTypes.rangeIterator }
}

final class StrIterator: PyIterator {
  let scalars: [Unicode.Scalar]
  var i = 0
  init(_ s: PyStr) { scalars = s.scalars }
  override func next(_ rt: Runtime) throws(PyError) -> Value? {
    guard i < scalars.count else { return nil }
    defer { i += 1 }
    return PyStr.character(scalars[i])
  }
  override var type: PyType { BuiltinTypes.strIterator }
}

/// Over a dict's keys, values or items; changing the dict's size meanwhile is a `RuntimeError`, as in Python.
final class DictIterator: PyIterator {
  enum Part { case keys, values, items }
  let dict: PyDict
  let part: Part
  var walk: PyDict.Walk
  init(_ dict: PyDict, _ part: Part) {
    self.dict = dict
    self.part = part
    walk = PyDict.Walk(dict)
  }
  override func next(_ rt: Runtime) throws(PyError) -> Value? {
    guard let e = try walk.next(dict) else { return nil }
    switch part {
    case .keys: return e.key
    case .values: return e.value
    case .items: return .tuple([e.key, e.value])
    }
  }
  override var type: PyType {
    switch part {
    case .keys: BuiltinTypes.dictKeyIterator
    case .values: BuiltinTypes.dictValueIterator
    case .items: BuiltinTypes.dictItemIterator
    }
  }
}

final class SetIterator: PyIterator {
  let set: PySet
  var i = 0
  let mutations: Int
  init(_ set: PySet) {
    self.set = set
    mutations = set.mutations
  }
  override func next(_ rt: Runtime) throws(PyError) -> Value? {
    if set.mutations != mutations { throw PyError("RuntimeError", "Set changed size during iteration") }
    while i < set.table.count {
      defer { i += 1 }
      if let v = set.slot(at: i) { return v }
    }
    return nil
  }
  override var type: PyType { BuiltinTypes.setIterator }
}

/// An object with `__next__` (a user's iterator class).
final class ProtocolIterator: PyIterator {
  let target: Value
  init(_ target: Value) { self.target = target }
  override func next(_ rt: Runtime) throws(PyError) -> Value? {
    do throws(PyError) {
      return try rt.callMethod(target, "__next__", [])
    } catch let e where e.isKind("StopIteration") {
      return nil
    }
  }
}

/// An iterator whose state a closure keeps (`iter(callable, sentinel)`, old-style `__getitem__` iteration, the
/// `itertools` iterators), of the type given, with its own repr when it has one (`count(5)`).
final class FunctionIterator: PyIterator {
  let body: (Runtime) throws(PyError) -> Value?
  let kind: PyType
  let describe: ((Runtime) throws(PyError) -> String)?
  init(
    _ kind: PyType = BuiltinTypes.iterator, describe: ((Runtime) throws(PyError) -> String)? = nil,
    _ body: @escaping (Runtime) throws(PyError) -> Value?
  ) {
    self.kind = kind
    self.describe = describe
    self.body = body
  }
  override func next(_ rt: Runtime) throws(PyError) -> Value? { try body(rt) }
  override var type: PyType { kind }
}
