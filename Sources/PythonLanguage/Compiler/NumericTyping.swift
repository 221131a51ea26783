/// What the numeric tier keeps in a register: a Python or NumPy integer, float or bool.
///
/// Whether a value is NumPy's (`np.int64`, `np.float64`, `np.bool_`) is not part of the kind: it travels with the
/// value, since arithmetic is the same and only the type of the result differs (a NumPy operand makes a NumPy
/// result). Bools are only stored, assigned and tested; arithmetic on them is left to the generic engine.
enum NumericKind: UInt8 {
  case int, real, bool

  /// The kind of `a op b`; nil for a bool operand.
  static func result(_ op: NumericOperator, _ a: NumericKind, _ b: NumericKind) -> NumericKind? {
    if a == .bool || b == .bool { return nil }
    return op == .div || a == .real || b == .real ? .real : .int
  }

  /// The kind of a list element or a number in a variable.
  init?(_ v: Value) {
    switch v {
    case .int, .i64: self = .int
    case .float, .f64: self = .real
    case .bool, .npBool: self = .bool
    default: return nil
    }
  }
}

/// What a subscripted name holds: an array of a dtype, or a list whose elements are expected to be of one kind
/// (each read checks, and hands back on another).
enum NumericContainer: Equatable {
  case array(DType)
  case list(NumericKind)
  /// A list of lists (`dp[i][j]`), its rows found at each read.
  case rows(NumericKind)
  /// A list a loop walks, unpacking each item (`NumericWalk`); its items are read by the walk only.
  case records
  /// A list a walk binds to a name at each iteration (`v1` in `for (r, v1) in pairs`), found at each read.
  case bound(NumericKind)

  var elementKind: NumericKind {
    switch self {
    case .array(let d): d == .int64 ? .int : d == .bool ? .bool : .real
    case .list(let k), .rows(let k), .bound(let k): k
    case .records: .int
    }
  }

  /// Whether a value of kind `k` can be stored (as NumPy or Python would store it, without a cast the tier does
  /// not do).
  func holds(_ k: NumericKind?) -> Bool {
    switch self {
    case .array(.float64): k == .int || k == .real
    case .array(.int64): k == .int
    case .array(.bool): k == .bool
    case .list, .rows, .bound: k != nil
    case .records: false
    }
  }
}

/// The names a loop's numeric form touches and how it uses each, found once when the loop is compiled.
struct NumericSymbols {
  var names: [NumericName] = []
  var index: [String: Int] = [:]
  /// Per name: the number of indices it is subscripted with (nil when it is not an array), the axes `len` and
  /// `.shape[k]` need, and whether elements are stored.
  var arrayRank: [Int?] = []
  var axesNeeded: [Int] = []
  var stored: [Bool] = []
  /// Read with `.shape`, which only arrays have (a list's is an `AttributeError`).
  var shaped: [Bool] = []
  var scalar: [Bool] = []
  var loopVariable: [Bool] = []
  /// Lists the loop only appends to (`.append`): held by the tier, neither read nor pinned.
  var appended: [Bool] = []
  /// Lists walked by unpacking their items (`NumericWalk`), and the names those walks assign.
  var walked: [Bool] = []
  var walkLeaf: [Bool] = []
  var builtinBoxes: [Globals.Box] = []
  /// The functions the loop calls, with their numbers of arguments, looked up at each entry.
  var callees: [(NumericCallee, Int)] = []

  /// Nil when a name is used both as an array and as a number, or with two different numbers of indices.
  ///
  /// A `for` root's bounds are not included: the generic loop evaluates them before the tier starts.
  init?(_ root: NumericRoot) {
    switch root {
    case .forLoop(let loop): guard collect(loop, root: true) else { return nil }
    case .whileLoop(let c, let body, _): guard collect(c), collect(body) else { return nil }
    }
    for k in names.indices where arrayRank[k] != nil && scalar[k] { return nil }
    for k in names.indices where appended[k] && (arrayRank[k] != nil || scalar[k]) { return nil }
    // A walked list is only walked (and measured); a name a walk binds to a list is only subscripted, once.
    for k in names.indices where walked[k] && (stored[k] || scalar[k] || appended[k] || walkLeaf[k] || shaped[k]) {
      return nil
    }
    for k in names.indices where walkLeaf[k] && (appended[k] || shaped[k] || (arrayRank[k] ?? 1) > 1) { return nil }
    // A function's name (or its module's) is not also a number or an array the loop reads or assigns.
    for (callee, _) in callees where index[callee.base.name] != nil { return nil }
  }

