/// Loops whose whole body is `s += expression`: dot products, sums, the inner loop of a matmul.
///
/// The loop, the accumulation and (when the expression is `a op b` of operands read in place) the
/// arithmetic are one closure specialised for the operand kinds, so an iteration calls nothing.
extension NumericLoop {
  typealias Bounds = (LoopMachine) throws(TesselError) -> (start: Int, stop: Int, step: Int)

  func sum(into s: Int, _ rhs: Expr, counter k: Int, _ bounds: @escaping Bounds, _ r: SourceRange)
    throws(Ineligible) -> Step
  {
    if case .binary(let op, let x, let y, _) = rhs, let a = try leaf(x), let b = try leaf(y) {
      switch ScalarOperator(rawValue: op) {
      case .add: return Self.sum(LoopAdd.self, a, b, s, k, bounds, r)
      case .subtract: return Self.sum(LoopSubtract.self, a, b, s, k, bounds, r)
      case .multiply: return Self.sum(LoopMultiply.self, a, b, s, k, bounds, r)
      case .divide: return Self.sum(LoopDivide.self, a, b, s, k, bounds, r)
      default: break
      }
    }
    if let a = try leaf(rhs) {
      // `s += x[i]`: one operand, in the two-operand form with a second that is never read.
      return Self.sum(LoopFirst.self, a, .constant(LoopConstant(c: 0)), s, k, bounds, r)
    }
    let value = try number(rhs)
    return Self.sum(Closure(value), LoopConstant(c: 0), LoopFirst.self, s, k, bounds, r)
  }

  /// A closure as an operand, for sums of expressions that are not read in place.
  struct Closure: LoopOperand {
    let value: Number
    init(_ value: @escaping Number) { self.value = value }
    @inline(__always) func load(_ m: LoopMachine) throws(TesselError) -> Double { try value(m) }
  }

  static func sum<O: LoopOperator>(
    _: O.Type, _ a: LoopLeaf, _ b: LoopLeaf, _ s: Int, _ k: Int, _ bounds: @escaping Bounds, _ r: SourceRange
  ) -> Step {
    switch a {
    case .register(let a): sum(O.self, a, b, s, k, bounds, r)
    case .constant(let a): sum(O.self, a, b, s, k, bounds, r)
    case .element1(let a): sum(O.self, a, b, s, k, bounds, r)
    case .element2(let a): sum(O.self, a, b, s, k, bounds, r)
    }
  }

  static func sum<O: LoopOperator, A: LoopOperand>(
    _: O.Type, _ a: A, _ b: LoopLeaf, _ s: Int, _ k: Int, _ bounds: @escaping Bounds, _ r: SourceRange
  ) -> Step {
    switch b {
    case .register(let b): sum(a, b, O.self, s, k, bounds, r)
    case .constant(let b): sum(a, b, O.self, s, k, bounds, r)
    case .element1(let b): sum(a, b, O.self, s, k, bounds, r)
    case .element2(let b): sum(a, b, O.self, s, k, bounds, r)
    }
  }

  /// `for k in range(…): s += a op b`, all in one specialised closure.
  ///
  /// The counting loop repeats `forRange`'s on purpose: passed in as a closure, the body was not
  /// inlined and the matmul loop ran 1.8× slower (measured).
  static func sum<A: LoopOperand, B: LoopOperand, O: LoopOperator>(
    _ a: A, _ b: B, _: O.Type, _ s: Int, _ k: Int, _ bounds: @escaping Bounds, _ r: SourceRange
  ) -> Step {
    { m throws(TesselError) in
      let (start, stop, step) = try bounds(m)
      let runtime = m.runtime
      var i = start
      while step > 0 ? i < stop : i > stop {
        m.registers[k] = Double(i)
        m.counters[k] = i
        try runtime.tick(r)
        m.registers[s] += O.apply(try a.load(m), try b.load(m))
        i += step
      }
      return .normal
    }
  }
}
