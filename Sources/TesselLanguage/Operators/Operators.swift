import Foundation
import TensorModule

/// Operators on values, for numbers, strings, sequences and tensors.
///
/// Arithmetic follows IEEE, as NumPy does: `1 / 0` is `inf`, `0 / 0` is `nan`.
enum Operators {
  static func unsupported(_ op: String, _ a: Value, _ b: Value, _ r: SourceRange) -> TesselError {
    .type("unsupported operand type(s) for \(op): '\(a.typeName)' and '\(b.typeName)'", at: r)
  }

  static func unary(_ op: String, _ v: Value, _ r: SourceRange) throws(TesselError) -> Value {
    if case .tensor(let t) = v { return .tensor(try TensorOperators.unary(op, t, r)) }
    if op == "~" {
      if case .bool(let b) = v { return .bool(!b) }
      if let d = v.numeric, let i = exactInt(d) { return .number(Double(~i)) }
      throw .type("bad operand type for unary ~: '\(v.typeName)'", at: r)
    }
    guard let d = v.numeric else { throw .type("bad operand type for unary \(op): '\(v.typeName)'", at: r) }
    return .number(op == "-" ? -d : d)
  }

  /// One scalar operation; nil for an operator that numbers do not have.
  @inline(__always)
  static func arithmetic(_ op: String, _ x: Double, _ y: Double) -> Double? {
    switch op {
    case "+": x + y
    case "-": x - y
    case "*": x * y
    case "/": x / y
    case "//": (x / y).rounded(.down)
    case "%": mod(x, y)
    case "**": power(x, y)
    default: nil
    }
  }

  /// `x ** y`, with the common small integer powers as multiplications.
  @inline(__always)
  static func power(_ x: Double, _ y: Double) -> Double {
    if y == 2 { return x * x }
    if y == 1 { return x }
    if y == 0.5 { return x.squareRoot() }
    return Foundation.pow(x, y)
  }

  static func binary(_ op: String, _ a: Value, _ b: Value, _ r: SourceRange) throws(TesselError) -> Value {
    if let x = a.numeric, let y = b.numeric {
      if case .bool(let p) = a, case .bool(let q) = b, ["&", "|", "^"].contains(op) {
        return .bool(op == "&" ? p && q : op == "|" ? p || q : p != q)
      }
      if let z = arithmetic(op, x, y) { return .number(z) }
      switch op {
      case "&", "|", "^", "<<", ">>":
        guard let i = exactInt(x), let j = exactInt(y) else { throw unsupported(op, a, b, r) }
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
    if a.isTensor || b.isTensor, let lhs = try TensorValues.operand(a), let rhs = try TensorValues.operand(b) {
      return try TensorOperators.binary(op, lhs, rhs, r)
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
  @inline(__always)
  static func mod(_ x: Double, _ y: Double) -> Double {
    let m = fmod(x, y)
    return (m != 0 && (m < 0) != (y < 0)) ? m + y : m
  }

  static func repeated(_ sequence: Value, _ times: Value, _ r: SourceRange) throws(TesselError) -> Value {
    guard let d = times.numeric, let n = exactInt(d) else {
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

  /// Elements of an iterable value (lists, tuples, strings, ranges, dict keys, a tensor's rows); nil if not
  /// iterable.
  ///
  /// A range too large for memory is CPython's bare `MemoryError`, checked before anything is allocated.
  static func elements(of value: Value) throws(TesselError) -> [Value]? {
    switch value {
    case .list(let a), .tuple(let a): return a
    case .string(let s): return s.map { .string(String($0)) }
    case .range(let r):
      do {
        try MemoryBudget.reserve(count: r.count, itemSize: MemoryLayout<Value>.stride, dtype: "object")
      } catch {
        throw TesselError("MemoryError", "")
      }
      return (0..<r.count).map { .number(Double(r[$0])) }
    case .tensor(let t): return t.ndim == 0 ? nil : (0..<t.shape[0]).map { TensorValues.value(t.row($0)) }
    case .dict(let d): return d.keys.map(\.value)
    case .record(let r): return r.elements
    default: return nil
    }
  }

  /// The Int a number stands for, if it is integral and in range.
  @inline(__always)
  static func exactInt(_ d: Double) -> Int? {
    guard d.isFinite, d.rounded() == d, abs(d) < 9.2e18 else { return nil }
    return Int(d)
  }
}