  private mutating func symbol(_ n: NumericName) -> Int {
    if let s = index[n.name] { return s }
    index[n.name] = names.count
    names.append(n)
    arrayRank.append(nil)
    axesNeeded.append(0)
    stored.append(false)
    shaped.append(false)
    scalar.append(false)
    loopVariable.append(false)
    appended.append(false)
    walked.append(false)
    walkLeaf.append(false)
    return names.count - 1
  }

  private mutating func builtin(_ box: Globals.Box) {
    if !builtinBoxes.contains(where: { $0 === box }) { builtinBoxes.append(box) }
  }

  private mutating func array(_ n: NumericName, rank: Int?, axes: Int) -> Bool {
    let s = symbol(n)
    if let rank {
      if let r = arrayRank[s], r != 0, r != rank { return false }
      arrayRank[s] = rank
    } else if arrayRank[s] == nil {
      arrayRank[s] = 0  // rank unknown yet: only len/shape use it
    }
    axesNeeded[s] = max(axesNeeded[s], axes)
    return true
  }

  private mutating func collect(_ loop: NumericLoop, root: Bool) -> Bool {
    let v = symbol(loop.variable)
    scalar[v] = true
    loopVariable[v] = true
    for item in loop.elements {
      guard array(item.source, rank: 1, axes: 1) else { return false }
      scalar[symbol(item.target)] = true
    }
    if let walk = loop.walk {
      guard array(walk.source, rank: 1, axes: 1) else { return false }
      walked[symbol(walk.source)] = true
      for leaf in walk.leaves { walkLeaf[symbol(leaf)] = true }
    }
    if !root {
      for box in loop.boxes { builtin(box) }
      for e in [loop.start, loop.stop, loop.step].compactMap({ $0 }) where !collect(e) { return false }
    }
    return collect(loop.body)
  }

  private mutating func collect(_ body: [NumericStatement]) -> Bool {
    for s in body {
      switch s.kind {
      case .assign(let n, let e), .update(let n, _, let e):
        scalar[symbol(n)] = true
        guard collect(e) else { return false }
      case .store(let a, let indices, let e), .updateElement(let a, let indices, _, let e):
        guard array(a, rank: indices.count, axes: 0), collect(e) else { return false }
        stored[symbol(a)] = true
        for i in indices where !collect(i) { return false }
      case .unpack(let targets, let values):
        for v in values where !collect(v) { return false }
        for t in targets {
          switch t {
          case .name(let n): scalar[symbol(n)] = true
          case .element(let a, let indices):
            guard array(a, rank: indices.count, axes: 0) else { return false }
            stored[symbol(a)] = true
            for i in indices where !collect(i) { return false }
          }
        }
      case .append(let list, let e):
        appended[symbol(list)] = true
        guard collect(e) else { return false }
      case .branch(let c, let yes, let no):
        guard collect(c), collect(yes), collect(no) else { return false }
      case .loop(let inner):
        guard collect(inner, root: false) else { return false }
      case .whileLoop(let c, let inner):
        guard collect(c), collect(inner) else { return false }
      case .pass, .breakLoop, .continueLoop: break
      }
    }
    return true
  }

  private mutating func collect(_ c: NumericCondition) -> Bool {
    switch c {
    case .compare(let a, let rest): collect(a) && rest.allSatisfy { collect($0.1) }
    case .all(let parts), .any(let parts): parts.allSatisfy { collect($0) }
    case .not(let x): collect(x)
    case .truth(let e): collect(e)
    }
  }

