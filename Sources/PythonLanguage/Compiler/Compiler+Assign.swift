/// Stores a value into an assignment target.
typealias Store = (Frame, Value) throws(PyError) -> Void

extension Compiler {
  func compileAssign(_ targets: [Expr], _ value: Expr, _ range: SourceRange) throws(PyError) -> Exec {
    if targets.count == 1, let swap = try compileParallelAssign(targets[0], value, range) { return swap }
    let v = try compile(value)
    let stores = try targets.map { (t) throws(PyError) -> StoreRef in StoreRef(run: try compileAssignment(t)) }
    if stores.count == 1 {
      if case .name(let n) = targets[0].kind, case .local(let s) = place(of: n) {
        // `x = …` into a local is the hottest statement: a direct slot write.
        return { (f) throws(PyError) -> Flow in
          f[s] = try v(f)
          return .normal
        }
      }
      let store = stores[0].run
      return { (f) throws(PyError) -> Flow in
        try store(f, try v(f))
        return .normal
      }
    }
    return located(range) { (f) throws(PyError) -> Flow in
      let x = try v(f)
      for s in stores { try s.run(f, x) }
      return .normal
    }
  }

  /// `a, b = b, a` and `x, y = 1, 2`: the right side's values are taken first, then stored one by one, with no
  /// tuple made in between (as CPython's compiler does for short displays).
  func compileParallelAssign(_ target: Expr, _ value: Expr, _ range: SourceRange) throws(PyError) -> Exec? {
    guard case .tuple(let values) = value.kind, (2...3).contains(values.count) else { return nil }
    let targets: [Expr]
    switch target.kind {
    case .tuple(let t), .list(let t): targets = t
    default: return nil
    }
    guard targets.count == values.count else { return nil }
    for e in targets + values {
      if case .starred = e.kind { return nil }
    }
    let evals = try values.map { (e) throws(PyError) in EvalRef(run: try compile(e)) }
    let stores = try targets.map { (t) throws(PyError) in StoreRef(run: try compileAssignment(t)) }
    if evals.count == 2 {
      let (a, b) = (evals[0].run, evals[1].run)
      let (s, t) = (stores[0].run, stores[1].run)
      return located(range) { (f) throws(PyError) -> Flow in
        let x = try a(f)
        let y = try b(f)
        try s(f, x)
        try t(f, y)
        return .normal
      }
    }
    let (a, b, c) = (evals[0].run, evals[1].run, evals[2].run)
    let (s, t, u) = (stores[0].run, stores[1].run, stores[2].run)
    return located(range) { (f) throws(PyError) -> Flow in
      let x = try a(f)
      let y = try b(f)
      let z = try c(f)
      try s(f, x)
      try t(f, y)
      try u(f, z)
      return .normal
    }
  }

