/// The numeric tier: a `for … in range(…)` loop whose numeric form types with the values at entry runs on unboxed
/// registers and raw array elements, with no reference counting and no boxing.
///
/// Every step is Python's and NumPy's arithmetic exactly. What the tier does not do itself — an integer that
/// leaves 64 bits, a division by zero, an index out of bounds, a mixed comparison beyond 2⁵³, an interrupt or a
/// finaliser waiting — makes it hand back (`NumericHandBack`): the registers are written to their variables and
/// the generic engine re-runs the statement that stopped (nothing was stored yet) and the rest of every enclosing
/// block and loop. So errors, warnings and big integers are the generic engine's, in the same place.

/// A register: a 64-bit integer, double or bool, whether it is NumPy's, and whether it holds a value yet.
struct NumericRegister {
  var bits: UInt64
  var numpy: Bool
  var bound: Bool

  /// The register as the Python or NumPy number it is.
  func value(_ kind: NumericKind) -> Value {
    switch kind {
    case .int:
      let i = Int(Int64(bitPattern: bits))
      return numpy ? .i64(i) : .int(i)
    case .real:
      let d = Double(bitPattern: bits)
      return numpy ? .f64(d) : .float(d)
    case .bool:
      return numpy ? .npBool(bits != 0) : .bool(bits != 0)
    }
  }

  /// A Python or NumPy number, bool included, as a register; nil for anything else.
  init?(_ v: Value) {
    switch v {
    case .int(let i): self.init(bits: UInt64(bitPattern: Int64(i)), numpy: false, bound: true)
    case .i64(let i): self.init(bits: UInt64(bitPattern: Int64(i)), numpy: true, bound: true)
    case .float(let d): self.init(bits: d.bitPattern, numpy: false, bound: true)
    case .f64(let d): self.init(bits: d.bitPattern, numpy: true, bound: true)
    case .bool(let b): self.init(bits: b ? 1 : 0, numpy: false, bound: true)
    case .npBool(let b): self.init(bits: b ? 1 : 0, numpy: true, bound: true)
    default: return nil
    }
  }

  init(bits: UInt64, numpy: Bool, bound: Bool) {
    self.bits = bits
    self.numpy = numpy
    self.bound = bound
  }
}

struct NumericInt {
  var value: Int
  var numpy: Bool
}

struct NumericReal {
  var value: Double
  var numpy: Bool
}

/// An array's elements and layout, pinned for one run of the tier.
struct NumericArray {
  var base: UnsafeMutableRawPointer
  var offset: Int
  var shape: (Int, Int, Int)
  var strides: (Int, Int, Int)
}

struct NumericContext {
  let registers: UnsafeMutablePointer<NumericRegister>
  let arrays: UnsafeMutablePointer<NumericArray>
}

/// The tier stops here; the generic engine runs `rest` in order, after the registers are written back.
///
/// `break` and `continue` travel the same way, as a `jump` with no rest, to the innermost loop the tier runs.
///
/// It never leaves the thread that runs the cell (`Error` asks for `Sendable`).
struct NumericHandBack: Error, @unchecked Sendable {
  var rest: [NumericRest] = []
  var jump: Flow?

  init(rest: [NumericRest] = []) {
    self.rest = rest
  }

  init(jump: Flow) {
    self.jump = jump
  }
}

/// What is left of a handed-back loop, for the generic engine: statements, run unless a `break` or `continue`
/// from an earlier one is pending, and loops, which take that pending jump as their own.
struct NumericRest {
  let run: (Frame, Flow) throws(PyError) -> Flow

  static func statement(_ exec: @escaping Exec) -> NumericRest {
    NumericRest { (f, pending) throws(PyError) -> Flow in pending == .normal ? try exec(f) : pending }
  }

  /// A loop's remaining iterations: a pending `break` ends it, a pending `continue` goes on to them.
  static func loop(_ remaining: @escaping Exec) -> NumericRest {
    NumericRest { (f, pending) throws(PyError) -> Flow in pending == .breakLoop ? .normal : try remaining(f) }
  }
}

typealias IntStep = (NumericContext) throws(NumericHandBack) -> NumericInt
typealias RealStep = (NumericContext) throws(NumericHandBack) -> NumericReal
typealias TestStep = (NumericContext) throws(NumericHandBack) -> Bool
typealias NumericStep = (NumericContext) throws(NumericHandBack) -> Void
typealias LoopStep = (NumericContext, Int, Int, Int) throws(NumericHandBack) -> Void

