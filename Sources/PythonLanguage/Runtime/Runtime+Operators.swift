import BigInt
import TensorModule

extension Runtime {
  /// `a op b`: numbers, then built-in sequences and sets, then `__op__` / `__rop__` as Python tries them.
  func binary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(PyError) -> Value {
    // An instance's operator methods come first, and those of a class made from a named tuple (`Vec.__add__`).
    // So are a poly1d's, which an array on the right would otherwise take as its coefficients.
    if case .object(let o) = a,
      o.tag == .instance || (o.tag == .tuple && o.type !== BuiltinTypes.tuple) || (o.tag == .other && o is Poly1D),
      let r = try dunderBinary(op, a, b)
    {
      return r
    }
    if isArray(a) || isArray(b) {
      if let r = ArrayArithmetic.direct(op, a, b) { return r }
      if let r = try ComplexArithmetic.binary(op, a, b, rt: self) { return r }
      if !isInstanceValue(a), !isInstanceValue(b), let r = try ArrayArithmetic.binary(op, a, b, rt: self) {
        return r
      }
    }
    if let r = try Numbers.binary(op, a, b) { return r }
    if isOther(a) || isOther(b), let r = try ComplexArithmetic.binary(op, a, b, rt: self) { return r }
    if let r = try builtinBinary(op, a, b) { return r }
    if let r = try dunderBinary(op, a, b) { return r }
    throw Numbers.unsupported(op, typeName(a), typeName(b))
  }

