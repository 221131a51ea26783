import Foundation
import TensorModule

/// Builds a typed loop's steps: closures over registers and pinned elements, one per node of the numeric form
/// (leaves are read inline, `NumericOperands`), each doing Python's or NumPy's arithmetic and handing back where it
/// does not.
struct NumericBuilder {
  let typing: NumericTyping
  /// Per name: its index in the context's array table.
  let arrayIndex: [Int: Int]
  unowned(unsafe) let rt: Runtime

  init(_ typing: NumericTyping, _ arrays: [Int], _ rt: Runtime) {
    self.typing = typing
    self.rt = rt
    var index: [Int: Int] = [:]
    for (k, s) in arrays.enumerated() { index[s] = k }
    arrayIndex = index
  }

  /// A step that always hands back (for shapes typing already rules out).
  static func stop<T>() -> (NumericContext) throws(NumericHandBack) -> T {
    { (_) throws(NumericHandBack) -> T in throw NumericHandBack() }
  }

  // MARK: Arithmetic

  /// Python's (and NumPy's) integer arithmetic; leaving 64 bits or dividing by zero hands back.
  @inline(__always)
  static func intOp(_ op: NumericOperator, _ a: NumericInt, _ b: NumericInt) throws(NumericHandBack) -> NumericInt {
    let numpy = a.numpy || b.numpy
    switch op {
    case .add:
      let (r, o) = a.value.addingReportingOverflow(b.value)
      guard !o else { throw NumericHandBack() }
      return NumericInt(value: r, numpy: numpy)
    case .sub:
      let (r, o) = a.value.subtractingReportingOverflow(b.value)
      guard !o else { throw NumericHandBack() }
      return NumericInt(value: r, numpy: numpy)
    case .mul:
      let (r, o) = a.value.multipliedReportingOverflow(by: b.value)
      guard !o else { throw NumericHandBack() }
      return NumericInt(value: r, numpy: numpy)
    case .floorDiv, .mod:
      guard b.value != 0, !(a.value == .min && b.value == -1) else { throw NumericHandBack() }
      var q = a.value / b.value
      var r = a.value % b.value
      if r != 0 && (r < 0) != (b.value < 0) {
        q -= 1
        r += b.value
      }
      return NumericInt(value: op == .mod ? r : q, numpy: numpy)
    case .pow:
      // A negative exponent makes a float (NumPy raises); leaving 64 bits makes a big int (NumPy wraps).
      guard b.value >= 0 else { throw NumericHandBack() }
      var result = 1
      var base = a.value
      var e = b.value
      while e > 0 {
        if e & 1 == 1 {
          let (r, o) = result.multipliedReportingOverflow(by: base)
          guard !o else { throw NumericHandBack() }
          result = r
        }
        e >>= 1
        if e > 0 {
          let (sq, o) = base.multipliedReportingOverflow(by: base)
          guard !o else { throw NumericHandBack() }
          base = sq
        }
      }
      return NumericInt(value: result, numpy: numpy)
    case .div:
      throw NumericHandBack()
    }
  }

  /// Python's float arithmetic, which is NumPy's float64's; a zero divisor hands back (Python raises, NumPy warns).
  @inline(__always)
  static func realOp(_ op: NumericOperator, _ a: NumericReal, _ b: NumericReal) throws(NumericHandBack)
    -> NumericReal
  {
    let v: Double
    switch op {
    case .add: v = a.value + b.value
    case .sub: v = a.value - b.value
    case .mul: v = a.value * b.value
    case .div:
      guard b.value != 0 else { throw NumericHandBack() }
      v = a.value / b.value
    case .floorDiv:
      guard b.value != 0 else { throw NumericHandBack() }
      v = FloatDivision.divmod(a.value, b.value).quotient
    case .mod:
      guard b.value != 0 else { throw NumericHandBack() }
      v = FloatDivision.remainder(a.value, b.value)
    case .pow:
      // C's `pow`, as Python's and NumPy's; where either raises, warns or goes complex (a zero to a negative
      // power, a negative base to a fraction, an overflow) or meets a NaN or infinity, it is theirs.
      let (x, y) = (a.value, b.value)
      guard x.isFinite, y.isFinite, !(x == 0 && y < 0), !(x < 0 && y != y.rounded(.down)) else {
        throw NumericHandBack()
      }
      v = Foundation.pow(x, y)
      guard v.isFinite else { throw NumericHandBack() }
    }
    return NumericReal(value: v, numpy: a.numpy || b.numpy)
  }