/// One loop's entry to the tier: its numeric form, and the programs typed for each set of kinds seen at entry.
final class NumericPlan {
  let root: NumericRoot
  let symbols: NumericSymbols
  unowned(unsafe) let rt: Runtime
  /// Keyed by the values' signatures and the functions called (held, so none is freed and its address reused).
  private var programs: [([UInt8], [PyObject], NumericProgram?)] = []
  /// Entries in a row whose values did not type (a loop over a list of instances, say).
  ///
  /// Past `NumericPlan.patience` of them the plan rests: it tries one entry in `NumericPlan.restPeriod`, so a loop the
  /// tier cannot run pays almost nothing for trying, and one whose values change later still reaches the tier.
  private var declined = 0
  private var rested = 0
  /// Entries in a row of `for` loops too short to repay the tier's entry (a comprehension over a few items, run
  /// again and again): past `patience` of them the plan rests too, until an entry it tries is long.
  private var short = 0
  static let patience = 16
  static let restPeriod = 128
  /// Fewer iterations than this are a short entry: entering costs about as much as this many generic iterations
  /// over array elements (about 1.3 µs), and more than a short comprehension's whole generic loop.
  static let shortLoop = 8

  /// Whether the loop tries the tier at this entry: always, unless the plan rests.
  ///
  /// Asked once per entry.
  func entering() -> Bool {
    guard declined >= NumericPlan.patience || short >= NumericPlan.patience else { return true }
    rested &+= 1
    return rested % NumericPlan.restPeriod == 0
  }

  /// Whether a caller with a generic path of its own (a comprehension's, `sum`'s) takes it at this entry.
  ///
  /// It does while the plan rests, except at the entries the plan tries; a bypassed entry counts as one the plan
  /// rested through.
  func bypassed() -> Bool {
    guard declined >= NumericPlan.patience || short >= NumericPlan.patience else { return false }
    // The entry `entering()` will try is left to it.
    if (rested &+ 1) % NumericPlan.restPeriod == 0 { return false }
    rested &+= 1
    return true
  }

  init?(_ root: NumericRoot, _ rt: Runtime) {
    guard let symbols = NumericSymbols(root) else { return nil }
    self.root = root
    self.symbols = symbols
    self.rt = rt
  }

  /// Runs the iterations `start, start + step, …` (`count` of them) in the tier; false when these values do not
  /// type, and the caller runs the loop itself.
  func run(_ f: Frame, start: Int, count: Int, step: Int) throws(PyError) -> Bool {
    if step != 0 { short = count < NumericPlan.shortLoop ? min(short + 1, NumericPlan.patience) : 0 }
    for box in symbols.builtinBoxes {
      guard case .unbound = box.slot.pointee else { return false }
    }
    guard let calls = NumericCalls(symbols.callees, f, rt) else { return false }
    let functions = calls.functions
    let values = symbols.names.map { $0.place.load(f) }
    let program: NumericProgram?
    // Compared value by value, so a known entry costs no signature array.
    if let known = programs.first(where: {
      $0.0.elementsEqual(values, by: { $0 == NumericPlan.signature($1) }) && $0.1.elementsEqual(functions, by: ===)
    }) {
      program = known.2
    } else {
      program = NumericTyping(symbols, root, values, calls.resolved).map { NumericProgram($0, root, rt) }
      if programs.count < 8 { programs.append((values.map(NumericPlan.signature), functions, program)) }
    }
    guard let program, program.pinsApart(values) else {
      declined = min(declined + 1, NumericPlan.patience)
      return false
    }
    declined = 0
    rt.counters.numericLoops &+= 1
    try program.run(f, values, start: start, count: count, step: step)
    return true
  }

  /// What typing depends on in a value: its kind, an array's dtype and rank, a list's first element's kind.
  static func signature(_ v: Value) -> UInt8 {
    switch v {
    case .object(let o) where o.tag == .ndarray:
      let a = unsafeDowncast(o, to: NDArray.self)
      return 16 &+ a.dtype.rawValue &* 8 &+ UInt8(truncatingIfNeeded: min(a.shape.count, 7))
    case .object(let o) where o.tag == .list:
      let first = unsafeDowncast(o, to: PyList.self).items.first
      if case .object(let row)? = first, row.tag == .list {
        return 48 &+ (unsafeDowncast(row, to: PyList.self).items.first.flatMap { NumericKind($0)?.rawValue } ?? 7)
      }
      return 8 &+ (first.flatMap { NumericKind($0)?.rawValue } ?? 7)
    default: return NumericKind(v).map { $0.rawValue &+ 1 } ?? 0
    }
  }
}

