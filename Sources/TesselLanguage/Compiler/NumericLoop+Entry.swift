import TensorModule

extension NumericLoop {
  /// The loop as a statement: load registers and pin tensors when the frame holds what the numeric
  /// form assumed, run, and write every changed variable back (also when an error ends the loop);
  /// otherwise run the general compilation.
  func guarded(_ run: @escaping Step, general: @escaping Exec) -> Exec {
    let scalarPlaces = scalars.map { compiler.location(ofAssigned: $0) }
    let mustHold = scalars.map { mustHoldNumbers.contains($0) }
    let prelude = scalars.map { compiler.runtime.registry.prelude[$0] }
    let uses = tensors
    let tensorPlaces = uses.map { compiler.location(ofAssigned: $0.name) }
    let rangeSlot = compiler.runtime.globals.slot(for: "range")
    return { f throws(TesselError) in
      let runtime = f.runtime
      guard runtime.globals.values[rangeSlot] == nil else { return try general(f) }
      var initial = [Double](repeating: 0, count: scalarPlaces.count)
      var bound = [Bool](repeating: false, count: scalarPlaces.count)
      for (k, place) in scalarPlaces.enumerated() {
        switch place.value(in: f) {
        case .number(let d)?:
          (initial[k], bound[k]) = (d, true)
        case nil where place.isGlobal:
          // A prelude constant such as `pi`, read through an unassigned global.
          if case .number(let d)? = prelude[k] {
            initial[k] = d
          } else if mustHold[k] {
            return try general(f)
          }
        default:
          if mustHold[k] { return try general(f) }
        }
      }
      for (t, place) in tensorPlaces.enumerated() {
        guard case .tensor(let x)? = place.value(in: f), !x.isBool, x.ndim == uses[t].rank else {
          return try general(f)
        }
      }

      let m = LoopMachine(registers: scalarPlaces.count, tensors: uses.count, runtime: runtime)
      for k in scalarPlaces.indices {
        m.registers[k] = initial[k]
        m.bound[k] = bound[k]
      }
      for (t, place) in tensorPlaces.enumerated() {
        // A tensor the loop writes is moved out of its variable, so its buffer is unique and
        // changes in place; one it only reads is shared.
        let value = uses[t].written ? place.take(in: f) : place.value(in: f)
        guard case .tensor(let x)? = value else { preconditionFailure("checked above") }
        (m.tensors + t).initialize(to: x)
        m.dims[2 * t] = x.shape[0]
        m.dims[2 * t + 1] = x.ndim == 2 ? x.shape[1] : 1
      }
      defer {
        for (k, place) in scalarPlaces.enumerated() where m.bound[k] { place.set(.number(m.registers[k]), in: f) }
        for (t, place) in tensorPlaces.enumerated() where uses[t].written { place.set(.tensor(m.tensors[t]), in: f) }
        m.tensors.deinitialize(count: uses.count)
      }
      try NumericLoop.pin(m, from: 0, uses) { () throws(TesselError) in _ = try run(m) }
      return .normal
    }
  }

  /// Runs `body` with every tensor's element buffer pinned in `m.bases`.
  static func pin(
    _ m: LoopMachine, from t: Int, _ uses: [TensorUse], _ body: () throws(TesselError) -> Void
  ) throws(TesselError) {
    guard t < uses.count else { return try body() }
    var failure: TesselError?
    // An empty tensor has no buffer; every index into it is out of bounds before any read.
    let none = UnsafeMutablePointer<Double>(bitPattern: MemoryLayout<Double>.alignment)!
    if uses[t].written {
      m.tensors[t].data.withUnsafeMutableBufferPointer { p in
        m.bases[t] = p.baseAddress ?? none
        do throws(TesselError) { try pin(m, from: t + 1, uses, body) } catch { failure = error }
      }
    } else {
      m.tensors[t].data.withUnsafeBufferPointer { p in
        m.bases[t] = p.baseAddress.map { UnsafeMutablePointer(mutating: $0) } ?? none
        do throws(TesselError) { try pin(m, from: t + 1, uses, body) } catch { failure = error }
      }
    }
    if let failure { throw failure }
  }
}

extension VariableLocation {
  var isGlobal: Bool {
    if case .global = self { return true }
    return false
  }

  func value(in f: Frame) -> Value? {
    switch self {
    case .local(let s): f.slots[s]
    case .cell(let c): f.cells[c].value
    case .captured(let c): f.captured[c].value
    case .global(let g): f.runtime.globals.values[g]
    }
  }

  /// The value, moved out (the variable is left unbound until `set` puts one back).
  func take(in f: Frame) -> Value? {
    switch self {
    case .local(let s): f.slots[s].take()
    case .cell(let c): f.cells[c].value.take()
    case .captured(let c): f.captured[c].value.take()
    case .global(let g): f.runtime.globals.values[g].take()
    }
  }

  func set(_ v: Value?, in f: Frame) {
    switch self {
    case .local(let s): f.slots[s] = v
    case .cell(let c): f.cells[c].value = v
    case .captured(let c): f.captured[c].value = v
    case .global(let g): f.runtime.globals.values[g] = v
    }
  }
}
