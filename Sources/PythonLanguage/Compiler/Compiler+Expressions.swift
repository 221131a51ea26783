import BigInt

extension Compiler {
  func compile(_ e: Expr) throws(PyError) -> Eval {
    let range = e.range
    let rt = self.rt
    switch e.kind {
    case .name(let n): return compileLoad(n, range)
    case .int(let v): return constant(.int(v))
    case .bigInt(let v): return constant(PyBigInt.make(v))
    case .float(let v): return constant(.float(v))
    case .imaginary(let v): return constant(.object(PyComplex(0, v)))
    case .string(let s): return constant(rt.constantString(s))
    case .bytes(let b): return constant(.object(PyBytes(b)))
    case .bool(let b): return constant(.bool(b))
    case .none: return constant(.none)
    case .ellipsis: return constant(rt.ellipsis)
    case .fstring(let parts): return try compileFString(parts)
    case .binary(let op, let a, let b): return try compileBinary(op, a, b, range)
    case .unary(let op, let a): return try compileUnary(op, a, range)
    case .boolOp(let isAnd, let terms): return try compileBoolOp(isAnd: isAnd, terms)
    case .compare(let first, let rest): return try compileCompare(first, rest, range)
    case .call(let f, let args): return try compileCall(f, args, range)
    case .attribute(let a, let name): return try compileAttribute(a, name, range)
    case .subscription(let a, let index): return try compileSubscript(a, index, range)
    case .slice(let lo, let hi, let step):
      let l = try lo.map { (x) throws(PyError) in try compile(x) }
      let h = try hi.map { (x) throws(PyError) in try compile(x) }
      let s = try step.map { (x) throws(PyError) in try compile(x) }
      return { (f) throws(PyError) -> Value in
        .object(PySlice(try l?(f) ?? .none, try h?(f) ?? .none, try s?(f) ?? .none))
      }
    case .tuple(let items):
      if let values = constantValues(items) {
        let t = Value.tuple(values)
        return { _ in t }
      }
      let build = try compileSequence(items)
      return { (f) throws(PyError) -> Value in .tuple(try build(f)) }
    case .list(let items):
      let build = try compileSequence(items)
      return { (f) throws(PyError) -> Value in .list(try build(f)) }
    case .set(let items):
      return try compileSetDisplay(items, range)
    case .dict(let entries):
      return try compileDictDisplay(entries, range)
    case .comprehension(let kind, let clauses):
      return try compileComprehension(kind, clauses, range)
    case .lambda(let params, let body):
      return try compileLambda(params, body, range)
    case .ifExp(let test, let body, let orElse):
      let t = try compileCondition(test)
      let a = try compile(body)
      let b = try compile(orElse)
      return { (f) throws(PyError) -> Value in try t(f) ? try a(f) : try b(f) }
    case .starred:
      throw .syntax("can't use starred expression here", at: range)
    case .yield, .yieldFrom:
      throw PyError(
        "NotImplementedError",
        "'yield' is supported as a statement (`yield x`, `x = yield y`), not inside a larger expression", at: range)
    case .namedExpr(let name, let value):
      let v = try compile(value)
      let store = compileStore(name)
      return { (f) throws(PyError) -> Value in
        let x = try v(f)
        try store(f, x)
        return x
      }
    case .await:
      throw PyError("NotImplementedError", "'await' is not supported", at: range)
    }
  }

  func constant(_ v: Value) -> Eval {
    { _ in v }
  }

  /// The values of an all-constant tuple display (so `(1, 2)` is built once).
  func constantValues(_ items: [Expr]) -> [Value]? {
    var out: [Value] = []
    for item in items {
      switch item.kind {
      case .int(let v): out.append(.int(v))
      case .float(let v): out.append(.float(v))
      case .string(let s): out.append(rt.constantString(s))
      case .bool(let b): out.append(.bool(b))
      case .none: out.append(.none)
      case .tuple(let inner):
        guard let vs = constantValues(inner) else { return nil }
        out.append(.tuple(vs))
      default: return nil
      }
    }
    return out
  }

