import BigInt

extension Runtime {
  /// `a op b` for the six rich comparisons, as a value (a user's `__eq__` may return anything).
  func compare(_ op: CompareOperator, _ a: Value, _ b: Value) throws(PyError) -> Value {
    if isArray(a) || isArray(b) || isOther(a) || isOther(b), op.method != nil,
      let r = try ComplexArithmetic.compare(op, a, b, rt: self)
    {
      return r
    }
    if isArray(a) || isArray(b), let r = try ArrayArithmetic.compare(op, a, b, rt: self) { return r }
    if let r = try Comparison.numbers(op, a, b) {
      if ComplexArithmetic.numpyComputes(a, b) { return .npBool(r) }
      if case .f64 = a { return .npBool(r) }
      if case .f64 = b { return .npBool(r) }
      if case .i64 = a { return .npBool(r) }
      if case .i64 = b { return .npBool(r) }
      if case .npBool = a { return .npBool(r) }
      return .bool(r)
    }
    switch op {
    case .in: return .bool(try contains(b, a))
    case .notIn: return .bool(!(try contains(b, a)))
    case .is: return .bool(a.isIdentical(to: b))
    case .isNot: return .bool(!a.isIdentical(to: b))
    default: break
    }
    if let r = try builtinCompare(op, a, b) { return .bool(r) }
    return try richCompare(op, a, b)
  }

  /// The comparison's truth, as `if a < b:` uses it.
  func compareBool(_ op: CompareOperator, _ a: Value, _ b: Value) throws(PyError) -> Bool {
    if isArray(a) || isArray(b) || isOther(a) || isOther(b), op.method != nil {
      return try truthy(try compare(op, a, b))
    }
    if let r = try Comparison.numbers(op, a, b) { return r }
    switch op {
    case .in: return try contains(b, a)
    case .notIn: return !(try contains(b, a))
    case .is: return a.isIdentical(to: b)
    case .isNot: return !a.isIdentical(to: b)
    default: break
    }
    if let r = try builtinCompare(op, a, b) { return r }
    return try truthy(try richCompare(op, a, b))
  }

  /// `a == b` as containers use it (identity first).
  func equals(_ a: Value, _ b: Value) throws(PyError) -> Bool {
    if a.isIdentical(to: b) { return true }
    // Dict lookups and tuple comparisons land here for every key: ints and strings without the dispatch. Each
    // side is matched on its own: matching the pair as a tuple copied both into it, retaining their objects.
    if case .int(let x) = a, case .int(let y) = b { return x == y }
    if case .object(let x) = a, case .object(let y) = b {
      if x.tag == .str && y.tag == .str {
        return PyStr.equal(unsafeDowncast(x, to: PyStr.self).value, unsafeDowncast(y, to: PyStr.self).value)
      }
      if x.tag == .tuple && y.tag == .tuple { return try equalTuples(x, y) }
    }
    return try compareBool(.eq, a, b)
  }

  /// Item-by-item `==` of two tuples, read where they hold their items (a tuple's items never change, and the
  /// caller keeps both alive): a str or int item is compared without being copied out.
  @inline(__always) private func equalTuples(_ x: PyObject, _ y: PyObject) throws(PyError) -> Bool {
    guard let p = ItemsPeek.items(x), let q = ItemsPeek.items(y), let pb = p.baseAddress, let qb = q.baseAddress
    else {
      let p = unsafeDowncast(x, to: PyTuple.self).items
      let q = unsafeDowncast(y, to: PyTuple.self).items
      guard p.count == q.count else { return false }
      for k in p.indices where !(try equals(p[k], q[k])) { return false }
      return true
    }
    guard p.count == q.count else { return false }
    let objectTag = SlotPeek.objectTag
    for k in 0..<p.count {
      if case .int(let i) = pb[k], case .int(let j) = qb[k] {
        if i != j { return false }
        continue
      }
      if let u = SlotPeek.object(pb + k, tag: objectTag), let v = SlotPeek.object(qb + k, tag: objectTag) {
        let same = u._withUnsafeGuaranteedRef { a in
          v._withUnsafeGuaranteedRef { b -> Bool? in
            if a === b { return true }
            guard a.tag == .str, b.tag == .str else { return nil }
            return PyStr.equal(unsafeDowncast(a, to: PyStr.self).value, unsafeDowncast(b, to: PyStr.self).value)
          }
        }
        if let same {
          if !same { return false }
          continue
        }
      }
      if !(try equals(pb[k], qb[k])) { return false }
    }
    return true
  }

