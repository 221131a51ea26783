/// The numeric tier: a `for … in range(…)` loop whose numeric form types with the values at entry runs on unboxed
/// registers and raw array elements, with no reference counting and no boxing.
///
/// Every step is Python's and NumPy's arithmetic exactly. What the tier does not do itself — an integer that
/// leaves 64 bits, a division by zero, an index out of bounds, a mixed comparison beyond 2⁵³, an interrupt or a
/// finaliser waiting — makes it hand back (`NumericHandBack`): the registers are written to their variables and
/// the generic engine re-runs the statement that stopped (nothing was stored yet) and the rest of every enclosing
/// block and loop. So errors, warnings and big integers are the generic engine's, in the same place.

/// A register: a 64-bit integer or double, whether it is NumPy's, and whether it holds a value yet.
struct NumericRegister {
  var bits: UInt64
  var numpy: Bool
  var bound: Bool
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
/// It never leaves the thread that runs the cell (`Error` asks for `Sendable`).
struct NumericHandBack: Error, @unchecked Sendable {
  var rest: [ExecRef] = []
}

typealias IntStep = (NumericContext) throws(NumericHandBack) -> NumericInt
typealias RealStep = (NumericContext) throws(NumericHandBack) -> NumericReal
typealias TestStep = (NumericContext) throws(NumericHandBack) -> Bool
typealias NumericStep = (NumericContext) throws(NumericHandBack) -> Void
typealias LoopStep = (NumericContext, Int, Int, Int) throws(NumericHandBack) -> Void

/// One loop's entry to the tier: its numeric form, and the programs typed for each set of kinds seen at entry.
final class NumericPlan {
  let loop: NumericLoop
  let symbols: NumericSymbols
  unowned(unsafe) let rt: Runtime
  private var programs: [([UInt8], NumericProgram?)] = []

  init?(_ loop: NumericLoop, _ rt: Runtime) {
    guard let symbols = NumericSymbols(loop) else { return nil }
    self.loop = loop
    self.symbols = symbols
    self.rt = rt
  }

  /// Runs the iterations `start, start + step, …` (`count` of them) in the tier; false when these values do not
  /// type, and the caller runs the loop itself.
  func run(_ f: Frame, start: Int, count: Int, step: Int) throws(PyError) -> Bool {
    for box in symbols.builtinBoxes {
      guard case .unbound = box.slot.pointee else { return false }
    }
    let values = symbols.names.map { $0.place.pointer(f).pointee }
    let signature = values.map(NumericPlan.signature)
    let program: NumericProgram?
    if let known = programs.first(where: { $0.0 == signature }) {
      program = known.1
    } else {
      program = NumericTyping(symbols, loop, values).map { NumericProgram($0, loop, rt) }
      if programs.count < 8 { programs.append((signature, program)) }
    }
    guard let program else { return false }
    rt.counters.numericLoops &+= 1
    try program.run(f, values, start: start, count: count, step: step)
    return true
  }

