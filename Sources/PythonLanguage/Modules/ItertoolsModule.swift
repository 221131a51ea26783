/// Python's `itertools`, lazily where Python is lazy, each iterator of its own `itertools` type.
enum ItertoolsModule {
  /// An iterator of the itertools type `name`, defined by a closure over its own state.
  static func iterator(
    _ name: String, describe: ((Runtime) throws(PyError) -> String)? = nil,
    _ next: @escaping (Runtime) throws(PyError) -> Value?
  ) -> Value {
    .object(FunctionIterator(types[name] ?? BuiltinTypes.iterator, describe: describe, next))
  }

  /// The types of the iterators the module's functions make (`<itertools.cycle object at …>`).
  static let types: [String: PyType] = Dictionary(
    uniqueKeysWithValues: [
      "count", "cycle", "repeat", "accumulate", "islice", "product", "permutations", "combinations",
      "combinations_with_replacement", "zip_longest", "groupby", "_grouper", "starmap", "takewhile", "dropwhile",
      "pairwise", "compress", "filterfalse", "_tee", "chain",
    ].map { ($0, BuiltinTypes.make($0, [BuiltinTypes.object], module: "itertools")) })

  static func make() -> PyModule {
    let functions: [PyBuiltin] = [
      .general("count", "itertools") { (rt, a) throws(PyError) in
        var current = a.positional.first ?? .int(0)
        let step = a.positional.count > 1 ? a.positional[1] : .int(1)
        let plainStep: Bool
        if case .int(1) = step { plainStep = true } else { plainStep = false }
        return iterator(
          "count",
          describe: { (rt) throws(PyError) -> String in
            "count(\(try rt.repr(current))\(plainStep ? "" : ", " + (try rt.repr(step))))"
          }
        ) { (rt) throws(PyError) -> Value? in
          let value = current
          current = try rt.binary(.add, current, step)
          return value
        }
      },
      .one("cycle", "itertools") { (rt, v) throws(PyError) in
        let source = try rt.iterate(v)
        var saved: [Value] = []
        var k = 0
        var exhausted = false
        return iterator("cycle") { (rt) throws(PyError) -> Value? in
          if !exhausted, let x = try source.next(rt) {
            saved.append(x)
            return x
          }
          exhausted = true
          guard !saved.isEmpty else { return nil }
          defer { k = (k + 1) % saved.count }
          return saved[k]
        }
      },
      .general("tee", "itertools") { (rt, a) throws(PyError) in
        let p = try a.bind("tee", ["iterable", "n"], required: 1)
        let n = try p[1].map { (v) throws(PyError) in try rt.index(v) } ?? 2
        guard n >= 0 else { throw PyError("ValueError", "n must be >= 0") }
        // One shared buffer of what the source has given; each copy reads it at its own pace.
        final class Shared {
          let source: PyIterator
          var buffer: [Value] = []
          var exhausted = false
          init(_ source: PyIterator) { self.source = source }
        }
        let shared = Shared(try rt.iterate(p[0] ?? .none))
        var copies: [Value] = []
        for _ in 0..<n {
          var position = 0
          copies.append(
            iterator("_tee") { (rt) throws(PyError) -> Value? in
              if position == shared.buffer.count {
                guard !shared.exhausted, let next = try shared.source.next(rt) else {
                  shared.exhausted = true
                  return nil
                }
                shared.buffer.append(next)
              }
              position += 1
              return shared.buffer[position - 1]
            })
        }
        return .tuple(copies)
      },
      .general("repeat", "itertools") { (rt, a) throws(PyError) in
        let v = a.positional.first ?? .none
        var remaining = a.positional.count > 1 ? max(0, try rt.index(a.positional[1])) : -1
        return iterator(
          "repeat",
          describe: { (rt) throws(PyError) -> String in
            "repeat(\(try rt.repr(v))\(remaining >= 0 ? ", \(remaining)" : ""))"
          }
        ) { (_) throws(PyError) -> Value? in
          if remaining == 0 { return nil }
          if remaining > 0 { remaining -= 1 }
          return v
        }
      },
      .general("accumulate", "itertools") { (rt, a) throws(PyError) in
        let p = try a.bind("accumulate", ["iterable", "func"], required: 1, keywordOnly: ["initial"])
        let source = try rt.iterate(p[0] ?? .none)
        let f = p[1].flatMap { $0.isNone ? nil : $0 }
        var total: Value? = p[2].flatMap { $0.isNone ? nil : $0 }
        var emittedInitial = total == nil
        return iterator("accumulate") { (rt) throws(PyError) -> Value? in
          if !emittedInitial {
            emittedInitial = true
            return total
          }
          guard let x = try source.next(rt) else { return nil }
          if let t = total {
            if let fn = f { total = try rt.call(fn, t, x) } else { total = try rt.binary(.add, t, x) }
          } else {
            total = x
          }
          return total
        }
      },
      .general("islice", "itertools") { (rt, a) throws(PyError) in
        guard a.positional.count >= 2 else { throw PyError("TypeError", "islice expected at least 2 arguments") }
        let source = try rt.iterate(a.positional[0])
        func bound(_ v: Value, _ what: String, least: Int) throws(PyError) -> Int? {
          let message =
            what == "Step"
            ? "Step for islice() must be a positive integer or None."
            : "\(what) for islice() must be None or an integer: 0 <= x <= sys.maxsize."
          if v.isNone { return nil }
          guard let i = try? rt.index(v), i >= least else { throw PyError("ValueError", message) }
          return i
        }
        var start = 0
        var stop: Int?
        var step = 1
        if a.positional.count == 2 {
          stop = try bound(a.positional[1], "Stop argument", least: 0)
        } else {
          stop = try bound(a.positional[2], "Stop argument", least: 0)
          start = try bound(a.positional[1], "Indices", least: 0) ?? 0
          if a.positional.count > 3 { step = try bound(a.positional[3], "Step", least: 1) ?? 1 }
        }
        var index = 0
        var nextWanted = start
        return iterator("islice") { (rt) throws(PyError) -> Value? in
          while true {
            if let stop, nextWanted >= stop { return nil }
            guard let x = try source.next(rt) else { return nil }
            defer { index += 1 }
            if index == nextWanted {
              nextWanted += step
              return x
            }
          }
        }
      },
      .general("product", "itertools") { (rt, a) throws(PyError) in
        var pools = try a.positional.map { (v) throws(PyError) in try rt.collect(v) }
        if let r = a.keywords.first(where: { $0.0 == "repeat" }) {
          let n = try rt.index(r.1)
          if n < 0 { throw PyError("ValueError", "repeat argument cannot be negative") }
          pools = Array([[[Value]]](repeating: pools, count: n).joined())
        }
        // An odometer over the pools' indices, the last turning fastest.
        var indices = [Int](repeating: 0, count: pools.count)
        var state = pools.contains(where: \.isEmpty) ? -1 : 0
        return iterator("product") { (_) throws(PyError) -> Value? in
          if state < 0 { return nil }
          if state == 0 {
            state = 1
          } else {
            var i = pools.count - 1
            while i >= 0 {
              indices[i] += 1
              if indices[i] < pools[i].count { break }
              indices[i] = 0
              i -= 1
            }
            if i < 0 {
              state = -1
              return nil
            }
          }
          return .tuple(indices.enumerated().map { pools[$0.offset][$0.element] })
        }
      },
      .general("permutations", "itertools") { (rt, a) throws(PyError) in
        let pool = try rt.collect(a.positional.first ?? .none)
        let r = a.positional.count > 1 && !a.positional[1].isNone ? try rt.index(a.positional[1]) : pool.count
        if r < 0 { throw PyError("ValueError", "r must be non-negative") }
        let n = pool.count
        // CPython's algorithm: `cycles` counts down the choices left at each position.
        var indices = Array(0..<n)
        var cycles = Array(stride(from: n, to: n - r, by: -1))
        var state = r > n ? -1 : 0
        return iterator("permutations") { (_) throws(PyError) -> Value? in
          if state < 0 { return nil }
          if state == 0 {
            state = 1
            return .tuple(indices.prefix(r).map { pool[$0] })
          }
          var i = r - 1
          while i >= 0 {
            cycles[i] -= 1
            if cycles[i] == 0 {
              let moved = indices[i]
              indices.remove(at: i)
              indices.append(moved)
              cycles[i] = n - i
            } else {
              indices.swapAt(i, n - cycles[i])
              return .tuple(indices.prefix(r).map { pool[$0] })
            }
            i -= 1
          }
          state = -1
          return nil
        }
      },
      .general("combinations", "itertools") { (rt, a) throws(PyError) in
        try combinations(rt, a, replacement: false)
      },
      .general("combinations_with_replacement", "itertools") { (rt, a) throws(PyError) in
        try combinations(rt, a, replacement: true)
      },
      .general("zip_longest", "itertools") { (rt, a) throws(PyError) in
        let fill = a.keywords.first { $0.0 == "fillvalue" }?.1 ?? .none
        let sources = try a.positional.map { (v) throws(PyError) in try rt.iterate(v) }
        var done = [Bool](repeating: false, count: sources.count)
        return iterator("zip_longest") { (rt) throws(PyError) -> Value? in
          var items: [Value] = []
          for (k, s) in sources.enumerated() {
            if !done[k], let x = try s.next(rt) {
              items.append(x)
            } else {
              done[k] = true
              items.append(fill)
            }
          }
          return done.allSatisfy({ $0 }) ? nil : .tuple(items)
        }
      },
      .general("groupby", "itertools") { (rt, a) throws(PyError) in
        let p = try a.bind("groupby", ["iterable", "key"], required: 1)
        let key = p[1] ?? .none
        return .object(Grouping(try rt.iterate(p[0] ?? .none), key: key.isNone ? nil : key))
      },
      .two("starmap", "itertools") { (rt, f, v) throws(PyError) in
        let source = try rt.iterate(v)
        return iterator("starmap") { (rt) throws(PyError) -> Value? in
          guard let x = try source.next(rt) else { return nil }
          return try rt.call(f, try rt.collect(x))
        }
      },
      .two("takewhile", "itertools") { (rt, f, v) throws(PyError) in
        let source = try rt.iterate(v)
        var stopped = false
        return iterator("takewhile") { (rt) throws(PyError) -> Value? in
          guard !stopped, let x = try source.next(rt) else { return nil }
          if try rt.truthy(try rt.call(f, x)) { return x }
          stopped = true
          return nil
        }
      },
      .two("dropwhile", "itertools") { (rt, f, v) throws(PyError) in
        let source = try rt.iterate(v)
        var dropping = true
        return iterator("dropwhile") { (rt) throws(PyError) -> Value? in
          while let x = try source.next(rt) {
            if dropping, try rt.truthy(try rt.call(f, x)) { continue }
            dropping = false
            return x
          }
          return nil
        }
      },
      .one("pairwise", "itertools") { (rt, v) throws(PyError) in
        let source = try rt.iterate(v)
        var previous = try source.next(rt)
        return iterator("pairwise") { (rt) throws(PyError) -> Value? in
          guard let p = previous, let x = try source.next(rt) else { return nil }
          previous = x
          return .tuple([p, x])
        }
      },
      .two("compress", "itertools") { (rt, data, selectors) throws(PyError) in
        let items = try rt.iterate(data)
        let flags = try rt.iterate(selectors)
        return iterator("compress") { (rt) throws(PyError) -> Value? in
          while let d = try items.next(rt), let f = try flags.next(rt) {
            if try rt.truthy(f) { return d }
          }
          return nil
        }
      },
      .two("filterfalse", "itertools") { (rt, f, v) throws(PyError) in
        let source = try rt.iterate(v)
        return iterator("filterfalse") { (rt) throws(PyError) -> Value? in
          while let x = try source.next(rt) {
            let keep = f.isNone ? try rt.truthy(x) : try rt.truthy(try rt.call(f, x))
            if !keep { return x }
          }
          return nil
        }
      },
    ]
    let module = PyModule.make("itertools", functions: functions)
    module.attributes["chain"] = .object(PySingleton("chain", chainType))
    return module
  }