  /// `x op y` on ints: one closure per operator, so its case is chosen here, once.
  struct IntArithmetic: IntPair {
    let op: NumericOperator

    func make<X: IntLeaf, Y: IntLeaf>(_ x: X, _ y: Y) -> NumericBuilt {
      switch op {
      case .add: .int { (c) throws(NumericHandBack) in try NumericBuilder.intOp(.add, try x.read(c), try y.read(c)) }
      case .sub: .int { (c) throws(NumericHandBack) in try NumericBuilder.intOp(.sub, try x.read(c), try y.read(c)) }
      case .mul: .int { (c) throws(NumericHandBack) in try NumericBuilder.intOp(.mul, try x.read(c), try y.read(c)) }
      case .floorDiv:
        .int { (c) throws(NumericHandBack) in try NumericBuilder.intOp(.floorDiv, try x.read(c), try y.read(c)) }
      case .mod: .int { (c) throws(NumericHandBack) in try NumericBuilder.intOp(.mod, try x.read(c), try y.read(c)) }
      case .pow: .int { (c) throws(NumericHandBack) in try NumericBuilder.intOp(.pow, try x.read(c), try y.read(c)) }
      case .div: .int(NumericBuilder.stop())
      }
    }
  }

  /// `x / y` on ints: exact operands (below 2⁵³) divide as doubles, which is Python's correctly rounded quotient.
  struct IntDivision: IntPair {
    func make<X: IntLeaf, Y: IntLeaf>(_ x: X, _ y: Y) -> NumericBuilt {
      .real { (c) throws(NumericHandBack) -> NumericReal in
        let a = try x.read(c)
        let b = try y.read(c)
        guard b.value != 0, a.value.magnitude <= 1 << 53, b.value.magnitude <= 1 << 53 else {
          throw NumericHandBack()
        }
        return NumericReal(value: Double(a.value) / Double(b.value), numpy: a.numpy || b.numpy)
      }
    }
  }

  struct RealArithmetic: RealPair {
    let op: NumericOperator

    func make<X: RealLeaf, Y: RealLeaf>(_ x: X, _ y: Y) -> NumericBuilt {
      switch op {
      case .add: .real { (c) throws(NumericHandBack) in try NumericBuilder.realOp(.add, try x.read(c), try y.read(c)) }
      case .sub: .real { (c) throws(NumericHandBack) in try NumericBuilder.realOp(.sub, try x.read(c), try y.read(c)) }
      case .mul: .real { (c) throws(NumericHandBack) in try NumericBuilder.realOp(.mul, try x.read(c), try y.read(c)) }
      case .div: .real { (c) throws(NumericHandBack) in try NumericBuilder.realOp(.div, try x.read(c), try y.read(c)) }
      case .floorDiv:
        .real { (c) throws(NumericHandBack) in try NumericBuilder.realOp(.floorDiv, try x.read(c), try y.read(c)) }
      case .mod: .real { (c) throws(NumericHandBack) in try NumericBuilder.realOp(.mod, try x.read(c), try y.read(c)) }
      case .pow: .real { (c) throws(NumericHandBack) in try NumericBuilder.realOp(.pow, try x.read(c), try y.read(c)) }
      }
    }
  }

  // MARK: Expressions