  private mutating func collect(_ e: NumericExpr) -> Bool {
    switch e {
    case .int, .real, .bool: return true
    case .name(let n):
      scalar[symbol(n)] = true
      return true
    case .element(let a, let indices):
      guard array(a, rank: indices.count, axes: 0) else { return false }
      return indices.allSatisfy { collect($0) }
    case .length(let a, let box):
      builtin(box)
      return array(a, rank: nil, axes: 1)
    case .shape(let a, let k):
      shaped[symbol(a)] = true
      return array(a, rank: nil, axes: k < 0 ? -k : k + 1)
    case .items(let sources):
      return sources.allSatisfy { array($0, rank: 1, axes: 1) }
    case .binary(_, let a, let b): return collect(a) && collect(b)
    case .negate(let a), .square(let a): return collect(a)
    case .call(_, let args, let box):
      builtin(box)
      return args.allSatisfy { collect($0) }
    case .apply(let callee, let args):
      if !callees.contains(where: { $0.0.key == callee.key && $0.1 == args.count }) {
        callees.append((callee, args.count))
      }
      return args.allSatisfy { collect($0) }
    }
  }
}

/// The kinds of a loop's names for one set of values at entry: which are loaded into registers, and each name's one
/// kind for the whole loop.
///
/// Nil when the loop cannot run in the tier with these values.
struct NumericTyping {
  var kinds: [NumericKind?]
  var loaded: [Bool]
  /// Per subscripted name: what it holds, and its number of axes.
  var containers: [NumericContainer?]
  var ranks: [Int]
  /// Per number a walk binds: its kind in the walked list's first item.
  var leafKinds: [NumericKind?]
  let symbols: NumericSymbols
  /// What the calls mean, for the functions found at this entry.
  let calls: [String: NumericResolved]

  init?(_ symbols: NumericSymbols, _ root: NumericRoot, _ values: [Value], _ calls: [String: NumericResolved]) {
    let n = symbols.names.count
    self.symbols = symbols
    self.calls = calls
    containers = Array(repeating: nil, count: n)
    ranks = Array(repeating: 0, count: n)
    kinds = Array(repeating: nil, count: n)
    loaded = Array(repeating: false, count: n)
    leafKinds = Array(repeating: nil, count: n)
    var entry: [NumericKind?] = Array(repeating: nil, count: n)
    for s in 0..<n {
      if symbols.walked[s] {
        guard case .object(let o) = values[s], o.tag == .list else { return nil }
        containers[s] = .records
        ranks[s] = 1
        continue
      }
      // A list a walk binds is typed from the walked list's first item, below.
      if symbols.walkLeaf[s] && symbols.arrayRank[s] != nil { continue }
      if symbols.appended[s] {
        guard case .object(let o) = values[s], o.tag == .list, o.type === BuiltinTypes.list else { return nil }
        continue
      }
      if let rank = symbols.arrayRank[s] {
        guard case .object(let o) = values[s], let (container, ndim) = NumericTyping.container(o),
          rank == 0 || rank == ndim, symbols.axesNeeded[s] <= ndim,
          !(symbols.shaped[s] && o.tag != .ndarray)
        else { return nil }
        containers[s] = container
        ranks[s] = ndim
        continue
      }
      entry[s] = NumericKind(values[s])
      if symbols.loopVariable[s] && entry[s] != .int { entry[s] = nil }
    }
    for walk in NumericTyping.walks(root) {
      guard case .object(let o) = values[symbol(walk.source)], o.tag == .list,
        let first = unsafeDowncast(o, to: PyList.self).items.first, match(walk.pattern, first)
      else { return nil }
    }
    // A name whose value at entry conflicts with what the loop assigns is dropped once: it must then be assigned
    // before it is read, and keeps its old value if the tier hands back before that.
    var dropped: Set<Int> = []
    for _ in 0..<2 {
      kinds = entry
      for s in dropped { kinds[s] = nil }
      let conflicts = settle(root)
      if conflicts.isEmpty {
        loaded = (0..<n).map { entry[$0] != nil && !dropped.contains($0) }
        var bound = Set((0..<n).filter { loaded[$0] })
        switch root {
        case .forLoop(let loop): guard walk(loop, &bound, root: true) else { return nil }
        case .whileLoop(let c, let body, _): guard reads(c, bound), walk(body, &bound) else { return nil }
        }
        return
      }
      let droppable = conflicts.filter { entry[$0] != nil && !dropped.contains($0) }
      if droppable.isEmpty { return nil }
      dropped.formUnion(droppable)
    }
    return nil
  }

