import TensorModule

/// An operand a numeric expression reads without calling a closure: a register, a constant, or an
/// element of a tensor at positions held in registers (`A[i, k]`).
///
/// Each kind is its own type, so the closure made for `A[i, k] * B[k, j]` is specialised for two
/// element reads and does no dispatch at run time.
protocol LoopOperand {
  func load(_ m: LoopMachine) throws(TesselError) -> Double
}

struct LoopRegister: LoopOperand {
  var k: Int
  @inline(__always) func load(_ m: LoopMachine) throws(TesselError) -> Double { m.registers[k] }
}

struct LoopConstant: LoopOperand {
  var c: Double
  @inline(__always) func load(_ m: LoopMachine) throws(TesselError) -> Double { c }
}

/// `x[i]`, `i` a loop counter: the tensor, the counter, where errors point.
///
/// A class, so a closure captures one reference rather than the whole record.
final class LoopElement1: LoopOperand {
  let t: Int
  let p: Int
  let r: SourceRange
  init(t: Int, p: Int, r: SourceRange) { (self.t, self.p, self.r) = (t, p, r) }
  @inline(__always) func load(_ m: LoopMachine) throws(TesselError) -> Double {
    let x = m.counters[p]
    guard let i = NumericLoop.position(x, m.dims[2 * t]) else { throw NumericLoop.indexError(m, t, [Double(x)], r) }
    return m.bases[t][i]
  }
}

/// `A[i, j]`, `i` and `j` loop counters.
final class LoopElement2: LoopOperand {
  let t: Int
  let p: Int
  let q: Int
  let r: SourceRange
  init(t: Int, p: Int, q: Int, r: SourceRange) { (self.t, self.p, self.q, self.r) = (t, p, q, r) }
  @inline(__always) func load(_ m: LoopMachine) throws(TesselError) -> Double {
    let (x, y) = (m.counters[p], m.counters[q])
    let cols = m.dims[2 * t + 1]
    guard let i = NumericLoop.position(x, m.dims[2 * t]), let j = NumericLoop.position(y, cols) else {
      throw NumericLoop.indexError(m, t, [Double(x), Double(y)], r)
    }
    return m.bases[t][i &* cols &+ j]
  }
}

/// The operand kinds, for choosing a specialisation when compiling.
enum LoopLeaf {
  case register(LoopRegister)
  case constant(LoopConstant)
  case element1(LoopElement1)
  case element2(LoopElement2)
}

/// A binary arithmetic operator as a type, so each gets its own specialised closures.
protocol LoopOperator {
  static func apply(_ x: Double, _ y: Double) -> Double
}

enum LoopAdd: LoopOperator {
  @inline(__always) static func apply(_ x: Double, _ y: Double) -> Double { x + y }
}

enum LoopSubtract: LoopOperator {
  @inline(__always) static func apply(_ x: Double, _ y: Double) -> Double { x - y }
}

enum LoopMultiply: LoopOperator {
  @inline(__always) static func apply(_ x: Double, _ y: Double) -> Double { x * y }
}

/// The left operand alone, for a one-operand expression in a two-operand form.
enum LoopFirst: LoopOperator {
  @inline(__always) static func apply(_ x: Double, _ y: Double) -> Double { x }
}

enum LoopDivide: LoopOperator {
  @inline(__always) static func apply(_ x: Double, _ y: Double) -> Double { x / y }
}

extension NumericLoop {
  /// The expression as an operand read in place, when it is one.
  func leaf(_ e: Expr) throws(Ineligible) -> LoopLeaf? {
    switch e {
    case .number(let d, _):
      return .constant(LoopConstant(c: d))
    case .name(let n, _):
      return .register(LoopRegister(k: read(n)))
    case .index(.name(let n, _), let subs, let r):
      var registers: [Int] = []
      for sub in subs {
        guard case .single(.name(let i, _)) = sub, counters.contains(i) else { return nil }
        registers.append(read(i))
      }
      switch registers.count {
      case 1:
        // As the general path does, a bad single index is pointed at itself.
        guard case .single(let e) = subs[0] else { return nil }
        return .element1(LoopElement1(t: try tensor(n, rank: 1, writing: false), p: registers[0], r: e.range))
      case 2:
        let t = try tensor(n, rank: 2, writing: false)
        return .element2(LoopElement2(t: t, p: registers[0], q: registers[1], r: r))
      default: throw Ineligible()
      }
    default:
      return nil
    }
  }

  /// A closure reading one operand.
  static func closure(_ a: some LoopOperand) -> Number {
    { m throws(TesselError) in try a.load(m) }
  }

  static func closure(_ l: LoopLeaf) -> Number {
    switch l {
    case .register(let a): closure(a)
    case .constant(let a): closure(a)
    case .element1(let a): closure(a)
    case .element2(let a): closure(a)
    }
  }