  func int(_ e: NumericExpr) -> IntStep {
    if let cell = intCell(e) { return { (c) throws(NumericHandBack) in try cell.read(c) } }
    switch e {
    case .int(let v):
      return { _ in NumericInt(value: v, numpy: false) }
    case .name(let n):
      let s = typing.symbol(n)
      return { c in NumericInt(value: Int(Int64(bitPattern: c.registers[s].bits)), numpy: c.registers[s].numpy) }
    case .length(let a, _):
      let k = arrayIndex[typing.symbol(a)] ?? 0
      return { c in NumericInt(value: c.arrays[k].shape.0, numpy: false) }
    case .items(let sources):
      let ks = sources.map { arrayIndex[typing.symbol($0)] ?? 0 }
      return { c in NumericInt(value: ks.reduce(Int.max) { Swift.min($0, c.arrays[$1].shape.0) }, numpy: false) }
    case .shape(let a, let axis):
      let s = typing.symbol(a)
      let k = arrayIndex[s] ?? 0
      switch axis < 0 ? axis + typing.ranks[s] : axis {
      case 0: return { c in NumericInt(value: c.arrays[k].shape.0, numpy: false) }
      case 1: return { c in NumericInt(value: c.arrays[k].shape.1, numpy: false) }
      default: return { c in NumericInt(value: c.arrays[k].shape.2, numpy: false) }
      }
    case .element(let a, let indices):
      if isRows(a) {
        let at = rowsPlace(a, indices)
        return { (c) throws(NumericHandBack) -> NumericInt in
          let (row, p) = try at(c)
          return try IntCell.item(NumericRows.read(row, p))
        }
      }
      let k = arrayIndex[typing.symbol(a)] ?? 0
      let at = position(k, indices)
      let list = isList(a)
      return { (c) throws(NumericHandBack) -> NumericInt in try IntCell.element(c.arrays[k].base, try at(c), list: list)
      }
    case .negate(let a):
      let x = intOperand(a)
      return { (c) throws(NumericHandBack) -> NumericInt in
        let v = try x.read(c)
        guard v.value != .min else { throw NumericHandBack() }
        return NumericInt(value: -v.value, numpy: v.numpy)
      }
    case .square(let a):
      let x = intOperand(a)
      return { (c) throws(NumericHandBack) -> NumericInt in
        let v = try x.read(c)
        return try NumericBuilder.intOp(.mul, v, v)
      }
    case .binary(let op, let a, let b):
      return withIntLeaves(a, b, IntArithmetic(op: op)).int
    case .call(.abs, let args, _):
      guard let a = args.first else { return NumericBuilder.stop() }
      let x = intOperand(a)
      return { (c) throws(NumericHandBack) -> NumericInt in
        let v = try x.read(c)
        guard v.value != .min else { throw NumericHandBack() }
        return NumericInt(value: Swift.abs(v.value), numpy: v.numpy)
      }
    case .call(let f, let args, _):
      guard args.count == 2 else { return NumericBuilder.stop() }
      return withIntLeaves(args[0], args[1], IntChoice(max: f == .max)).int
    case .apply(let callee, let args):
      if let body = typing.inlined(callee, args) { return int(body) }
      guard case .integral(let rule)? = typing.kernel(callee), let a = args.first else { return NumericBuilder.stop() }
      if typing.kind(a) == .int {
        let x = int(a)
        return { (c) throws(NumericHandBack) -> NumericInt in NumericInt(value: try x(c).value, numpy: false) }
      }
      let x = real(a)
      return { (c) throws(NumericHandBack) -> NumericInt in
        let r = try x(c).value.rounded(rule)
        // NaN and infinities raise; beyond 64 bits the result is a big int.
        guard r >= -0x1p63, r < 0x1p63 else { throw NumericHandBack() }
        return NumericInt(value: Int(r), numpy: false)
      }
    case .real, .bool:
      return NumericBuilder.stop()
    }
  }

  /// `min(x, y)` / `max(x, y)`: Python keeps the first unless the second is strictly smaller (larger), and returns
  /// that argument itself (a NumPy scalar stays one; with floats, a NaN first argument is kept).
  struct IntChoice: IntPair {
    let max: Bool

    func make<X: IntLeaf, Y: IntLeaf>(_ x: X, _ y: Y) -> NumericBuilt {
      max
        ? .int { (c) throws(NumericHandBack) -> NumericInt in
          let a = try x.read(c)
          let b = try y.read(c)
          return b.value > a.value ? b : a
        }
        : .int { (c) throws(NumericHandBack) -> NumericInt in
          let a = try x.read(c)
          let b = try y.read(c)
          return b.value < a.value ? b : a
        }
    }
  }

  struct RealChoice: RealPair {
    let max: Bool

    func make<X: RealLeaf, Y: RealLeaf>(_ x: X, _ y: Y) -> NumericBuilt {
      max
        ? .real { (c) throws(NumericHandBack) -> NumericReal in
          let a = try x.read(c)
          let b = try y.read(c)
          return b.value > a.value ? b : a
        }
        : .real { (c) throws(NumericHandBack) -> NumericReal in
          let a = try x.read(c)
          let b = try y.read(c)
          return b.value < a.value ? b : a
        }
    }
  }