  /// `a op= b`: `__iop__` (lists extend in place), else the binary operator.
  func inPlace(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(PyError) -> Value {
    if case .object(let o) = a {
      switch o.tag {
      case .ndarray:
        if let r = try ArrayArithmetic.inPlace(op, unsafeDowncast(o, to: NDArray.self), b, rt: self) { return r }
      case .list where op == .add:
        let list = unsafeDowncast(o, to: PyList.self)
        list.items += try collect(b)
        return a
      case .list where op == .mul:
        let list = unsafeDowncast(o, to: PyList.self)
        guard let n = repeatCount(b) else { break }
        try reserveItems(list.items.count, times: n)
        list.items = Sequences.repeated(list.items, n)
        return a
      case .set where [.bitor, .bitand, .sub, .bitxor].contains(op):
        guard case .object(let ob) = b, ob.tag == .set || ob.tag == .frozenset else { break }
        let s = unsafeDowncast(o, to: PySet.self)
        let other = unsafeDowncast(ob, to: PySet.self)
        try SetMethods.updateInPlace(s, op, other, rt: self)
        return a
      case .dict where op == .bitor:
        try mergeMapping(into: unsafeDowncast(o, to: PyDict.self), b)
        return a
      case .other where o is NDComplexArray:
        return try ComplexArithmetic.inPlace(op, unsafeDowncast(o, to: NDComplexArray.self), b, rt: self)
      case .instance, .ndarray:
        if let m = o.type.lookup(op.inPlace) {
          let r = try call(m, a, b)
          if !r.isNotImplemented(self) { return r }
        }
      default: break
      }
    }
    do throws(PyError) { return try binary(op, a, b) } catch {
      // No rule took the operands: the message names the augmented operator, as CPython's does.
      let plain = Numbers.unsupported(op, typeName(a), typeName(b))
      guard error.kind == plain.kind, error.message == plain.message, error.exception == nil else { throw error }
      throw Numbers.unsupported(op, typeName(a), typeName(b), inPlace: true)
    }
  }

  func repeatCount(_ v: Value) -> Int? {
    switch v {
    case .int(let n), .i64(let n): max(0, n)
    case .bool(let b): b ? 1 : 0
    default: nil
    }
  }

  /// A set of the items of a dict's keys or items view (which are set-like), or nil for anything else.
  private func setOfView(_ v: Value) throws(PyError) -> PySet? {
    guard case .object(let o) = v, let view = o as? PyDictView, view.part != .values else { return nil }
    let s = PySet()
    try forEach(v) { (x) throws(PyError) in
      try s.add(x, rt: self)
      return true
    }
    return s
  }

  /// `d.keys() & other`, `other | d.items()`…: views of keys and items combine as sets with any iterable.
  private func viewBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(PyError) -> Value? {
    guard [.bitand, .bitor, .sub, .bitxor].contains(op) else { return nil }
    let left = try setOfView(a)
    let right = try setOfView(b)
    guard left != nil || right != nil else { return nil }
    func asSet(_ v: Value, _ view: PySet?) throws(PyError) -> PySet? {
      if let view { return view }
      if case .object(let o) = v, o.tag == .set || o.tag == .frozenset { return unsafeDowncast(o, to: PySet.self) }
      guard isIterable(v) else { return nil }
      let s = PySet()
      try forEach(v) { (x) throws(PyError) in
        try s.add(x, rt: self)
        return true
      }
      return s
    }
    guard let x = try asSet(a, left), let y = try asSet(b, right),
      let r = try SetMethods.binary(op, x, y, rt: self)
    else { return nil }
    // The result is a set, even when an operand was a frozenset.
    if case .object(let o) = r, o.tag == .frozenset {
      let s = PySet()
      for item in try collect(r) { try s.add(item, rt: self) }
      return .object(s)
    }
    return r
  }

  private func builtinBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(PyError) -> Value? {
    if let r = try viewBinary(op, a, b) { return r }
    guard case .object(let x) = a else {
      if op == .mul, let n = repeatCount(a), case .object(let y) = b { return try repeatSequence(y, n) }
      return nil
    }
    switch (x.tag, op) {
    case (.str, .add):
      guard case .object(let y) = b, y.tag == .str else {
        if case .object(let y) = b, y.type.lookup("__radd__") != nil { return nil }
        throw PyError("TypeError", "can only concatenate str (not \"\(typeName(b))\") to str")
      }
      return .str(unsafeDowncast(x, to: PyStr.self).value + unsafeDowncast(y, to: PyStr.self).value)
    case (.str, .mod):
      return .str(try PercentFormat.format(unsafeDowncast(x, to: PyStr.self), b, rt: self))
    case (.list, .add):
      guard case .object(let y) = b, y.tag == .list else {
        throw PyError("TypeError", "can only concatenate list (not \"\(typeName(b))\") to list")
      }
      return .list(.joined(unsafeDowncast(x, to: PyList.self).items, unsafeDowncast(y, to: PyList.self).items))
    case (.tuple, .add):
      guard case .object(let y) = b, y.tag == .tuple else {
        throw PyError("TypeError", "can only concatenate tuple (not \"\(typeName(b))\") to tuple")
      }
      return .tuple(.joined(unsafeDowncast(x, to: PyTuple.self).items, unsafeDowncast(y, to: PyTuple.self).items))
    case (.str, .mul), (.list, .mul), (.tuple, .mul), (.bytes, .mul):
      guard let n = repeatCount(b) else {
        if case .object(let y) = b, y.type.lookup("__rmul__") != nil { return nil }
        throw PyError("TypeError", "can't multiply sequence by non-int of type '\(typeName(b))'")
      }
      return try repeatSequence(x, n)
    case (.set, _), (.frozenset, _):
      guard case .object(let y) = b, y.tag == .set || y.tag == .frozenset else { return nil }
      return try SetMethods.binary(op, unsafeDowncast(x, to: PySet.self), unsafeDowncast(y, to: PySet.self), rt: self)
    case (.bytes, .add):
      guard case .object(let y) = b, y.tag == .bytes else {
        throw PyError("TypeError", "can't concat \(typeName(b)) to bytes")
      }
      return .object(PyBytes(unsafeDowncast(x, to: PyBytes.self).bytes + unsafeDowncast(y, to: PyBytes.self).bytes))
    case (.dict, .bitor):
      // Counter's `|` is its own (the larger count), found as a method.
      guard case .object(let y) = b, y.tag == .dict, unsafeDowncast(x, to: PyDict.self).dictType.own("__or__") == nil
      else { return nil }
      let d = unsafeDowncast(x, to: PyDict.self).copy()
      try mergeMapping(into: d, b)
      return .object(d)
    default:
      return nil
    }
  }

  private func repeatSequence(_ x: PyObject, _ n: Int) throws(PyError) -> Value? {
    switch x.tag {
    case .str: try reserveItems(unsafeDowncast(x, to: PyStr.self).value.utf8.count, times: n, itemSize: 1)
    case .list: try reserveItems(unsafeDowncast(x, to: PyList.self).items.count, times: n)
    case .tuple: try reserveItems(unsafeDowncast(x, to: PyTuple.self).items.count, times: n)
    case .bytes: try reserveItems(unsafeDowncast(x, to: PyBytes.self).bytes.count, times: n, itemSize: 1)
    default: break
    }
    switch x.tag {
    case .str:
      let s = unsafeDowncast(x, to: PyStr.self).value
      if s.utf8.count.multipliedReportingOverflow(by: n).overflow { throw PyError("MemoryError", "") }
      return .str(String(repeating: s, count: n))
    case .list:
      let items = unsafeDowncast(x, to: PyList.self).items
      if items.count.multipliedReportingOverflow(by: n).overflow { throw PyError("MemoryError", "") }
      return .list(Sequences.repeated(items, n))
    case .tuple:
      let items = unsafeDowncast(x, to: PyTuple.self).items
      if items.count.multipliedReportingOverflow(by: n).overflow { throw PyError("MemoryError", "") }
      return .tuple(Sequences.repeated(items, n))
    case .bytes:
      let bytes = unsafeDowncast(x, to: PyBytes.self).bytes
      if bytes.count.multipliedReportingOverflow(by: n).overflow { throw PyError("MemoryError", "") }
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count * Swift.max(n, 0))
      for _ in 0..<Swift.max(n, 0) { out += bytes }
      return .object(PyBytes(out))
    default: return nil
    }
  }