  /// `combinations(pool, r)` and `combinations_with_replacement(pool, r)`, lazily, in CPython's order.
  static func combinations(_ rt: Runtime, _ a: Arguments, replacement: Bool) throws(PyError) -> Value {
    let name = replacement ? "combinations_with_replacement" : "combinations"
    let p = try a.bind(name, ["iterable", "r"], required: 2)
    let pool = try rt.collect(p[0] ?? .none)
    let r = try rt.index(p[1] ?? .none)
    if r < 0 { throw PyError("ValueError", "r must be non-negative") }
    let n = pool.count
    var indices = replacement ? [Int](repeating: 0, count: r) : Array(0..<r)
    var state = (replacement ? n == 0 && r > 0 : r > n) ? -1 : 0
    return iterator(name) { (_) throws(PyError) -> Value? in
      if state < 0 { return nil }
      if state == 0 {
        state = 1
        return .tuple(indices.map { pool[$0] })
      }
      // The rightmost index that can still move up, then everything after it as low as it may go.
      var i = r - 1
      while i >= 0 && indices[i] == (replacement ? n - 1 : i + n - r) { i -= 1 }
      if i < 0 {
        state = -1
        return nil
      }
      indices[i] += 1
      for j in (i + 1)..<max(i + 1, r) { indices[j] = replacement ? indices[i] : indices[j - 1] + 1 }
      return .tuple(indices.map { pool[$0] })
    }
  }
}

