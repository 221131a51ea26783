import TensorModule

extension Compiler {
  /// `for target in iterable:`.
  ///
  /// Ranges and 1-d tensors hand out unboxed numbers with no list built; other
  /// iterables are walked element by element.
  func compileFor(_ target: Target, _ iterableExpr: Expr, _ bodyStmts: [Stmt], _ r: SourceRange)
    throws(TesselError) -> Exec
  {
    let iterable = try compile(iterableExpr)
    let write = try compile(target: target)
    let body = try compile(bodyStmts)
    var slot: Int?
    if case .name(let n, _) = target, case .local(let s) = location(ofAssigned: n) { slot = s }
    return { f throws(TesselError) in
      let runtime = f.runtime
      /// One pass of the body; nil to go on, or how the loop ends.
      @inline(__always)
      func step() throws(TesselError) -> Signal? {
        try runtime.tick(r)
        switch try body(f) {
        case .breakLoop: return .normal
        case .returned: return .returned
        case .normal, .continueLoop: return nil
        }
      }
      switch try iterable(f) {
      case .range(let rv):
        var i = rv.start
        while rv.step > 0 ? i < rv.stop : i > rv.stop {
          if let slot { f.slots[slot] = .number(Double(i)) } else { try write(f, .number(Double(i))) }
          if let end = try step() { return end }
          i += rv.step
        }
      case .tensor(let t) where t.ndim == 1:
        for x in t.data {
          let v: Value = t.isBool ? .bool(x != 0) : .number(x)
          if let slot { f.slots[slot] = v } else { try write(f, v) }
          if let end = try step() { return end }
        }
      case let value:
        guard let items = try Operators.elements(of: value) else {
          throw .type("'\(value.typeName)' object is not iterable", at: r)
        }
        for item in items {
          try write(f, item)
          if let end = try step() { return end }
        }
      }
      return .normal
    }
  }
}

/// NumPy's rule for `if x:`: a tensor is true or false only if it has exactly one element.
enum Truth {
  @inline(__always)
  static func of(_ v: Value, _ r: SourceRange) throws(TesselError) -> Bool {
    switch v {
    case .bool(let b): return b
    case .number(let d): return d != 0
    case .tensor(let t):
      if t.count == 1 { return t.data[0] != 0 }
      let what = t.count == 0 ? "an empty array" : "an array with more than one element"
      throw .value("The truth value of \(what) is ambiguous. Use a.any() or a.all()", at: r)
    default: return v.isTruthy
    }
  }
}

/// `a, b = value`: the items, or Python's messages when the counts differ.
enum Unpacking {
  static func items(_ value: Value, count: Int, _ r: SourceRange) throws(TesselError) -> [Value] {
    guard let items = try Operators.elements(of: value) else {
      throw .type("cannot unpack non-iterable \(value.typeName) object", at: r)
    }
    guard items.count == count else {
      let message =
        items.count > count
        ? "too many values to unpack (expected \(count))"
        : "not enough values to unpack (expected \(count), got \(items.count))"
      throw .value(message, at: r)
    }
    return items
  }
}
