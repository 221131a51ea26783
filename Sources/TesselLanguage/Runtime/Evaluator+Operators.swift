import Foundation

extension Evaluator {
  func unsupported(_ op: String, _ a: Value, _ b: Value, _ r: SourceRange) -> TesselError {
    .type("unsupported operand type(s) for \(op): '\(a.typeName)' and '\(b.typeName)'", at: r)
  }

  func unary(_ op: String, _ v: Value, _ r: SourceRange) throws(TesselError) -> Value {
    if op == "~" {
      if case .bool(let b) = v { return .bool(!b) }
      if let d = v.numeric, let i = Evaluator.exactInt(d) { return .number(Double(~i)) }
      throw .type("bad operand type for unary ~: '\(v.typeName)'", at: r)
    }
    guard let d = v.numeric else { throw .type("bad operand type for unary \(op): '\(v.typeName)'", at: r) }
    return .number(op == "-" ? -d : d)
  }

  /// Arithmetic follows IEEE, as NumPy does: `1 / 0` is `inf`, `0 / 0` is `nan`.
  func binary(_ op: String, _ a: Value, _ b: Value, _ r: SourceRange) throws(TesselError) -> Value {
    if let x = a.numeric, let y = b.numeric {
      if case .bool(let p) = a, case .bool(let q) = b, ["&", "|", "^"].contains(op) {
        return .bool(op == "&" ? p && q : op == "|" ? p || q : p != q)
      }
      switch op {
      case "+": return .number(x + y)
      case "-": return .number(x - y)
      case "*": return .number(x * y)
      case "/": return .number(x / y)
      case "//": return .number((x / y).rounded(.down))
      case "%": return .number(Evaluator.mod(x, y))
      case "**": return .number(Foundation.pow(x, y))
      case "&", "|", "^", "<<", ">>":
        guard let i = Evaluator.exactInt(x), let j = Evaluator.exactInt(y) else { throw unsupported(op, a, b, r) }
        switch op {
        case "&": return .number(Double(i & j))
        case "|": return .number(Double(i | j))
        case "^": return .number(Double(i ^ j))
        case "<<": return .number(Double(j >= 0 && j < 63 ? i << j : 0))
        default: return .number(Double(j >= 0 && j < 63 ? i >> j : (i < 0 ? -1 : 0)))
        }
      case "@": throw .type("matrix product '@' needs tensors, not two numbers", at: r)
      default: throw unsupported(op, a, b, r)
      }
    }
    switch (op, a, b) {
    case ("+", .string(let s), .string(let t)): return .string(s + t)
    case ("+", .list(let s), .list(let t)): return .list(s + t)
    case ("+", .tuple(let s), .tuple(let t)): return .tuple(s + t)
    case ("*", .string, _), ("*", .list, _), ("*", .tuple, _): return try repeated(a, b, r)
    case ("*", _, .string), ("*", _, .list), ("*", _, .tuple): return try repeated(b, a, r)
    default: throw unsupported(op, a, b, r)
    }
  }

  /// Python's float modulo: the result takes the divisor's sign (NumPy's `mod` too).
  static func mod(_ x: Double, _ y: Double) -> Double {
    let m = fmod(x, y)
    return (m != 0 && (m < 0) != (y < 0)) ? m + y : m
  }

  func repeated(_ sequence: Value, _ times: Value, _ r: SourceRange) throws(TesselError) -> Value {
    guard let d = times.numeric, let n = Evaluator.exactInt(d) else {
      throw .type("can't multiply sequence by non-int of type '\(times.typeName)'", at: r)
    }
    let count = max(0, n)
    let length: Int
    switch sequence {
    case .string(let s): length = s.utf8.count
    case .list(let a), .tuple(let a): length = a.count
    default: length = 0
    }
    if length > 0 && count > 100_000_000 / length {
      throw TesselError(
        "MemoryError", "repetition would make \(count) copies of a \(length)-element \(sequence.typeName)", at: r)
    }
    switch sequence {
    case .string(let s): return .string(String(repeating: s, count: count))
    case .list(let a): return .list(Array(repeating: a, count: count).flatMap { $0 })
    case .tuple(let a): return .tuple(Array(repeating: a, count: count).flatMap { $0 })
    default: return sequence
    }
  }

  func compare(_ op: String, _ a: Value, _ b: Value, _ r: SourceRange) throws(TesselError) -> Bool {
    switch op {
    case "==": return Evaluator.equal(a, b)
    case "!=": return !Evaluator.equal(a, b)
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
      let found: Bool
      switch b {
      case .string(let s):
        guard case .string(let t) = a else {
          throw .type("'in <string>' requires string as left operand, not \(a.typeName)", at: r)
        }
        found = s.contains(t)
      case .range(let rv):
        if let d = a.numeric, let i = Evaluator.exactInt(d) {
          found =
            rv.step > 0
            ? (i >= rv.start && i < rv.stop && (i - rv.start) % rv.step == 0)
            : (i <= rv.start && i > rv.stop && (rv.start - i) % (-rv.step) == 0)
        } else {
          found = false
        }
      default:
        guard let items = Evaluator.elements(of: b) else {
          throw .type("argument of type '\(b.typeName)' is not iterable", at: r)
        }
        found = items.contains { Evaluator.equal($0, a) }
      }
      return op == "in" ? found : !found
    default:
      guard let order = try Evaluator.order(a, b) else {
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

  static func equal(_ a: Value, _ b: Value) -> Bool {
    if let x = a.numeric, let y = b.numeric { return x == y }
    switch (a, b) {
    case (.none, .none): return true
    case (.string(let s), .string(let t)): return s == t
    case (.list(let s), .list(let t)), (.tuple(let s), .tuple(let t)):
      return s.count == t.count && zip(s, t).allSatisfy { equal($0, $1) }
    case (.range(let s), .range(let t)): return s == t
    case (.function(let f), .function(let g)): return f === g
    case (.builtin(let f), .builtin(let g)): return f.name == g.name
    default: return false
    }
  }
}