  func number(_ e: Expr) throws(Ineligible) -> Number {
    if let l = try leaf(e) { return Self.closure(l) }
    switch e {
    case .unary("-", let x, _):
      let a = try number(x)
      return { m throws(TesselError) in -(try a(m)) }
    case .unary("+", let x, _):
      return try number(x)
    case .binary(let op, let x, let y, _):
      guard let scalar = ScalarOperator(rawValue: op) else { throw Ineligible() }
      switch scalar {
      case .add: return try binary(LoopAdd.self, x, y)
      case .subtract: return try binary(LoopSubtract.self, x, y)
      case .multiply: return try binary(LoopMultiply.self, x, y)
      case .divide: return try binary(LoopDivide.self, x, y)
      case .power:
        if case .number(2, _) = y {
          let a = try number(x)
          return { m throws(TesselError) in
            let v = try a(m)
            return v * v
          }
        }
        fallthrough
      default:
        let (a, b) = (try number(x), try number(y))
        return { m throws(TesselError) in scalar.apply(try a(m), try b(m)) }
      }
    case .index(.name(let n, _), let subs, let r):
      // As the general path does, a bad single index is pointed at itself.
      let at = try element(n, subs, subs.count == 1 ? nil : r, writing: false)
      let (t, offset) = (at.tensor, at.offset)
      return { m throws(TesselError) in m.bases[t][try offset(m)] }
    default:
      throw Ineligible()
    }
  }

  /// `x op y`, with operands that are leaves read in place: `A[i, k] * B[k, j]` is one closure.
  func binary<O: LoopOperator>(_: O.Type, _ x: Expr, _ y: Expr) throws(Ineligible) -> Number {
    switch (try leaf(x), try leaf(y)) {
    case (let a?, let b?):
      switch a {
      case .register(let a): return Self.binary(O.self, a, b)
      case .constant(let a): return Self.binary(O.self, a, b)
      case .element1(let a): return Self.binary(O.self, a, b)
      case .element2(let a): return Self.binary(O.self, a, b)
      }
    case (let a?, nil):
      let (a, b) = (Self.closure(a), try number(y))
      return { m throws(TesselError) in O.apply(try a(m), try b(m)) }
    case (nil, let b?):
      let (a, b) = (try number(x), Self.closure(b))
      return { m throws(TesselError) in O.apply(try a(m), try b(m)) }
    default:
      let (a, b) = (try number(x), try number(y))
      return { m throws(TesselError) in O.apply(try a(m), try b(m)) }
    }
  }

  static func binary<O: LoopOperator, A: LoopOperand>(_: O.Type, _ a: A, _ b: LoopLeaf) -> Number {
    switch b {
    case .register(let b): binary(O.self, a, b)
    case .constant(let b): binary(O.self, a, b)
    case .element1(let b): binary(O.self, a, b)
    case .element2(let b): binary(O.self, a, b)
    }
  }

  static func binary<O: LoopOperator, A: LoopOperand, B: LoopOperand>(_: O.Type, _ a: A, _ b: B) -> Number {
    { m throws(TesselError) in O.apply(try a.load(m), try b.load(m)) }
  }

  /// Where `name[subs]` is, for any index expressions: the tensor and a closure computing the flat
  /// offset, or throwing the general path's IndexError at `r` (nil: at the index itself).
  func element(_ name: String, _ subs: [Subscript], _ r: SourceRange?, writing: Bool) throws(Ineligible) -> Element {
    guard case .single(let e0) = subs[0] else { throw Ineligible() }
    let i0 = try number(e0)
    if subs.count == 1 {
      let t = try tensor(name, rank: 1, writing: writing)
      let r0 = r ?? e0.range
      return Element(tensor: t) { m throws(TesselError) in
        let x = try i0(m)
        if let i = NumericLoop.position(x, m.dims[2 * t]) { return i }
        throw NumericLoop.indexError(m, t, [x], r0)
      }
    }
    guard subs.count == 2, case .single(let e1) = subs[1] else { throw Ineligible() }
    let i1 = try number(e1)
    let t = try tensor(name, rank: 2, writing: writing)
    return Element(tensor: t) { m throws(TesselError) in
      let x = try i0(m)
      let y = try i1(m)
      let cols = m.dims[2 * t + 1]
      if let i = NumericLoop.position(x, m.dims[2 * t]), let j = NumericLoop.position(y, cols) { return i * cols + j }
      throw NumericLoop.indexError(m, t, [x, y], r ?? e0.range)
    }
  }

  /// Where an element is: its tensor and the closure computing its flat offset.
  struct Element {
    var tensor: Int
    var offset: (LoopMachine) throws(TesselError) -> Int
  }
}
