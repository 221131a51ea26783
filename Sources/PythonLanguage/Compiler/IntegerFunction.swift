import Interruption

/// A function run from start to end on machine integers: `fib`, `factorial`, `binomial`, `gcd` and the other
/// recursive functions of ints that exercises are made of.
///
/// The body may hold `if`/`elif`/`else` on comparisons of its parameters, `return` of integer arithmetic, `pass`,
/// and assignments to its parameters; it may call itself, by its module-level name, and nothing else. It reads no
/// other names and writes nothing but its own parameters, so it has no effects: when anything leaves what machine
/// integers compute as Python does (a result beyond 64 bits, a division by zero, a negative power, falling off the
/// end, recursion near the limit, an interrupt), the run is abandoned and the call is made again by the generic
/// engine, which computes the same thing from the start and raises where Python raises.
///
/// The body is a tree of small final classes (`IntegerNodes.swift`): calling a child held in a `let` costs no
/// reference counting, which closures kept in arrays do.
final class IntegerFunction {
  /// Why a run was abandoned (nothing: the generic engine says the rest).
  struct Bail: Error {}

  typealias Registers = UnsafeMutablePointer<Int>

  let parameters: Int
  /// Where the function's own name lives: a run starts only while it holds the function.
  let ownName: Globals.Box
  /// The body, held here and reached through `body` without reference counting.
  private var bodyHeld: IntegerStatement = IntegerStatement()
  private var body: Unmanaged<IntegerStatement>
  unowned(unsafe) let rt: Runtime
  /// Each level's parameters; grown to the recursion limit's worth on first use.
  private var stack: Registers
  private var capacity = 0
  private var depth = 0
  /// Levels a run may go down before the generic engine's recursion limit (set at each run).
  private var levels = 0
  /// The running host's interrupt flag (set at each run).
  private var interrupt: InterruptFlag
  /// Abandoned runs; past `maxBails` the function is left to the generic engine (a run that overflows at every
  /// level of a deep recursion would otherwise be tried again at each level).
  private(set) var bails = 0
  static let maxBails = 8

  private init(parameters: Int, ownName: Globals.Box, rt: Runtime) {
    self.parameters = parameters
    self.ownName = ownName
    self.rt = rt
    interrupt = rt.interrupt
    stack = .allocate(capacity: 1)
    body = .passUnretained(bodyHeld)
  }

  deinit { stack.deallocate() }

  /// Drops the body, whose call nodes hold this function: called when the code that owns it goes.
  func dismantle() {
    bodyHeld = IntegerStatement()
    body = .passUnretained(bodyHeld)
  }

  var usable: Bool { bails < IntegerFunction.maxBails }

  /// The call's value, or nil when the generic engine must make it (`frame` holds the arguments, as the
  /// generic call will read them).
  func run(_ fn: PyFunction, _ frame: Frame) -> Int? {
    guard case .object(let o) = ownName.slot.pointee, o === fn else { return nil }
    levels = rt.recursionLimit - rt.depth
    interrupt = rt.interrupt
    guard levels > 0 else { return nil }
    if capacity < (levels + 1) * parameters { grow(to: (rt.recursionLimit + 1) * parameters) }
    for k in 0..<parameters {
      guard case .int(let v) = frame[k] else { return nil }
      stack[k] = v
    }
    depth = 0
    guard let r = runBody(stack) else {
      bails += 1
      return nil
    }
    return r
  }

  /// The body's value on these registers; nil when the run is abandoned or falls off the end (None).
  @inline(__always) private func runBody(_ r: Registers) -> Int? {
    body._withUnsafeGuaranteedRef { b in
      do throws(Bail) { return try b.run(r) } catch { return nil }
    }
  }

  private func grow(to n: Int) {
    stack.deallocate()
    stack = .allocate(capacity: max(n, 1))
    capacity = n
  }

  /// Enters the next level of a call made by the body (its arguments already in `next`) and runs the body there.
  @inline(__always) func enter(_ next: Registers) throws(Bail) -> Int {
    depth += 1
    defer { depth -= 1 }
    // The generic engine would raise RecursionError here, or stop for an interrupt: it makes the call again.
    guard depth < levels, !interrupt.isRaised else { throw Bail() }
    guard let v = runBody(next) else { throw Bail() }
    return v
  }

  // MARK: Building

  /// The integer form of a function, when its body has one.
  static func make(_ body: [Stmt], _ code: Code, _ c: Compiler) -> IntegerFunction? {
    guard c.specialise, code.takesPlainArguments, code.keywordOnlyCount == 0, !code.isGenerator,
      code.argumentCount > 0, code.cellParameters.isEmpty, code.cellLocals.isEmpty, code.freeSlots.isEmpty,
      case .global(let own) = c.place(of: code.name)
    else { return nil }
    let statements = code.docstring == nil ? body[...] : body.dropFirst()
    let f = IntegerFunction(parameters: code.argumentCount, ownName: own, rt: c.rt)
    var builder = Builder(function: f, compiler: c, callsItself: false)
    guard let steps = builder.block(Array(statements)), builder.callsItself else { return nil }
    f.bodyHeld = steps
    f.body = .passUnretained(steps)
    return f
  }

  private struct Builder {
    unowned let function: IntegerFunction
    let compiler: Compiler
    var callsItself: Bool