/// A loop typed for one set of kinds at entry: its steps, and how to load, pin and write back its names.
final class NumericProgram {
  let typing: NumericTyping
  let names: [NumericName]
  let root: LoopStep
  /// Array names, in the order of the context's array table.
  let arraySymbols: [Int]
  /// The loop's walks over unpacked items, and the names they bind to lists.
  let walks: [NumericWalk]
  let boundSymbols: [Int]
  /// For `pinsApart`, sorted once: lists pinned, read as rows or appended to; lists appended to, and the arrays
  /// and lists only read; lists of lists; plain lists.
  private let guarded: [Int]
  private let appendedSymbols: [Int]
  private let readSymbols: [Int]
  private let rowSymbols: [Int]
  private let listSymbols: [Int]
  /// Whether each array name's buffer is pinned for a run (lists of lists, walked, bound and appended lists are
  /// not), and how many are.
  private let pinnable: [Bool]
  private let pinnedCount: Int
  unowned(unsafe) let rt: Runtime

  init(_ typing: NumericTyping, _ root: NumericRoot, _ rt: Runtime) {
    self.typing = typing
    self.rt = rt
    names = typing.symbols.names
    let arrays = names.indices.filter { typing.containers[$0] != nil || typing.symbols.appended[$0] }
    arraySymbols = arrays
    walks = NumericTyping.walks(root)
    boundSymbols = arrays.filter {
      if case .bound = typing.containers[$0] { return true }
      return false
    }
    guarded = arrays.filter {
      switch typing.containers[$0] {
      case .list?, .rows?: return true
      default: return typing.symbols.appended[$0]
      }
    }
    appendedSymbols = arrays.filter { typing.symbols.appended[$0] }
    readSymbols = arrays.filter { !typing.symbols.appended[$0] }
    rowSymbols = arrays.filter {
      if case .rows = typing.containers[$0] { return true }
      return false
    }
    listSymbols = arrays.filter {
      if case .list = typing.containers[$0] { return true }
      return false
    }
    pinnable = arrays.map {
      if typing.symbols.appended[$0] { return false }
      switch typing.containers[$0] {
      case .rows?, .records?, .bound?: return false
      default: return true
      }
    }
    pinnedCount = pinnable.count { $0 }
    let builder = NumericBuilder(typing, arrays, rt)
    switch root {
    case .forLoop(let loop): self.root = builder.loop(loop)
    case .whileLoop(let c, let body, let generic):
      let step = builder.whileLoop(c, body, generic)
      self.root = { (c, _, _, _) throws(NumericHandBack) in try step(c) }
    }
  }

  /// Whether no list the tier pins is also a list of lists' outer list or one of its rows (a row is written in
  /// place, which a pinned buffer forbids); then the loop is the generic engine's.
  ///
  /// Run at each entry, so the common loops (no walk, nothing appended, no list of lists) pay a few tests.
  func pinsApart(_ values: [Value]) -> Bool {
    // A list the loop pins, appends to or reads as rows is no list a walk meets: a store into one could free a
    // list a walk has bound, or resize one it reads.
    if !walks.isEmpty && !guarded.isEmpty {
      var met: Set<ObjectIdentifier> = []
      for w in walks {
        guard case .object(let o) = values[typing.symbol(w.source)], o.tag == .list else { continue }
        met.insert(ObjectIdentifier(o))
        for item in unsafeDowncast(o, to: PyList.self).items { NumericProgram.lists(in: item, w.pattern, &met) }
      }
      for s in guarded {
        guard case .object(let o) = values[s] else { continue }
        if met.contains(ObjectIdentifier(o)) { return false }
        if case .rows = typing.containers[s] {
          for item in unsafeDowncast(o, to: PyList.self).items {
            if case .object(let r) = item, met.contains(ObjectIdentifier(r)) { return false }
          }
        }
      }
    }
    // A list the loop appends to may move its items: it is none of the lists or rows the loop reads.
    for s in appendedSymbols {
      guard case .object(let o) = values[s] else { continue }
      for r in readSymbols {
        guard case .object(let q) = values[r] else { continue }
        if q === o { return false }
        guard case .rows = typing.containers[r], q.tag == .list else { continue }
        for item in unsafeDowncast(q, to: PyList.self).items {
          if case .object(let row) = item, row === o { return false }
        }
      }
    }
    if rowSymbols.isEmpty || listSymbols.isEmpty { return true }
    var rows: Set<ObjectIdentifier> = []
    for s in rowSymbols {
      guard case .object(let o) = values[s], o.tag == .list else { continue }
      rows.insert(ObjectIdentifier(o))
      for item in unsafeDowncast(o, to: PyList.self).items {
        if case .object(let r) = item { rows.insert(ObjectIdentifier(r)) }
      }
    }
    for s in listSymbols {
      if case .object(let o) = values[s], rows.contains(ObjectIdentifier(o)) { return false }
    }
    return true
  }

