extension Compiler {
  /// `for target in iterable:`.
  ///
  /// Lists, tuples and ranges are walked without iterator objects; `range(…)` called directly (the builtin, not a
  /// user's `range`) counts in a machine integer.
  ///
  /// With its numeric form, when the loop has one (`NumericForm`): the numeric tier then runs it when the values
  /// at entry type, trying at the first iteration and again at the second (after one generic iteration has given
  /// `s = 0` its float value, say).
  func compileFor(_ target: Expr, _ iterable: Expr, _ body: [Stmt], _ orElse: [Stmt], _ range: SourceRange)
    throws(PyError) -> CompiledStatement
  {
    let parts = try body.map { (s) throws(PyError) in try compileNumeric(s) }
    return try compileLoop(target, iterable, parts, orElse, range)
  }

  /// `for target in iterable:` over a body already compiled (a `for` statement's, or the one `sum` of a
  /// generator expression makes, `Compiler+NumericAccumulation`).
  func compileLoop(
    _ target: Expr, _ iterable: Expr, _ parts: [CompiledStatement], _ orElse: [Stmt], _ range: SourceRange
  ) throws(PyError) -> CompiledStatement {
    let rt = self.rt
    let assign = try compileAssignment(target)
    let b = block(parts.map { ExecRef(run: $0.exec) })
    let e = try compileBlock(orElse)
    let hasElse = !orElse.isEmpty
    let iterRange = iterable.range

    // A plain local loop variable is written straight into its slot.
    var localTarget = -1
    if specialise, case .name(let n) = target.kind, case .local(let s) = place(of: n) { localTarget = s }

    /// Runs the body once; returns the flow that ends the loop, or nil to go on.
    @inline(__always) func step(_ f: Frame, _ v: consuming Value) throws(PyError) -> Flow? {
      if localTarget >= 0 { f[localTarget] = v } else { try assign(f, v) }
      let r = try b(f)
      if r == .normal || r == .continueLoop { return nil }
      return r
    }
    @inline(__always) func finish(_ f: Frame, _ r: Flow?) throws(PyError) -> Flow {
      if let r { return r == .breakLoop ? .normal : r }
      return hasElse ? try e(f) : .normal
    }

    if specialise, let rangeArgs = try directRangeArguments(iterable) {
      let builtinRange = rt.builtins["range"]
      let box = rt.globals.box("range")
      let generic = try compile(iterable)
      let form = numericLoop(target, iterable, parts, b, assign, range)
      // With an `else`, the tier would have to say whether a `break` ended the loop: such loops stay generic.
      let plan = form.flatMap { hasElse && $0.body.breaks ? nil : NumericPlan(.forLoop($0), rt) }
      let exec: Exec = { (f) throws(PyError) -> Flow in
        var rangeObject: Value
        if box.value.isUnbound, builtinRange != nil {
          var bounds = (0, 0, 1)
          do throws(PyError) { bounds = try rangeArgs(f) } catch { throw error.located(iterRange) }
          rt.counters.rangeLoops &+= 1
          var i = bounds.0
          let stepBy = bounds.2
          var r: Flow?
          let count = PyRange.count(bounds.0, bounds.1, stepBy)
          var k = 0
          let trying = plan?.entering() ?? false
          while k < count {
            if k < 2, trying, let plan, try plan.run(f, start: i, count: count - k, step: stepBy) {
              return try finish(f, nil)
            }
            do throws(PyError) { try rt.tick() } catch { throw error.located(range) }
            r = try step(f, .int(i))
            if r != nil { break }
            i &+= stepBy
            k += 1
          }
          return try finish(f, r)
        }
        rangeObject = try generic(f)
        return try Compiler.iterate(rangeObject, f, rt, range, iterRange, step, finish)
      }
      return CompiledStatement(
        exec: exec, form: orElse.isEmpty ? form.map { NumericStatement(kind: .loop($0), generic: exec) } : nil,
        plan: plan)
    }
    if specialise, case .call(let callee, let args) = iterable.kind, case .name("reversed") = callee.kind,
      args.count == 1, case .positional(let inner) = args[0], place(of: "reversed").isGlobal,
      let rangeArgs = try directRangeArguments(inner)
    {
      // `for i in reversed(range(…))` with the builtins themselves counts down in a machine integer, as the
      // reversed range's iterator would.
      let builtinsHere = rt.builtins["range"] != nil && rt.builtins["reversed"] != nil
      let boxes = [rt.globals.box("range"), rt.globals.box("reversed")]
      let generic = try compile(iterable)
      return CompiledStatement(
        exec: { (f) throws(PyError) -> Flow in
          guard builtinsHere, boxes[0].value.isUnbound, boxes[1].value.isUnbound else {
            return try Compiler.iterate(try generic(f), f, rt, range, iterRange, step, finish)
          }
          var bounds = (0, 0, 1)
          do throws(PyError) { bounds = try rangeArgs(f) } catch { throw error.located(iterRange) }
          rt.counters.rangeLoops &+= 1
          var k = PyRange.count(bounds.0, bounds.1, bounds.2)
          var r: Flow?
          while k > 0 {
            k -= 1
            do throws(PyError) { try rt.tick() } catch { throw error.located(range) }
            r = try step(f, .int(bounds.0 &+ k &* bounds.2))
            if r != nil { break }
          }
          return try finish(f, r)
        }, form: nil)
    }
    if let form = numericLoop(target, iterable, parts, b, assign, range), !form.elements.isEmpty || form.walk != nil,
      !(hasElse && form.body.breaks), let plan = NumericPlan(.forLoop(form), rt)
    {
      let generic = try compile(iterable)
      let counter = form.variable.place
      let items = form.elements
      let walk = form.walk
      let boxes = form.boxes
      let offset = form.offset
      let targets = items.map(\.target.place)
      // Frame slots when the counter and every target are locals (the common case), written without going
      // through `NumericPlace`; -1 otherwise.
      var slots: [Int] = []
      for place in [counter] + targets {
        guard case .local(let s) = place else { break }
        slots.append(s)
      }
      let counterSlot = walk == nil && slots.count == targets.count + 1 ? slots[0] : -1
      let targetSlots = Array(slots.dropFirst())
      // `for x in xs` (or `enumerate(xs)`) into locals: a list is walked with no arrays made for the walk.
      let singleSource = counterSlot >= 0 && items.count == 1 ? items[0].source.place : nil
      let singleTarget = targetSlots.first ?? -1
      let exec: Exec = { (f) throws(PyError) -> Flow in
        if let singleSource {
          let v = singleSource.load(f)
          if case .object(let o) = v, o.tag == .list, boxes.allSatisfy({ $0.value.isUnbound }) {
            // `v` keeps the list alive; its length is read at each step.
            let list = unsafeDowncast(o, to: PyList.self)
            let trying = plan.entering()
            var r: Flow?
            var k = 0
            while k < list.items.count {
              if trying, k < 2, singleSource.load(f).isIdentical(to: v),
                try plan.run(f, start: k + offset, count: list.items.count - k, step: 1)
              {
                return try finish(f, nil)
              }
              do throws(PyError) { try rt.tick() } catch { throw error.located(range) }
              f[counterSlot] = .int(k + offset)
              f[singleTarget] = list.items[k]
              r = try b(f)
              if r != .normal && r != .continueLoop { break }
              r = nil
              k += 1
            }
            return try finish(f, r)
          }
        }
        // Walked by position (the tier tried at the first two items) while the builtins are themselves and every
        // source is a list or a 1-d array; anything else is iterated as Python does. The objects walked are the
        // ones the names hold now, as Python's iterators hold them, and lengths are read at each step (a list can
        // change under a body that runs the user's code, an `__iadd__` say).
        var sources: [Value] = []
        var walkable = boxes.allSatisfy { $0.value.isUnbound }
        for item in items where walkable {
          let v = item.source.place.load(f)
          walkable = NumericItem.count(v) != nil
          sources.append(v)
        }
        // A walk unpacks the items of a list.
        if let walk, walkable {
          let v = walk.source.place.load(f)
          walkable = v.object?.tag == .list
          sources.append(v)
        }
        guard walkable, let walked = WalkedSources(sources) else {
          return try Compiler.iterate(try generic(f), f, rt, range, iterRange, step, finish)
        }
        // A plan that rests is not tried; the walk by position goes on (no tuples made for `zip` or `enumerate`).
        let trying = plan.entering()
        // Unwrapped once: an optional struct bound in the loop would be copied, and its references retained, at
        // every step.
        let walks = walk != nil
        let assignWhole: Store = walk?.assign ?? { _, _ in }
        var r: Flow?
        var k = 0
        while k < walked.shortest {
          if trying, k < 2, NumericItem.held(items, sources, f),
            walk.map({ $0.source.place.load(f).isIdentical(to: sources[0]) }) ?? true,
            try plan.run(f, start: k + offset, count: walked.shortest - k, step: 1)
          {
            return try finish(f, nil)
          }
          do throws(PyError) { try rt.tick() } catch { throw error.located(range) }
          if counterSlot >= 0 {
            f[counterSlot] = .int(k + offset)
            var j = 0
            while j < targetSlots.count {
              f[targetSlots[j]] = walked.item(j, k)
              j += 1
            }
          } else if walks {
            counter.store(f, .int(k + offset))
            try assignWhole(f, walked.item(0, k))
          } else {
            counter.store(f, .int(k + offset))
            var j = 0
            while j < targets.count {
              targets[j].store(f, walked.item(j, k))
              j += 1
            }
          }
          r = try b(f)
          if r != .normal && r != .continueLoop { break }
          r = nil
          k += 1
        }
        return try finish(f, r)
      }
      return CompiledStatement(
        exec: exec, form: orElse.isEmpty ? NumericStatement(kind: .loop(form), generic: exec) : nil, plan: plan)
    }
    if specialise, let pairs = try dictItemsLoop(target, iterable, b, finish: finish, range) {
      return CompiledStatement(exec: pairs, form: nil)
    }
    var it = try compile(iterable)
    // `for x in {1, 2, 3}` iterates a frozenset constant (CPython's AST optimiser folds the display).
    if case .set(let items) = iterable.kind, let values = constantValues(items) {
      let frozen = Value.object(try constantFrozenset(values))
      it = { _ in frozen }
    }
    return CompiledStatement(
      exec: { (f) throws(PyError) -> Flow in
        let v = try it(f)
        return try Compiler.iterate(v, f, rt, range, iterRange, step, finish)
      }, form: nil)
  }