  /// What typing depends on in a value: its kind, or an array's dtype and rank.
  static func signature(_ v: Value) -> UInt8 {
    switch v {
    case .int, .i64: return 1
    case .float, .f64: return 2
    case .object(let o) where o.tag == .ndarray:
      let a = unsafeDowncast(o, to: NDArray.self)
      return 16 &+ a.dtype.rawValue &* 8 &+ UInt8(truncatingIfNeeded: min(a.shape.count, 7))
    default: return 0
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
  unowned(unsafe) let rt: Runtime

  init(_ typing: NumericTyping, _ loop: NumericLoop, _ rt: Runtime) {
    self.typing = typing
    self.rt = rt
    names = typing.symbols.names
    let arrays = names.indices.filter { typing.dtypes[$0] != nil }
    arraySymbols = arrays
    let builder = NumericBuilder(typing, arrays, rt)
    root = builder.loop(loop)
  }

  func run(_ f: Frame, _ values: [Value], start: Int, count: Int, step: Int) throws(PyError) {
    let n = names.count
    let handBack: NumericHandBack? = withUnsafeTemporaryAllocation(of: NumericRegister.self, capacity: max(n, 1)) {
      registers in
      guard let regs = registers.baseAddress else { return NumericHandBack() }
      for s in 0..<n {
        var r = NumericRegister(bits: 0, numpy: false, bound: false)
        if typing.loaded[s] {
          switch values[s] {
          case .int(let i): r = NumericRegister(bits: UInt64(bitPattern: Int64(i)), numpy: false, bound: true)
          case .i64(let i): r = NumericRegister(bits: UInt64(bitPattern: Int64(i)), numpy: true, bound: true)
          case .float(let d): r = NumericRegister(bits: d.bitPattern, numpy: false, bound: true)
          case .f64(let d): r = NumericRegister(bits: d.bitPattern, numpy: true, bound: true)
          default: break
          }
        }
        (regs + s).initialize(to: r)
      }
      let result = withUnsafeTemporaryAllocation(of: NumericArray.self, capacity: max(arraySymbols.count, 1)) {
        table -> NumericHandBack? in
        guard let arrays = table.baseAddress else { return NumericHandBack() }
        var pins: [ArrayStorage] = []
        var pinFor: [Int] = []
        var written: [Bool] = []
        var pinTypes: [DType] = []
        for s in arraySymbols {
          guard case .object(let o) = values[s] else { return NumericHandBack() }
          let a = unsafeDowncast(o, to: NDArray.self)
          if let k = pins.firstIndex(where: { $0 === a.storage }) {
            pinFor.append(k)
            written[k] = written[k] || typing.symbols.stored[s]
          } else {
            pinFor.append(pins.count)
            pins.append(a.storage)
            written.append(typing.symbols.stored[s])
            pinTypes.append(a.dtype)
          }
        }
        let context = NumericContext(registers: regs, arrays: arrays)
        return NumericProgram.pinned(0, pins, written, [], pinTypes) {
          bases -> NumericHandBack? in
          for (k, s) in arraySymbols.enumerated() {
            guard case .object(let o) = values[s] else { return NumericHandBack() }
            let a = unsafeDowncast(o, to: NDArray.self)
            func at(_ v: [Int], _ i: Int) -> Int { i < v.count ? v[i] : 1 }
            (arrays + k).initialize(
              to: NumericArray(
                base: bases[pinFor[k]], offset: a.offset,
                shape: (at(a.shape, 0), at(a.shape, 1), at(a.shape, 2)),
                strides: (at(a.strides, 0), at(a.strides, 1), at(a.strides, 2))))
          }
          do throws(NumericHandBack) {
            try root(context, start, count, step)
            return nil
          } catch {
            return error
          }
        }
      }
      writeBack(f, regs)
      return result
    }
    guard let handBack else { return }
    rt.counters.numericHandBacks &+= 1
    for exec in handBack.rest { _ = try exec.run(f) }
  }

  /// Each distinct storage pinned in turn (read-only ones without a copy); `body` sees their base addresses.
  private static func pinned(
    _ k: Int, _ pins: [ArrayStorage], _ written: [Bool], _ bases: [UnsafeMutableRawPointer], _ dtypes: [DType],
    _ body: ([UnsafeMutableRawPointer]) -> NumericHandBack?
  ) -> NumericHandBack? {
    guard k < pins.count else { return body(bases) }
    let storage = pins[k]
    // An empty buffer has no address; its arrays have an empty axis, so no index reaches it.
    let empty = UnsafeMutableRawPointer(bitPattern: MemoryLayout<Double>.alignment)
    func next(_ p: UnsafeMutableRawPointer?) -> NumericHandBack? {
      guard let p = p ?? empty else { return NumericHandBack() }
      return pinned(k + 1, pins, written, bases + [p], dtypes, body)
    }
    // A storage holds one buffer, by its arrays' dtype.
    if dtypes[k] == .float64 {
      if written[k] {
        return storage.doubles.withUnsafeMutableBufferPointer { next(UnsafeMutableRawPointer($0.baseAddress)) }
      }
      return storage.doubles.withUnsafeBufferPointer { next(UnsafeMutableRawPointer(mutating: $0.baseAddress)) }
    }
    if written[k] {
      return storage.ints.withUnsafeMutableBufferPointer { next(UnsafeMutableRawPointer($0.baseAddress)) }
    }
    return storage.ints.withUnsafeBufferPointer { next(UnsafeMutableRawPointer(mutating: $0.baseAddress)) }
  }

  /// Registers that hold a value go back to their variables, as the Python or NumPy number they are.
  private func writeBack(_ f: Frame, _ regs: UnsafeMutablePointer<NumericRegister>) {
    for s in names.indices {
      let r = regs[s]
      guard r.bound, let kind = typing.kinds[s], typing.dtypes[s] == nil else { continue }
      let v: Value
      switch kind {
      case .int:
        let i = Int(Int64(bitPattern: r.bits))
        v = r.numpy ? .i64(i) : .int(i)
      case .real:
        let d = Double(bitPattern: r.bits)
        v = r.numpy ? .f64(d) : .float(d)
      }
      names[s].place.pointer(f).pointee = v
    }
  }
}
