/// The leaves of the numeric tier's expressions, read in place by the closure that uses them: a name's register, a
/// constant, or an element at names-plus-constants indices (`x[i]`, `A[i, k]`, `a[j + 1]`).
///
/// Binary operations and comparisons are generic over their two leaves, so each shape compiles to one closure with its
/// reads inline; anything else is a `step` (a closure call).

/// A leaf whose number compares (an int's or a float's value).
protocol ComparableLeaf {
  associatedtype Number: Comparable
  func number(_ c: NumericContext) throws(NumericHandBack) -> Number
}

protocol IntLeaf: ComparableLeaf where Number == Int {
  func read(_ c: NumericContext) throws(NumericHandBack) -> NumericInt
}

protocol RealLeaf: ComparableLeaf where Number == Double {
  func read(_ c: NumericContext) throws(NumericHandBack) -> NumericReal
}

extension IntLeaf {
  @inline(__always) func number(_ c: NumericContext) throws(NumericHandBack) -> Int { try read(c).value }
}

extension RealLeaf {
  @inline(__always) func number(_ c: NumericContext) throws(NumericHandBack) -> Double { try read(c).value }
}

enum IntOperand: IntLeaf {
  case register(Int)
  case constant(Int)
  case step(IntStep)

  @inline(__always) func read(_ c: NumericContext) throws(NumericHandBack) -> NumericInt {
    switch self {
    case .register(let s): NumericInt(value: Int(Int64(bitPattern: c.registers[s].bits)), numpy: c.registers[s].numpy)
    case .constant(let v): NumericInt(value: v, numpy: false)
    case .step(let x): try x(c)
    }
  }
}

enum RealOperand: RealLeaf {
  case register(Int)
  /// An int-kind name used as a float.
  case intRegister(Int)
  case constant(Double)
  case step(RealStep)

  @inline(__always) func read(_ c: NumericContext) throws(NumericHandBack) -> NumericReal {
    switch self {
    case .register(let s): NumericReal(value: Double(bitPattern: c.registers[s].bits), numpy: c.registers[s].numpy)
    case .intRegister(let s):
      NumericReal(value: Double(Int(Int64(bitPattern: c.registers[s].bits))), numpy: c.registers[s].numpy)
    case .constant(let v): NumericReal(value: v, numpy: false)
    case .step(let x): try x(c)
    }
  }
}

/// An element whose indices are each a name plus a constant (or a constant): its position, computed in place,
/// each index wrapped once if negative and checked against its axis.
struct NumericCell {
  /// The entry in the context's array table.
  let array: Int
  let rank: Int
  /// Per axis: the index register (−1 for a constant index) and what is added to it.
  let registers: (Int, Int, Int)
  let addends: (Int, Int, Int)

  @inline(__always) func position(_ c: NumericContext) throws(NumericHandBack) -> Int {
    @inline(__always) func index(_ r: Int, _ add: Int, _ n: Int) throws(NumericHandBack) -> Int {
      // Wrapping: an index past 64 bits lands out of bounds, and the generic engine raises Python's error.
      let i = (r < 0 ? 0 : Int(Int64(bitPattern: c.registers[r].bits))) &+ add
      let j = i < 0 ? i &+ n : i
      guard UInt(bitPattern: j) < UInt(bitPattern: n) else { throw NumericHandBack() }
      return j
    }
    let a = c.arrays + array
    var p = a.pointee.offset &+ (try index(registers.0, addends.0, a.pointee.shape.0)) &* a.pointee.strides.0
    if rank > 1 { p = p &+ (try index(registers.1, addends.1, a.pointee.shape.1)) &* a.pointee.strides.1 }
    if rank > 2 { p = p &+ (try index(registers.2, addends.2, a.pointee.shape.2)) &* a.pointee.strides.2 }
    return p
  }
}

/// An int64 array's element, or a list's (which must hold an int, else the tier hands back).
struct IntCell: IntLeaf {
  let cell: NumericCell
  let list: Bool

  @inline(__always) func read(_ c: NumericContext) throws(NumericHandBack) -> NumericInt {
    try IntCell.element(c.arrays[cell.array].base, try cell.position(c), list: list)
  }

