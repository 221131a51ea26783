/// Generator bodies compile to resumable statements: each block, loop, branch and `try` keeps its position in a
/// frame slot, so after a `yield` the next resumption walks straight back to it (the frame's resume flag is set
/// until the `yield` is reached again).
extension Compiler {
  /// Item `k` of a list, tuple or range walked in place, or nil past its end (a list's length is read now: the
  /// body may have changed it, as its iterator would see).
  @inline(__always) static func item(of o: PyObject, at k: Int) -> Value? {
    switch o.tag {
    case .list:
      let items = unsafeDowncast(o, to: PyList.self).items
      return k < items.count ? items[k] : nil
    case .tuple:
      let items = unsafeDowncast(o, to: PyTuple.self).items
      return k < items.count ? items[k] : nil
    default:
      let r = unsafeDowncast(o, to: PyRange.self)
      return k < r.count ? .int(r.element(k)) : nil
    }
  }

  @inline(__always) static func resuming(_ f: Frame, _ slot: Int) -> Bool {
    if case .bool(true) = f[slot] { return true }
    return false
  }

  func compileResumableBlock(_ body: [Stmt]) throws(PyError) -> Exec {
    var pauses: [Bool] = []
    let execs = try body.map { (s) throws(PyError) -> ExecRef in
      let before = yieldsCompiled
      let run = try compile(s)
      pauses.append(yieldsCompiled != before)
      return ExecRef(run: run)
    }
    guard let rs = resumeSlot else { return block(execs) }
    // One statement: a resumption can only start at it, so no position is kept.
    if execs.count == 1 { return execs[0].run }
    let pc = newSlot()
    let steps = Compiler.resumableSteps(execs, pauses, from: 0, pc)
    return { (f) throws(PyError) -> Flow in
      var k = 0
      if Compiler.resuming(f, rs), case .int(let saved) = f[pc] { k = saved }
      return try steps(f, k)
    }
  }

  /// Statements `first…` of a block run in order from the one at the given position, each that can pause (holds a
  /// `yield`) noting its position in `pc` first: halves of captured closures, as `block` makes (a closure read out
  /// of an array is retained at each call).
  ///
  /// A statement that cannot pause is never where a resumption starts, so it leaves `pc` alone.
  private static func resumableSteps(_ execs: [ExecRef], _ pauses: [Bool], from first: Int, _ pc: Int)
    -> (Frame, Int) throws(PyError) -> Flow
  {
    switch execs.count {
    case 0:
      return { _, _ in .normal }
    case 1:
      let run = execs[0].run
      guard pauses.first ?? true else { return { (f, _) throws(PyError) -> Flow in try run(f) } }
      return { (f, _) throws(PyError) -> Flow in
        f[pc] = .int(first)
        return try run(f)
      }
    default:
      let mid = execs.count / 2
      let left = resumableSteps(Array(execs[..<mid]), Array(pauses[..<mid]), from: first, pc)
      let right = resumableSteps(Array(execs[mid...]), Array(pauses[mid...]), from: first + mid, pc)
      let split = first + mid
      return { (f, start) throws(PyError) -> Flow in
        if start >= split { return try right(f, start) }
        let r = try left(f, start)
        if r != .normal { return r }
        return try right(f, split)
      }
    }
  }

  func compileResumableIf(_ test: Expr, _ body: [Stmt], _ orElse: [Stmt]) throws(PyError) -> Exec {
    let t = try compileCondition(test)
    let a = try compileBlock(body)
    let b = try compileBlock(orElse)
    guard let rs = resumeSlot else { return { (f) throws(PyError) -> Flow in try t(f) ? try a(f) : try b(f) } }
    let phase = newSlot()
    return { (f) throws(PyError) -> Flow in
      if Compiler.resuming(f, rs) {
        if case .int(0) = f[phase] { return try a(f) }
        return try b(f)
      }
      let yes = try t(f)
      f[phase] = .int(yes ? 0 : 1)
      return yes ? try a(f) : try b(f)
    }
  }

  func compileResumableWhile(_ test: Expr, _ body: [Stmt], _ orElse: [Stmt]) throws(PyError) -> Exec {
    let rt = self.rt
    let t = try compileCondition(test)
    let b = try compileBlock(body)
    let e = try compileBlock(orElse)
    guard let rs = resumeSlot else { return { _ in .normal } }
    let phase = newSlot()
    return { (f) throws(PyError) -> Flow in
      var resume = Compiler.resuming(f, rs)
      if resume, case .int(1) = f[phase] { return try e(f) }
      // In the body until the loop ends (a resumption into the body finds it so).
      if !resume { f[phase] = .int(0) }
      while true {
        if !resume {
          guard try t(f) else { break }
          try rt.tick()
        }
        resume = false
        let r = try b(f)
        if r == .breakLoop { return .normal }
        if r == .returned || r == .yielded { return r }
      }
      f[phase] = .int(1)
      return try e(f)
    }
  }