  func real(_ e: NumericExpr) -> RealStep {
    if typing.kind(e) == .int {
      // Exact below 2⁵³; above it Python rounds the int to the nearest double, as this conversion does.
      let x = int(e)
      return { (c) throws(NumericHandBack) -> NumericReal in
        let v = try x(c)
        return NumericReal(value: Double(v.value), numpy: v.numpy)
      }
    }
    if let cell = realCell(e) { return { (c) throws(NumericHandBack) in try cell.read(c) } }
    switch e {
    case .real(let v):
      return { _ in NumericReal(value: v, numpy: false) }
    case .name(let n):
      let s = typing.symbol(n)
      return { c in NumericReal(value: Double(bitPattern: c.registers[s].bits), numpy: c.registers[s].numpy) }
    case .element(let a, let indices):
      if isRows(a) {
        let at = rowsPlace(a, indices)
        return { (c) throws(NumericHandBack) -> NumericReal in
          let (row, p) = try at(c)
          return try RealCell.item(NumericRows.read(row, p))
        }
      }
      let k = arrayIndex[typing.symbol(a)] ?? 0
      let at = position(k, indices)
      let list = isList(a)
      return { (c) throws(NumericHandBack) -> NumericReal in
        try RealCell.element(c.arrays[k].base, try at(c), list: list)
      }
    case .negate(let a):
      let x = realOperand(a)
      return { (c) throws(NumericHandBack) -> NumericReal in
        let v = try x.read(c)
        return NumericReal(value: -v.value, numpy: v.numpy)
      }
    case .square(let a):
      // `x ** 2` is the correctly rounded square in CPython's `pow` and NumPy's: `x * x`.
      if let cell = realCell(a) {
        return { (c) throws(NumericHandBack) -> NumericReal in
          let v = try cell.read(c)
          return NumericReal(value: v.value * v.value, numpy: v.numpy)
        }
      }
      let x = realOperand(a)
      return { (c) throws(NumericHandBack) -> NumericReal in
        let v = try x.read(c)
        return NumericReal(value: v.value * v.value, numpy: v.numpy)
      }
    case .binary(let op, let a, let b):
      if op == .div, typing.kind(a) == .int, typing.kind(b) == .int { return withIntLeaves(a, b, IntDivision()).real }
      return withRealLeaves(a, b, RealArithmetic(op: op)).real
    case .call(.abs, let args, _):
      guard let a = args.first else { return NumericBuilder.stop() }
      let x = realOperand(a)
      return { (c) throws(NumericHandBack) -> NumericReal in
        let v = try x.read(c)
        return NumericReal(value: Swift.abs(v.value), numpy: v.numpy)
      }
    case .call(let f, let args, _):
      guard args.count == 2 else { return NumericBuilder.stop() }
      return withRealLeaves(args[0], args[1], RealChoice(max: f == .max)).real
    case .apply(let callee, let args):
      if let body = typing.inlined(callee, args) { return real(body) }
      guard let a = args.first else { return NumericBuilder.stop() }
      let x = real(a)
      switch typing.kernel(callee) {
      case .real(let f, let domain, let numpy)?:
        return { (c) throws(NumericHandBack) -> NumericReal in
          let v = try x(c).value
          guard domain(v) else { throw NumericHandBack() }
          let r = f(v)
          // Where the function raises (`math`) or warns (NumPy), it is called itself.
          if (r.isNaN && !v.isNaN) || (r.isInfinite && v.isFinite) { throw NumericHandBack() }
          return NumericReal(value: r, numpy: numpy)
        }
      case .toFloat(let numpy)?:
        return { (c) throws(NumericHandBack) -> NumericReal in NumericReal(value: try x(c).value, numpy: numpy) }
      default:
        return NumericBuilder.stop()
      }
    case .int, .length, .shape, .items, .bool:
      return NumericBuilder.stop()
    }
  }