  /// The int at position `p` of an int64 array's buffer or a list's items.
  @inline(__always) static func element(_ base: UnsafeMutableRawPointer, _ p: Int, list: Bool) throws(NumericHandBack)
    -> NumericInt
  {
    guard list else { return NumericInt(value: base.assumingMemoryBound(to: Int.self)[p], numpy: true) }
    return try item(base.assumingMemoryBound(to: Value.self)[p])
  }

  /// A list item that must be an int.
  @inline(__always) static func item(_ v: Value) throws(NumericHandBack) -> NumericInt {
    switch v {
    case .int(let v): return NumericInt(value: v, numpy: false)
    case .i64(let v): return NumericInt(value: v, numpy: true)
    default: throw NumericHandBack()
    }
  }
}

/// A float64 array's element, or a list's (which must hold a float, else the tier hands back).
struct RealCell: RealLeaf {
  let cell: NumericCell
  let list: Bool

  @inline(__always) func read(_ c: NumericContext) throws(NumericHandBack) -> NumericReal {
    try RealCell.element(c.arrays[cell.array].base, try cell.position(c), list: list)
  }

  /// The float at position `p` of a float64 array's buffer or a list's items.
  @inline(__always) static func element(_ base: UnsafeMutableRawPointer, _ p: Int, list: Bool) throws(NumericHandBack)
    -> NumericReal
  {
    guard list else { return NumericReal(value: base.assumingMemoryBound(to: Double.self)[p], numpy: true) }
    return try item(base.assumingMemoryBound(to: Value.self)[p])
  }

  /// A list item that must be a float.
  @inline(__always) static func item(_ v: Value) throws(NumericHandBack) -> NumericReal {
    switch v {
    case .float(let v): return NumericReal(value: v, numpy: false)
    case .f64(let v): return NumericReal(value: v, numpy: true)
    default: throw NumericHandBack()
    }
  }
}

/// A bool array's element, or a bool list's (`flags[i]`, which must hold a bool, else the tier hands back), as 0
/// or 1.
struct BoolCell: IntLeaf {
  let cell: NumericCell
  let list: Bool

  @inline(__always) func read(_ c: NumericContext) throws(NumericHandBack) -> NumericInt {
    try BoolCell.element(c.arrays[cell.array].base, try cell.position(c), list: list)
  }

  /// The bool at position `p` of a bool array's buffer or a list's items, as 0 or 1.
  @inline(__always) static func element(_ base: UnsafeMutableRawPointer, _ p: Int, list: Bool) throws(NumericHandBack)
    -> NumericInt
  {
    guard list else { return NumericInt(value: base.assumingMemoryBound(to: Bool.self)[p] ? 1 : 0, numpy: true) }
    return try item(base.assumingMemoryBound(to: Value.self)[p])
  }

  /// A list item that must be a bool, as 0 or 1.
  @inline(__always) static func item(_ v: Value) throws(NumericHandBack) -> NumericInt {
    switch v {
    case .bool(let b): return NumericInt(value: b ? 1 : 0, numpy: false)
    case .npBool(let b): return NumericInt(value: b ? 1 : 0, numpy: true)
    default: throw NumericHandBack()
    }
  }
}

/// A list of lists (`dp[i][j]`): not pinned, since each row is a list of its own (rows may be shared, or not be lists
/// at all); every access finds its row where it is now, borrowing the outer list and the row (no reference counting).
///
/// A row that is not a list, or an index out of range, hands back.
enum NumericRows {
  /// The context's entry for the outer list: the list itself, unretained (`values` holds it), and its length.
  static func layout(_ o: PyObject) -> NumericArray {
    let n = o.tag == .list ? unsafeDowncast(o, to: PyList.self).items.count : 0
    return NumericArray(
      base: UnsafeMutableRawPointer(Unmanaged.passUnretained(o).toOpaque()), offset: 0, shape: (n, 0, 1),
      strides: (1, 1, 1))
  }

  /// The entry of a list a walk has not bound yet.
  static var unbound: NumericArray {
    NumericArray(base: nowhere, offset: 0, shape: (0, 0, 1), strides: (1, 1, 1))
  }

  /// A base no object has (objects are aligned to 16 bytes).
  static var nowhere: UnsafeMutableRawPointer { UnsafeMutableRawPointer(bitPattern: 16).unsafelyUnwrapped }

  /// The list an entry holds, if it holds one.
  static func list(_ entry: NumericArray) -> PyObject? {
    entry.base == nowhere ? nil : Unmanaged<PyObject>.fromOpaque(entry.base).takeUnretainedValue()
  }