/// `itertools.groupby`: consecutive items with equal keys, each group an iterator that shares the source, so
/// moving to the next group ends the one before (as CPython's `_grouper`).
final class Grouping: PyIterator {
  let source: PyIterator
  let key: Value?
  var currentKey: Value?
  var currentValue: Value?
  var targetKey: Value?
  /// The group whose items are still to come; any other has ended.
  ///
  /// Compared by identity only, so not a reference: a weak one would send every retain of a group through a side
  /// table. A live group that has ended cannot share its address with the current one.
  var currentGroup: ObjectIdentifier?

  init(_ source: PyIterator, key: Value?) {
    self.source = source
    self.key = key
  }

  /// Reads the next item and its key; false at the end of the source.
  func step(_ rt: Runtime) throws(PyError) -> Bool {
    guard let v = try source.next(rt) else { return false }
    currentKey = try key.map { (k) throws(PyError) in try rt.call(k, v) } ?? v
    currentValue = v
    return true
  }

  override func next(_ rt: Runtime) throws(PyError) -> Value? {
    currentGroup = nil
    while true {
      if let current = currentKey {
        guard let target = targetKey else { break }
        if !(try rt.equals(target, current)) { break }
      }
      guard try step(rt) else { return nil }
    }
    guard let k = currentKey else { return nil }
    targetKey = k
    let group = Group(self, k)
    currentGroup = ObjectIdentifier(group)
    return .tuple([k, .object(group)])
  }