  /// The store for a target: a name, attribute, subscript, or a (possibly starred) tuple/list of targets.
  func compileAssignment(_ target: Expr) throws(PyError) -> Store {
    let rt = self.rt
    let range = target.range
    switch target.kind {
    case .name(let n):
      return compileStore(n)
    case .attribute(let obj, let name):
      let site = AttributeSite()
      let growth = AttributeGrowth()
      if specialise, case .local(let s, _, _) = try operand(obj) {
        // `self.x = v`: the instance is looked at where the frame holds it (the value is already computed).
        let general = try compileAttributeStore(compile(obj), name, site, growth, range)
        let objectTag = SlotPeek.objectTag
        return { (f, v) throws(PyError) in
          if let u = SlotPeek.instance(f + s, tag: objectTag),
            u._withUnsafeGuaranteedRef({ Compiler.storeCached(rt, $0, v, site, growth) })
          {
            return
          }
          try general(f, v)
        }
      }
      return try compileAttributeStore(compile(obj), name, site, growth, range)
    case .subscription(let obj, let index):
      if specialise, case .slice(let lo, let hi, nil) = index.kind {
        // `xs[a:b] = ys` of a list from a list or tuple with int or absent bounds: no slice object is made.
        let o = try compile(obj)
        let low = try lo.map { (x) throws(PyError) in try compile(x) }
        let high = try hi.map { (x) throws(PyError) in try compile(x) }
        return { (f, v) throws(PyError) in
          let target = try o(f)
          let x = try low?(f) ?? .none
          let y = try high?(f) ?? .none
          if Runtime.assignPlainSlice(target, x, y, v) {
            rt.counters.plainSlices &+= 1
            return
          }
          do throws(PyError) { try rt.setItem(target, .object(PySlice(x, y, .none)), v) } catch {
            throw error.located(range)
          }
        }
      }
      if specialise, index.bindsNoName, case .local(let s, let local, let nr) = try operand(obj) {
        // `xs[i] = v` with `xs` a local: the container is used where the frame holds it.
        let i = try compile(index)
        let objectTag = SlotPeek.objectTag
        return { (f, v) throws(PyError) in
          if f[s].isUnbound { throw Compiler.unbound(local, at: nr) }
          let k = try i(f)
          if case .int(let n) = k, let u = SlotPeek.object(f + s, tag: objectTag),
            u._withUnsafeGuaranteedRef({ Compiler.storeElement(rt, $0, n, v) })
          {
            return
          }
          do throws(PyError) { try rt.setItem(f[s], k, v) } catch { throw error.located(range) }
        }
      }
      let o = try compile(obj)
      let i = try compile(index)
      return { (f, v) throws(PyError) in
        let x = try o(f)
        let k = try i(f)
        if case .object(let p) = x, case .int(let n) = k, Compiler.storeElement(rt, p, n, v) { return }
        do throws(PyError) { try rt.setItem(x, k, v) } catch { throw error.located(range) }
      }
    case .tuple(let items), .list(let items):
      return try compileUnpack(items, range)
    case .starred:
      throw .syntax("starred assignment target must be in a list or tuple", at: range)
    default:
      throw .syntax("cannot assign to expression", at: range)
    }
  }

  /// `obj.name = v`: through the sites' caches when they hold for the instance, else by name (and cached then).
  private func compileAttributeStore(
    _ o: @escaping Eval, _ name: String, _ site: AttributeSite, _ growth: AttributeGrowth, _ range: SourceRange
  ) -> Store {
    let rt = self.rt
    return { (f, v) throws(PyError) in
      let x = try o(f)
      if case .object(let p) = x, p.tag == .instance,
        Compiler.storeCached(rt, unsafeDowncast(p, to: PyInstance.self), v, site, growth)
      {
        return
      }
      do throws(PyError) {
        let before = (x.object as? PyInstance)?.shape
        try rt.setAttribute(x, name, v)
        site.remember(x, name)
        growth.remember(x, before: before, name)
      } catch { throw error.located(range) }
    }
  }

  /// `inst.name op= v(f)` through the site's cached slot; false when the cache does not hold for `inst`.
  @inline(__always)
  static func updateCached(
    _ rt: Runtime, _ inst: PyInstance, _ name: String, _ op: BinaryOperator, _ v: Eval, _ f: Frame,
    _ site: AttributeSite
  ) throws(PyError) -> Bool {
    guard let slot = site.slot(of: inst) else { return false }
    rt.counters.attributeHits &+= 1
    let old = inst.slot(slot)
    let combined = try Compiler.inPlace(rt, op, old, try v(f))
    // The right side may have run code that reshaped the instance: store by name then.
    if site.shape.matches(inst) {
      inst.setSlot(slot, combined)
    } else {
      try rt.setAttribute(.object(inst), name, combined)
    }
    return true
  }

  /// Stores `v` into the attribute the sites cache, an existing slot or a new last one; false when neither cache
  /// holds for `inst`.
  @inline(__always)
  static func storeCached(
    _ rt: Runtime, _ inst: PyInstance, _ v: Value, _ site: AttributeSite, _ growth: AttributeGrowth
  )
    -> Bool
  {
    if let s = site.slot(of: inst) {
      rt.counters.attributeHits &+= 1
      inst.setSlot(s, v)
      return true
    }
    if let to = growth.target(for: inst) {
      rt.counters.attributeHits &+= 1
      inst.append(v, to: to)
      return true
    }
    return false
  }

