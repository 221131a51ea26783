import TensorModule

/// One evaluated subscript: `x[i]`, `x[a:b:c]`, `x[...]`, or `x[None]` (a new axis).
enum IndexItem {
  case value(Value)
  case slice(Int?, Int?, Int?)
  case ellipsis
}

/// `x[i]` and `x[i] = v` on every subscriptable value.
enum Subscripting {
  static func get(_ base: Value, _ items: [IndexItem], _ r: SourceRange) throws(TesselError) -> Value {
    if case .tensor(let t) = base { return TensorValues.value(try TensorIndexing.get(t, items, r)) }
    if case .dict(let d) = base {
      guard items.count == 1, case .value(let k) = items[0] else { throw .type("unhashable type: 'slice'", at: r) }
      guard let key = DictKey(k) else { throw .type("dict keys must be str or numbers, not \(k.typeName)", at: r) }
      guard let v = d[key] else { throw TesselError("KeyError", Repr.repr(k), at: r) }
      return v
    }
    guard items.count == 1 else {
      throw .type("\(base.typeName) indices must be integers or slices, not tuple", at: r)
    }
    let elements: [Value]
    switch base {
    case .list(let a), .tuple(let a): elements = a
    case .record(let rec): elements = rec.elements
    case .string(let s): elements = s.map { .string(String($0)) }
    case .range(let rv):
      if case .value(let v) = items[0] {
        return .number(Double(rv[try position(v, count: rv.count, base, r)]))
      }
      elements = try Operators.elements(of: base)!
    default:
      throw .type("'\(base.typeName)' object is not subscriptable", at: r)
    }
    switch items[0] {
    case .value(let v):
      return elements[try position(v, count: elements.count, base, r)]
    case .slice(let lower, let upper, let step):
      let picked = try sliceIndices(lower, upper, step, count: elements.count, r).map { elements[$0] }
      switch base {
      case .string: return .string(picked.map { Repr.str($0) }.joined())
      case .tuple, .record: return .tuple(picked)
      default: return .list(picked)
      }
    case .ellipsis:
      throw .type("'...' indexes tensors, not a \(base.typeName)", at: r)
    }
  }

  /// Writes `value` at `items` of `base`, in place (the caller owns `base` uniquely, so nothing is copied).
  static func set(_ base: inout Value, _ items: [IndexItem], _ value: Value, _ r: SourceRange) throws(TesselError) {
    if var t = base.takeTensor() {
      defer { base = .tensor(t) }
      try TensorIndexing.set(&t, items, value, r)
    } else if var d = base.takeDict() {
      defer { base = .dict(d) }
      guard items.count == 1, case .value(let k) = items[0] else { throw .type("unhashable type: 'slice'", at: r) }
      guard let key = DictKey(k) else { throw .type("dict keys must be str or numbers, not \(k.typeName)", at: r) }
      d[key] = value
    } else if var list = base.takeList() {
      defer { base = .list(list) }
      guard items.count == 1 else { throw .type("list indices must be integers or slices, not tuple", at: r) }
      try setListItem(&list, items[0], value, r)
    } else {
      throw .type("'\(base.typeName)' object does not support item assignment", at: r)
    }
  }

  static func setListItem(_ list: inout [Value], _ item: IndexItem, _ value: Value, _ r: SourceRange)
    throws(TesselError)
  {
    switch item {
    case .value(let v):
      list[try position(v, count: list.count, .list([]), r)] = value
    case .slice(let lower, let upper, let step):
      guard let replacement = try Operators.elements(of: value) else {
        throw .type("can only assign an iterable", at: r)
      }
      let picked = try sliceIndices(lower, upper, step, count: list.count, r)
      if step == nil || step == 1 {
        let lowerBound = lower ?? 0
        let lo = picked.first ?? min(list.count, max(0, lowerBound < 0 ? lowerBound + list.count : lowerBound))
        list.replaceSubrange(lo..<(lo + picked.count), with: replacement)
      } else {
        guard replacement.count == picked.count else {
          throw .value(
            "attempt to assign sequence of size \(replacement.count) to extended slice of size \(picked.count)", at: r)
        }
        for (i, v) in zip(picked, replacement) { list[i] = v }
      }
    case .ellipsis:
      throw .type("'...' indexes tensors, not a list", at: r)
    }
  }

  /// A non-negative index from a possibly negative one, or `IndexError`.
  static func position(_ v: Value, count: Int, _ base: Value, _ r: SourceRange) throws(TesselError) -> Int {
    guard let d = v.numeric else {
      throw .type("\(base.typeName) indices must be integers or slices, not \(v.typeName)", at: r)
    }
    guard let i = Operators.exactInt(d) else {
      throw .type("\(base.typeName) indices must be integers, not \(Repr.number(d))", at: r)
    }
    let k = i < 0 ? i + count : i
    guard k >= 0 && k < count else {
      throw TesselError("IndexError", "\(base.typeName) index \(i) out of range (length \(count))", at: r)
    }
    return k
  }

  /// Python's slice semantics: clamp, negative from the end, any non-zero step.
  static func sliceIndices(_ lower: Int?, _ upper: Int?, _ step: Int?, count: Int, _ r: SourceRange)
    throws(TesselError) -> [Int]
  {
    let (start, stop, step) = Tensor.resolve(lower, upper, step, count: count)
    return Array(stride(from: start, to: stop, by: step))
  }
}

extension Subscripting {
  /// Updates the element at `items` of `base` in place, for `a[i][j] = v` and `a[i] += v`.
  static func modify(
    _ base: inout Value, _ items: [IndexItem], _ r: SourceRange, _ body: (inout Value) throws(TesselError) -> Void
  ) throws(TesselError) {
    if items.count == 1, case .value(let v) = items[0], var list = base.takeList() {
      defer { base = .list(list) }
      let k = try position(v, count: list.count, .list([]), r)
      // Move the element out so it is uniquely owned while it changes.
      var element = list[k]
      list[k] = .none
      defer { list[k] = element }
      try body(&element)
      return
    }
    var element = try get(base, items, r)
    try body(&element)
    try set(&base, items, element, r)
  }
}