  /// A bool-kind value as 0 or 1 (with whether it is NumPy's `np.bool_`).
  func boolean(_ e: NumericExpr) -> IntStep {
    switch e {
    case .bool(let b):
      return { _ in NumericInt(value: b ? 1 : 0, numpy: false) }
    case .name(let n):
      let s = typing.symbol(n)
      return { c in NumericInt(value: Int(Int64(bitPattern: c.registers[s].bits)), numpy: c.registers[s].numpy) }
    case .element(let a, let indices):
      if isRows(a) {
        let at = rowsPlace(a, indices)
        return { (c) throws(NumericHandBack) -> NumericInt in
          let (row, p) = try at(c)
          return try BoolCell.item(NumericRows.read(row, p))
        }
      }
      if let cell = cell(a, indices) {
        let flag = BoolCell(cell: cell, list: isList(a))
        return { (c) throws(NumericHandBack) in try flag.read(c) }
      }
      let k = arrayIndex[typing.symbol(a)] ?? 0
      let at = position(k, indices)
      let list = isList(a)
      return { (c) throws(NumericHandBack) -> NumericInt in
        try BoolCell.element(c.arrays[k].base, try at(c), list: list)
      }
    default:
      return NumericBuilder.stop()
    }
  }

  /// Any value as a register's bits, by its kind.
  func register(_ e: NumericExpr) -> (NumericContext) throws(NumericHandBack) -> NumericRegister {
    switch typing.kind(e) {
    case .real:
      let x = real(e)
      return { (c) throws(NumericHandBack) -> NumericRegister in
        let v = try x(c)
        return NumericRegister(bits: v.value.bitPattern, numpy: v.numpy, bound: true)
      }
    case .bool:
      let x = boolean(e)
      return { (c) throws(NumericHandBack) -> NumericRegister in
        let v = try x(c)
        return NumericRegister(bits: UInt64(bitPattern: Int64(v.value)), numpy: v.numpy, bound: true)
      }
    default:
      let x = int(e)
      return { (c) throws(NumericHandBack) -> NumericRegister in
        let v = try x(c)
        return NumericRegister(bits: UInt64(bitPattern: Int64(v.value)), numpy: v.numpy, bound: true)
      }
    }
  }

  /// The element's position in its buffer, for indices that are not names plus constants (`x[2 * i]`).
  func position(_ k: Int, _ indices: [NumericExpr]) -> (NumericContext) throws(NumericHandBack) -> Int {
    @inline(__always) func wrap(_ i: Int, _ n: Int) throws(NumericHandBack) -> Int {
      let j = i < 0 ? i &+ n : i
      guard UInt(bitPattern: j) < UInt(bitPattern: n) else { throw NumericHandBack() }
      return j
    }
    switch indices.count {
    case 1:
      let i0 = intOperand(indices[0])
      return { (c) throws(NumericHandBack) -> Int in
        let a = c.arrays + k
        return a.pointee.offset &+ (try wrap(try i0.read(c).value, a.pointee.shape.0)) &* a.pointee.strides.0
      }
    case 2:
      let i0 = intOperand(indices[0])
      let i1 = intOperand(indices[1])
      return { (c) throws(NumericHandBack) -> Int in
        let a = c.arrays + k
        let i = try i0.read(c).value
        let j = try i1.read(c).value
        return a.pointee.offset &+ (try wrap(i, a.pointee.shape.0)) &* a.pointee.strides.0
          &+ (try wrap(j, a.pointee.shape.1)) &* a.pointee.strides.1
      }
    case 3:
      let i0 = intOperand(indices[0])
      let i1 = intOperand(indices[1])
      let i2 = intOperand(indices[2])
      return { (c) throws(NumericHandBack) -> Int in
        let a = c.arrays + k
        let i = try i0.read(c).value
        let j = try i1.read(c).value
        let l = try i2.read(c).value
        return a.pointee.offset &+ (try wrap(i, a.pointee.shape.0)) &* a.pointee.strides.0
          &+ (try wrap(j, a.pointee.shape.1)) &* a.pointee.strides.1
          &+ (try wrap(l, a.pointee.shape.2)) &* a.pointee.strides.2
      }
    default:
      return NumericBuilder.stop()
    }
  }

  // MARK: Conditions