  /// Position `j` of the list a walk bound in entry `k` (unretained: the walked item holds it), wrapped once if
  /// negative.
  @inline(__always) static func bound(_ c: NumericContext, _ k: Int, _ j: Int) throws(NumericHandBack)
    -> (Unmanaged<PyList>, Int)
  {
    let base = c.arrays[k].base
    guard base != nowhere else { throw NumericHandBack() }
    let list = Unmanaged<PyList>.fromOpaque(base)
    let m = list._withUnsafeGuaranteedRef { $0.items.count }
    let p = j < 0 ? j &+ m : j
    guard UInt(bitPattern: p) < UInt(bitPattern: m) else { throw NumericHandBack() }
    return (list, p)
  }

  /// Row `i` of the outer list in entry `k` (unretained: the outer list holds it) and position `j` in it, each
  /// index wrapped once if negative.
  @inline(__always) static func locate(_ c: NumericContext, _ k: Int, _ i: Int, _ j: Int, tag: UInt8)
    throws(NumericHandBack) -> (Unmanaged<PyList>, Int)
  {
    let outer = Unmanaged<PyObject>.fromOpaque(c.arrays[k].base)
    let found = outer._withUnsafeGuaranteedRef { o -> (Unmanaged<PyList>, Int)? in
      guard o.tag == .list else { return nil }
      let row = unsafeDowncast(o, to: PyList.self).items.withUnsafeBufferPointer { items -> Unmanaged<PyObject>? in
        let r = i < 0 ? i &+ items.count : i
        guard UInt(bitPattern: r) < UInt(bitPattern: items.count), let base = items.baseAddress else { return nil }
        return SlotPeek.object(UnsafeMutablePointer(mutating: base + r), tag: tag)
      }
      guard let row else { return nil }
      return row._withUnsafeGuaranteedRef { r -> (Unmanaged<PyList>, Int)? in
        guard r.tag == .list else { return nil }
        let m = unsafeDowncast(r, to: PyList.self).items.count
        let p = j < 0 ? j &+ m : j
        guard UInt(bitPattern: p) < UInt(bitPattern: m) else { return nil }
        return (Unmanaged.fromOpaque(row.toOpaque()), p)
      }
    }
    guard let found else { throw NumericHandBack() }
    return found
  }

  /// The item at `p` of a row `locate` found.
  @inline(__always) static func read(_ row: Unmanaged<PyList>, _ p: Int) -> Value {
    row._withUnsafeGuaranteedRef { $0.items.withUnsafeBufferPointer { $0[p] } }
  }

  @inline(__always) static func write(_ row: Unmanaged<PyList>, _ p: Int, _ v: Value) {
    row._withUnsafeGuaranteedRef { $0.items[p] = v }
  }
}

extension NumericBuilder {
  /// The cell for `a[indices]` when every index is a name, a constant, or a name plus or minus a constant (never
  /// for a list of lists, which has no one buffer).
  func cell(_ a: NumericName, _ indices: [NumericExpr]) -> NumericCell? {
    guard (1...3).contains(indices.count), let k = arrayIndex[typing.symbol(a)], !isRows(a) else { return nil }
    var registers = [-1, -1, -1]
    var addends = [0, 0, 0]
    for (j, e) in indices.enumerated() {
      switch e {
      case .name(let n): registers[j] = typing.symbol(n)
      case .int(let v): addends[j] = v
      case .binary(.add, .name(let n), .int(let v)), .binary(.add, .int(let v), .name(let n)):
        registers[j] = typing.symbol(n)
        addends[j] = v
      case .binary(.sub, .name(let n), .int(let v)) where v != .min:
        registers[j] = typing.symbol(n)
        addends[j] = -v
      default: return nil
      }
    }
    return NumericCell(
      array: k, rank: indices.count, registers: (registers[0], registers[1], registers[2]),
      addends: (addends[0], addends[1], addends[2]))
  }

  func isList(_ a: NumericName) -> Bool {
    if case .list = typing.containers[typing.symbol(a)] { return true }
    return false
  }

  /// Whether `a` is a list of lists or a list a walk binds: lists found at each access, with no buffer pinned.
  func isRows(_ a: NumericName) -> Bool {
    switch typing.containers[typing.symbol(a)] {
    case .rows?, .bound?: true
    default: false
    }
  }