  func compileUnpack(_ items: [Expr], _ range: SourceRange) throws(PyError) -> Store {
    let rt = self.rt
    var stores: [StoreRef] = []
    var starIndex: Int?
    for (k, item) in items.enumerated() {
      if case .starred(let inner) = item.kind {
        starIndex = k
        stores.append(StoreRef(run: try compileAssignment(inner)))
      } else {
        stores.append(StoreRef(run: try compileAssignment(item)))
      }
    }
    let n = items.count
    // The values unpacked: a tuple's or list's items; an iterator's, as CPython takes them (without a starred
    // name, one more than the targets at most, so `a, b = count()` raises and a generator runs no further).
    // Without a starred name, there must be one per target.
    @inline(__always) func unpacked(_ v: Value) throws(PyError) -> [Value] {
      let values: [Value]
      if case .object(let o) = v, o.tag == .tuple {
        values = unsafeDowncast(o, to: PyTuple.self).items
      } else if case .object(let o) = v, o.tag == .list {
        values = unsafeDowncast(o, to: PyList.self).items
      } else {
        do throws(PyError) {
          guard rt.isIterable(v) else {
            throw PyError("TypeError", "cannot unpack non-iterable \(rt.typeName(v)) object")
          }
          if starIndex != nil {
            values = try rt.collect(v)
          } else {
            let it = try rt.iterate(v)
            var taken: [Value] = []
            taken.reserveCapacity(n + 1)
            while taken.count <= n, let x = try it.next(rt) { taken.append(x) }
            values = taken
          }
        } catch { throw error.located(range) }
      }
      guard starIndex == nil, values.count != n else { return values }
      if values.count > n { throw PyError("ValueError", "too many values to unpack (expected \(n))", at: range) }
      throw PyError("ValueError", "not enough values to unpack (expected \(n), got \(values.count))", at: range)
    }
    if n == 2, starIndex == nil {
      // `k, v = pair` (most unpacking): the two stores held directly, not read out of an array (each read
      // retains).
      let (first, second) = (stores[0].run, stores[1].run)
      return { (f, v) throws(PyError) in
        let values = try unpacked(v)
        try first(f, values[0])
        try second(f, values[1])
      }
    }
    return { (f, v) throws(PyError) in
      let values = try unpacked(v)
      if let s = starIndex {
        guard values.count >= n - 1 else {
          throw PyError(
            "ValueError", "not enough values to unpack (expected at least \(n - 1), got \(values.count))", at: range)
        }
        for k in 0..<s { try stores[k].run(f, values[k]) }
        let tail = n - 1 - s
        try stores[s].run(f, .list(Array(values[s..<(values.count - tail)])))
        for k in 0..<tail { try stores[s + 1 + k].run(f, values[values.count - tail + k]) }
        return
      }
      for k in 0..<n { try stores[k].run(f, values[k]) }
    }
  }

