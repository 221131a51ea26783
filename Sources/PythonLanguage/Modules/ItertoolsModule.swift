/// Python's `itertools`, lazily where Python is lazy.
enum ItertoolsModule {
  /// An iterator defined by a closure over its own state.
  static func iterator(_ next: @escaping (Runtime) throws(PyError) -> Value?) -> Value {
    .object(FunctionIterator(next))
  }

  static func make() -> PyModule {
    let functions: [PyBuiltin] = [
      .general("count", "itertools") { (rt, a) throws(PyError) in
        var current = a.positional.first ?? .int(0)
        let step = a.positional.count > 1 ? a.positional[1] : .int(1)
        return iterator { (rt) throws(PyError) -> Value? in
          defer { current = (try? rt.binary(.add, current, step)) ?? current }
          return current
        }
      },
      .one("cycle", "itertools") { (rt, v) throws(PyError) in
        let source = try rt.iterate(v)
        var saved: [Value] = []
        var k = 0
        var exhausted = false
        return iterator { (rt) throws(PyError) -> Value? in
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
            iterator { (rt) throws(PyError) -> Value? in
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
        var remaining = a.positional.count > 1 ? try rt.index(a.positional[1]) : -1
        return iterator { (_) throws(PyError) -> Value? in
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
        return iterator { (rt) throws(PyError) -> Value? in
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
        func bound(_ v: Value) throws(PyError) -> Int? { v.isNone ? nil : try rt.index(v) }
        var start = 0
        var stop: Int?
        var step = 1
        if a.positional.count == 2 {
          stop = try bound(a.positional[1])
        } else {
          start = try bound(a.positional[1]) ?? 0
          stop = try bound(a.positional[2])
          if a.positional.count > 3 { step = try bound(a.positional[3]) ?? 1 }
        }
        var index = 0
        var nextWanted = start
        return iterator { (rt) throws(PyError) -> Value? in
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
          pools = Array([[[Value]]](repeating: pools, count: max(0, n)).joined())
        }
        var result: [[Value]] = [[]]
        for pool in pools { result = result.flatMap { prefix in pool.map { prefix + [$0] } } }
        return .object(ArrayIterator(result.map { .tuple($0) }))
      },
      .general("permutations", "itertools") { (rt, a) throws(PyError) in
        let pool = try rt.collect(a.positional.first ?? .none)
        let r = a.positional.count > 1 && !a.positional[1].isNone ? try rt.index(a.positional[1]) : pool.count
        return .object(ArrayIterator(permutations(pool.count, r).map { .tuple($0.map { pool[$0] }) }))
      },
      .general("combinations", "itertools") { (rt, a) throws(PyError) in
        let pool = try rt.collect(a.positional.first ?? .none)
        let r = try rt.index(a.positional.count > 1 ? a.positional[1] : .none)
        return .object(
          ArrayIterator(combinations(pool.count, r, replacement: false).map { .tuple($0.map { pool[$0] }) }))
      },
      .general("combinations_with_replacement", "itertools") { (rt, a) throws(PyError) in
        let pool = try rt.collect(a.positional.first ?? .none)
        let r = try rt.index(a.positional.count > 1 ? a.positional[1] : .none)
        return .object(
          ArrayIterator(combinations(pool.count, r, replacement: true).map { .tuple($0.map { pool[$0] }) }))
      },
      .general("zip_longest", "itertools") { (rt, a) throws(PyError) in
        let fill = a.keywords.first { $0.0 == "fillvalue" }?.1 ?? .none
        let sources = try a.positional.map { (v) throws(PyError) in try rt.iterate(v) }
        var done = [Bool](repeating: false, count: sources.count)
        return iterator { (rt) throws(PyError) -> Value? in
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
        let values = try rt.collect(a.positional.first ?? .none)
        let key = a.positional.count > 1 ? a.positional[1] : a.keywords.first { $0.0 == "key" }?.1 ?? .none
        var groups: [Value] = []
        var currentKey: Value?
        var current: [Value] = []
        for v in values {
          let k = key.isNone ? v : try rt.call(key, v)
          if let ck = currentKey, try rt.equals(ck, k) {
            current.append(v)
          } else {
            if let ck = currentKey { groups.append(.tuple([ck, .object(ArrayIterator(current))])) }
            currentKey = k
            current = [v]
          }
        }
        if let ck = currentKey { groups.append(.tuple([ck, .object(ArrayIterator(current))])) }
        return .object(ArrayIterator(groups))
      },
      .two("starmap", "itertools") { (rt, f, v) throws(PyError) in
        let source = try rt.iterate(v)
        return iterator { (rt) throws(PyError) -> Value? in
          guard let x = try source.next(rt) else { return nil }
          return try rt.call(f, try rt.collect(x))
        }
      },
      .two("takewhile", "itertools") { (rt, f, v) throws(PyError) in
        let source = try rt.iterate(v)
        var stopped = false
        return iterator { (rt) throws(PyError) -> Value? in
          guard !stopped, let x = try source.next(rt) else { return nil }
          if try rt.truthy(try rt.call(f, x)) { return x }
          stopped = true
          return nil
        }
      },
      .two("dropwhile", "itertools") { (rt, f, v) throws(PyError) in
        let source = try rt.iterate(v)
        var dropping = true
        return iterator { (rt) throws(PyError) -> Value? in
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
        return iterator { (rt) throws(PyError) -> Value? in
          guard let p = previous, let x = try source.next(rt) else { return nil }
          previous = x
          return .tuple([p, x])
        }
      },
      .two("compress", "itertools") { (rt, data, selectors) throws(PyError) in
        var out: [Value] = []
        for (d, s) in zip(try rt.collect(data), try rt.collect(selectors)) where try rt.truthy(s) { out.append(d) }
        return .object(ArrayIterator(out))
      },
      .two("filterfalse", "itertools") { (rt, f, v) throws(PyError) in
        var out: [Value] = []
        for x in try rt.collect(v) {
          let keep = f.isNone ? try rt.truthy(x) : try rt.truthy(try rt.call(f, x))
          if !keep { out.append(x) }
        }
        return .object(ArrayIterator(out))
      },
    ]
    let module = PyModule.make("itertools", functions: functions)
    module.attributes["chain"] = .object(PySingleton("chain", chainType))
    return module
  }

  /// Index tuples of r-permutations of n, in lexicographic order (as `itertools.permutations`).
  static func permutations(_ n: Int, _ r: Int) -> [[Int]] {
    guard r <= n, r >= 0 else { return [] }
    var out: [[Int]] = []
    var current: [Int] = []
    var used = [Bool](repeating: false, count: n)
    func go() {
      if current.count == r {
        out.append(current)
        return
      }
      for i in 0..<n where !used[i] {
        used[i] = true
        current.append(i)
        go()
        current.removeLast()
        used[i] = false
      }
    }
    go()
    return out
  }

  static func combinations(_ n: Int, _ r: Int, replacement: Bool) -> [[Int]] {
    guard r >= 0, replacement || r <= n, n > 0 || r == 0 else { return r == 0 ? [[]] : [] }
    var out: [[Int]] = []
    var current: [Int] = []
    func go(_ start: Int) {
      if current.count == r {
        out.append(current)
        return
      }
      guard start < n else { return }
      for i in start..<n {
        current.append(i)
        go(replacement ? i : i + 1)
        current.removeLast()
      }
    }
    go(0)
    return out
  }
}

/// `itertools.chain`, callable, with `chain.from_iterable`.
extension ItertoolsModule {
  static func chained(_ outer: PyIterator) -> Value {
    var current: PyIterator?
    return iterator { (rt) throws(PyError) -> Value? in
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