  /// Where `a[i][j]` of a list of lists is, or `a[j]` of a list a walk binds: the list and the position in it.
  func rowsPlace(_ a: NumericName, _ indices: [NumericExpr]) -> (NumericContext) throws(NumericHandBack)
    -> (Unmanaged<PyList>, Int)
  {
    let k = arrayIndex[typing.symbol(a)] ?? 0
    if case .bound = typing.containers[typing.symbol(a)] {
      guard indices.count == 1 else { return NumericBuilder.stop() }
      let j = intOperand(indices[0])
      return { (c) throws(NumericHandBack) -> (Unmanaged<PyList>, Int) in
        try NumericRows.bound(c, k, try j.read(c).value)
      }
    }
    guard indices.count == 2 else { return NumericBuilder.stop() }
    let i = intOperand(indices[0])
    let j = intOperand(indices[1])
    let tag = SlotPeek.objectTag
    return { (c) throws(NumericHandBack) -> (Unmanaged<PyList>, Int) in
      try NumericRows.locate(c, k, try i.read(c).value, try j.read(c).value, tag: tag)
    }
  }

  func intCell(_ e: NumericExpr) -> IntCell? {
    guard case .element(let a, let indices) = e, typing.kind(e) == .int, let c = cell(a, indices) else { return nil }
    return IntCell(cell: c, list: isList(a))
  }

  func realCell(_ e: NumericExpr) -> RealCell? {
    guard case .element(let a, let indices) = e, typing.kind(e) == .real, let c = cell(a, indices) else { return nil }
    return RealCell(cell: c, list: isList(a))
  }

  func intOperand(_ e: NumericExpr) -> IntOperand {
    switch e {
    case .name(let n): .register(typing.symbol(n))
    case .int(let v): .constant(v)
    default: .step(int(e))
    }
  }

  func realOperand(_ e: NumericExpr) -> RealOperand {
    switch e {
    case .name(let n): typing.kind(e) == .int ? .intRegister(typing.symbol(n)) : .register(typing.symbol(n))
    case .real(let v): .constant(v)
    case .int(let v): .constant(Double(v))
    default: .step(real(e))
    }
  }

  /// `pair` made with `a` and `b` as their most direct int leaves (a cell or an operand each), so each pair of
  /// leaf types gets its own specialised closure.
  func withIntLeaves<P: IntPair>(_ a: NumericExpr, _ b: NumericExpr, _ pair: P) -> NumericBuilt {
    switch (intCell(a), intCell(b)) {
    case (let x?, let y?): pair.make(x, y)
    case (let x?, nil): pair.make(x, intOperand(b))
    case (nil, let y?): pair.make(intOperand(a), y)
    case (nil, nil): pair.make(intOperand(a), intOperand(b))
    }
  }

  /// `pair` made with `a` and `b` as their most direct float leaves.
  func withRealLeaves<P: RealPair>(_ a: NumericExpr, _ b: NumericExpr, _ pair: P) -> NumericBuilt {
    switch (realCell(a), realCell(b)) {
    case (let x?, let y?): pair.make(x, y)
    case (let x?, nil): pair.make(x, realOperand(b))
    case (nil, let y?): pair.make(realOperand(a), y)
    case (nil, nil): pair.make(realOperand(a), realOperand(b))
    }
  }
}

/// A closure built from two leaves.
///
/// Concrete function types, not an associated type: a closure returned as a generic result would be called through a
/// reabstraction thunk.
enum NumericBuilt {
  case int(IntStep)
  case real(RealStep)
  case test(TestStep)
  case step(NumericStep)

  var int: IntStep {
    if case .int(let x) = self { return x }
    return NumericBuilder.stop()
  }

  var real: RealStep {
    if case .real(let x) = self { return x }
    return NumericBuilder.stop()
  }

  var test: TestStep {
    if case .test(let x) = self { return x }
    return NumericBuilder.stop()
  }

  var step: NumericStep {
    if case .step(let x) = self { return x }
    return NumericBuilder.stop()
  }
}

/// Something built from two int leaves (a generic method: the closure it makes is specialised per leaf type).
protocol IntPair {
  func make<X: IntLeaf, Y: IntLeaf>(_ x: X, _ y: Y) -> NumericBuilt
}

protocol RealPair {
  func make<X: RealLeaf, Y: RealLeaf>(_ x: X, _ y: Y) -> NumericBuilt
}