  /// Items of a tuple/list display, with `*iterable` spread.
  func compileSequence(_ items: [Expr]) throws(PyError) -> (Frame) throws(PyError) -> [Value] {
    let rt = self.rt
    var hasStar = false
    var parts: [(EvalRef, Bool)] = []
    for item in items {
      if case .starred(let inner) = item.kind {
        hasStar = true
        parts.append((EvalRef(run: try compile(inner)), true))
      } else {
        parts.append((EvalRef(run: try compile(item)), false))
      }
    }
    if !hasStar {
      let evals = parts.map(\.0)
      switch evals.count {
      case 0: return { _ in [] }
      case 1:
        let a = evals[0].run
        return { (f) throws(PyError) -> [Value] in [try a(f)] }
      case 2:
        let a = evals[0].run
        let b = evals[1].run
        return { (f) throws(PyError) -> [Value] in [try a(f), try b(f)] }
      default:
        let refs = evals
        return { (f) throws(PyError) -> [Value] in
          var out: [Value] = []
          out.reserveCapacity(refs.count)
          for e in refs { out.append(try e.run(f)) }
          return out
        }
      }
    }
    return { (f) throws(PyError) -> [Value] in
      var out: [Value] = []
      for (e, star) in parts {
        let v = try e.run(f)
        if star { out += try rt.collect(v) } else { out.append(v) }
      }
      return out
    }
  }

  func compileSetDisplay(_ items: [Expr], _ range: SourceRange) throws(PyError) -> Eval {
    let rt = self.rt
    // CPython compiles a display of three or more constants to a frozenset constant merged into a new set,
    // which can order members differently from adding them one by one.
    if items.count >= 3, let values = constantValues(items) {
      let frozen = try constantFrozenset(values)
      return { (_) throws(PyError) -> Value in
        let s = PySet()
        try s.merge(frozen, rt: rt)
        return .object(s)
      }
    }
    let build = try compileSequence(items)
    return { (f) throws(PyError) -> Value in
      let s = PySet()
      do throws(PyError) {
        for v in try build(f) { try s.add(v, rt: rt) }
      } catch { throw error.located(range) }
      return .object(s)
    }
  }

  /// A frozenset constant as CPython's compiler leaves it: built from the display, then rebuilt from its own iteration
  /// order when the code object's constants are merged.
  ///
  /// An equal frozenset made earlier in the same cell is reused, as CPython's constant cache does.
  func constantFrozenset(_ values: [Value]) throws(PyError) -> PySet {
    let first = PySet(frozen: true)
    for v in values { try first.add(v, rt: rt) }
    var keys: [String] = []
    for v in first.members { keys.append(rt.typeName(v) + ":" + (try rt.repr(v))) }
    let key = keys.sorted().joined(separator: "\u{1}")
    if let cached = frozensets.byMembers[key] { return cached }
    let merged = PySet(frozen: true)
    for v in first.members { try merged.add(v, rt: rt) }
    frozensets.byMembers[key] = merged
    return merged
  }

  func compileDictDisplay(_ entries: [(Expr?, Expr)], _ range: SourceRange) throws(PyError) -> Eval {
    let rt = self.rt
    var parts: [(Eval?, Eval)] = []
    for (k, v) in entries {
      parts.append((try k.map { (x) throws(PyError) in try compile(x) }, try compile(v)))
    }
    return { (f) throws(PyError) -> Value in
      let d = PyDict()
      do throws(PyError) {
        for (k, v) in parts {
          if let k {
            let key = try k(f)
            try d.set(key, try v(f), rt: rt)
          } else {
            try rt.mergeMapping(into: d, try v(f))
          }
        }
      } catch { throw error.located(range) }
      return .object(d)
    }
  }

  /// An expression used for its truth (if/while tests): comparisons of numbers skip making a bool.
  func compileCondition(_ e: Expr) throws(PyError) -> (Frame) throws(PyError) -> Bool {
    let rt = self.rt
    if case .compare(let a, let rest) = e.kind, rest.count == 1, specialise {
      let test = try compileComparisonTest(a, rest[0].0, rest[0].1, e.range)
      return test
    }
    if case .unary(.not, let inner) = e.kind {
      let c = try compileCondition(inner)
      return { (f) throws(PyError) -> Bool in try !c(f) }
    }
    if case .boolOp(let isAnd, let terms) = e.kind {
      let cs = try terms.map { (t) throws(PyError) in TestRef(run: try compileCondition(t)) }
      if cs.count == 2 {
        let (a, b) = (cs[0].run, cs[1].run)
        if isAnd {
          return { (f) throws(PyError) -> Bool in
            if try !a(f) { return false }
            return try b(f)
          }
        }
        return { (f) throws(PyError) -> Bool in
          if try a(f) { return true }
          return try b(f)
        }
      }
      if isAnd {
        return { (f) throws(PyError) -> Bool in
          for c in cs where try !c.run(f) { return false }
          return true
        }
      }
      return { (f) throws(PyError) -> Bool in
        for c in cs where try c.run(f) { return true }
        return false
      }
    }
    let v = try compile(e)
    let text = SiteText(at: e.range)
    return { (f) throws(PyError) -> Bool in
      let x = try v(f)
      switch x {
      case .bool(let b): return b
      default:
        do throws(PyError) { return try rt.truthy(x) } catch { throw error.located(text.range) }
      }
    }
  }