  /// `__op__` on the left, `__rop__` on the right (first when the right's class is a subclass overriding it).
  private func dunderBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(PyError) -> Value? {
    let ta = typeOf(a)
    let tb = typeOf(b)
    let left = ta.operatorMethod(op, reflected: false)
    let right = ta === tb ? nil : tb.operatorMethod(op, reflected: true)
    if let right, tb.isSubtype(of: ta), tb.definingClass(op.reflected) !== ta.definingClass(op.reflected) {
      let r = try call(right, b, a)
      if !r.isNotImplemented(self) { return r }
      if let left {
        let r2 = try call(left, a, b)
        if !r2.isNotImplemented(self) { return r2 }
      }
      return nil
    }
    if let left {
      let r = try call(left, a, b)
      if !r.isNotImplemented(self) { return r }
    }
    if let right {
      let r = try call(right, b, a)
      if !r.isNotImplemented(self) { return r }
    }
    return nil
  }

  /// `-a`, `+a`, `~a`, `not a`.
  func unary(_ op: UnaryOperator, _ a: Value) throws(PyError) -> Value {
    switch (op, a) {
    case (.not, _): return .bool(!(try truthy(a)))
    case (.neg, .int(let i)): return i == .min ? PyBigInt.make(-BigInt(i)) : .int(-i)
    case (.neg, .bool(let b)): return .int(b ? -1 : 0)
    case (.neg, .float(let d)): return .float(-d)
    case (.neg, .f64(let d)): return .f64(-d)
    case (.neg, .i64(let i)): return .i64(0 &- i)
    case (.pos, .int), (.pos, .float), (.pos, .f64), (.pos, .i64): return a
    case (.pos, .bool(let b)): return .int(b ? 1 : 0)
    case (.invert, .int(let i)): return .int(~i)
    case (.invert, .bool(let b)): return .int(b ? -2 : -1)
    case (.invert, .i64(let i)): return .i64(~i)
    case (.invert, .npBool(let b)): return .npBool(!b)
    default: break
    }
    if case .object(let o) = a {
      switch o.tag {
      case .bigInt:
        let v = unsafeDowncast(o, to: PyBigInt.self).value
        switch op {
        case .neg: return PyBigInt.make(-v)
        case .pos: return a
        case .invert: return PyBigInt.make(-v - 1)
        case .not: break
        }
      case .complex:
        let c = unsafeDowncast(o, to: PyComplex.self)
        if op == .neg { return .object(PyComplex(-c.real, -c.imag, numpy: c.isNumPy)) }
        if op == .pos { return a }
      case .ndarray:
        return try ArrayArithmetic.unary(op, unsafeDowncast(o, to: NDArray.self))
      case .other where o is NDComplexArray:
        return try ComplexArithmetic.unary(op, unsafeDowncast(o, to: NDComplexArray.self), rt: self)
      default:
        if let m = o.type.lookup(op.method) { return try call(m, a) }
      }
    }
    let name =
      switch op {
      case .neg: "unary -"
      case .pos: "unary +"
      case .invert: "unary ~"
      case .not: "not"
      }
    throw PyError("TypeError", "bad operand type for \(name): '\(typeName(a))'")
  }
}

extension Runtime {
  @inline(__always) func isArray(_ v: Value) -> Bool {
    if case .object(let o) = v { return o.tag == .ndarray }
    return false
  }

  /// An object of a class without a tag of its own (complex arrays among them).
  @inline(__always) func isOther(_ v: Value) -> Bool {
    if case .object(let o) = v { return o.tag == .other }
    return false
  }

  @inline(__always) func isInstanceValue(_ v: Value) -> Bool {
    if case .object(let o) = v { return o.tag == .instance }
    return false
  }

  /// The memory gate for Python containers: `[0] * 10**18` is `MemoryError`, not a crashed kernel.
  func reserveItems(_ count: Int, times n: Int = 1, itemSize: Int = MemoryLayout<Value>.stride) throws(PyError) {
    let (total, overflow) = count.multipliedReportingOverflow(by: max(n, 0))
    if overflow { throw PyError("MemoryError", "") }
    do throws(TensorError) { try MemoryBudget.reserve(count: total, itemSize: itemSize, dtype: "object") } catch {
      throw PyError("MemoryError", "")
    }
  }
}

extension Value {
  func isNotImplemented(_ rt: Runtime) -> Bool {
    if case .object(let o) = self, o === rt.notImplemented.object { return true }
    return false
  }
}

/// Helpers shared by sequence types.
enum Sequences {
  static func repeated(_ items: [Value], _ n: Int) -> [Value] {
    guard n > 0, let first = items.first else { return [] }
    if items.count == 1 { return .filled(with: first, count: n) }
    var out: [Value] = []
    out.reserveCapacity(items.count * n)
    for _ in 0..<n { out += items }
    return out
  }
}
