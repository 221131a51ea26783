/// The numeric tier's statements and loops: each atomic statement evaluates everything before it stores, so a
/// hand-back re-runs it whole in the generic engine; blocks and loops add what is left of them.
extension NumericBuilder {
  func block(_ body: [NumericStatement]) -> NumericStep {
    switch body.count {
    case 0: return { _ in }
    case 1: return statement(body[0])
    default:
      let mid = body.count / 2
      let left = block(Array(body[..<mid]))
      let right = block(Array(body[mid...]))
      let rest = Array(body[mid...]).map { NumericRest.statement($0.generic) }
      return { (c) throws(NumericHandBack) in
        do throws(NumericHandBack) { try left(c) } catch {
          if error.jump != nil { throw error }
          var h = error
          h.rest.append(contentsOf: rest)
          throw h
        }
        try right(c)
      }
    }
  }

  /// A simple statement hands back as itself: it stored nothing, so the generic engine runs it again whole.
  func simple(_ generic: @escaping Exec, _ step: @escaping NumericStep) -> NumericStep {
    { (c) throws(NumericHandBack) in
      do throws(NumericHandBack) { try step(c) } catch { throw NumericBuilder.again(error, generic) }
    }
  }

  /// `h` with `generic` (the statement that stopped, run again whole) first in its rest.
  static func again(_ h: NumericHandBack, _ generic: @escaping Exec) -> NumericHandBack {
    var h = h
    h.rest.insert(.statement(generic), at: 0)
    return h
  }