  /// `target op= value`: the target's parts are evaluated once (`a[i()] += 1` calls `i` once).
  func compileAugmentedAssign(_ target: Expr, _ op: BinaryOperator, _ value: Expr, _ range: SourceRange)
    throws(PyError) -> Exec
  {
    let rt = self.rt
    let v = try compile(value)
    switch target.kind {
    case .name(let n):
      let load = compileLoad(n, target.range)
      let store = compileStore(n)
      if specialise, case .local(let s) = place(of: n) {
        return located(range) { (f) throws(PyError) -> Flow in
          var old = f[s]
          if case .unbound = old { throw Compiler.unbound(n, at: target.range) }
          let y = try v(f)
          if op == .add, Compiler.isStr(old), Compiler.isStr(y), old.isIdentical(to: f[s]) {
            // `text += piece`: the name's own reference is let go, so the str can grow in place.
            old = .unbound
            if PyStr.concatenate(into: f + s, y) { return .normal }
            old = f[s]
          }
          if case .int(let a) = old, case .int(let b) = y {
            switch op {
            case .add:
              let (r, o) = a.addingReportingOverflow(b)
              if !o {
                rt.counters.arithmetic &+= 1
                f[s] = .int(r)
                return .normal
              }
            case .sub:
              let (r, o) = a.subtractingReportingOverflow(b)
              if !o {
                rt.counters.arithmetic &+= 1
                f[s] = .int(r)
                return .normal
              }
            default: break
            }
          } else if case .float(let a) = old, case .float(let b) = y, op == .add || op == .sub || op == .mul {
            rt.counters.arithmetic &+= 1
            f[s] = .float(op == .add ? a + b : op == .sub ? a - b : a * b)
            return .normal
          }
          f[s] = try rt.inPlace(op, old, y)
          return .normal
        }
      }
      if specialise, op == .add, case .global(let box) = place(of: n) {
        return located(range) { (f) throws(PyError) -> Flow in
          var old = try load(f)
          let y = try v(f)
          // `text += piece` at a notebook's top level, when the right side left the name holding the same str.
          if Compiler.isStr(old), Compiler.isStr(y), old.isIdentical(to: box.value) {
            old = .unbound
            if PyStr.concatenate(into: box.slot, y) { return .normal }
            old = box.value
          }
          try store(f, try rt.inPlace(op, old, y))
          return .normal
        }
      }
      return located(range) { (f) throws(PyError) -> Flow in
        let old = try load(f)
        try store(f, try rt.inPlace(op, old, try v(f)))
        return .normal
      }
    case .attribute(let obj, let name):
      let o = try compile(obj)
      guard specialise else {
        return located(range) { (f) throws(PyError) -> Flow in
          let x = try o(f)
          let old = try rt.getAttribute(x, name)
          try rt.setAttribute(x, name, try rt.inPlace(op, old, try v(f)))
          return .normal
        }
      }
      // `self.count += 1`: the instance's slot is read and written through the site's cached shape.
      let site = AttributeSite()
      let general: Exec = { (f) throws(PyError) -> Flow in
        let x = try o(f)
        if case .object(let p) = x, p.tag == .instance,
          try Compiler.updateCached(rt, unsafeDowncast(p, to: PyInstance.self), name, op, v, f, site)
        {
          return .normal
        }
        let old = try rt.getAttribute(x, name)
        site.remember(x, name)
        try rt.setAttribute(x, name, try rt.inPlace(op, old, try v(f)))
        return .normal
      }
      if value.bindsNoName, case .local(let s, _, _) = try operand(obj) {
        // With the instance in a local the right side cannot rebind, it is looked at where the frame holds it.
        let objectTag = SlotPeek.objectTag
        return located(range) { (f) throws(PyError) -> Flow in
          if let u = SlotPeek.instance(f + s, tag: objectTag),
            try Compiler.updateCached(rt, u.takeUnretainedValue(), name, op, v, f, site)
          {
            return .normal
          }
          return try general(f)
        }
      }
      return located(range, general)
    case .subscription(let obj, let index):
      let o = try compile(obj)
      if specialise, case .tuple(let items) = index.kind, items.count == 2,
        !items.contains(where: {
          if case .slice = $0.kind { true } else if case .starred = $0.kind { true } else { false }
        })
      {
        // `C[i, j] += x` on an array: read, combine and write the element in place.
        let first = try compile(items[0])
        let second = try compile(items[1])
        let constantKey = constantValues(items).map { Value.tuple($0) }
        return located(range) { (f) throws(PyError) -> Flow in
          let x = try o(f)
          let i = try first(f)
          let j = try second(f)
          if case .object(let a) = x, a.tag == .ndarray, case .int(let p) = i, case .int(let q) = j {
            let arr = unsafeDowncast(a, to: NDArray.self)
            if let pos = arr.position(p, q) {
              let current = arr.scalar(at: pos)
              let y = try v(f)
              let combined = try Compiler.inPlace(rt, op, current, y)
              if arr.storeFast(combined, at: pos) {
                rt.counters.elementAccess &+= 1
              } else {
                try rt.setItem(x, .tuple([i, j]), combined)
              }
              return .normal
            }
          }
          let k = constantKey ?? Value.tuple([i, j])
          let old = try rt.getItem(x, k)
          try rt.setItem(x, k, try rt.inPlace(op, old, try v(f)))
          return .normal
        }
      }
      let i = try compile(index)
      if specialise, index.bindsNoName, value.bindsNoName, case .local(let s, let local, let nr) = try operand(obj) {
        // `v[0] -= d` with `v` a local: the container is used where the frame holds it (nothing on either side can
        // rebind the slot meanwhile).
        let objectTag = SlotPeek.objectTag
        return located(range) { (f) throws(PyError) -> Flow in
          if f[s].isUnbound { throw Compiler.unbound(local, at: nr) }
          let k = try i(f)
          if case .int(let n) = k, let u = SlotPeek.object(f + s, tag: objectTag),
            let element = u._withUnsafeGuaranteedRef({ Compiler.elementForUpdate($0, n) })
          {
            let combined = try Compiler.inPlace(rt, op, element.0, try v(f))
            if u._withUnsafeGuaranteedRef({ Compiler.storeUpdated(rt, $0, element.1, combined) }) { return .normal }
            try rt.setItem(f[s], k, combined)
            return .normal
          }
          let x = f[s]
          let old = try rt.getItem(x, k)
          try rt.setItem(x, k, try rt.inPlace(op, old, try v(f)))
          return .normal
        }
      }
      guard specialise else {
        return located(range) { (f) throws(PyError) -> Flow in
          let x = try o(f)
          let k = try i(f)
          let old = try rt.getItem(x, k)
          try rt.setItem(x, k, try rt.inPlace(op, old, try v(f)))
          return .normal
        }
      }
      // `v[0] -= d` on a list of numbers or a 1-D array: the element is read, combined and written in place
      // (read before the right side runs, as CPython's BINARY_SUBSCR comes first).
      return located(range) { (f) throws(PyError) -> Flow in
        let x = try o(f)
        let k = try i(f)
        if case .object(let a) = x, case .int(var n) = k {
          if a.tag == .list {
            let list = unsafeDowncast(a, to: PyList.self)
            if n < 0 { n += list.items.count }
            if n >= 0 && n < list.items.count {
              let old = list.items[n]
              let y = try v(f)
              let combined = try Compiler.inPlace(rt, op, old, y)
              // The right side may have shrunk the list; then setItem raises as CPython's STORE_SUBSCR does.
              if n < list.items.count {
                rt.counters.elementAccess &+= 1
                list.items[n] = combined
              } else {
                try rt.setItem(x, k, combined)
              }
              return .normal
            }
          } else if a.tag == .ndarray, let pos = unsafeDowncast(a, to: NDArray.self).position(n) {
            let arr = unsafeDowncast(a, to: NDArray.self)
            let old = arr.scalar(at: pos)
            let y = try v(f)
            let combined = try Compiler.inPlace(rt, op, old, y)
            if !arr.storeFast(combined, at: pos) {
              try rt.setItem(x, k, combined)
            } else {
              rt.counters.elementAccess &+= 1
            }
            return .normal
          }
        }
        if case .object(let a) = x, a.tag == .dict, let done = try Compiler.updateEntry(rt, a, k, op, v, f) {
          return done
        }
        let old = try rt.getItem(x, k)
        try rt.setItem(x, k, try rt.inPlace(op, old, try v(f)))
        return .normal
      }
    default:
      throw .syntax("'expression' is an illegal expression for augmented assignment", at: target.range)
    }
  }