  /// The walks of a loop and of the loops inside it.
  static func walks(_ root: NumericRoot) -> [NumericWalk] {
    func inside(_ body: [NumericStatement]) -> [NumericWalk] {
      body.flatMap { st -> [NumericWalk] in
        switch st.kind {
        case .loop(let l): (l.walk.map { [$0] } ?? []) + inside(l.body)
        case .whileLoop(_, let b): inside(b)
        case .branch(_, let yes, let no): inside(yes) + inside(no)
        default: []
        }
      }
    }
    switch root {
    case .forLoop(let l): return (l.walk.map { [$0] } ?? []) + inside(l.body)
    case .whileLoop(_, let body, _): return inside(body)
    }
  }

  /// The items of a tuple or a list (of the built-in types), which unpack by position.
  static func sequenceItems(_ v: Value) -> [Value]? {
    guard case .object(let o) = v else { return nil }
    if o.tag == .tuple { return unsafeDowncast(o, to: PyTuple.self).items }
    if o.tag == .list { return unsafeDowncast(o, to: PyList.self).items }
    return nil
  }

  /// Whether `v` unpacks as `pattern` does, taking the kinds of its numbers and lists: every walk that binds a name
  /// must agree on its kind.
  private mutating func match(_ pattern: NumericPattern, _ v: Value) -> Bool {
    switch pattern {
    case .sequence(let parts):
      guard let items = NumericTyping.sequenceItems(v), items.count == parts.count else { return false }
      for (p, x) in zip(parts, items) where !match(p, x) { return false }
      return true
    case .leaf(let n):
      let s = symbol(n)
      if symbols.arrayRank[s] != nil {
        guard case .object(let o) = v, o.tag == .list else { return false }
        let first = unsafeDowncast(o, to: PyList.self).items.first
        guard let k = first.map({ NumericKind($0) }) ?? .int else { return false }
        if let old = containers[s], old != .bound(k) { return false }
        containers[s] = .bound(k)
        ranks[s] = 1
        return true
      }
      // A name the loop never reads may be bound to anything; it is held like a list a walk binds.
      guard let k = NumericKind(v) else {
        guard !symbols.scalar[s], case .object = v, leafKinds[s] == nil else { return false }
        containers[s] = .bound(.int)
        return true
      }
      if let old = leafKinds[s], old != k { return false }
      if case .bound? = containers[s] { return false }
      leafKinds[s] = k
      return true
    }
  }

  /// An array with one to three axes, a list, or a list of lists (the elements' kind guessed
  /// from the first).
  static func container(_ o: PyObject) -> (NumericContainer, Int)? {
    switch o.tag {
    case .ndarray:
      let a = unsafeDowncast(o, to: NDArray.self)
      guard (1...3).contains(a.shape.count) else { return nil }
      return (.array(a.dtype), a.shape.count)
    case .list:
      let items = unsafeDowncast(o, to: PyList.self).items
      guard let first = items.first else { return (.list(.int), 1) }
      if case .object(let row) = first, row.tag == .list {
        let inner = unsafeDowncast(row, to: PyList.self).items
        guard let head = inner.first else { return (.rows(.int), 2) }
        return NumericKind(head).map { (.rows($0), 2) }
      }
      return NumericKind(first).map { (.list($0), 1) }
    default: return nil
    }
  }

  func symbol(_ n: NumericName) -> Int { symbols.index[n.name] ?? 0 }

  func kernel(_ callee: NumericCallee) -> ScalarKernel? {
    if case .kernel(let k)? = calls[callee.key] { return k }
    return nil
  }

  /// The inlined body of a call of the user's function, on its arguments.
  func inlined(_ callee: NumericCallee, _ args: [NumericExpr]) -> NumericExpr? {
    if case .inline(let t)? = calls[callee.key], t.parameters == args.count { return t.substituting(args) }
    return nil
  }

