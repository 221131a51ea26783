/// The nodes of an `IntegerFunction`'s body.
///
/// Each base class's own method abandons the run; the final subclasses compute.
class IntegerExpression {
  func value(_ r: IntegerFunction.Registers) throws(IntegerFunction.Bail) -> Int { throw IntegerFunction.Bail() }
}

class IntegerTest {
  func holds(_ r: IntegerFunction.Registers) throws(IntegerFunction.Bail) -> Bool { throw IntegerFunction.Bail() }
}

/// A statement: the value it returns, or nil to go on (the base class is `pass`).
class IntegerStatement {
  func run(_ r: IntegerFunction.Registers) throws(IntegerFunction.Bail) -> Int? { nil }
}

final class IntegerConstant: IntegerExpression {
  let v: Int
  init(_ v: Int) { self.v = v }
  override func value(_ r: IntegerFunction.Registers) throws(IntegerFunction.Bail) -> Int { v }
}

final class IntegerParameter: IntegerExpression {
  let slot: Int
  init(_ slot: Int) { self.slot = slot }
  override func value(_ r: IntegerFunction.Registers) throws(IntegerFunction.Bail) -> Int { r[slot] }
}

final class IntegerAdd: IntegerExpression {
  let x: IntegerExpression
  let y: IntegerExpression
  init(_ x: IntegerExpression, _ y: IntegerExpression) { (self.x, self.y) = (x, y) }
  override func value(_ r: IntegerFunction.Registers) throws(IntegerFunction.Bail) -> Int {
    let (v, o) = try x.value(r).addingReportingOverflow(try y.value(r))
    if o { throw IntegerFunction.Bail() }
    return v
  }
}

final class IntegerSubtract: IntegerExpression {
  let x: IntegerExpression
  let y: IntegerExpression
  init(_ x: IntegerExpression, _ y: IntegerExpression) { (self.x, self.y) = (x, y) }
  override func value(_ r: IntegerFunction.Registers) throws(IntegerFunction.Bail) -> Int {
    let (v, o) = try x.value(r).subtractingReportingOverflow(try y.value(r))
    if o { throw IntegerFunction.Bail() }
    return v
  }
}

/// `* // % **` (and `+ -` where they are built from other forms).
final class IntegerArithmetic: IntegerExpression {
  let op: NumericOperator
  let x: IntegerExpression
  let y: IntegerExpression
  init(_ op: NumericOperator, _ x: IntegerExpression, _ y: IntegerExpression) { (self.op, self.x, self.y) = (op, x, y) }
  override func value(_ r: IntegerFunction.Registers) throws(IntegerFunction.Bail) -> Int {
    try IntegerFunction.apply(op, try x.value(r), try y.value(r))
  }
}

/// The function calling itself with one argument.
///
/// The call nodes hold the function strongly (a call through an unowned reference retains it each time); the cycle
/// through its body is broken when its code goes (`IntegerFunction.dismantle`).
final class IntegerCall1: IntegerExpression {
  let function: IntegerFunction
  let a: IntegerExpression
  init(_ function: IntegerFunction, _ a: IntegerExpression) { (self.function, self.a) = (function, a) }
  override func value(_ r: IntegerFunction.Registers) throws(IntegerFunction.Bail) -> Int {
    let next = r + 1
    next[0] = try a.value(r)
    return try function.enter(next)
  }
}

final class IntegerCall2: IntegerExpression {
  let function: IntegerFunction
  let a: IntegerExpression
  let b: IntegerExpression
  init(_ function: IntegerFunction, _ a: IntegerExpression, _ b: IntegerExpression) {
    (self.function, self.a, self.b) = (function, a, b)
  }
  override func value(_ r: IntegerFunction.Registers) throws(IntegerFunction.Bail) -> Int {
    let next = r + 2
    next[0] = try a.value(r)
    next[1] = try b.value(r)
    return try function.enter(next)
  }
}

