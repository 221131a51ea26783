import TensorModule

/// Between values and tensors: literals, array-likes, and results.
enum TensorValues {
  /// A tensor result as a value: a 0-d tensor becomes a number (or bool), as reductions over everything
  /// give numbers in Tessel.
  static func value(_ t: Tensor) -> Value {
    if t.ndim == 0 { return t.isBool ? .bool(t.data[0] != 0) : .number(t.data[0]) }
    return .tensor(t)
  }

  /// `[1, 2, 3]` and `[[1, 2], [3, 4]]` are tensors; anything else in brackets is a list.
  static func literal(_ items: [Value]) throws(TesselError) -> Value {
    guard !items.isEmpty else { return .list([]) }
    if let t = try tensor(items) { return .tensor(t) }
    return .list(items)
  }

  /// A tensor from nested numbers, bools and same-shaped tensors; nil if `items` is not rectangular and numeric.
  ///
  /// The whole result is checked against the memory budget as soon as the first item gives its shape
  /// (`[x] * 10**6` holds one tensor a million times, but their copy would not fit).
  static func tensor(_ items: [Value]) throws(TesselError) -> Tensor? {
    var allBool = true
    var numbers: [Double] = []
    numbers.reserveCapacity(items.count)
    var inner: [Int]?
    func reserve(_ shape: [Int]) throws(TesselError) {
      guard inner == nil else { return }
      do { try MemoryBudget.reserve([items.count] + shape) } catch { throw lift(error, nil) }
    }
    for item in items {
      switch item {
      case .number(let d):
        guard inner == nil || inner == [] else { return nil }
        inner = []
        numbers.append(d)
        allBool = false
      case .bool(let b):
        guard inner == nil || inner == [] else { return nil }
        inner = []
        numbers.append(b ? 1 : 0)
      case .tensor(let t):
        guard inner == nil || inner == t.shape else { return nil }
        try reserve(t.shape)
        inner = t.shape
        numbers += t.data
        allBool = allBool && t.isBool
      case .list(let xs), .tuple(let xs):
        guard let t = try tensor(xs), inner == nil || inner == t.shape else { return nil }
        try reserve(t.shape)
        inner = t.shape
        numbers += t.data
        allBool = allBool && t.isBool
      default:
        return nil
      }
    }
    return Tensor(shape: [items.count] + (inner ?? []), data: numbers, dtype: allBool ? .bool : .float64)
  }

  /// A value NumPy would accept as an array: a tensor, a number, a bool, or nested lists of them.
  static func operand(_ v: Value) throws(TesselError) -> Tensor? {
    switch v {
    case .tensor(let t): return t
    case .number(let d): return Tensor(shape: [], data: [d])
    case .bool(let b): return Tensor(shape: [], data: [b ? 1 : 0], dtype: .bool)
    case .list(let xs), .tuple(let xs): return xs.isEmpty ? Tensor(shape: [0], data: []) : try tensor(xs)
    case .range(let r):
      do { try MemoryBudget.reserve(count: r.count) } catch { throw lift(error, nil) }
      return Tensor((0..<r.count).map { Double(r[$0]) })
    default: return nil
    }
  }

  /// The language's error for a tensor error, at `r`.
  static func lift(_ e: TensorError, _ r: SourceRange?) -> TesselError {
    TesselError(e.kind.rawValue, e.message, at: r)
  }
}

/// Operators on tensor operands, with NumPy's broadcasting and `@`.
enum TensorOperators {
  static func binary(_ op: String, _ a: Tensor, _ b: Tensor, _ r: SourceRange) throws(TesselError) -> Value {
    if op == "@" {
      do throws(TensorError) {
        return TensorValues.value(try Linalg.matmul(a, b))
      } catch {
        throw TensorValues.lift(error, r)
      }
    }
    guard let operation = BinaryOperator(rawValue: op) else {
      let names = (a.ndim == 0 ? "number" : "tensor", b.ndim == 0 ? "number" : "tensor")
      throw .type("unsupported operand type(s) for \(op): '\(names.0)' and '\(names.1)'", at: r)
    }
    do throws(TensorError) {
      return TensorValues.value(try Tensor.combine(a, b, operation))
    } catch {
      throw TensorValues.lift(error, r)
    }
  }

  static func unary(_ op: String, _ t: Tensor, _ r: SourceRange) throws(TesselError) -> Tensor {
    switch op {
    case "-":
      do throws(TensorError) { return try t.apply(.negative) } catch { throw TensorValues.lift(error, r) }
    case "+": return t
    case "~":
      guard t.isBool else { throw .type("'~' works on bool tensors, not float64; use -x or 1 - x", at: r) }
      do throws(TensorError) { return try t.apply(.logicalNot) } catch { throw TensorValues.lift(error, r) }
    default: throw .type("bad operand type for unary \(op): 'tensor'", at: r)
    }
  }
}

extension Operators {
  /// `x op= y`: tensors change in place, as NumPy's in-place operators do, so the result must keep
  /// the left side's shape.
  static func augment(_ op: String, _ target: inout Value, _ rhs: Value, _ r: SourceRange) throws(TesselError) {
    var ownShape: [Int]?
    if case .tensor(let t) = target { ownShape = t.shape }
    if case .tensor = target, let operation = BinaryOperator(rawValue: op), let b = try TensorValues.operand(rhs) {
      var t = target.takeTensor()!
      let done: Bool
      do throws(TensorError) {
        done = try t.combineInPlace(b, operation)
      } catch {
        target = .tensor(t)
        throw TensorValues.lift(error, r)
      }
      target = .tensor(t)
      if done { return }
    }
    if case .list = target, op == "+" {
      guard let more = try Operators.elements(of: rhs) else {
        throw .type("'\(rhs.typeName)' object is not iterable", at: r)
      }
      var xs = target.takeList()!
      xs += more
      target = .list(xs)
      return
    }
    let result = try binary(op, target, rhs, r)
    if let ownShape, case .tensor(let t) = result, t.shape != ownShape {
      throw TesselError(
        "ShapeError",
        "\(op)= cannot change the shape of its target: non-broadcastable output operand with shape \(Tensor.describe(ownShape)) doesn't match the broadcast shape \(t.shapeDescription)",
        at: r)
    }
    target = result
  }
}