    mutating func block(_ statements: [Stmt]) -> IntegerStatement? {
      var steps: [IntegerStatement] = []
      for s in statements {
        guard let step = statement(s) else { return nil }
        steps.append(step)
      }
      guard var last = steps.popLast() else { return nil }
      while let previous = steps.popLast() { last = IntegerSequence(previous, last) }
      return last
    }

    mutating func statement(_ s: Stmt) -> IntegerStatement? {
      switch s.kind {
      case .pass: return IntegerStatement()
      case .returnStmt(let e?): return expression(e).map { IntegerReturn($0) }
      case .ifStmt(let test, let then, let orElse):
        guard let t = condition(test), let a = block(then) else { return nil }
        if orElse.isEmpty { return IntegerIf(t, a, IntegerStatement()) }
        return block(orElse).map { IntegerIf(t, a, $0) }
      case .assign(let targets, let e):
        guard targets.count == 1, let slot = parameter(targets[0]), let x = expression(e) else { return nil }
        return IntegerAssign(slot, x)
      case .augAssign(let target, let op, let e):
        guard let slot = parameter(target), let o = NumericOperator(op), o != .div, let x = expression(e) else {
          return nil
        }
        return IntegerAssign(slot, IntegerArithmetic(o, IntegerParameter(slot), x))
      default: return nil
      }
    }

    /// A parameter's slot, as an assignment's target.
    func parameter(_ e: Expr) -> Int? {
      guard case .name(let n) = e.kind, case .local(let s)? = compiler.numericName(n)?.place,
        s < function.parameters
      else { return nil }
      return s
    }

    mutating func expression(_ e: Expr) -> IntegerExpression? {
      compiler.numericExpr(e).flatMap { integer($0) }
    }

    mutating func integer(_ e: NumericExpr) -> IntegerExpression? {
      switch e {
      case .int(let v): return IntegerConstant(v)
      case .name(let n):
        guard case .local(let s) = n.place, s < function.parameters else { return nil }
        return IntegerParameter(s)
      case .binary(let op, let a, let b):
        guard op != .div, let x = integer(a), let y = integer(b) else { return nil }
        switch op {
        case .add: return IntegerAdd(x, y)
        case .sub: return IntegerSubtract(x, y)
        default: return IntegerArithmetic(op, x, y)
        }
      case .negate(let a): return integer(a).map { IntegerArithmetic(.sub, IntegerConstant(0), $0) }
      case .square(let a): return integer(a).map { IntegerArithmetic(.mul, $0, $0) }
      case .apply(let callee, let args):
        guard callee.attribute == nil, case .global(let box) = callee.base.place, box === function.ownName,
          args.count == function.parameters
        else { return nil }
        var values: [IntegerExpression] = []
        for a in args {
          guard let x = integer(a) else { return nil }
          values.append(x)
        }
        callsItself = true
        switch values.count {
        case 1: return IntegerCall1(function, values[0])
        case 2: return IntegerCall2(function, values[0], values[1])
        default: return IntegerCall(function, values)
        }
      case .real, .bool, .element, .length, .shape, .items, .call: return nil
      }
    }

    mutating func condition(_ e: Expr) -> IntegerTest? {
      compiler.numericCondition(e).flatMap { test($0) }
    }

    mutating func test(_ c: NumericCondition) -> IntegerTest? {
      switch c {
      case .compare(let first, let rest):
        guard var left = integer(first) else { return nil }
        var tests: [IntegerTest] = []
        for (op, e) in rest {
          guard let right = integer(e) else { return nil }
          tests.append(IntegerCompare(op, left, right))
          left = right
        }
        return conjunction(tests)
      case .all(let parts):
        return tests(parts).flatMap { conjunction($0) }
      case .any(let parts):
        guard var rest = tests(parts), var last = rest.popLast() else { return nil }
        while let previous = rest.popLast() { last = IntegerEither(previous, last) }
        return last
      case .not(let inner): return test(inner).map { IntegerNot($0) }
      case .truth(let e): return integer(e).map { IntegerCompare(.ne, $0, IntegerConstant(0)) }
      }
    }

    /// Every part's test, or nil when one has none.
    mutating func tests(_ parts: [NumericCondition]) -> [IntegerTest]? {
      var out: [IntegerTest] = []
      for p in parts {
        guard let t = test(p) else { return nil }
        out.append(t)
      }
      return out
    }

    /// `a and b and …` (a chained comparison `a < b < c` is one: each operand is a parameter or arithmetic on
    /// them, so evaluating a middle one twice is the same as once).
    func conjunction(_ parts: [IntegerTest]) -> IntegerTest? {
      var tests = parts
      guard var last = tests.popLast() else { return nil }
      while let previous = tests.popLast() { last = IntegerBoth(previous, last) }
      return last
    }
  }

  // MARK: Arithmetic

  /// Python's integer arithmetic while it stays in 64 bits (`//` and `%` floor, as Python's do).
  static func apply(_ op: NumericOperator, _ a: Int, _ b: Int) throws(Bail) -> Int {
    do throws(NumericHandBack) {
      return try NumericBuilder.intOp(op, NumericInt(value: a, numpy: false), NumericInt(value: b, numpy: false)).value
    } catch { throw Bail() }
  }
}