  /// The lists an item unpacked by `pattern` is made of, itself included, as far as it matches.
  private static func lists(in v: Value, _ pattern: NumericPattern, _ out: inout Set<ObjectIdentifier>) {
    guard case .object(let o) = v, o.tag == .list || o.tag == .tuple else { return }
    if o.tag == .list { out.insert(ObjectIdentifier(o)) }
    guard case .sequence(let parts) = pattern, let items = NumericTyping.sequenceItems(v) else { return }
    for (p, x) in zip(parts, items) { lists(in: x, p, &out) }
  }

  func run(_ f: Frame, _ values: [Value], start: Int, count: Int, step: Int) throws(PyError) {
    let n = names.count
    let handBack: NumericHandBack? = withUnsafeTemporaryAllocation(of: NumericRegister.self, capacity: max(n, 1)) {
      registers in
      guard let regs = registers.baseAddress else { return NumericHandBack() }
      for s in 0..<n {
        let empty = NumericRegister(bits: 0, numpy: false, bound: false)
        (regs + s).initialize(to: typing.loaded[s] ? NumericRegister(values[s]) ?? empty : empty)
      }
      let result = withUnsafeTemporaryAllocation(of: NumericArray.self, capacity: max(arraySymbols.count, 1)) {
        table -> NumericHandBack? in
        guard let arrays = table.baseAddress else { return NumericHandBack() }
        var pins: [NumericPin] = []
        pins.reserveCapacity(pinnedCount)
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: max(arraySymbols.count, 1)) {
          pinSlots -> NumericHandBack? in
          guard let pinFor = pinSlots.baseAddress else { return NumericHandBack() }
          for (k, s) in arraySymbols.enumerated() {
            guard pinnable[k] else {
              pinFor[k] = -1
              continue
            }
            guard case .object(let o) = values[s], let pin = NumericPin(o, written: typing.symbols.stored[s]) else {
              return NumericHandBack()
            }
            if let j = pins.firstIndex(where: { $0.memory === pin.memory }) {
              pinFor[k] = j
              pins[j].written = pins[j].written || pin.written
            } else {
              pinFor[k] = pins.count
              pins.append(pin)
            }
          }
          let context = NumericContext(registers: regs, arrays: arrays)
          // Each pinned buffer fills the table's entries of the arrays and lists on it.
          let symbols = arraySymbols
          func place(_ pin: Int, _ base: UnsafeMutableRawPointer) {
            for (k, s) in symbols.enumerated() where pinFor[k] == pin {
              if case .object(let o) = values[s] { (arrays + k).initialize(to: NumericPin.layout(o, base)) }
            }
          }
          return NumericPin.pinned(0, pins, place) { () -> NumericHandBack? in
            for (k, s) in symbols.enumerated() where pinFor[k] < 0 {
              // A list of lists, a walked list or a list appended to is not pinned: its entry holds the list itself
              // (kept alive by `values`). A list a walk binds has none until the walk binds it.
              if case .bound = typing.containers[s] {
                (arrays + k).initialize(to: NumericRows.unbound)
                continue
              }
              guard case .object(let o) = values[s] else { return NumericHandBack() }
              (arrays + k).initialize(to: NumericRows.layout(o))
            }
            var stop: NumericHandBack?
            do throws(NumericHandBack) { try root(context, start, count, step) } catch { stop = error }
            // The lists the walks bound last go to their names, as the walks' own assignments would leave them.
            for (k, s) in symbols.enumerated() {
              guard case .bound = typing.containers[s], let list = NumericRows.list(arrays[k]) else { continue }
              names[s].place.store(f, .object(list))
            }
            return stop
          }
        }
      }
      writeBack(f, regs)
      return result
    }
    guard let handBack else { return }
    rt.counters.numericHandBacks &+= 1
    var pending = Flow.normal
    for part in handBack.rest { pending = try part.run(f, pending) }
  }

  /// Registers that hold a value go back to their variables, as the Python or NumPy number they are.
  private func writeBack(_ f: Frame, _ regs: UnsafeMutablePointer<NumericRegister>) {
    for s in names.indices {
      let r = regs[s]
      guard r.bound, let kind = typing.kinds[s], typing.containers[s] == nil else { continue }
      names[s].place.store(f, r.value(kind))
    }
  }
}