  func test(_ c: NumericCondition) -> TestStep {
    switch c {
    case .truth(let e):
      if typing.kind(e) == .real {
        let x = real(e)
        return { (c) throws(NumericHandBack) -> Bool in try x(c).value != 0 }
      }
      let x = typing.kind(e) == .bool ? boolean(e) : int(e)
      return { (c) throws(NumericHandBack) -> Bool in try x(c).value != 0 }
    case .not(let x):
      let t = test(x)
      return { (c) throws(NumericHandBack) -> Bool in !(try t(c)) }
    case .all(let parts):
      guard let first = parts.first else { return NumericBuilder.stop() }
      var all = test(first)
      for part in parts.dropFirst() {
        let l = all
        let r = test(part)
        all = { (c) throws(NumericHandBack) -> Bool in
          if try l(c) { return try r(c) }
          return false
        }
      }
      return all
    case .any(let parts):
      guard let first = parts.first else { return NumericBuilder.stop() }
      var any = test(first)
      for part in parts.dropFirst() {
        let l = any
        let r = test(part)
        any = { (c) throws(NumericHandBack) -> Bool in
          if try l(c) { return true }
          return try r(c)
        }
      }
      return any
    case .compare(let first, let rest):
      // A chain compares neighbours, each link after the last held (operands have no effects, so evaluating a
      // middle one twice is fine).
      guard let head = rest.first else { return NumericBuilder.stop() }
      var chain = compare(head.0, first, head.1)
      var left = head.1
      for (op, right) in rest.dropFirst() {
        let l = chain
        let r = compare(op, left, right)
        chain = { (c) throws(NumericHandBack) -> Bool in
          if try l(c) { return try r(c) }
          return false
        }
        left = right
      }
      return chain
    }
  }

  /// `x op y` for two leaves of one kind of number, specialised per pair of leaf types.
  static func comparison<X: ComparableLeaf, Y: ComparableLeaf>(_ op: CompareOperator, _ x: X, _ y: Y) -> TestStep
  where X.Number == Y.Number {
    switch op {
    case .lt: { (c) throws(NumericHandBack) -> Bool in try x.number(c) < (try y.number(c)) }
    case .le: { (c) throws(NumericHandBack) -> Bool in try x.number(c) <= (try y.number(c)) }
    case .gt: { (c) throws(NumericHandBack) -> Bool in try x.number(c) > (try y.number(c)) }
    case .ge: { (c) throws(NumericHandBack) -> Bool in try x.number(c) >= (try y.number(c)) }
    case .eq: { (c) throws(NumericHandBack) -> Bool in try x.number(c) == (try y.number(c)) }
    case .ne: { (c) throws(NumericHandBack) -> Bool in try x.number(c) != (try y.number(c)) }
    default: NumericBuilder.stop()
    }
  }

  /// Two ints compared exactly.
  struct IntComparison: IntPair {
    let op: CompareOperator

    func make<X: IntLeaf, Y: IntLeaf>(_ x: X, _ y: Y) -> NumericBuilt { .test(NumericBuilder.comparison(op, x, y)) }
  }

  /// Two floats compared as IEEE doubles (NaN compares false, `!=` true), as Python and NumPy do.
  struct RealComparison: RealPair {
    let op: CompareOperator

    func make<X: RealLeaf, Y: RealLeaf>(_ x: X, _ y: Y) -> NumericBuilt { .test(NumericBuilder.comparison(op, x, y)) }
  }

  /// An int and a float: Python compares them exactly and NumPy through a double, which agree while the int is
  /// within 2⁵³; beyond, the tier hands back.
  struct ExactInt: RealLeaf {
    let x: IntOperand

    @inline(__always) func read(_ c: NumericContext) throws(NumericHandBack) -> NumericReal {
      let v = try x.read(c)
      guard v.value.magnitude <= 1 << 53 else { throw NumericHandBack() }
      return NumericReal(value: Double(v.value), numpy: v.numpy)
    }
  }

  private func compare(_ op: CompareOperator, _ a: NumericExpr, _ b: NumericExpr) -> TestStep {
    let (ka, kb) = (typing.kind(a), typing.kind(b))
    if ka == .int && kb == .int { return withIntLeaves(a, b, IntComparison(op: op)).test }
    if ka == .int { return RealComparison(op: op).make(ExactInt(x: intOperand(a)), realOperand(b)).test }
    if kb == .int { return RealComparison(op: op).make(realOperand(a), ExactInt(x: intOperand(b))).test }
    return withRealLeaves(a, b, RealComparison(op: op)).test
  }
}