  func compileResumableFor(_ target: Expr, _ iterable: Expr, _ body: [Stmt], _ orElse: [Stmt], _ range: SourceRange)
    throws(PyError) -> Exec
  {
    let rt = self.rt
    let it = try compile(iterable)
    let assign = try compileAssignment(target)
    let b = try compileBlock(body)
    let e = try compileBlock(orElse)
    guard let rs = resumeSlot else { return { _ in .normal } }
    let iteratorSlot = newSlot()
    let phase = newSlot()
    // The next position, when the loop walks a list, tuple or range in place (as the plain loop does) rather
    // than through an iterator object.
    let position = newSlot()
    var localTarget = -1
    if specialise, case .name(let n) = target.kind, case .local(let s) = place(of: n) { localTarget = s }
    let iterRange = iterable.range
    return { (f) throws(PyError) -> Flow in
      var resume = Compiler.resuming(f, rs)
      if resume, case .int(1) = f[phase] { return try e(f) }
      if !resume {
        let source: Value
        do throws(PyError) { source = try it(f) } catch { throw error.located(iterRange) }
        if Compiler.iteratesInPlace(source) {
          f[iteratorSlot] = source
          f[position] = .int(0)
        } else {
          do throws(PyError) { f[iteratorSlot] = .object(try rt.iterate(source)) } catch {
            throw error.located(iterRange)
          }
          f[position] = .unbound
        }
      }
      guard case .object(let io) = f[iteratorSlot] else { return .normal }
      // In the body until the loop ends (a resumption into the body finds it so).
      if !resume { f[phase] = .int(0) }
      while true {
        if !resume {
          do throws(PyError) { try rt.tick() } catch { throw error.located(range) }
          let next: Value?
          if case .int(let k) = f[position] {
            next = Compiler.item(of: io, at: k)
            f[position] = .int(k &+ 1)
          } else {
            do throws(PyError) { next = try unsafeDowncast(io, to: PyIterator.self).next(rt) } catch {
              throw error.located(iterRange)
            }
          }
          guard let v = next else { break }
          if localTarget >= 0 { f[localTarget] = v } else { try assign(f, v) }
        }
        resume = false
        let r = try b(f)
        if r == .yielded { return r }
        if r == .breakLoop || r == .returned {
          f[iteratorSlot] = .unbound
          return r == .breakLoop ? .normal : r
        }
      }
      f[iteratorSlot] = .unbound
      f[phase] = .int(1)
      return try e(f)
    }
  }

  /// `yield x`, `x = yield y` and `yield from it` as statements; nil for any other expression.
  func compileYieldStatement(_ e: Expr, store: Store?) throws(PyError) -> Exec? {
    guard let rs = resumeSlot else { return nil }
    let rt = self.rt
    let range = e.range
    if case .yield = e.kind { yieldsCompiled += 1 }
    if case .yieldFrom = e.kind { yieldsCompiled += 1 }
    switch e.kind {
    case .yield(let value):
      let v: Eval = try value.map { (x) throws(PyError) in try compile(x) } ?? { _ in .none }
      return { (f) throws(PyError) -> Flow in
        if Compiler.resuming(f, rs) {
          f[rs] = .unbound
          var sent = Value.none
          if !rt.sentValue.isNone { swap(&sent, &rt.sentValue) }
          if rt.throwIsPending, let pending = rt.pendingThrow {
            rt.pendingThrow = nil
            throw pending.located(range)
          }
          try store?(f, sent)
          return .normal
        }
        do throws(PyError) { rt.yieldValue = try v(f) } catch { throw error.located(range) }
        return .yielded
      }
    case .yieldFrom(let source):
      let s = try compile(source)
      let sub = newSlot()
      return { (f) throws(PyError) -> Flow in
        // On resumption the sent value or thrown exception goes on to the inner generator.
        var sent = Value.none
        var pending: PyError?
        if Compiler.resuming(f, rs) {
          f[rs] = .unbound
          sent = rt.sentValue
          rt.sentValue = .none
          pending = rt.pendingThrow
          rt.pendingThrow = nil
        } else {
          do throws(PyError) { f[sub] = .object(try rt.iterate(try s(f))) } catch { throw error.located(range) }
        }
        guard case .object(let o) = f[sub] else { return .normal }
        let iterator = unsafeDowncast(o, to: PyIterator.self)
        let next: Value?
        do throws(PyError) {
          if let g = iterator as? PyGenerator {
            next = try g.resume(rt, sending: sent, throwing: pending)
          } else {
            if let pending { throw pending }
            next = try iterator.next(rt)
          }
        } catch {
          f[sub] = .unbound
          throw error.located(range)
        }
        if let v = next {
          rt.yieldValue = v
          return .yielded
        }
        f[sub] = .unbound
        var result: Value = .none
        if let g = iterator as? PyGenerator { result = g.returned }
        try store?(f, result)
        return .normal
      }
    default:
      return nil
    }
  }
}