/// An array's storage or a list's items, pinned for one run: read-only ones without a copy, written ones made
/// unique first (as any store into them would).
struct NumericPin {
  let object: PyObject
  var written: Bool

  init?(_ o: PyObject, written: Bool) {
    guard o.tag == .ndarray || o.tag == .list else { return nil }
    // A read-only array's stores take the generic path, which names the error.
    if written, o.tag == .ndarray, unsafeDowncast(o, to: NDArray.self).writeBlock != nil { return nil }
    object = o
    self.written = written
  }

  /// What is pinned: a list, or the storage an array shares with its views (pinned once for all of them).
  var memory: AnyObject {
    object.tag == .ndarray ? unsafeDowncast(object, to: NDArray.self).storage : object
  }

  /// Each pin in turn, its base address given to `place`; then `body` runs with all of them pinned.
  static func pinned(
    _ k: Int, _ pins: [NumericPin], _ place: (Int, UnsafeMutableRawPointer) -> Void,
    _ body: () -> NumericHandBack?
  ) -> NumericHandBack? {
    guard k < pins.count else { return body() }
    // An empty buffer has no address; its arrays have an empty axis, so no index reaches it.
    let empty = UnsafeMutableRawPointer(bitPattern: MemoryLayout<Double>.alignment)
    func next(_ p: UnsafeMutableRawPointer?) -> NumericHandBack? {
      guard let p = p ?? empty else { return NumericHandBack() }
      place(k, p)
      return pinned(k + 1, pins, place, body)
    }
    let pin = pins[k]
    if pin.object.tag == .list {
      let list = unsafeDowncast(pin.object, to: PyList.self)
      if pin.written {
        return list.items.withUnsafeMutableBufferPointer { next(UnsafeMutableRawPointer($0.baseAddress)) }
      }
      return list.items.withUnsafeBufferPointer { next(UnsafeMutableRawPointer(mutating: $0.baseAddress)) }
    }
    let a = unsafeDowncast(pin.object, to: NDArray.self)
    let storage = a.storage
    if a.dtype == .float64 {
      if pin.written {
        return storage.doubles.withUnsafeMutableBufferPointer { next(UnsafeMutableRawPointer($0.baseAddress)) }
      }
      return storage.doubles.withUnsafeBufferPointer { next(UnsafeMutableRawPointer(mutating: $0.baseAddress)) }
    }
    if a.dtype == .bool {
      if pin.written {
        return storage.bools.withUnsafeMutableBufferPointer { next(UnsafeMutableRawPointer($0.baseAddress)) }
      }
      return storage.bools.withUnsafeBufferPointer { next(UnsafeMutableRawPointer(mutating: $0.baseAddress)) }
    }
    if pin.written {
      return storage.ints.withUnsafeMutableBufferPointer { next(UnsafeMutableRawPointer($0.baseAddress)) }
    }
    return storage.ints.withUnsafeBufferPointer { next(UnsafeMutableRawPointer(mutating: $0.baseAddress)) }
  }

  /// The context's view of a pinned array or list: a list is one axis of stride 1.
  static func layout(_ o: PyObject, _ base: UnsafeMutableRawPointer) -> NumericArray {
    if o.tag == .list {
      let n = unsafeDowncast(o, to: PyList.self).items.count
      return NumericArray(base: base, offset: 0, shape: (n, 1, 1), strides: (1, 1, 1))
    }
    let a = unsafeDowncast(o, to: NDArray.self)
    func at(_ v: [Int], _ i: Int) -> Int { i < v.count ? v[i] : 1 }
    return NumericArray(
      base: base, offset: a.offset, shape: (at(a.shape, 0), at(a.shape, 1), at(a.shape, 2)),
      strides: (at(a.strides, 0), at(a.strides, 1), at(a.strides, 2)))
  }
}