  /// `a < b` as `sorted` uses it.
  func less(_ a: Value, _ b: Value) throws(PyError) -> Bool {
    try compareBool(.lt, a, b)
  }

  private func builtinCompare(_ op: CompareOperator, _ a: Value, _ b: Value) throws(PyError) -> Bool? {
    switch (a, b) {
    case (.none, .none):
      if op == .eq { return true }
      if op == .ne { return false }
      return nil
    case (.object(let x), .object(let y)) where x.tag == y.tag || (isSetTag(x.tag) && isSetTag(y.tag)):
      switch x.tag {
      case .str:
        let p = unsafeDowncast(x, to: PyStr.self).value
        let q = unsafeDowncast(y, to: PyStr.self).value
        switch op {
        case .eq: return PyStr.equal(p, q)
        case .ne: return !PyStr.equal(p, q)
        case .lt: return PyStr.less(p, q)
        case .le: return !PyStr.less(q, p)
        case .gt: return PyStr.less(q, p)
        case .ge: return !PyStr.less(p, q)
        default: return nil
        }
      case .list:
        return try compareSequences(
          op, unsafeDowncast(x, to: PyList.self).items, unsafeDowncast(y, to: PyList.self).items)
      case .tuple:
        return try compareSequences(
          op, unsafeDowncast(x, to: PyTuple.self).items, unsafeDowncast(y, to: PyTuple.self).items)
      case .dict:
        guard op == .eq || op == .ne else { return nil }
        let eq = try dictsEqual(unsafeDowncast(x, to: PyDict.self), unsafeDowncast(y, to: PyDict.self))
        return op == .eq ? eq : !eq
      case .set, .frozenset:
        return try SetMethods.compare(
          op, unsafeDowncast(x, to: PySet.self), unsafeDowncast(y, to: PySet.self), rt: self)
      case .range:
        guard op == .eq || op == .ne else { return nil }
        let p = unsafeDowncast(x, to: PyRange.self)
        let q = unsafeDowncast(y, to: PyRange.self)
        let eq =
          p.count == q.count && (p.count == 0 || (p.start == q.start && (p.count == 1 || p.step == q.step)))
        return op == .eq ? eq : !eq
      case .bytes:
        let p = unsafeDowncast(x, to: PyBytes.self).bytes
        let q = unsafeDowncast(y, to: PyBytes.self).bytes
        switch op {
        case .eq: return p == q
        case .ne: return p != q
        case .lt: return p.lexicographicallyPrecedes(q)
        case .gt: return q.lexicographicallyPrecedes(p)
        case .le: return !q.lexicographicallyPrecedes(p)
        case .ge: return !p.lexicographicallyPrecedes(q)
        default: return nil
        }
      case .type, .function, .builtin, .module, .cell, .iterator, .generator, .slice, .property:
        if op == .eq { return x === y }
        if op == .ne { return x !== y }
        return nil
      default: return nil
      }
    default: return nil
    }
  }

  private func isSetTag(_ t: ObjectTag) -> Bool { t == .set || t == .frozenset }