  /// `d[k] op= v` on a plain dict holding `k`: the key hashed and found once, the value read, combined and
  /// written back in its entry (CPython finds it twice); nil when the general path must do it (another dict type,
  /// a missing key, or a dict the comparisons or the right side changed meanwhile).
  static func updateEntry(
    _ rt: Runtime, _ o: PyObject, _ k: Value, _ op: BinaryOperator, _ v: Eval, _ f: Frame
  ) throws(PyError) -> Flow? {
    let d = unsafeDowncast(o, to: PyDict.self)
    guard d.dictType === BuiltinTypes.dict, plainKey(k, depth: 0) else { return nil }
    let hash = try rt.hash(k)
    let before = d.mutations
    guard let e = try d.entryIndex(k, hash: hash, rt: rt), d.mutations == before else { return nil }
    let combined = try Compiler.inPlace(rt, op, d.value(at: e), try v(f))
    if d.mutations == before {
      d.setValue(combined, at: e)
    } else {
      try d.set(k, combined, hash: hash, rt: rt)
    }
    return .normal
  }

  /// A key whose hashing and comparing run no Python code (so finding it twice, on the general path, is unseen):
  /// numbers, strs, None, and tuples of them.
  static func plainKey(_ k: Value, depth: Int) -> Bool {
    switch k {
    case .int, .float, .bool, .none, .i64, .f64, .npBool: return true
    case .object(let o) where o.tag == .str: return true
    case .object(let o) where o.tag == .tuple && depth == 0:
      return unsafeDowncast(o, to: PyTuple.self).items.allSatisfy { plainKey($0, depth: 1) }
    default: return false
    }
  }