  /// `for k, v in d.items():` on a dict: its entries are walked in place, with no tuple made per item, raising as
  /// its iterator would (`PyDict.Walk`); anything else calls its `items()` and iterates that.
  private func dictItemsLoop(
    _ target: Expr, _ iterable: Expr, _ body: @escaping Exec,
    finish: @escaping (Frame, Flow?) throws(PyError) -> Flow, _ range: SourceRange
  ) throws(PyError) -> Exec? {
    guard case .call(let callee, let args) = iterable.kind, args.isEmpty,
      case .attribute(let base, "items") = callee.kind
    else { return nil }
    let parts: [Expr]
    switch target.kind {
    case .tuple(let ts), .list(let ts): parts = ts
    default: return nil
    }
    guard parts.count == 2, !parts.contains(where: { if case .starred = $0.kind { true } else { false } }) else {
      return nil
    }
    let rt = self.rt
    let receiver = try compile(base)
    let first = try compileAssignment(parts[0])
    let second = try compileAssignment(parts[1])
    let whole = try compileAssignment(target)
    let iterRange = iterable.range
    return { (f) throws(PyError) -> Flow in
      let d = try receiver(f)
      guard case .object(let o) = d, o.tag == .dict, o.type.isBuiltin else {
        let items: Value
        do throws(PyError) {
          items = try Compiler.callGeneric(rt, try rt.getAttribute(d, "items"), [], [], iterRange)
        } catch { throw error.located(iterRange) }
        return try Compiler.iterate(
          items, f, rt, range, iterRange,
          { (f, v) throws(PyError) -> Flow? in
            try whole(f, v)
            let r = try body(f)
            return r == .normal || r == .continueLoop ? nil : r
          }, finish)
      }
      let dict = unsafeDowncast(o, to: PyDict.self)
      var walk = PyDict.Walk(dict)
      var r: Flow?
      while true {
        do throws(PyError) { try rt.tick() } catch { throw error.located(range) }
        let next: PyDict.Entry?
        do throws(PyError) { next = try walk.next(dict) } catch { throw error.located(iterRange) }
        guard let entry = next else { break }
        try first(f, entry.key)
        try second(f, entry.value)
        let flow = try body(f)
        if flow != .normal && flow != .continueLoop {
          r = flow
          break
        }
      }
      return try finish(f, r)
    }
  }