  private func compareSequences(_ op: CompareOperator, _ p: [Value], _ q: [Value]) throws(PyError) -> Bool {
    var k = 0
    while k < p.count && k < q.count {
      if !(try equals(p[k], q[k])) { break }
      k += 1
    }
    if k >= p.count || k >= q.count {
      switch op {
      case .eq: return p.count == q.count
      case .ne: return p.count != q.count
      case .lt: return p.count < q.count
      case .le: return p.count <= q.count
      case .gt: return p.count > q.count
      case .ge: return p.count >= q.count
      default: return false
      }
    }
    if op == .eq { return false }
    if op == .ne { return true }
    return try compareBool(op, p[k], q[k])
  }

  private func dictsEqual(_ a: PyDict, _ b: PyDict) throws(PyError) -> Bool {
    guard a.count == b.count else { return false }
    for (k, v) in a.items {
      guard let w = try b.get(k, rt: self) else { return false }
      if !(try equals(v, w)) { return false }
    }
    return true
  }

  /// `__eq__`/`__lt__`… on the left, the swapped operator on the right; `==` falls back to identity.
  private func richCompare(_ op: CompareOperator, _ a: Value, _ b: Value) throws(PyError) -> Value {
    guard let method = op.method else { return .bool(false) }
    let ta = typeOf(a)
    let tb = typeOf(b)
    let swapped = op.swapped.method ?? method
    var triedRight = false
    if ta !== tb, tb.isSubtype(of: ta), let m = tb.lookup(swapped), isUserMethod(m) {
      triedRight = true
      let r = try call(m, b, a)
      if !r.isNotImplemented(self) { return r }
    }
    if let m = ta.lookup(method), isUserMethod(m) {
      let r = try call(m, a, b)
      if !r.isNotImplemented(self) { return r }
    } else if op == .ne, let m = ta.lookup("__eq__"), isUserMethod(m) {
      let r = try call(m, a, b)
      if !r.isNotImplemented(self) { return .bool(!(try truthy(r))) }
    }
    if !triedRight, let m = tb.lookup(swapped), isUserMethod(m) {
      let r = try call(m, b, a)
      if !r.isNotImplemented(self) { return r }
    }
    switch op {
    case .eq: return .bool(a.isIdentical(to: b))
    case .ne: return .bool(!a.isIdentical(to: b))
    default:
      throw PyError(
        "TypeError", "'\(op.symbol)' not supported between instances of '\(typeName(a))' and '\(typeName(b))'")
    }
  }

  /// A method written in Python (or an ndarray's operator), as opposed to `object`'s defaults.
  private func isUserMethod(_ m: Value) -> Bool {
    if case .object(let o) = m { return o.tag == .function || o.tag == .builtin }
    return false
  }

  /// `item in container`.
  func contains(_ container: Value, _ item: Value) throws(PyError) -> Bool {
    if case .object(let o) = container {
      switch o.tag {
      case .list:
        for x in unsafeDowncast(o, to: PyList.self).items where try equals(x, item) { return true }
        return false
      case .tuple:
        for x in unsafeDowncast(o, to: PyTuple.self).items where try equals(x, item) { return true }
        return false
      case .str:
        guard case .object(let i) = item, i.tag == .str else {
          throw PyError("TypeError", "'in <string>' requires string as left operand, not \(typeName(item))")
        }
        let needle = unsafeDowncast(i, to: PyStr.self).value
        if needle.isEmpty { return true }
        return StrMethods.find(unsafeDowncast(o, to: PyStr.self).value, needle) != nil
      case .dict: return try unsafeDowncast(o, to: PyDict.self).get(item, rt: self) != nil
      case .set, .frozenset: return try unsafeDowncast(o, to: PySet.self).contains(item, rt: self)
      case .range:
        let r = unsafeDowncast(o, to: PyRange.self)
        guard case .int(let n) = item else { break }
        if r.step > 0 ? (n < r.start || n >= r.stop) : (n > r.start || n <= r.stop) { return false }
        return (n - r.start) % r.step == 0
      default:
        if let m = o.type.lookup("__contains__") { return try truthy(try call(m, container, item)) }
      }
    }
    let it = try iterate(container)
    while let x = try it.next(self) {
      if try equals(x, item) { return true }
    }
    return false
  }
}

