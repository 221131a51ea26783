import TensorModule

/// `mean((y - yhat) ** 2)` and `sum(…)` of an arithmetic expression of tensors, fused: the reduction
/// reads its inputs once, block by block, and no temporary tensor is made (`Tensor.fusedSum`).
///
/// At run time the callee must be the builtin `mean` or `sum`, and the operands float64 tensors of one
/// shape or numbers; otherwise the operands already evaluated are combined by the ordinary operators
/// and the callee is called with the result, so nothing differs but the speed.
extension Compiler {
  /// The expression tree: leaves evaluated once, in source order, then combined.
  indirect enum FusedNode {
    case leaf(Int)
    case constant(Double)
    case binary(String, FusedNode, FusedNode, SourceRange)
    case square(FusedNode, SourceRange)
    case negate(FusedNode, SourceRange)
  }

  func compileFusedReduction(_ calleeExpr: Expr, _ arguments: [Argument], _ r: SourceRange) throws(TesselError)
    -> Eval?
  {
    let name: String
    switch calleeExpr {
    case .name(let n, _), .attribute(_, let n, _): name = n
    default: return nil
    }
    guard name == "mean" || name == "sum", arguments.count == 1, arguments[0].name == nil,
      let builtin = runtime.registry.builtins[name]
    else { return nil }
    var leaves: [Expr] = []
    // A bare name or number has nothing to fuse.
    guard let tree = fusedTree(arguments[0].value, &leaves), !leaves.isEmpty else { return nil }
    if case .leaf = tree { return nil }
    let callee = try compile(calleeExpr)
    let leafEvals = try compile(leaves)
    let isMean = name == "mean"
    return { f throws(TesselError) in
      let fn = try callee(f)
      let values = try leafEvals(f)
      if case .builtin(let b) = fn, b === builtin, let fused = Compiler.fused(tree, values) {
        let (expression, inputs, count) = fused
        let total = Tensor.fusedSum(expression, inputs, count: count)
        return .number(isMean ? total / Double(count) : total)
      }
      let argument = try Compiler.combine(tree, values)
      return try f.runtime.call(fn, [argument], at: r)
    }
  }

  /// The tree of `+ - * /`, `** 2` and unary minus over side-effect-free leaves (names, attributes of
  /// names, numbers), or nil.
  private func fusedTree(_ e: Expr, _ leaves: inout [Expr]) -> FusedNode? {
    switch e {
    case .number(let d, _):
      return .constant(d)
    case .name, .attribute(.name, _, _):
      leaves.append(e)
      return .leaf(leaves.count - 1)
    case .binary("**", let x, .number(2, _), let r):
      return fusedTree(x, &leaves).map { .square($0, r) }
    case .binary(let op, let x, let y, let r) where ["+", "-", "*", "/"].contains(op):
      guard let a = fusedTree(x, &leaves), let b = fusedTree(y, &leaves) else { return nil }
      return .binary(op, a, b, r)
    case .unary("-", let x, let r):
      return fusedTree(x, &leaves).map { .negate($0, r) }
    default:
      return nil
    }
  }

  /// The fused form when every leaf is a float64 tensor of one non-empty shape or a number.
  static func fused(_ tree: FusedNode, _ values: [Value]) -> (ElementwiseExpression, [Tensor], Int)? {
    var inputs: [Tensor] = []
    var slots: [Int: ElementwiseExpression] = [:]
    var shape: [Int]?
    for (i, v) in values.enumerated() {
      switch v {
      case .number(let d):
        slots[i] = .scalar(d)
      case .tensor(let t) where !t.isBool && t.count > 0:
        guard shape == nil || shape == t.shape else { return nil }
        shape = t.shape
        slots[i] = .input(inputs.count)
        inputs.append(t)
      default:
        return nil
      }
    }
    guard let shape else { return nil }
    func convert(_ n: FusedNode) -> ElementwiseExpression {
      switch n {
      case .leaf(let i): slots[i]!
      case .constant(let d): .scalar(d)
      case .binary(let op, let a, let b, _): .binary(BinaryOperator(rawValue: op)!, convert(a), convert(b))
      case .square(let a, _): .square(convert(a))
      case .negate(let a, _): .negate(convert(a))
      }
    }
    return (convert(tree), inputs, shape.reduce(1, *))
  }

  /// The expression by the ordinary operators, as if it had not been fused.
  static func combine(_ n: FusedNode, _ values: [Value]) throws(TesselError) -> Value {
    switch n {
    case .leaf(let i): return values[i]
    case .constant(let d): return .number(d)
    case .binary(let op, let a, let b, let r):
      let x = try combine(a, values)
      return try Operators.binary(op, x, try combine(b, values), r)
    case .square(let a, let r): return try Operators.binary("**", try combine(a, values), .number(2), r)
    case .negate(let a, let r): return try Operators.unary("-", try combine(a, values), r)
    }
  }
}