  func compileBoolOp(isAnd: Bool, _ terms: [Expr]) throws(PyError) -> Eval {
    let rt = self.rt
    let evals = try terms.map { (t) throws(PyError) in EvalRef(run: try compile(t)) }
    let ranges = terms.map(\.range)
    if evals.count == 2 {
      let (a, b) = (evals[0].run, evals[1].run)
      let text = SiteText(at: ranges[0])
      return { (f) throws(PyError) -> Value in
        let v = try a(f)
        let t: Bool
        do throws(PyError) { t = try rt.truthy(v) } catch { throw error.located(text.range) }
        return t != isAnd ? v : try b(f)
      }
    }
    return { (f) throws(PyError) -> Value in
      var v: Value = .none
      for (k, e) in evals.enumerated() {
        v = try e.run(f)
        if k == evals.count - 1 { break }
        let t: Bool
        do throws(PyError) { t = try rt.truthy(v) } catch { throw error.located(ranges[k]) }
        if t != isAnd { return v }
      }
      return v
    }
  }

  func compileAttribute(_ a: Expr, _ name: String, _ range: SourceRange) throws(PyError) -> Eval {
    let rt = self.rt
    if specialise, case .local(let s, let local, let nr) = try operand(a) {
      // `self.x`: the instance is read in its slot, not copied out of the frame.
      let site = AttributeSite()
      let text = SiteText(name, range, receiver: local, at: nr)
      let objectTag = SlotPeek.objectTag
      return { (f) throws(PyError) -> Value in
        if let v = site.read(f + s, objectTag) {
          rt.counters.borrowedReads &+= 1
          return v
        }
        return try text.readAttribute(rt, site, f[s])
      }
    }
    let obj = try compile(a)
    if specialise {
      let site = AttributeSite()
      let text = SiteText(name, range)
      return { (f) throws(PyError) -> Value in
        let o = try obj(f)
        if case .object(let x) = o, x.tag == .instance {
          let inst = unsafeDowncast(x, to: PyInstance.self)
          if let s = site.slot(of: inst) {
            rt.counters.attributeHits &+= 1
            return inst.slot(s)
          }
        }
        return try text.readAttribute(rt, site, o)
      }
    }
    return { (f) throws(PyError) -> Value in
      let o = try obj(f)
      do throws(PyError) { return try rt.getAttribute(o, name) } catch { throw error.located(range) }
    }
  }

