import TensorModule

extension Operators {
  /// `==`, `<`, `in`, `is` …; elementwise (a bool tensor) when either side is a tensor, as in NumPy.
  static func compare(_ op: String, _ a: Value, _ b: Value, _ r: SourceRange) throws(TesselError) -> Value {
    if a.isTensor || b.isTensor, !["in", "not in", "is", "is not"].contains(op),
      let lhs = try TensorValues.operand(a), let rhs = try TensorValues.operand(b)
    {
      return try TensorOperators.binary(op, lhs, rhs, r)
    }
    return .bool(try compareScalars(op, a, b, r))
  }

  static func compareScalars(_ op: String, _ a: Value, _ b: Value, _ r: SourceRange) throws(TesselError) -> Bool {
    switch op {
    case "==": return equal(a, b)
    case "!=": return !equal(a, b)
    case "is", "is not":
      let same: Bool
      switch (a, b) {
      case (.none, .none): same = true
      case (.bool(let x), .bool(let y)): same = x == y
      case (.function(let f), .function(let g)): same = f === g
      case (.number(let x), .number(let y)): same = x == y
      default: same = false
      }
      return op == "is" ? same : !same
    case "in", "not in":
      let found = try contains(b, a, r)
      return op == "in" ? found : !found
    default:
      guard let order = try order(a, b) else {
        throw .type("'\(op)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'", at: r)
      }
      switch op {
      case "<": return order == .less
      case "<=": return order != .greater && order != .unordered
      case ">": return order == .greater
      default: return order != .less && order != .unordered
      }
    }
  }

  static func contains(_ container: Value, _ item: Value, _ r: SourceRange) throws(TesselError) -> Bool {
    switch container {
    case .string(let s):
      guard case .string(let t) = item else {
        throw .type("'in <string>' requires string as left operand, not \(item.typeName)", at: r)
      }
      return s.contains(t)
    case .range(let rv):
      guard let d = item.numeric, let i = exactInt(d) else { return false }
      return rv.step > 0
        ? (i >= rv.start && i < rv.stop && (i - rv.start) % rv.step == 0)
        : (i <= rv.start && i > rv.stop && (rv.start - i) % (-rv.step) == 0)
    case .dict(let d):
      guard let key = DictKey(item) else { return false }
      return d[key] != nil
    case .tensor(let t):
      guard let x = item.numeric else { return false }
      return t.data.contains(x)
    default:
      guard let items = try elements(of: container) else {
        throw .type("argument of type '\(container.typeName)' is not iterable", at: r)
      }
      return items.contains { equal($0, item) }
    }
  }

  enum Order { case less, equal, greater, unordered }

  /// Numbers, strings, and lists/tuples lexicographically; nil if not comparable.
  static func order(_ a: Value, _ b: Value) throws(TesselError) -> Order? {
    if let x = a.numeric, let y = b.numeric {
      return x < y ? .less : x > y ? .greater : x == y ? .equal : .unordered
    }
    switch (a, b) {
    case (.string(let s), .string(let t)):
      return s < t ? .less : s > t ? .greater : .equal
    case (.list(let s), .list(let t)), (.tuple(let s), .tuple(let t)):
      for (x, y) in zip(s, t) where !equal(x, y) { return try order(x, y) }
      return s.count < t.count ? .less : s.count > t.count ? .greater : .equal
    default:
      return nil
    }
  }

  /// Structural equality, as `==` between non-tensors (and as `in` uses it).
  static func equal(_ a: Value, _ b: Value) -> Bool {
    if let x = a.numeric, let y = b.numeric { return x == y }
    switch (a, b) {
    case (.none, .none): return true
    case (.string(let s), .string(let t)): return s == t
    case (.list(let s), .list(let t)), (.tuple(let s), .tuple(let t)):
      return s.count == t.count && zip(s, t).allSatisfy { equal($0, $1) }
    case (.tensor(let s), .tensor(let t)): return s == t
    case (.dict(let s), .dict(let t)):
      return s.count == t.count && s.items.allSatisfy { k, v in t[k].map { equal($0, v) } ?? false }
    case (.record(let s), .record(let t)):
      return s.typeName == t.typeName && s.values.count == t.values.count
        && zip(s.values, t.values).allSatisfy { equal($0, $1) }
    case (.range(let s), .range(let t)): return s == t
    case (.function(let f), .function(let g)): return f === g
    case (.builtin(let f), .builtin(let g)): return f === g
    case (.exceptionType(let s), .exceptionType(let t)): return s == t
    case (.namespace(let s), .namespace(let t)): return s === t
    default: return false
    }
  }
}

extension Value {
  var isTensor: Bool {
    if case .tensor = self { return true }
    return false
  }
}