  /// The loop over any iterable: lists by index (seeing appends), tuples, ranges, then the iterator protocol.
  @inline(__always)
  static func iterate(
    _ v: Value, _ f: Frame, _ rt: Runtime, _ range: SourceRange, _ iterRange: SourceRange,
    _ step: (Frame, consuming Value) throws(PyError) -> Flow?, _ finish: (Frame, Flow?) throws(PyError) -> Flow
  ) throws(PyError) -> Flow {
    var r: Flow?
    if case .object(let o) = v {
      switch o.tag {
      case .list:
        let list = unsafeDowncast(o, to: PyList.self)
        rt.counters.listLoops &+= 1
        var k = 0
        while k < list.items.count {
          do throws(PyError) { try rt.tick() } catch { throw error.located(range) }
          r = try step(f, list.items[k])
          if r != nil { break }
          k += 1
        }
        return try finish(f, r)
      case .tuple:
        for x in unsafeDowncast(o, to: PyTuple.self).items {
          do throws(PyError) { try rt.tick() } catch { throw error.located(range) }
          r = try step(f, x)
          if r != nil { break }
        }
        return try finish(f, r)
      case .range:
        let rg = unsafeDowncast(o, to: PyRange.self)
        var i = rg.start
        for _ in 0..<rg.count {
          do throws(PyError) { try rt.tick() } catch { throw error.located(range) }
          r = try step(f, .int(i))
          if r != nil { break }
          i &+= rg.step
        }
        return try finish(f, r)
      default: break
      }
    }
    let iterator: PyIterator
    do throws(PyError) { iterator = try rt.iterate(v) } catch { throw error.located(iterRange) }
    while true {
      do throws(PyError) { try rt.tick() } catch { throw error.located(range) }
      let x: Value?
      do throws(PyError) { x = try iterator.next(rt) } catch { throw error.located(iterRange) }
      guard let x else { break }
      r = try step(f, x)
      if r != nil { break }
    }
    return try finish(f, r)
  }