final class IntegerCall: IntegerExpression {
  let function: IntegerFunction
  let arguments: [IntegerExpression]
  init(_ function: IntegerFunction, _ arguments: [IntegerExpression]) {
    (self.function, self.arguments) = (function, arguments)
  }
  override func value(_ r: IntegerFunction.Registers) throws(IntegerFunction.Bail) -> Int {
    let next = r + arguments.count
    for k in arguments.indices { next[k] = try arguments[k].value(r) }
    return try function.enter(next)
  }
}

final class IntegerCompare: IntegerTest {
  let op: CompareOperator
  let x: IntegerExpression
  let y: IntegerExpression
  init(_ op: CompareOperator, _ x: IntegerExpression, _ y: IntegerExpression) { (self.op, self.x, self.y) = (op, x, y) }
  override func holds(_ r: IntegerFunction.Registers) throws(IntegerFunction.Bail) -> Bool {
    let (a, b) = (try x.value(r), try y.value(r))
    switch op {
    case .lt: return a < b
    case .le: return a <= b
    case .gt: return a > b
    case .ge: return a >= b
    case .eq: return a == b
    default: return a != b
    }
  }
}

final class IntegerBoth: IntegerTest {
  let x: IntegerTest
  let y: IntegerTest
  init(_ x: IntegerTest, _ y: IntegerTest) { (self.x, self.y) = (x, y) }
  override func holds(_ r: IntegerFunction.Registers) throws(IntegerFunction.Bail) -> Bool {
    if try x.holds(r) { return try y.holds(r) }
    return false
  }
}

final class IntegerEither: IntegerTest {
  let x: IntegerTest
  let y: IntegerTest
  init(_ x: IntegerTest, _ y: IntegerTest) { (self.x, self.y) = (x, y) }
  override func holds(_ r: IntegerFunction.Registers) throws(IntegerFunction.Bail) -> Bool {
    if try x.holds(r) { return true }
    return try y.holds(r)
  }
}

final class IntegerNot: IntegerTest {
  let x: IntegerTest
  init(_ x: IntegerTest) { self.x = x }
  override func holds(_ r: IntegerFunction.Registers) throws(IntegerFunction.Bail) -> Bool { !(try x.holds(r)) }
}

final class IntegerReturn: IntegerStatement {
  let x: IntegerExpression
  init(_ x: IntegerExpression) { self.x = x }
  override func run(_ r: IntegerFunction.Registers) throws(IntegerFunction.Bail) -> Int? { try x.value(r) }
}

final class IntegerIf: IntegerStatement {
  let test: IntegerTest
  let then: IntegerStatement
  let orElse: IntegerStatement
  init(_ test: IntegerTest, _ then: IntegerStatement, _ orElse: IntegerStatement) {
    (self.test, self.then, self.orElse) = (test, then, orElse)
  }
  override func run(_ r: IntegerFunction.Registers) throws(IntegerFunction.Bail) -> Int? {
    try test.holds(r) ? try then.run(r) : try orElse.run(r)
  }
}

final class IntegerAssign: IntegerStatement {
  let slot: Int
  let x: IntegerExpression
  init(_ slot: Int, _ x: IntegerExpression) { (self.slot, self.x) = (slot, x) }
  override func run(_ r: IntegerFunction.Registers) throws(IntegerFunction.Bail) -> Int? {
    r[slot] = try x.value(r)
    return nil
  }
}

/// Two statements in order (a block is a chain of these).
final class IntegerSequence: IntegerStatement {
  let first: IntegerStatement
  let rest: IntegerStatement
  init(_ first: IntegerStatement, _ rest: IntegerStatement) { (self.first, self.rest) = (first, rest) }
  override func run(_ r: IntegerFunction.Registers) throws(IntegerFunction.Bail) -> Int? {
    if let v = try first.run(r) { return v }
    return try rest.run(r)
  }
}