  override var type: PyType { ItertoolsModule.types["groupby"] ?? BuiltinTypes.iterator }

  final class Group: PyIterator {
    let parent: Grouping
    let key: Value
    init(_ parent: Grouping, _ key: Value) {
      self.parent = parent
      self.key = key
    }

    override func next(_ rt: Runtime) throws(PyError) -> Value? {
      guard parent.currentGroup == ObjectIdentifier(self) else { return nil }
      if parent.currentValue == nil {
        guard try parent.step(rt) else { return nil }
      }
      guard let k = parent.currentKey, try rt.equals(key, k), let v = parent.currentValue else { return nil }
      parent.currentValue = nil
      return v
    }

    override var type: PyType { ItertoolsModule.types["_grouper"] ?? BuiltinTypes.iterator }
  }
}

/// `itertools.chain`, callable, with `chain.from_iterable`.
extension ItertoolsModule {
  static func chained(_ outer: PyIterator) -> Value {
    var current: PyIterator?
    return iterator("chain") { (rt) throws(PyError) -> Value? in
      while true {
        if let c = current, let x = try c.next(rt) { return x }
        guard let next = try outer.next(rt) else { return nil }
        current = try rt.iterate(next)
      }
    }
  }

  static let chainType = BuiltinTypes.make(
    "chain", [BuiltinTypes.object], module: "itertools",
    methods: [
      .general("__call__", "chain") { (rt, a) throws(PyError) in
        chained(ArrayIterator(Array(a.positional.dropFirst())))
      }
    ],
    attributes: [
      "from_iterable": .object(
        PyStaticMethod(
          .object(PyBuiltin.one("from_iterable", "chain") { (rt, v) throws(PyError) in chained(try rt.iterate(v)) })))
    ])
}
