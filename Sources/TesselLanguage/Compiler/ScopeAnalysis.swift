/// Which names each function owns, and which of them inner functions capture.
///
/// Python's rule: a name assigned anywhere in a function is local to all of it. A local that an inner
/// function (or lambda) reads lives in a shared box; the rest live in plain frame slots.
final class ScopeAnalysis {
  struct Info {
    /// Parameters first, in order, then other assigned names.
    var locals: [String]
    /// Locals captured by inner functions.
    var cells: Set<String>
    /// Names the function (or its inner functions) reads but does not own.
    var free: Set<String>
  }

  private var cache: [ObjectIdentifier: Info] = [:]

  func info(for f: FunctionDef) -> Info {
    if let known = cache[ObjectIdentifier(f)] { return known }
    var locals = f.parameters.map(\.name)
    var assigned = Set(locals)
    for name in Self.assignedNames(f.body) where assigned.insert(name).inserted { locals.append(name) }
    var walker = Walker(analysis: self)
    walker.visit(f.body)
    let cells = assigned.intersection(walker.innerFree)
    let free = walker.referenced.union(walker.innerFree).subtracting(assigned)
    let info = Info(locals: locals, cells: cells, free: free)
    cache[ObjectIdentifier(f)] = info
    return info
  }

  /// Names a block binds, not looking inside nested functions (their `def` name counts).
  static func assignedNames(_ body: [Stmt]) -> [String] {
    var names: [String] = []
    func target(_ t: Target) {
      switch t {
      case .name(let n, _): names.append(n)
      case .tuple(let ts, _): ts.forEach(target)
      case .index: break
      }
    }
    func visit(_ statements: [Stmt]) {
      for s in statements {
        switch s {
        case .assign(let targets, _, _): targets.forEach(target)
        case .augmentedAssign(let t, _, _, _): target(t)
        case .forLoop(let t, _, let body, _):
          target(t)
          visit(body)
        case .whileLoop(_, let body, _): visit(body)
        case .ifElse(let branches, let otherwise, _):
          for (_, body) in branches { visit(body) }
          if let otherwise { visit(otherwise) }
        case .def(let f): names.append(f.name)
        case .tryExcept(let body, let handlers, let orElse, let finally, _):
          visit(body)
          for h in handlers {
            if let n = h.name { names.append(n) }
            visit(h.body)
          }
          visit(orElse ?? [])
          visit(finally ?? [])
        case .importModule(let path, let alias, _):
          names.append(alias ?? String(path.prefix { $0 != "." }))
        case .importFrom(_, let imported, _):
          names += imported.map { $0.alias ?? $0.name }
        case .magic(.time(let body), _), .magic(.timeit(let body, _, _), _): visit(body)
        default: break
        }
      }
    }
    visit(body)
    return names
  }

  /// Collects the names a function body reads, and the free names of functions nested in it.
  private struct Walker {
    let analysis: ScopeAnalysis
    var referenced: Set<String> = []
    var innerFree: Set<String> = []
    /// Comprehension variables in scope: reads of them are not the function's.
    var bound: [Set<String>] = []

    mutating func visit(_ statements: [Stmt]) {
      for s in statements { visit(s) }
    }

    mutating func visit(_ s: Stmt) {
      switch s {
      case .expression(let e, _): visit(e)
      case .assign(let targets, let e, _):
        targets.forEach { visit($0) }
        visit(e)
      case .augmentedAssign(let t, _, let e, _):
        visit(t)
        if case .name(let n, _) = t { read(n) }
        visit(e)
      case .ifElse(let branches, let otherwise, _):
        for (c, body) in branches {
          visit(c)
          visit(body)
        }
        visit(otherwise ?? [])
      case .whileLoop(let c, let body, _):
        visit(c)
        visit(body)
      case .forLoop(let t, let iterable, let body, _):
        visit(t)
        visit(iterable)
        visit(body)
      case .def(let f): function(f)
      case .returnValue(let e, _): e.map { visit($0) }
      case .assert(let c, let m, _):
        visit(c)
        m.map { visit($0) }
      case .tryExcept(let body, let handlers, let orElse, let finally, _):
        visit(body)
        for h in handlers {
          h.types.map { visit($0) }
          visit(h.body)
        }
        visit(orElse ?? [])
        visit(finally ?? [])
      case .raise(let e, _): e.map { visit($0) }
      case .magic(.time(let body), _), .magic(.timeit(let body, _, _), _): visit(body)
      case .pass, .breakLoop, .continueLoop, .importModule, .importFrom, .magic: break
      }
    }

    mutating func visit(_ t: Target) {
      switch t {
      case .name: break
      case .tuple(let ts, _): ts.forEach { visit($0) }
      case .index(let base, let subs, _):
        visit(base)
        visit(subs)
      }
    }

    mutating func visit(_ subs: [Subscript]) {
      for sub in subs {
        switch sub {
        case .single(let e): visit(e)
        case .slice(let a, let b, let c, _): [a, b, c].compactMap { $0 }.forEach { visit($0) }
        case .ellipsis: break
        }
      }
    }

    mutating func read(_ name: String) {
      if !bound.contains(where: { $0.contains(name) }) { referenced.insert(name) }
    }

    mutating func function(_ f: FunctionDef) {
      for p in f.parameters { p.defaultValue.map { visit($0) } }
      for name in analysis.info(for: f).free where !bound.contains(where: { $0.contains(name) }) {
        innerFree.insert(name)
      }
    }

    mutating func visit(_ e: Expr) {
      switch e {
      case .number, .string, .bool, .none: break
      case .name(let n, _): read(n)
      case .fstring(let parts, _): visit(parts)
      case .list(let items, _), .tuple(let items, _): items.forEach { visit($0) }
      case .dict(let entries, _):
        for entry in entries {
          visit(entry.key)
          visit(entry.value)
        }
      case .unary(_, let a, _), .not(let a, _), .attribute(let a, _, _): visit(a)
      case .binary(_, let a, let b, _), .and(let a, let b, _), .or(let a, let b, _):
        visit(a)
        visit(b)
      case .compare(let operands, _, _): operands.forEach { visit($0) }
      case .conditional(let c, let t, let o, _):
        visit(c)
        visit(t)
        visit(o)
      case .call(let callee, let args, _):
        visit(callee)
        args.forEach { visit($0.value) }
      case .index(let base, let subs, _):
        visit(base)
        visit(subs)
      case .lambda(let f): function(f)
      case .listComprehension(let element, let clauses, _):
        let depth = bound.count
        for clause in clauses {
          switch clause.kind {
          case .forIn(let target, let iterable):
            visit(iterable)
            bound.append(Set(ScopeAnalysis.assignedNames([.assign([target], .none(target.range), target.range)])))
          case .ifCondition(let c): visit(c)
          }
        }
        visit(element)
        bound.removeLast(bound.count - depth)
      }
    }

    mutating func visit(_ parts: [FStringPart]) {
      for part in parts {
        if case .field(let e, _, let spec) = part {
          visit(e)
          visit(spec)
        }
      }
    }
  }
}