  func compileSubscript(_ a: Expr, _ index: Expr, _ range: SourceRange) throws(PyError) -> Eval {
    let rt = self.rt
    // `A[i, j]`: the two indices are evaluated without making a tuple; an array reads its element directly.
    if specialise, case .tuple(let items) = index.kind, items.count == 2,
      !items.contains(where: {
        if case .slice = $0.kind { true } else if case .starred = $0.kind { true } else { false }
      })
    {
      let obj = try compile(a)
      let first = try compile(items[0])
      let second = try compile(items[1])
      // `d[1, 2]` and `d[(1, 2)]` of anything else look up the one tuple the constant display makes.
      let constantKey = constantValues(items).map { Value.tuple($0) }
      return { (f) throws(PyError) -> Value in
        let o = try obj(f)
        let i = try first(f)
        let j = try second(f)
        if case .object(let x) = o, x.tag == .ndarray, case .int(let p) = i, case .int(let q) = j {
          let arr = unsafeDowncast(x, to: NDArray.self)
          if let pos = arr.position(p, q) {
            rt.counters.elementAccess &+= 1
            return arr.scalar(at: pos)
          }
        }
        do throws(PyError) { return try rt.getItem(o, constantKey ?? .tuple([i, j])) } catch {
          throw error.located(range)
        }
      }
    }
    if specialise, case .slice(let lo, let hi, nil) = index.kind {
      // `xs[a:b]` of a list, tuple or str with int or absent bounds: no slice object is made.
      let obj = try compile(a)
      let low = try lo.map { (x) throws(PyError) in try compile(x) }
      let high = try hi.map { (x) throws(PyError) in try compile(x) }
      return { (f) throws(PyError) -> Value in
        let o = try obj(f)
        let x = try low?(f) ?? .none
        let y = try high?(f) ?? .none
        if let v = Runtime.plainSliceItems(o, x, y) {
          rt.counters.plainSlices &+= 1
          return v
        }
        do throws(PyError) { return try rt.getItem(o, .object(PySlice(x, y, .none))) } catch {
          throw error.located(range)
        }
      }
    }
    if specialise, index.bindsNoName, case .local(let s, let name, let nr) = try operand(a) {
      // `xs[i]` with `xs` a local: no closure call for the container, which is used where the frame holds it.
      let idx = try compile(index)
      let objectTag = SlotPeek.objectTag
      return { (f) throws(PyError) -> Value in
        if f[s].isUnbound { throw Compiler.unbound(name, at: nr) }
        let i = try idx(f)
        if case .int(let n) = i, let u = SlotPeek.object(f + s, tag: objectTag),
          let v = u._withUnsafeGuaranteedRef({ Compiler.loadElement(rt, $0, n) })
        {
          return v
        }
        do throws(PyError) { return try rt.getItem(f[s], i) } catch { throw error.located(range) }
      }
    }
    let obj = try compile(a)
    let idx = try compile(index)
    if specialise, case .name(let n) = a.kind, case .global(let box) = place(of: n), index.isPlainLoad {
      // `xs[k]` with `xs` a global (a loop at a notebook's top level) and `k` a name or constant: the container
      // is used where its box holds it. Loading `k` cannot rebind `xs`, so reading `xs` after `k` is Python's order.
      let objectTag = SlotPeek.objectTag
      return { (f) throws(PyError) -> Value in
        if case .unbound = box.slot.pointee {
          let o = try obj(f)
          do throws(PyError) { return try rt.getItem(o, try idx(f)) } catch { throw error.located(range) }
        }
        let i = try idx(f)
        if case .int(let n) = i, let u = SlotPeek.object(box.slot, tag: objectTag),
          let v = u._withUnsafeGuaranteedRef({ Compiler.loadElement(rt, $0, n) })
        {
          return v
        }
        do throws(PyError) { return try rt.getItem(box.value, i) } catch { throw error.located(range) }
      }
    }
    return { (f) throws(PyError) -> Value in
      let o = try obj(f)
      let i = try idx(f)
      if case .object(let x) = o, case .int(let n) = i, let v = Compiler.loadElement(rt, x, n) { return v }
      do throws(PyError) { return try rt.getItem(o, i) } catch { throw error.located(range) }
    }
  }
}

extension Expr {
  /// A name or a constant number: loading it runs no Python code.
  var isPlainLoad: Bool {
    switch kind {
    case .name, .int, .float, .bool, .none: true
    default: false
    }
  }
}

extension Compiler {
  /// `xs[n]` of a list, tuple or array without the runtime's dispatch; nil when the general path must run.
  @inline(__always) static func loadElement(_ rt: Runtime, _ p: PyObject, _ n: Int) -> Value? {
    if p.tag == .list || p.tag == .tuple {
      let v =
        p.tag == .list
        ? element(unsafeDowncast(p, to: PyList.self).items, n) : element(unsafeDowncast(p, to: PyTuple.self).items, n)
      if v != nil { rt.counters.elementAccess &+= 1 }
      return v
    }
    if p.tag == .ndarray {
      let arr = unsafeDowncast(p, to: NDArray.self)
      guard let pos = arr.position(n) else { return nil }
      rt.counters.elementAccess &+= 1
      return arr.scalar(at: pos)
    }
    return nil
  }

  /// `items[n]` with Python's negative indices; nil out of range.
  @inline(__always) static func element(_ items: [Value], _ n: Int) -> Value? {
    let i = n < 0 ? n + items.count : n
    return i >= 0 && i < items.count ? items[i] : nil
  }
}
