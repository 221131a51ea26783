extension Evaluator {
  /// `x[i]` and `x[a:b:c]` on lists, tuples, strings and ranges.
  func index(_ base: Value, _ subs: [Subscript], in scope: Scope, _ r: SourceRange) throws(TesselError) -> Value {
    guard subs.count == 1 else {
      throw .type("\(base.typeName) indices must be integers or slices, not tuple", at: r)
    }
    let items: [Value]
    switch base {
    case .list(let a), .tuple(let a): items = a
    case .string(let s): items = s.map { .string(String($0)) }
    case .range(let rv):
      if case .single(let e) = subs[0] {
        let i = try position(try evaluate(e, in: scope), count: rv.count, base, e.range)
        return .number(Double(rv[i]))
      }
      items = Evaluator.elements(of: base)!
    default:
      throw .type("'\(base.typeName)' object is not subscriptable", at: r)
    }
    switch subs[0] {
    case .single(let e):
      return items[try position(try evaluate(e, in: scope), count: items.count, base, e.range)]
    case .slice(let lower, let upper, let step, let sr):
      let picked = try sliceIndices(lower, upper, step, count: items.count, in: scope, sr).map { items[$0] }
      switch base {
      case .string: return .string(picked.map { Repr.str($0) }.joined())
      case .tuple: return .tuple(picked)
      default: return .list(picked)
      }
    case .ellipsis(let er):
      throw .type("'...' indexes tensors, not a \(base.typeName)", at: er)
    }
  }

  func setIndex(_ base: Value, _ subs: [Subscript], _ value: Value, in scope: Scope, _ r: SourceRange)
    throws(TesselError) -> Value
  {
    guard case .list(var items) = base else {
      throw .type("'\(base.typeName)' object does not support item assignment", at: r)
    }
    guard subs.count == 1 else { throw .type("list indices must be integers or slices, not tuple", at: r) }
    switch subs[0] {
    case .single(let e):
      items[try position(try evaluate(e, in: scope), count: items.count, base, e.range)] = value
    case .slice(let lower, let upper, let step, let sr):
      guard let replacement = Evaluator.elements(of: value) else { throw .type("can only assign an iterable", at: r) }
      let picked = try sliceIndices(lower, upper, step, count: items.count, in: scope, sr)
      let isSimple = step == nil
      if isSimple {
        let lowerBound = try bound(lower, count: items.count, in: scope) ?? 0
        let lo = picked.first ?? min(items.count, max(0, lowerBound < 0 ? lowerBound + items.count : lowerBound))
        items.replaceSubrange(lo..<(lo + picked.count), with: replacement)
      } else {
        guard replacement.count == picked.count else {
          throw .value(
            "attempt to assign sequence of size \(replacement.count) to extended slice of size \(picked.count)", at: r)
        }
        for (i, v) in zip(picked, replacement) { items[i] = v }
      }
    case .ellipsis(let er):
      throw .type("'...' indexes tensors, not a list", at: er)
    }
    return .list(items)
  }

  /// A non-negative index from a possibly negative one, or `IndexError`.
  func position(_ v: Value, count: Int, _ base: Value, _ r: SourceRange) throws(TesselError) -> Int {
    guard let d = v.numeric else {
      throw .type("\(base.typeName) indices must be integers or slices, not \(v.typeName)", at: r)
    }
    guard let i = Evaluator.exactInt(d) else {
      throw .type("\(base.typeName) indices must be integers, not \(Repr.number(d))", at: r)
    }
    let k = i < 0 ? i + count : i
    guard k >= 0 && k < count else {
      throw TesselError("IndexError", "\(base.typeName) index \(i) out of range (length \(count))", at: r)
    }
    return k
  }

  func bound(_ e: Expr?, count: Int, in scope: Scope) throws(TesselError) -> Int? {
    guard let e else { return nil }
    let v = try evaluate(e, in: scope)
    if case .none = v { return nil }
    guard let d = v.numeric, let i = Evaluator.exactInt(d) else {
      throw .type("slice indices must be integers or None", at: e.range)
    }
    return i
  }

  /// Python's slice semantics: clamp, negative from the end, any non-zero step.
  func sliceIndices(_ lower: Expr?, _ upper: Expr?, _ stepExpr: Expr?, count: Int, in scope: Scope, _ r: SourceRange)
    throws(TesselError) -> [Int]
  {
    let step = try bound(stepExpr, count: count, in: scope) ?? 1
    guard step != 0 else { throw .value("slice step cannot be zero", at: r) }
    func clamp(_ v: Int?, _ dflt: Int) -> Int {
      guard var v else { return dflt }
      if v < 0 { v += count }
      return step > 0 ? min(max(v, 0), count) : min(max(v, -1), count - 1)
    }
    let start = clamp(try bound(lower, count: count, in: scope), step > 0 ? 0 : count - 1)
    let stop = clamp(try bound(upper, count: count, in: scope), step > 0 ? count : -1)
    return Array(stride(from: start, to: stop, by: step))
  }
}