/// Comparisons between numbers: ints and floats compare exactly, as in Python.
enum Comparison {
  @inline(__always) static func numbers(_ op: CompareOperator, _ a: Value, _ b: Value) throws(PyError) -> Bool? {
    switch (a, b) {
    case (.int(let i), .int(let j)), (.i64(let i), .i64(let j)), (.int(let i), .i64(let j)), (.i64(let i), .int(let j)):
      return ints(op, i, j)
    case (.float(let x), .float(let y)), (.f64(let x), .f64(let y)), (.float(let x), .f64(let y)),
      (.f64(let x), .float(let y)):
      return doubles(op, x, y)
    default: break
    }
    guard op.method != nil, let x = Numbers.kind(a), let y = Numbers.kind(b) else { return nil }
    switch (x, y) {
    case (.complex, _), (_, .complex):
      let p = try Complex.parts(x)
      let q = try Complex.parts(y)
      guard op == .eq || op == .ne else {
        // NumPy orders its complex scalars; Python's `complex` has no order.
        return ComplexArithmetic.numpyComputes(a, b) ? ComplexArithmetic.ordered(op, p, q) : nil
      }
      let eq = p.re == q.re && p.im == q.im
      return op == .eq ? eq : !eq
    case (.float(let d), _), (.npFloat(let d), _):
      return try mixed(op, d, y, flipped: false)
    case (_, .float(let d)), (_, .npFloat(let d)):
      return try mixed(op, d, x, flipped: true)
    default:
      guard let p = Numbers.big(x), let q = Numbers.big(y) else { return nil }
      switch op {
      case .lt: return p < q
      case .le: return p <= q
      case .eq: return p == q
      case .ne: return p != q
      case .gt: return p > q
      case .ge: return p >= q
      default: return nil
      }
    }
  }

  @inline(__always) static func ints(_ op: CompareOperator, _ i: Int, _ j: Int) -> Bool? {
    switch op {
    case .lt: i < j
    case .le: i <= j
    case .eq: i == j
    case .ne: i != j
    case .gt: i > j
    case .ge: i >= j
    default: nil
    }
  }

  @inline(__always) static func doubles(_ op: CompareOperator, _ x: Double, _ y: Double) -> Bool? {
    switch op {
    case .lt: x < y
    case .le: x <= y
    case .eq: x == y
    case .ne: x != y
    case .gt: x > y
    case .ge: x >= y
    default: nil
    }
  }

  /// A float against an integer, exactly (`2**53 + 1 != float(2**53 + 1)`).
  static func mixed(_ op: CompareOperator, _ d: Double, _ k: Numbers.Kind, flipped: Bool) throws(PyError) -> Bool? {
    let other: Double
    var exact = true
    switch k {
    case .float(let x), .npFloat(let x): other = x
    case .int(let i), .npInt(let i):
      other = Double(i)
      exact = i.magnitude <= 1 << 53
    case .npBool(let b): other = b ? 1 : 0
    case .big(let b):
      other = Double(b)
      exact = false
    case .complex: return nil
    }
    if exact || !d.isFinite {
      return flipped ? doubles(op, other, d) : doubles(op, d, other)
    }
    // Compare as integers: the float's floor, and whether it had a fraction.
    guard let big = Numbers.big(k) else { return nil }
    let fl = BigInt(d.rounded(.down))
    let hasFraction = d != d.rounded(.down)
    // sign(d - big): compare fl with big, then the fraction breaks ties upward.
    let c: Int = fl < big ? -1 : (fl > big ? 1 : (hasFraction ? 1 : 0))
    let s = flipped ? -c : c
    switch op {
    case .lt: return s < 0
    case .le: return s <= 0
    case .eq: return s == 0
    case .ne: return s != 0
    case .gt: return s > 0
    case .ge: return s >= 0
    default: return nil
    }
  }
}