  /// The kind of `e`'s value; nil while a name in it has no kind yet, or for arithmetic on bools.
  func kind(_ e: NumericExpr) -> NumericKind? {
    switch e {
    case .int, .length, .shape, .items: return .int
    case .real: return .real
    case .bool: return .bool
    case .name(let n): return kinds[symbol(n)]
    case .element(let a, _):
      guard let c = containers[symbol(a)], c != .records else { return nil }
      return c.elementKind
    case .binary(let op, let a, let b):
      guard let x = kind(a), let y = kind(b) else { return nil }
      return NumericKind.result(op, x, y)
    case .negate(let a), .square(let a):
      let k = kind(a)
      return k == .bool ? nil : k
    case .call(.abs, let args, _):
      let k = args.first.flatMap { kind($0) }
      return k == .bool ? nil : k
    case .apply(let callee, let args):
      if let body = inlined(callee, args) { return kind(body) }
      guard args.count == 1, let k = kind(args[0]), k != .bool, let kernel = kernel(callee) else { return nil }
      if case .integral = kernel { return .int }
      return .real
    case .call(_, let args, _):
      // `min`/`max` return one of their arguments, so both must be of one kind.
      guard args.count == 2, let k = kind(args[0]), k != .bool, kind(args[1]) == k else { return nil }
      return k
    }
  }

  /// Gives every assigned name its kind, to a fixed point; returns the names given two different kinds.
  private mutating func settle(_ root: NumericRoot) -> Set<Int> {
    var conflicts: Set<Int> = []
    var changed = true
    func give(_ s: Int, _ k: NumericKind?) {
      guard let k else { return }
      if let old = kinds[s] {
        if old != k { conflicts.insert(s) }
      } else {
        kinds[s] = k
        changed = true
      }
    }
    func walk(_ loop: NumericLoop) {
      give(symbol(loop.variable), .int)
      for item in loop.elements { give(symbol(item.target), containers[symbol(item.source)]?.elementKind) }
      for leaf in loop.walk?.leaves ?? [] { give(symbol(leaf), leafKinds[symbol(leaf)]) }
      walk(loop.body)
    }
    func walk(_ body: [NumericStatement]) {
      for st in body {
        switch st.kind {
        case .assign(let n, let e): give(symbol(n), kind(e))
        case .update(let n, let op, let e):
          if let a = kinds[symbol(n)], let b = kind(e) { give(symbol(n), NumericKind.result(op, a, b)) }
        case .unpack(let targets, let values):
          for (t, v) in zip(targets, values) {
            if case .name(let n) = t { give(symbol(n), kind(v)) }
          }
        case .branch(_, let yes, let no):
          walk(yes)
          walk(no)
        case .loop(let inner): walk(inner)
        case .whileLoop(_, let inner): walk(inner)
        case .store, .updateElement, .append, .pass, .breakLoop, .continueLoop: break
        }
      }
    }
    while changed && conflicts.isEmpty {
      changed = false
      switch root {
      case .forLoop(let loop): walk(loop)
      case .whileLoop(_, let body, _): walk(body)
      }
    }
    return conflicts
  }

  /// Whether every name `e` reads has a value on every path (names not loaded must be assigned first), indices
  /// are integers and the whole has a kind.
  private func reads(_ e: NumericExpr, _ bound: Set<Int>) -> Bool {
    guard kind(e) != nil else { return false }
    switch e {
    case .int, .real, .bool, .shape, .items: return true
    case .length(let a, _): return !symbols.walkLeaf[symbol(a)] || bound.contains(symbol(a))
    case .name(let n): return bound.contains(symbol(n))
    case .element(let a, let indices):
      // A list a walk binds is there once the walk has bound it.
      guard !symbols.walkLeaf[symbol(a)] || bound.contains(symbol(a)) else { return false }
      return indices.allSatisfy { reads($0, bound) && kind($0) == .int }
    case .binary(_, let a, let b): return reads(a, bound) && reads(b, bound)
    case .negate(let a), .square(let a): return reads(a, bound)
    case .call(_, let args, _), .apply(_, let args): return args.allSatisfy { reads($0, bound) }
    }
  }

  private func reads(_ c: NumericCondition, _ bound: Set<Int>) -> Bool {
    switch c {
    case .compare(let a, let rest):
      return ([a] + rest.map(\.1)).allSatisfy { reads($0, bound) && kind($0) != .bool }
    case .all(let parts), .any(let parts): return parts.allSatisfy { reads($0, bound) }
    case .not(let x): return reads(x, bound)
    case .truth(let e): return reads(e, bound)
    }
  }

