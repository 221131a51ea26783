/// An elementwise expression over tensors of one shape and numbers, such as `(y - yhat) ** 2`.
public indirect enum ElementwiseExpression: Sendable {
  /// The i-th input tensor.
  case input(Int)
  case scalar(Double)
  /// `+ - * /` only.
  case binary(BinaryOperator, ElementwiseExpression, ElementwiseExpression)
  case square(ElementwiseExpression)
  case negate(ElementwiseExpression)
}

/// One step of a compiled elementwise expression, over blocks of at most 128 elements.
struct ElementwiseStep {
  enum Operation { case add, subtract, multiply, divide, square, negate }
  enum Operand {
    case input(Int)
    case scalar(Double)
    case temporary(Int)
  }
  var operation: Operation
  var a: Operand
  var b: Operand
  var result: Int
}

extension ElementwiseExpression {
  /// Post-order steps, each writing a new temporary; returns the operand holding the value.
  func steps(_ out: inout [ElementwiseStep]) -> ElementwiseStep.Operand {
    switch self {
    case .input(let i): return .input(i)
    case .scalar(let c): return .scalar(c)
    case .binary(let op, let x, let y):
      let (a, b) = (x.steps(&out), y.steps(&out))
      let operation: ElementwiseStep.Operation =
        switch op {
        case .add: .add
        case .subtract: .subtract
        case .multiply: .multiply
        default: .divide
        }
      out.append(ElementwiseStep(operation: operation, a: a, b: b, result: out.count))
    case .square(let x):
      out.append(ElementwiseStep(operation: .square, a: x.steps(&out), b: .scalar(0), result: out.count))
    case .negate(let x):
      out.append(ElementwiseStep(operation: .negate, a: x.steps(&out), b: .scalar(0), result: out.count))
    }
    return .temporary(out.count - 1)
  }
}

extension Tensor {
  /// Σ of `expression` over every element, in NumPy's pairwise order, computed block by block so no
  /// temporary the size of the inputs is ever made: `mean((y - yhat) ** 2)` reads `y` and `yhat` once.
  ///
  /// The inputs must all hold `count` float64 elements. Each element is computed with the same
  /// operations, in the same order, as the unfused operators would, so the sum is bit-for-bit the
  /// one NumPy gives for the materialised expression.
  public static func fusedSum(_ expression: ElementwiseExpression, _ inputs: [Tensor], count: Int) -> Double {
    var steps: [ElementwiseStep] = []
    guard case .temporary(let last) = expression.steps(&steps) else {
      preconditionFailure("a fused expression has at least one operation")
    }
    return withPointers(inputs[...], []) { pointers in
      let temporaries = UnsafeMutablePointer<Double>.allocate(capacity: 128 * (steps.count + 1))
      defer { temporaries.deallocate() }
      return pointers.withUnsafeBufferPointer { inputs in
        steps.withUnsafeBufferPointer { steps in
          pairwiseSum(from: 0, count, temporaries + 128 * steps.count) { start, n, out in
            run(steps, inputs, start, n, temporaries)
            out.update(from: temporaries + 128 * last, count: n)
          }
        }
      }
    }
  }

  private static func withPointers<R>(
    _ rest: ArraySlice<Tensor>, _ done: [UnsafePointer<Double>], _ body: ([UnsafePointer<Double>]) -> R
  ) -> R {
    guard let first = rest.first else { return body(done) }
    return first.data.withUnsafeBufferPointer { p in
      withPointers(rest.dropFirst(), done + [p.baseAddress ?? UnsafePointer(bitPattern: 8)!], body)
    }
  }

  /// Elements `start ..< start + n` of every step, each into its temporary block.
  @inline(__always)
  private static func run(
    _ steps: UnsafeBufferPointer<ElementwiseStep>, _ inputs: UnsafeBufferPointer<UnsafePointer<Double>>,
    _ start: Int, _ n: Int, _ temporaries: UnsafeMutablePointer<Double>
  ) {
    func pointer(_ o: ElementwiseStep.Operand) -> UnsafePointer<Double> {
      switch o {
      case .input(let i): inputs[i] + start
      case .temporary(let k): UnsafePointer(temporaries + 128 * k)
      case .scalar: UnsafePointer(temporaries)
      }
    }
    for step in steps {
      let out = temporaries + 128 * step.result
      let x = pointer(step.a)
      switch step.operation {
      case .square:
        for k in 0..<n { out[k] = x[k] * x[k] }
        continue
      case .negate:
        for k in 0..<n { out[k] = -x[k] }
        continue
      default: break
      }
      switch (step.a, step.b) {
      case (.scalar(let c), .scalar(let d)):
        let v = apply(step.operation, c, d)
        for k in 0..<n { out[k] = v }
      case (.scalar(let c), let b):
        let y = pointer(b)
        switch step.operation {
        case .add: for k in 0..<n { out[k] = c + y[k] }
        case .subtract: for k in 0..<n { out[k] = c - y[k] }
        case .multiply: for k in 0..<n { out[k] = c * y[k] }
        default: for k in 0..<n { out[k] = c / y[k] }
        }
      case (_, .scalar(let c)):
        switch step.operation {
        case .add: for k in 0..<n { out[k] = x[k] + c }
        case .subtract: for k in 0..<n { out[k] = x[k] - c }
        case .multiply: for k in 0..<n { out[k] = x[k] * c }
        default: for k in 0..<n { out[k] = x[k] / c }
        }
      case (_, let b):
        let y = pointer(b)
        switch step.operation {
        case .add: for k in 0..<n { out[k] = x[k] + y[k] }
        case .subtract: for k in 0..<n { out[k] = x[k] - y[k] }
        case .multiply: for k in 0..<n { out[k] = x[k] * y[k] }
        default: for k in 0..<n { out[k] = x[k] / y[k] }
        }
      }
    }
  }

  private static func apply(_ op: ElementwiseStep.Operation, _ x: Double, _ y: Double) -> Double {
    switch op {
    case .add: x + y
    case .subtract: x - y
    case .multiply: x * y
    default: x / y
    }
  }
}