  func statement(_ st: NumericStatement) -> NumericStep {
    switch st.kind {
    case .pass:
      return { _ in }
    case .breakLoop:
      return { (_) throws(NumericHandBack) in throw NumericHandBack(jump: .breakLoop) }
    case .continueLoop:
      return { (_) throws(NumericHandBack) in throw NumericHandBack(jump: .continueLoop) }
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
      if typing.kinds[s] == .bool {
        let x = register(e)
        return { (c) throws(NumericHandBack) in
          do throws(NumericHandBack) { c.registers[s] = try x(c) } catch { throw NumericBuilder.again(error, generic) }
        }
      }
      let x = real(e)
      return { (c) throws(NumericHandBack) in
        do throws(NumericHandBack) {
          let v = try x(c)
          c.registers[s] = NumericRegister(bits: v.value.bitPattern, numpy: v.numpy, bound: true)
        } catch { throw NumericBuilder.again(error, generic) }
      }
    case .unpack(let targets, let values):
      return unpack(targets, values, st.generic)
    case .append(let list, let e):
      guard let kind = typing.kind(e), let k = arrayIndex[typing.symbol(list)] else { return NumericBuilder.stop() }
      @inline(__always) func append(_ c: NumericContext, _ v: Value) {
        Unmanaged<PyList>.fromOpaque(c.arrays[k].base)._withUnsafeGuaranteedRef { $0.items.append(v) }
      }
      // The value made by its kind's own closure (no register in between).
      switch kind {
      case .real:
        let x = real(e)
        return simple(st.generic) { (c) throws(NumericHandBack) in
          let v = try x(c)
          append(c, v.numpy ? .f64(v.value) : .float(v.value))
        }
      case .int:
        let x = int(e)
        return simple(st.generic) { (c) throws(NumericHandBack) in
          let v = try x(c)
          append(c, v.numpy ? .i64(v.value) : .int(v.value))
        }
      case .bool:
        let x = register(e)
        return simple(st.generic) { (c) throws(NumericHandBack) in append(c, try x(c).value(.bool)) }
      }
    case .update(let n, let op, let e):
      return update(n, op, e, st.generic)
    case .store(let a, let indices, let e):
      if isRows(a) {
        guard let kind = typing.kind(e) else { return NumericBuilder.stop() }
        let x = register(e)
        let at = rowsPlace(a, indices)
        return simple(st.generic) { (c) throws(NumericHandBack) in
          let v = try x(c)
          let (row, p) = try at(c)
          NumericRows.write(row, p, v.value(kind))
        }
      }
      let k = arrayIndex[typing.symbol(a)] ?? 0
      let at = place(a, indices)
      if case .list = typing.containers[typing.symbol(a)], let cell = cell(a, indices),
        let constant = NumericBuilder.constant(e)
      {
        // `flags[j] = False`: the value made once, the position found in place.
        let generic = st.generic
        return { (c) throws(NumericHandBack) in
          do throws(NumericHandBack) {
            let p = try cell.position(c)
            c.arrays[k].base.assumingMemoryBound(to: Value.self)[p] = constant
          } catch { throw NumericBuilder.again(error, generic) }
        }
      }
      if case .list = typing.containers[typing.symbol(a)], let kind = typing.kind(e) {
        let x = register(e)
        return simple(st.generic) { (c) throws(NumericHandBack) in
          let v = try x(c)
          let p = try at(c)
          c.arrays[k].base.assumingMemoryBound(to: Value.self)[p] = v.value(kind)
        }
      }
      if typing.containers[typing.symbol(a)] == .array(.int64) {
        let x = int(e)
        return simple(st.generic) { (c) throws(NumericHandBack) in
          let v = try x(c).value
          let p = try at(c)
          c.arrays[k].base.assumingMemoryBound(to: Int.self)[p] = v
        }
      }
      if typing.containers[typing.symbol(a)] == .array(.bool) {
        let x = boolean(e)
        return simple(st.generic) { (c) throws(NumericHandBack) in
          let v = try x(c).value
          let p = try at(c)
          c.arrays[k].base.assumingMemoryBound(to: Bool.self)[p] = v != 0
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
          h.rest.insert(.statement(generic), at: 0)
          throw h
        }
        if go { try a(c) } else { try b(c) }
      }
    case .whileLoop(let cond, let body):
      return whileLoop(cond, body, st.generic)
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
          h.rest.insert(.statement(generic), at: 0)
          throw h
        }
        try run(c, bounds.0, PyRange.count(bounds.0, bounds.1, bounds.2), bounds.2)
      }
    }
  }

  /// A constant's Python value.
  static func constant(_ e: NumericExpr) -> Value? {
    switch e {
    case .int(let v): .int(v)
    case .real(let v): .float(v)
    case .bool(let b): .bool(b)
    default: nil
    }
  }

  /// A name's `op=`: the register combined with the value in one closure.
  private func update(_ n: NumericName, _ op: NumericOperator, _ e: NumericExpr, _ generic: @escaping Exec)
    -> NumericStep
  {
    let s = typing.symbol(n)
    if typing.kinds[s] == .int {
      return withIntLeaves(.name(n), e, IntUpdate(register: s, generic: generic, op: op)).step
    }
    if case .binary(let inner, let x, let y) = e, typing.kind(e) == .real,
      !(inner == .div && typing.kind(x) == .int && typing.kind(y) == .int)
    {
      // `total += x[i] * y[i]`: the product's leaves read inline too.
      return withRealLeaves(x, y, FusedUpdate(register: s, generic: generic, op: op, inner: inner)).step
    }
    return withRealLeaves(.name(n), e, RealUpdate(register: s, generic: generic, op: op)).step
  }

  struct IntUpdate: IntPair {
    let register: Int
    let generic: Exec
    let op: NumericOperator

    func make<X: IntLeaf, Y: IntLeaf>(_ x: X, _ y: Y) -> NumericBuilt {
      let (s, generic, op) = (register, self.generic, self.op)
      return .step { (c) throws(NumericHandBack) in
        do throws(NumericHandBack) {
          let v = try NumericBuilder.intOp(op, try x.read(c), try y.read(c))
          c.registers[s] = NumericRegister(bits: UInt64(bitPattern: Int64(v.value)), numpy: v.numpy, bound: true)
        } catch { throw NumericBuilder.again(error, generic) }
      }
    }
  }

  struct RealUpdate: RealPair {
    let register: Int
    let generic: Exec
    let op: NumericOperator

    func make<X: RealLeaf, Y: RealLeaf>(_ x: X, _ y: Y) -> NumericBuilt {
      let (s, generic, op) = (register, self.generic, self.op)
      return .step { (c) throws(NumericHandBack) in
        do throws(NumericHandBack) {
          let v = try NumericBuilder.realOp(op, try x.read(c), try y.read(c))
          c.registers[s] = NumericRegister(bits: v.value.bitPattern, numpy: v.numpy, bound: true)
        } catch { throw NumericBuilder.again(error, generic) }
      }
    }
  }

  /// `name op= x inner y` with `x` and `y` read inline.
  struct FusedUpdate: RealPair {
    let register: Int
    let generic: Exec
    let op: NumericOperator
    let inner: NumericOperator

    func make<X: RealLeaf, Y: RealLeaf>(_ x: X, _ y: Y) -> NumericBuilt {
      let (s, generic, op, inner) = (register, self.generic, self.op, self.inner)
      return .step { (c) throws(NumericHandBack) in
        do throws(NumericHandBack) {
          let v = try NumericBuilder.realOp(inner, try x.read(c), try y.read(c))
          let old = NumericReal(value: Double(bitPattern: c.registers[s].bits), numpy: c.registers[s].numpy)
          let r = try NumericBuilder.realOp(op, old, v)
          c.registers[s] = NumericRegister(bits: r.value.bitPattern, numpy: r.numpy, bound: true)
        } catch { throw NumericBuilder.again(error, generic) }
      }
    }
  }

  /// The position of a stored element: inline for names-plus-constants indices, else their steps.
  func place(_ a: NumericName, _ indices: [NumericExpr]) -> (NumericContext) throws(NumericHandBack) -> Int {
    if let cell = cell(a, indices) { return { (c) throws(NumericHandBack) in try cell.position(c) } }
    return position(arrayIndex[typing.symbol(a)] ?? 0, indices)
  }

  /// `a[i, j] op= e`: the element read, combined and stored at one position.
  private func updateElement(
    _ a: NumericName, _ indices: [NumericExpr], _ op: NumericOperator, _ e: NumericExpr, _ generic: @escaping Exec
  ) -> NumericStep {
    let s = typing.symbol(a)
    let k = arrayIndex[s] ?? 0
    if case .bound = typing.containers[s], indices.count == 1, typing.kind(.element(a, indices)) == .real,
      typing.kind(e) == .real
    {
      // `v[0] -= dx * m` on a list a walk bound: found, read, combined and stored in one step.
      let index = intOperand(indices[0])
      if case .binary(let inner, let x, let y) = e,
        !(inner == .div && typing.kind(x) == .int && typing.kind(y) == .int)
      {
        let update = BoundElementUpdate(array: k, index: index, generic: generic, op: op, inner: inner)
        return withRealLeaves(x, y, update).step
      }
      let update = BoundElementUpdate(array: k, index: index, generic: generic, op: op, inner: nil)
      return withRealLeaves(e, .real(0), update).step
    }
    if isRows(a) {
      let at = rowsPlace(a, indices)
      let combined = register(.binary(op, .element(a, indices), e))
      guard let kind = typing.kind(.binary(op, .element(a, indices), e)) else { return NumericBuilder.stop() }
      return simple(generic) { (c) throws(NumericHandBack) in
        let v = try combined(c)
        let (row, p) = try at(c)
        NumericRows.write(row, p, v.value(kind))
      }
    }
    if case .list = typing.containers[s] {
      // Read, combined and stored as the values they are (the list may hold any mix; a surprise hands back).
      let at = place(a, indices)
      let combined = register(.binary(op, .element(a, indices), e))
      guard let kind = typing.kind(.binary(op, .element(a, indices), e)) else { return NumericBuilder.stop() }
      return simple(generic) { (c) throws(NumericHandBack) in
        let p = try at(c)
        let v = try combined(c)
        c.arrays[k].base.assumingMemoryBound(to: Value.self)[p] = v.value(kind)
      }
    }
    if let cell = cell(a, indices) {
      if typing.containers[s] == .array(.int64) {
        return IntElementUpdate(cell: cell, generic: generic, op: op).make(intOperand(e))
      }
      if let r = realCell(e) { return RealElementUpdate(cell: cell, generic: generic, op: op).make(r) }
      if case .binary(let inner, let x, let y) = e, typing.kind(e) == .real,
        !(inner == .div && typing.kind(x) == .int && typing.kind(y) == .int)
      {
        // `C[i, j] += A[i, k] * B[k, j]`: the product's leaves read inline too.
        return withRealLeaves(x, y, FusedElementUpdate(cell: cell, generic: generic, op: op, inner: inner)).step
      }
      return RealElementUpdate(cell: cell, generic: generic, op: op).make(realOperand(e))
    }
    let at = position(k, indices)
    if typing.containers[s] == .array(.int64) {
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
      buffer[p] = try NumericBuilder.realOp(op, NumericReal(value: buffer[p], numpy: true), v).value
    }
  }

  struct IntElementUpdate {
    let cell: NumericCell
    let generic: Exec
    let op: NumericOperator

    func make<Y: IntLeaf>(_ y: Y) -> NumericStep {
      let (cell, generic, op) = (self.cell, self.generic, self.op)
      return { (c) throws(NumericHandBack) in
        do throws(NumericHandBack) {
          let p = try cell.position(c)
          let buffer = c.arrays[cell.array].base.assumingMemoryBound(to: Int.self)
          let v = try y.read(c)
          buffer[p] = try NumericBuilder.intOp(op, NumericInt(value: buffer[p], numpy: true), v).value
        } catch { throw NumericBuilder.again(error, generic) }
      }
    }
  }

  struct RealElementUpdate {
    let cell: NumericCell
    let generic: Exec
    let op: NumericOperator

    func make<Y: RealLeaf>(_ y: Y) -> NumericStep {
      let (cell, generic, op) = (self.cell, self.generic, self.op)
      return { (c) throws(NumericHandBack) in
        do throws(NumericHandBack) {
          let p = try cell.position(c)
          let buffer = c.arrays[cell.array].base.assumingMemoryBound(to: Double.self)
          let v = try y.read(c)
          buffer[p] = try NumericBuilder.realOp(op, NumericReal(value: buffer[p], numpy: true), v).value
        } catch { throw NumericBuilder.again(error, generic) }
      }
    }
  }

  /// `a[i] op= x inner y` with the element's position, `x` and `y` all read inline.
  struct FusedElementUpdate: RealPair {
    let cell: NumericCell
    let generic: Exec
    let op: NumericOperator
    let inner: NumericOperator

    func make<X: RealLeaf, Y: RealLeaf>(_ x: X, _ y: Y) -> NumericBuilt {
      let (cell, generic, op, inner) = (self.cell, self.generic, self.op, self.inner)
      return .step { (c) throws(NumericHandBack) in
        do throws(NumericHandBack) {
          let p = try cell.position(c)
          let buffer = c.arrays[cell.array].base.assumingMemoryBound(to: Double.self)
          let v = try NumericBuilder.realOp(inner, try x.read(c), try y.read(c))
          buffer[p] = try NumericBuilder.realOp(op, NumericReal(value: buffer[p], numpy: true), v).value
        } catch { throw NumericBuilder.again(error, generic) }
      }
    }
  }

  /// `v[j] op= x inner y` (or `v[j] op= x` when `inner` is nil) for a float item of a list a walk bound: found,
  /// read, combined and stored with its leaves read inline.
  struct BoundElementUpdate: RealPair {
    let array: Int
    let index: IntOperand
    let generic: Exec
    let op: NumericOperator
    let inner: NumericOperator?

    func make<X: RealLeaf, Y: RealLeaf>(_ x: X, _ y: Y) -> NumericBuilt {
      let (array, index, generic, op, inner) = (self.array, self.index, self.generic, self.op, self.inner)
      return .step { (c) throws(NumericHandBack) in
        do throws(NumericHandBack) {
          let (row, p) = try NumericRows.bound(c, array, try index.read(c).value)
          let item = try RealCell.item(NumericRows.read(row, p))
          let v: NumericReal
          if let inner { v = try NumericBuilder.realOp(inner, try x.read(c), try y.read(c)) } else { v = try x.read(c) }
          let r = try NumericBuilder.realOp(op, item, v)
          NumericRows.write(row, p, r.numpy ? .f64(r.value) : .float(r.value))
        } catch { throw NumericBuilder.again(error, generic) }
      }
    }
  }

  /// Where one target of an assignment stores: `prepare` finds the position (and can hand back), `commit` stores
  /// (and cannot fail), converting as NumPy's setitem does.
  struct Sink {
    let prepare: (NumericContext) throws(NumericHandBack) -> Int
    let commit: (NumericContext, Int, NumericRegister) -> Void
  }

  func sink(_ t: NumericTarget, _ kind: NumericKind) -> Sink {
    switch t {
    case .name(let n):
      let s = typing.symbol(n)
      return Sink(prepare: { _ in 0 }, commit: { c, _, v in c.registers[s] = v })
    case .element(let a, let indices):
      let k = arrayIndex[typing.symbol(a)] ?? 0
      let at = place(a, indices)
      switch (typing.containers[typing.symbol(a)], kind) {
      case (.array(.bool)?, _):
        return Sink(
          prepare: at, commit: { c, p, v in c.arrays[k].base.assumingMemoryBound(to: Bool.self)[p] = v.bits != 0 })
      case (.array(.int64)?, _):
        return Sink(
          prepare: at,
          commit: { c, p, v in c.arrays[k].base.assumingMemoryBound(to: Int.self)[p] = Int(Int64(bitPattern: v.bits)) })
      case (.array?, .int):
        return Sink(
          prepare: at,
          commit: { c, p, v in
            c.arrays[k].base.assumingMemoryBound(to: Double.self)[p] = Double(Int(Int64(bitPattern: v.bits)))
          })
      case (.array?, _):
        return Sink(
          prepare: at,
          commit: { c, p, v in c.arrays[k].base.assumingMemoryBound(to: Double.self)[p] = Double(bitPattern: v.bits) })
      default:
        return Sink(
          prepare: at, commit: { c, p, v in c.arrays[k].base.assumingMemoryBound(to: Value.self)[p] = v.value(kind) })
      }
    }
  }

  /// `a, b = x, y`: the values, then every target's position, then the stores in order (so nothing is stored
  /// unless every store can be; typing checks no position depends on an earlier store).
  private func unpack(_ targets: [NumericTarget], _ values: [NumericExpr], _ generic: @escaping Exec)
    -> NumericStep
  {
    var sinks: [Sink] = []
    for (t, v) in zip(targets, values) {
      guard let kind = typing.kind(v) else { return NumericBuilder.stop() }
      sinks.append(sink(t, kind))
    }
    guard sinks.count == 2 else {
      let steps = values.map { register($0) }
      return simple(generic) { (c) throws(NumericHandBack) in
        var vs: [NumericRegister] = []
        for step in steps { vs.append(try step(c)) }
        var ps: [Int] = []
        for sink in sinks { ps.append(try sink.prepare(c)) }
        for k in sinks.indices { sinks[k].commit(c, ps[k], vs[k]) }
      }
    }
    let x = register(values[0])
    let y = register(values[1])
    let (prepareFirst, commitFirst) = (sinks[0].prepare, sinks[0].commit)
    let (prepareSecond, commitSecond) = (sinks[1].prepare, sinks[1].commit)
    return { (c) throws(NumericHandBack) in
      do throws(NumericHandBack) {
        let a = try x(c)
        let b = try y(c)
        let p = try prepareFirst(c)
        let q = try prepareSecond(c)
        commitFirst(c, p, a)
        commitSecond(c, q, b)
      } catch { throw NumericBuilder.again(error, generic) }
    }
  }

  // MARK: Loops

  /// `while cond:` as the generic loop runs it (test, back-edge check, body); a hand-back anywhere gives the rest
  /// to the generic loop, which asks the test again (it has no effects).
  func whileLoop(_ cond: NumericCondition, _ body: [NumericStatement], _ generic: @escaping Exec) -> NumericStep {
    let t = test(cond)
    let b = block(body)
    let rt = self.rt
    return { (c) throws(NumericHandBack) in
      let interrupt = rt.interrupt
      let finalizers = rt.finalizers
      while true {
        let go: Bool
        do throws(NumericHandBack) { go = try t(c) } catch { throw NumericBuilder.again(error, generic) }
        if !go { return }
        if interrupt.isRaised || finalizers.waiting { throw NumericHandBack(rest: [.loop(generic)]) }
        rt.ticks &+= 1
        if rt.ticks & Runtime.tickMask == 0 { rt.host.poll() }
        do throws(NumericHandBack) { try b(c) } catch {
          if let jump = error.jump {
            if jump == .breakLoop { return }
            continue
          }
          var h = error
          h.rest.append(.loop(generic))
          throw h
        }
      }
    }
  }

  /// Runs `count` iterations from `start`; at each back-edge, an interrupt or a waiting finaliser hands the rest of
  /// the loop back, and so does anything its body hands back.
  func loop(_ l: NumericLoop) -> LoopStep {
    let v = typing.symbol(l.variable)
    let body = block(l.body)
    let rt = self.rt
    let genericBody = l.genericBody
    let place = l.variable.place
    let range = l.range
    let items = l.elements
    // `x = xs[i]` for a loop over items: each read checks a list's item is of its kind (else the rest of the
    // loop, from this iteration, is the generic engine's).
    let offset = l.offset
    let position: NumericExpr = offset == 0 ? .name(l.variable) : .binary(.sub, .name(l.variable), .int(offset))
    let reads = items.map { (typing.symbol($0.target), register(.element($0.source, [position]))) }
    let assign: NumericStep? =
      switch reads.count {
      case 0: l.walk.map { walkStep($0, counter: v) }
      case 1:
        // One walk (the common case): the read made by its kind's own closure, with no register closure between.
        switch typing.kind(.element(items[0].source, [position])) {
        case .real?:
          { [target = reads[0].0, read = real(.element(items[0].source, [position]))] (c) throws(NumericHandBack) in
            let v = try read(c)
            c.registers[target] = NumericRegister(bits: v.value.bitPattern, numpy: v.numpy, bound: true)
          }
        case .int?:
          { [target = reads[0].0, read = int(.element(items[0].source, [position]))] (c) throws(NumericHandBack) in
            let v = try read(c)
            c.registers[target] = NumericRegister(bits: UInt64(bitPattern: Int64(v.value)), numpy: v.numpy, bound: true)
          }
        default:
          { [target = reads[0].0, read = reads[0].1] (c) throws(NumericHandBack) in c.registers[target] = try read(c) }
        }
      default:
        NumericBuilder.chained(reads)
      }
    // Called unwrapped (an optional closure is retained at each call).
    let assigns = assign != nil
    var assignItems: NumericStep = NumericBuilder.nothing
    if let assign { assignItems = assign }
    /// The iterations from `from` on, run by the generic engine.
    func rest(_ from: Int, _ remaining: Int, _ step: Int) -> NumericRest {
      .loop { (f) throws(PyError) -> Flow in
        var i = from
        if let walk = l.walk {
          // A walk: the generic engine unpacks each item as Python does (raising where the tier handed back).
          guard let walked = WalkedSources([walk.source.place.load(f)]) else { return .normal }
          while i < walked.shortest {
            do throws(PyError) { try rt.tick() } catch { throw error.located(range) }
            place.store(f, .int(i))
            try walk.assign(f, walked.item(0, i))
            let r = try genericBody(f)
            if r != .normal && r != .continueLoop { return r == .breakLoop ? .normal : r }
            i &+= 1
          }
          return .normal
        }
        if !items.isEmpty {
          // A walk over items: the objects the names hold at the hand-back (the tier rebinds none), their
          // lengths read at each step, as the generic walk does.
          guard let walked = WalkedSources(items.map { $0.source.place.load(f) }) else { return .normal }
          while i - offset < walked.shortest {
            do throws(PyError) { try rt.tick() } catch { throw error.located(range) }
            place.store(f, .int(i))
            for (j, item) in items.enumerated() {
              item.target.place.store(f, walked.item(j, i - offset))
            }
            let r = try genericBody(f)
            if r != .normal && r != .continueLoop { return r == .breakLoop ? .normal : r }
            i &+= 1
          }
          return .normal
        }
        for _ in 0..<remaining {
          do throws(PyError) { try rt.tick() } catch { throw error.located(range) }
          place.store(f, .int(i))
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
      let interrupt = rt.interrupt
      let finalizers = rt.finalizers
      while k < count {
        if interrupt.isRaised || finalizers.waiting {
          throw NumericHandBack(rest: [rest(i, count - k, step)])
        }
        rt.ticks &+= 1
        if rt.ticks & Runtime.tickMask == 0 { rt.host.poll() }
        c.registers[v] = NumericRegister(bits: UInt64(bitPattern: Int64(i)), numpy: false, bound: true)
        if assigns {
          do throws(NumericHandBack) { try assignItems(c) } catch {
            throw NumericHandBack(rest: [rest(i, count - k, step)])
          }
        }
        do throws(NumericHandBack) { try body(c) } catch {
          if let jump = error.jump {
            if jump == .breakLoop { return }
          } else {
            // The loop's own entry always follows, so a `break` the generic engine meets ends this loop.
            var h = error
            h.rest.append(rest(i &+ step, count - k - 1, step))
            throw h
          }
        }
        i &+= step
        k += 1
      }
    }
  }
}

extension NumericBuilder {
  /// Each read into its register in turn, chained rather than looped over (a closure taken from an array is retained
  /// at each call).
  static func chained(_ reads: [(Int, (NumericContext) throws(NumericHandBack) -> NumericRegister)]) -> NumericStep {
    var step: NumericStep = NumericBuilder.nothing
    for (target, read) in reads.reversed() {
      let rest = step
      step = { (c) throws(NumericHandBack) in
        c.registers[target] = try read(c)
        try rest(c)
      }
    }
    return step
  }

  static func nothing(_ c: NumericContext) throws(NumericHandBack) {}

  /// A walk's step at each iteration: item `i` of the walked list unpacked (the counter holds `i`); an item that
  /// does not match, or a bound list that is also a list the item is made of, hands back.
  func walkStep(_ w: NumericWalk, counter: Int) -> NumericStep {
    let source = arrayIndex[typing.symbol(w.source)] ?? 0
    var ops: [NumericWalkProgram.Op] = []
    var frames = 1
    func compile(_ p: NumericPattern, frame: Int, offset: Int) {
      switch p {
      case .sequence(let parts):
        let opened = frames
        frames += 1
        ops.append(.init(kind: .unpack, frame: frame, offset: offset, target: opened, count: parts.count))
        for (j, part) in parts.enumerated() { compile(part, frame: opened, offset: j) }
      case .leaf(let n):
        let s = typing.symbol(n)
        let kind: NumericWalkProgram.Kind
        var target = s
        if case .bound = typing.containers[s] {
          // A list when it is subscripted; any object when the loop never reads the name.
          kind = typing.symbols.arrayRank[s] == nil ? .object : .list
          target = arrayIndex[s] ?? 0
        } else {
          switch typing.kinds[s] {
          case .real?: kind = .real
          case .int?: kind = .int
          case .bool?: kind = .bool
          case nil: kind = .never
          }
        }
        ops.append(.init(kind: kind, frame: frame, offset: offset, target: target, count: 0))
      }
    }
    compile(w.pattern, frame: 0, offset: 0)
    let program = NumericWalkProgram(ops, tag: SlotPeek.objectTag)
    let bound: [Int] = w.leaves.compactMap { leaf in
      if case .bound = typing.containers[typing.symbol(leaf)] { return arrayIndex[typing.symbol(leaf)] }
      return nil
    }
    return { (c) throws(NumericHandBack) in
      let i = Int(Int64(bitPattern: c.registers[counter].bits))
      let outer = Unmanaged<PyObject>.fromOpaque(c.arrays[source].base)
      let matched = outer._withUnsafeGuaranteedRef { list -> Bool in
        guard let items = ItemsPeek.items(list), UInt(bitPattern: i) < UInt(bitPattern: items.count),
          let base = items.baseAddress
        else { return false }
        return program.bind(c, base + i)
      }
      guard matched else { throw NumericHandBack() }
      var b = 0
      while b < bound.count {
        let list = c.arrays[bound[b]].base
        if list == c.arrays[source].base || program.met(list) { throw NumericHandBack() }
        b += 1
      }
    }
  }
}