  func compileDelete(_ target: Expr) throws(PyError) -> Exec {
    let rt = self.rt
    let range = target.range
    switch target.kind {
    case .name(let n): return compileDelete(n, range)
    case .attribute(let obj, let name):
      let o = try compile(obj)
      return located(range) { (f) throws(PyError) -> Flow in
        try rt.deleteAttribute(try o(f), name)
        return .normal
      }
    case .subscription(let obj, let index):
      let o = try compile(obj)
      let i = try compile(index)
      return located(range) { (f) throws(PyError) -> Flow in
        try rt.deleteItem(try o(f), try i(f))
        return .normal
      }
    case .tuple(let items), .list(let items):
      return block(try items.map { (t) throws(PyError) -> ExecRef in ExecRef(run: try compileDelete(t)) })
    default:
      throw .syntax("cannot delete expression", at: range)
    }
  }
}

extension Compiler {
  /// `xs[n] = v` on a list or an array element without the runtime's dispatch; false when the general path must
  /// run (another container, an index out of range, a value the array cannot take in place).
  @inline(__always) static func storeElement(_ rt: Runtime, _ p: PyObject, _ n: Int, _ v: Value) -> Bool {
    if p.tag == .list {
      let list = unsafeDowncast(p, to: PyList.self)
      let i = n < 0 ? n + list.items.count : n
      guard i >= 0 && i < list.items.count else { return false }
      list.items[i] = v
      return true
    }
    if p.tag == .ndarray {
      let arr = unsafeDowncast(p, to: NDArray.self)
      guard let pos = arr.position(n), arr.storeFast(v, at: pos) else { return false }
      rt.counters.elementAccess &+= 1
      return true
    }
    return false
  }
}

extension Compiler {
  /// For `xs[n] op= y`: the element of a list or 1-D array and where it lives (the list index, the array
  /// position); nil when the general path must run.
  @inline(__always) static func elementForUpdate(_ p: PyObject, _ n: Int) -> (Value, Int)? {
    if p.tag == .list {
      let list = unsafeDowncast(p, to: PyList.self)
      let i = n < 0 ? n + list.items.count : n
      guard i >= 0 && i < list.items.count else { return nil }
      return (list.items[i], i)
    }
    if p.tag == .ndarray {
      let arr = unsafeDowncast(p, to: NDArray.self)
      guard let pos = arr.position(n) else { return nil }
      return (arr.scalar(at: pos), pos)
    }
    return nil
  }

  /// Writes an updated element back where `elementForUpdate` found it; false when it cannot (the right side
  /// shrank the list, the array cannot hold the value in place), and the general store must raise or convert.
  @inline(__always) static func storeUpdated(_ rt: Runtime, _ p: PyObject, _ at: Int, _ v: Value) -> Bool {
    if p.tag == .list {
      let list = unsafeDowncast(p, to: PyList.self)
      guard at < list.items.count else { return false }
      list.items[at] = v
    } else {
      guard unsafeDowncast(p, to: NDArray.self).storeFast(v, at: at) else { return false }
    }
    rt.counters.elementAccess &+= 1
    return true
  }
}