  /// For `range(a)`, `range(a, b)`, `range(a, b, c)` with plain arguments: a closure giving the bounds.
  func directRangeArguments(_ e: Expr) throws(PyError) -> ((Frame) throws(PyError) -> (Int, Int, Int))? {
    guard case .call(let callee, let args) = e.kind, case .name("range") = callee.kind,
      (1...3).contains(args.count), place(of: "range").isGlobal
    else { return nil }
    var evals: [EvalRef] = []
    for a in args {
      guard case .positional(let x) = a else { return nil }
      evals.append(EvalRef(run: try compile(x)))
    }
    let rt = self.rt
    func int(_ v: Value) throws(PyError) -> Int {
      switch v {
      case .int(let i), .i64(let i): return i
      case .bool(let b): return b ? 1 : 0
      default: return try rt.index(v)
      }
    }
    switch evals.count {
    case 1:
      let a = evals[0].run
      return { (f) throws(PyError) -> (Int, Int, Int) in (0, try int(try a(f)), 1) }
    case 2:
      let a = evals[0].run
      let b = evals[1].run
      return { (f) throws(PyError) -> (Int, Int, Int) in (try int(try a(f)), try int(try b(f)), 1) }
    default:
      let a = evals[0].run
      let b = evals[1].run
      let c = evals[2].run
      return { (f) throws(PyError) -> (Int, Int, Int) in
        let start = try int(try a(f))
        let stop = try int(try b(f))
        let s = try int(try c(f))
        if s == 0 { throw PyError("ValueError", "range() arg 3 must not be zero") }
        return (start, stop, s)
      }
    }
  }
}

extension Compiler.Place {
  var isGlobal: Bool {
    if case .global = self { return true }
    return false
  }
}