  /// Whether no target's indices read what an earlier target of the same assignment writes (Python stores in
  /// order, so `i, a[i] = …` indexes with the new `i`; the tier finds every position before it stores).
  static func independent(_ targets: [NumericTarget]) -> Bool {
    var written: Set<String> = []
    for t in targets {
      switch t {
      case .name(let n): written.insert(n.name)
      case .element(let a, let indices):
        if !indices.allSatisfy({ mentioned($0).isDisjoint(with: written) }) { return false }
        written.insert(a.name)
      }
    }
    return true
  }

  /// The names an expression reads, arrays and lists included.
  static func mentioned(_ e: NumericExpr) -> Set<String> {
    switch e {
    case .int, .real, .bool: []
    case .name(let n), .length(let n, _), .shape(let n, _): [n.name]
    case .items(let sources): Set(sources.map(\.name))
    case .element(let a, let indices): indices.reduce(into: [a.name]) { $0.formUnion(mentioned($1)) }
    case .binary(_, let a, let b): mentioned(a).union(mentioned(b))
    case .negate(let a), .square(let a): mentioned(a)
    case .call(_, let args, _), .apply(_, let args): args.reduce(into: []) { $0.formUnion(mentioned($1)) }
    }
  }

  private func holds(_ a: NumericName, _ k: NumericKind?) -> Bool { containers[symbol(a)]?.holds(k) ?? false }

  /// Checks reads (`reads`), loop bounds, and that stores fit their container, path by path.
  private func walk(_ loop: NumericLoop, _ bound: inout Set<Int>, root: Bool) -> Bool {
    for e in [loop.start, loop.stop, loop.step].compactMap({ $0 }) where !root && (!reads(e, bound) || kind(e) != .int)
    {
      return false
    }
    var inner = bound
    inner.insert(symbol(loop.variable))
    for item in loop.elements { inner.insert(symbol(item.target)) }
    for leaf in loop.walk?.leaves ?? [] { inner.insert(symbol(leaf)) }
    return walk(loop.body, &inner)
  }

  private func walk(_ body: [NumericStatement], _ bound: inout Set<Int>) -> Bool {
    for st in body {
      switch st.kind {
      case .assign(let n, let e):
        guard reads(e, bound) else { return false }
        bound.insert(symbol(n))
      case .update(let n, let op, let e):
        guard bound.contains(symbol(n)), reads(e, bound), let a = kinds[symbol(n)], let b = kind(e),
          NumericKind.result(op, a, b) == a
        else { return false }
      case .store(let a, let indices, let e):
        guard reads(.element(a, indices), bound), reads(e, bound), holds(a, kind(e)) else { return false }
      case .updateElement(let a, let indices, let op, let e):
        guard reads(.element(a, indices), bound), reads(e, bound), let k = kind(.element(a, indices)),
          let v = kind(e), holds(a, NumericKind.result(op, k, v))
        else { return false }
      case .unpack(let targets, let values):
        guard values.allSatisfy({ reads($0, bound) }), NumericTyping.independent(targets) else { return false }
        for (t, v) in zip(targets, values) {
          switch t {
          case .name(let n): bound.insert(symbol(n))
          case .element(let a, let indices):
            // A list of lists (or a walk's list) has no one buffer to find every position in before storing.
            if case .rows = containers[symbol(a)] { return false }
            if case .bound = containers[symbol(a)] { return false }
            guard reads(.element(a, indices), bound), holds(a, kind(v)) else { return false }
          }
        }
      case .append(_, let e):
        guard reads(e, bound) else { return false }
      case .branch(let c, let yes, let no):
        guard reads(c, bound) else { return false }
        var a = bound
        var b = bound
        guard walk(yes, &a), walk(no, &b) else { return false }
        bound = a.intersection(b)
      case .loop(let inner):
        guard walk(inner, &bound, root: false) else { return false }
      case .whileLoop(let c, let inner):
        // The body may not run: what it assigns is not bound after it.
        var copy = bound
        guard reads(c, bound), walk(inner, &copy) else { return false }
      case .pass, .breakLoop, .continueLoop: break
      }
    }
    return true
  }
}
