import Foundation
import TensorModule

/// Builds a typed loop's steps: closures over registers and pinned array elements, one per node of the numeric
/// form, each doing Python's or NumPy's arithmetic and handing back where it does not.
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
  private static func stop<T>() -> (NumericContext) throws(NumericHandBack) -> T {
    { (_) throws(NumericHandBack) -> T in throw NumericHandBack() }
  }

  // MARK: Expressions

  func int(_ e: NumericExpr) -> IntStep {
    switch e {
    case .int(let v):
      return { _ in NumericInt(value: v, numpy: false) }
    case .name(let n):
      let s = typing.symbol(n)
      return { c in NumericInt(value: Int(Int64(bitPattern: c.registers[s].bits)), numpy: c.registers[s].numpy) }
    case .length(let a, _):
      let k = arrayIndex[typing.symbol(a)] ?? 0
      return { c in NumericInt(value: c.arrays[k].shape.0, numpy: false) }
    case .shape(let a, let axis):
      let s = typing.symbol(a)
      let k = arrayIndex[s] ?? 0
      switch axis < 0 ? axis + typing.ranks[s] : axis {
      case 0: return { c in NumericInt(value: c.arrays[k].shape.0, numpy: false) }
      case 1: return { c in NumericInt(value: c.arrays[k].shape.1, numpy: false) }
      default: return { c in NumericInt(value: c.arrays[k].shape.2, numpy: false) }
      }
    case .element(let a, let indices):
      let k = arrayIndex[typing.symbol(a)] ?? 0
      let at = position(k, indices)
      return { (c) throws(NumericHandBack) -> NumericInt in
        let p = try at(c)
        return NumericInt(value: c.arrays[k].base.assumingMemoryBound(to: Int.self)[p], numpy: true)
      }
    case .negate(let a):
      let x = int(a)
      return { (c) throws(NumericHandBack) -> NumericInt in
        let v = try x(c)
        guard v.value != .min else { throw NumericHandBack() }
        return NumericInt(value: -v.value, numpy: v.numpy)
      }
    case .square(let a):
      let x = int(a)
      return { (c) throws(NumericHandBack) -> NumericInt in
        let v = try x(c)
        let (r, o) = v.value.multipliedReportingOverflow(by: v.value)
        guard !o else { throw NumericHandBack() }
        return NumericInt(value: r, numpy: v.numpy)
      }
    case .binary(let op, let a, let b):
      return intBinary(op, int(a), int(b))
    case .real:
      return NumericBuilder.stop()
    }
  }

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
    case .div:
      throw NumericHandBack()
    }
  }

  /// Python's float arithmetic, which is NumPy's float64's; a zero divisor hands back (Python raises, NumPy warns).
  @inline(__always)
  static func realOp(_ op: NumericOperator, _ a: Double, _ b: Double) throws(NumericHandBack) -> Double {
    switch op {
    case .add: return a + b
    case .sub: return a - b
    case .mul: return a * b
    case .div:
      guard b != 0 else { throw NumericHandBack() }
      return a / b
    case .floorDiv:
      guard b != 0 else { throw NumericHandBack() }
      return FloatDivision.divmod(a, b).quotient
    case .mod:
      guard b != 0 else { throw NumericHandBack() }
      return FloatDivision.remainder(a, b)
    }
  }

  /// One closure per operator, so the operator's case is chosen once, here.
  private func intBinary(_ op: NumericOperator, _ x: @escaping IntStep, _ y: @escaping IntStep) -> IntStep {
    switch op {
    case .add: { (c) throws(NumericHandBack) in try NumericBuilder.intOp(.add, try x(c), try y(c)) }
    case .sub: { (c) throws(NumericHandBack) in try NumericBuilder.intOp(.sub, try x(c), try y(c)) }
    case .mul: { (c) throws(NumericHandBack) in try NumericBuilder.intOp(.mul, try x(c), try y(c)) }
    case .floorDiv: { (c) throws(NumericHandBack) in try NumericBuilder.intOp(.floorDiv, try x(c), try y(c)) }
    case .mod: { (c) throws(NumericHandBack) in try NumericBuilder.intOp(.mod, try x(c), try y(c)) }
    case .div: NumericBuilder.stop()
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
    switch e {
    case .real(let v):
      return { _ in NumericReal(value: v, numpy: false) }
    case .name(let n):
      let s = typing.symbol(n)
      return { c in NumericReal(value: Double(bitPattern: c.registers[s].bits), numpy: c.registers[s].numpy) }
    case .element(let a, let indices):
      let k = arrayIndex[typing.symbol(a)] ?? 0
      let at = position(k, indices)
      return { (c) throws(NumericHandBack) -> NumericReal in
        let p = try at(c)
        return NumericReal(value: c.arrays[k].base.assumingMemoryBound(to: Double.self)[p], numpy: true)
      }
    case .negate(let a):
      let x = real(a)
      return { (c) throws(NumericHandBack) -> NumericReal in
        let v = try x(c)
        return NumericReal(value: -v.value, numpy: v.numpy)
      }
    case .square(let a):
      let x = real(a)
      return { (c) throws(NumericHandBack) -> NumericReal in
        let v = try x(c)
        return NumericReal(value: v.value * v.value, numpy: v.numpy)
      }
    case .binary(let op, let a, let b):
      if op == .div, typing.kind(a) == .int, typing.kind(b) == .int {
        return intDivision(int(a), int(b))
      }
      return realBinary(op, real(a), real(b))
    case .int, .length, .shape:
      return NumericBuilder.stop()
    }
  }

  /// `int / int`: exact operands (below 2⁵³) divide as doubles, which is Python's correctly rounded quotient.
  private func intDivision(_ x: @escaping IntStep, _ y: @escaping IntStep) -> RealStep {
    { (c) throws(NumericHandBack) -> NumericReal in
      let a = try x(c)
      let b = try y(c)
      guard b.value != 0, a.value.magnitude <= 1 << 53, b.value.magnitude <= 1 << 53 else { throw NumericHandBack() }
      return NumericReal(value: Double(a.value) / Double(b.value), numpy: a.numpy || b.numpy)
    }
  }

  private func realBinary(_ op: NumericOperator, _ x: @escaping RealStep, _ y: @escaping RealStep) -> RealStep {
    @inline(__always) func apply(_ op: NumericOperator, _ a: NumericReal, _ b: NumericReal) throws(NumericHandBack)
      -> NumericReal
    {
      NumericReal(value: try NumericBuilder.realOp(op, a.value, b.value), numpy: a.numpy || b.numpy)
    }
    switch op {
    case .add: return { (c) throws(NumericHandBack) in try apply(.add, try x(c), try y(c)) }
    case .sub: return { (c) throws(NumericHandBack) in try apply(.sub, try x(c), try y(c)) }
    case .mul: return { (c) throws(NumericHandBack) in try apply(.mul, try x(c), try y(c)) }
    case .div: return { (c) throws(NumericHandBack) in try apply(.div, try x(c), try y(c)) }
    case .floorDiv: return { (c) throws(NumericHandBack) in try apply(.floorDiv, try x(c), try y(c)) }
    case .mod: return { (c) throws(NumericHandBack) in try apply(.mod, try x(c), try y(c)) }
    }
  }

  /// An index: a name's register read in place (the common `x[i]`), else its step.
  private enum Index {
    case register(Int)
    case step(IntStep)

    @inline(__always) func value(_ c: NumericContext) throws(NumericHandBack) -> Int {
      switch self {
      case .register(let s): Int(Int64(bitPattern: c.registers[s].bits))
      case .step(let x): try x(c).value
      }
    }
  }

  private func index(_ e: NumericExpr) -> Index {
    if case .name(let n) = e { return .register(typing.symbol(n)) }
    return .step(int(e))
  }

  /// The element's position in its buffer: each index wrapped once if negative and checked against its axis.
  private func position(_ k: Int, _ indices: [NumericExpr]) -> (NumericContext) throws(NumericHandBack) -> Int {
    @inline(__always) func wrap(_ i: Int, _ n: Int) throws(NumericHandBack) -> Int {
      let j = i < 0 ? i &+ n : i
      guard UInt(bitPattern: j) < UInt(bitPattern: n) else { throw NumericHandBack() }
      return j
    }
    switch indices.count {
    case 1:
      let i0 = index(indices[0])
      return { (c) throws(NumericHandBack) -> Int in
        let a = c.arrays + k
        let i = try wrap(try i0.value(c), a.pointee.shape.0)
        return a.pointee.offset &+ i &* a.pointee.strides.0
      }
    case 2:
      let i0 = index(indices[0])
      let i1 = index(indices[1])
      return { (c) throws(NumericHandBack) -> Int in
        let a = c.arrays + k
        let i = try i0.value(c)
        let j = try i1.value(c)
        return a.pointee.offset &+ (try wrap(i, a.pointee.shape.0)) &* a.pointee.strides.0
          &+ (try wrap(j, a.pointee.shape.1)) &* a.pointee.strides.1
      }
    case 3:
      let i0 = index(indices[0])
      let i1 = index(indices[1])
      let i2 = index(indices[2])
      return { (c) throws(NumericHandBack) -> Int in
        let a = c.arrays + k
        let i = try i0.value(c)
        let j = try i1.value(c)
        let l = try i2.value(c)
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

  private func compare(_ op: CompareOperator, _ a: NumericExpr, _ b: NumericExpr) -> TestStep {
    if typing.kind(a) == .int && typing.kind(b) == .int {
      let x = int(a)
      let y = int(b)
      switch op {
      case .lt: return { (c) throws(NumericHandBack) -> Bool in try x(c).value < (try y(c).value) }
      case .le: return { (c) throws(NumericHandBack) -> Bool in try x(c).value <= (try y(c).value) }
      case .gt: return { (c) throws(NumericHandBack) -> Bool in try x(c).value > (try y(c).value) }
      case .ge: return { (c) throws(NumericHandBack) -> Bool in try x(c).value >= (try y(c).value) }
      case .eq: return { (c) throws(NumericHandBack) -> Bool in try x(c).value == (try y(c).value) }
      case .ne: return { (c) throws(NumericHandBack) -> Bool in try x(c).value != (try y(c).value) }
      default: return NumericBuilder.stop()
      }
    }
    // Python compares an int with a float exactly and NumPy through a double: they agree below 2⁵³.
    let x = comparable(a)
    let y = comparable(b)
    switch op {
    case .lt: return { (c) throws(NumericHandBack) -> Bool in try x(c) < (try y(c)) }
    case .le: return { (c) throws(NumericHandBack) -> Bool in try x(c) <= (try y(c)) }
    case .gt: return { (c) throws(NumericHandBack) -> Bool in try x(c) > (try y(c)) }
    case .ge: return { (c) throws(NumericHandBack) -> Bool in try x(c) >= (try y(c)) }
    case .eq: return { (c) throws(NumericHandBack) -> Bool in try x(c) == (try y(c)) }
    case .ne: return { (c) throws(NumericHandBack) -> Bool in try x(c) != (try y(c)) }
    default: return NumericBuilder.stop()
    }
  }

  private func comparable(_ e: NumericExpr) -> (NumericContext) throws(NumericHandBack) -> Double {
    if typing.kind(e) == .int {
      let x = int(e)
      return { (c) throws(NumericHandBack) -> Double in
        let v = try x(c).value
        guard v.magnitude <= 1 << 53 else { throw NumericHandBack() }
        return Double(v)
      }
    }
    let x = real(e)
    return { (c) throws(NumericHandBack) -> Double in try x(c).value }
  }

  // MARK: Statements

  func block(_ body: [NumericStatement]) -> NumericStep {
    switch body.count {
    case 0: return { _ in }
    case 1: return statement(body[0])
    default:
      let mid = body.count / 2
      let left = block(Array(body[..<mid]))
      let right = block(Array(body[mid...]))
      let rest = Array(body[mid...]).map { ExecRef(run: $0.generic) }
      return { (c) throws(NumericHandBack) in
        do throws(NumericHandBack) { try left(c) } catch {
          var h = error
          h.rest.append(contentsOf: rest)
          throw h
        }
        try right(c)
      }
    }
  }

  /// A simple statement hands back as itself: it stored nothing, so the generic engine runs it again whole.
  private func simple(_ generic: @escaping Exec, _ step: @escaping NumericStep) -> NumericStep {
    { (c) throws(NumericHandBack) in
      do throws(NumericHandBack) { try step(c) } catch { throw NumericBuilder.again(error, generic) }
    }
  }

  /// `h` with `generic` (the statement that stopped, run again whole) first in its rest.
  static func again(_ h: NumericHandBack, _ generic: @escaping Exec) -> NumericHandBack {
    var h = h
    h.rest.insert(ExecRef(run: generic), at: 0)
    return h
  }

  func statement(_ st: NumericStatement) -> NumericStep {
    switch st.kind {
    case .pass:
      return { _ in }
    case .assign(let n, let e):
      let s = typing.symbol(n)
      let generic = st.generic
      if typing.kinds[s] == .int {
        let x = int(e)
        return { (c) throws(NumericHandBack) in
          do throws(NumericHandBack) {
            let v = try x(c)
            c.registers[s] = NumericRegister(bits: UInt64(bitPattern: Int64(v.value)), numpy: v.numpy, bound: true)
          } catch { throw NumericBuilder.again(error, generic) }
        }
      }
      let x = real(e)
      return { (c) throws(NumericHandBack) in
        do throws(NumericHandBack) {
          let v = try x(c)
          c.registers[s] = NumericRegister(bits: v.value.bitPattern, numpy: v.numpy, bound: true)
        } catch { throw NumericBuilder.again(error, generic) }
      }
    case .update(let n, let op, let e):
      return statement(NumericStatement(kind: .assign(n, .binary(op, .name(n), e)), generic: st.generic))
    case .store(let a, let indices, let e):
      let k = arrayIndex[typing.symbol(a)] ?? 0
      let at = position(k, indices)
      if typing.dtypes[typing.symbol(a)] == .int64 {
        let x = int(e)
        return simple(st.generic) { (c) throws(NumericHandBack) in
          let v = try x(c).value
          let p = try at(c)
          c.arrays[k].base.assumingMemoryBound(to: Int.self)[p] = v
        }
      }
      let x = real(e)
      return simple(st.generic) { (c) throws(NumericHandBack) in
        let v = try x(c).value
        let p = try at(c)
        c.arrays[k].base.assumingMemoryBound(to: Double.self)[p] = v
      }
    case .updateElement(let a, let indices, let op, let e):
      return updateElement(a, indices, op, e, st.generic)
    case .branch(let cond, let yes, let no):
      let t = test(cond)
      let a = block(yes)
      let b = block(no)
      let generic = st.generic
      return { (c) throws(NumericHandBack) in
        let go: Bool
        do throws(NumericHandBack) { go = try t(c) } catch {
          var h = error
          h.rest.insert(ExecRef(run: generic), at: 0)
          throw h
        }
        if go { try a(c) } else { try b(c) }
      }
    case .loop(let inner):
      let start = inner.start.map { int($0) }
      let stop = int(inner.stop)
      let step = inner.step.map { int($0) }
      let run = loop(inner)
      let generic = st.generic
      return { (c) throws(NumericHandBack) in
        var bounds = (0, 0, 1)
        do throws(NumericHandBack) {
          if let start { bounds.0 = try start(c).value }
          bounds.1 = try stop(c).value
          if let step { bounds.2 = try step(c).value }
          if bounds.2 == 0 { throw NumericHandBack() }
        } catch {
          var h = error
          h.rest.insert(ExecRef(run: generic), at: 0)
          throw h
        }
        try run(c, bounds.0, PyRange.count(bounds.0, bounds.1, bounds.2), bounds.2)
      }
    }
  }

  /// `a[i, j] op= e`: the element read, combined and stored at one position.
  private func updateElement(
    _ a: NumericName, _ indices: [NumericExpr], _ op: NumericOperator, _ e: NumericExpr, _ generic: @escaping Exec
  ) -> NumericStep {
    let s = typing.symbol(a)
    let k = arrayIndex[s] ?? 0
    let at = position(k, indices)
    if typing.dtypes[s] == .int64 {
      let x = int(e)
      return simple(generic) { (c) throws(NumericHandBack) in
        let p = try at(c)
        let buffer = c.arrays[k].base.assumingMemoryBound(to: Int.self)
        let v = try x(c)
        buffer[p] = try NumericBuilder.intOp(op, NumericInt(value: buffer[p], numpy: true), v).value
      }
    }
    let x = real(e)
    return simple(generic) { (c) throws(NumericHandBack) in
      let p = try at(c)
      let buffer = c.arrays[k].base.assumingMemoryBound(to: Double.self)
      let v = try x(c)
      buffer[p] = try NumericBuilder.realOp(op, buffer[p], v.value)
    }
  }

  // MARK: Loops

  /// Runs `count` iterations from `start`; at each back-edge, an interrupt or a waiting finaliser hands the rest of
  /// the loop back, and so does anything its body hands back.
  func loop(_ l: NumericLoop) -> LoopStep {
    let v = typing.symbol(l.variable)
    let body = block(l.body)
    let rt = self.rt
    let genericBody = l.genericBody
    let place = l.variable.place
    let range = l.range
    /// The iterations from `from` on, run by the generic engine.
    func rest(_ from: Int, _ remaining: Int, _ step: Int) -> ExecRef {
      ExecRef { (f) throws(PyError) -> Flow in
        var i = from
        for _ in 0..<remaining {
          do throws(PyError) { try rt.tick() } catch { throw error.located(range) }
          place.pointer(f).pointee = .int(i)
          let r = try genericBody(f)
          if r != .normal && r != .continueLoop { return r == .breakLoop ? .normal : r }
          i &+= step
        }
        return .normal
      }
    }
    return { (c, start, count, step) throws(NumericHandBack) in
      var i = start
      var k = 0
      while k < count {
        if rt.interrupt.isRaised || rt.finalizers.waiting {
          throw NumericHandBack(rest: [rest(i, count - k, step)])
        }
        rt.ticks &+= 1
        if rt.ticks & Runtime.tickMask == 0 { rt.host.poll() }
        c.registers[v] = NumericRegister(bits: UInt64(bitPattern: Int64(i)), numpy: false, bound: true)
        do throws(NumericHandBack) { try body(c) } catch {
          var h = error
          if count - k > 1 { h.rest.append(rest(i &+ step, count - k - 1, step)) }
          throw h
        }
        i &+= step
        k += 1
      }
    }
  }
}
