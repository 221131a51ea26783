/// Python's `functools`: `reduce`, `partial`, `lru_cache`/`cache`, `wraps`, `cmp_to_key`, `total_ordering`.
enum FunctoolsModule {
  /// `@total_ordering`: the comparisons a class lacks, derived from the one it defines (CPython's choice of root:
  /// `__lt__`, then `__le__`, `__gt__`, `__ge__`) and `==`, with CPython's formulas and NotImplemented passed on.
  static func totalOrdering(_ rt: Runtime, _ v: Value) throws(PyError) -> Value {
    guard case .object(let o) = v, o.tag == .type else {
      throw PyError("TypeError", "total_ordering expects a class")
    }
    let cls = unsafeDowncast(o, to: PyType.self)
    let order = ["__lt__", "__le__", "__gt__", "__ge__"]
    let defined = order.filter { name in
      guard let m = cls.lookup(name) else { return false }
      if case .object(let f) = m, f === BuiltinTypes.object.lookup(name)?.object { return false }
      return true
    }
    guard let root = defined.first, let rootMethod = cls.lookup(root) else {
      throw PyError("ValueError", "must define at least one ordering operation: < > <= >=")
    }
    // For each root, the other three: (name, use the root's result negated?, then combine with ==: "or"/"and"/none).
    enum Combine { case orEqual, andNotEqual, none }
    let derived: [String: [(String, Bool, Combine)]] = [
      "__lt__": [("__gt__", true, .andNotEqual), ("__le__", false, .orEqual), ("__ge__", true, .none)],
      "__le__": [("__ge__", true, .orEqual), ("__lt__", false, .andNotEqual), ("__gt__", true, .none)],
      "__gt__": [("__lt__", true, .andNotEqual), ("__ge__", false, .orEqual), ("__le__", true, .none)],
      "__ge__": [("__le__", true, .orEqual), ("__gt__", false, .andNotEqual), ("__lt__", true, .none)],
    ]
    for (name, negate, combine) in derived[root] ?? [] where !defined.contains(name) {
      cls.set(
        name,
        .object(
          PyBuiltin.two(name, cls.name) { (rt, a, b) throws(PyError) in
            let r = try rt.call(rootMethod, a, b)
            if r.isNotImplemented(rt) { return r }
            let truth = try rt.truthy(r) != negate
            switch combine {
            case .none: return .bool(truth)
            case .orEqual:
              if truth { return .bool(true) }
              return .bool(try rt.equals(a, b))
            case .andNotEqual:
              if !truth { return .bool(false) }
              return .bool(try !rt.equals(a, b))
            }
          }))
    }
    return v
  }

  static let partialType = BuiltinTypes.make(
    "partial", [BuiltinTypes.object], module: "functools",
    methods: [
      .general("__call__", "partial") { (rt, a) throws(PyError) in
        guard case .object(let o)? = a.positional.first, let p = o as? Partial else { return .none }
        var keywords = p.keywords
        for (k, v) in a.keywords {
          keywords.removeAll { $0.0 == k }
          keywords.append((k, v))
        }
        return try rt.call(p.function, p.arguments + a.positional.dropFirst(), keywords)
      }
    ])

  static let cachedType = BuiltinTypes.make(
    "_lru_cache_wrapper", [BuiltinTypes.object], module: "functools",
    methods: [
      .general("__call__", "_lru_cache_wrapper") { (rt, a) throws(PyError) in
        guard case .object(let o)? = a.positional.first, let c = o as? CachedFunction else { return .none }
        let args = Array(a.positional.dropFirst())
        var key = args
        for (k, v) in a.keywords { key += [.str(k), v] }
        let keyValue = Value.tuple(key)
        if let hit = try c.cache.get(keyValue, rt: rt) {
          c.hits += 1
          if c.maxsize != nil {
            // Most recently used moves to the end; the first entry is the one evicted.
            _ = try c.cache.remove(keyValue, rt: rt)
            try c.cache.set(keyValue, hit, rt: rt)
          }
          return hit
        }
        c.misses += 1
        let v = try rt.call(c.function, args, a.keywords)
        if c.maxsize == 0 { return v }
        try c.cache.set(keyValue, v, rt: rt)
        if let m = c.maxsize, c.cache.count > m, let oldest = c.cache.items.first(where: { _ in true })?.key {
          _ = try c.cache.remove(oldest, rt: rt)
        }
        return v
      },
      .one("cache_clear", "_lru_cache_wrapper") { (_, s) throws(PyError) in
        guard case .object(let o) = s, let c = o as? CachedFunction else { return .none }
        c.cache.removeAll()
        c.hits = 0
        c.misses = 0
        return .none
      },
      .one("cache_info", "_lru_cache_wrapper") { (_, s) throws(PyError) in
        guard case .object(let o) = s, let c = o as? CachedFunction else { return .none }
        return cacheInfo.make([.int(c.hits), .int(c.misses), c.maxsize.map { .int($0) } ?? .none, .int(c.cache.count)])
      },
    ])

  static let cacheInfo = ResultType(
    "CacheInfo", ["hits", "misses", "maxsize", "currsize"], tupleCount: 4, module: "functools")

  static func make() -> PyModule {
    let functions: [PyBuiltin] = [
      .general("reduce", "functools") { (rt, a) throws(PyError) in
        guard a.positional.count >= 2 else {
          throw PyError("TypeError", "reduce expected at least 2 arguments, got \(a.positional.count)")
        }
        let f = a.positional[0]
        let it = try rt.iterate(a.positional[1])
        var acc: Value
        if a.positional.count > 2 {
          acc = a.positional[2]
        } else {
          guard let first = try it.next(rt) else {
            throw PyError("TypeError", "reduce() of empty iterable with no initial value")
          }
          acc = first
        }
        while let x = try it.next(rt) { acc = try rt.call(f, acc, x) }
        return acc
      },
      .general("partial", "functools") { (_, a) throws(PyError) in
        guard let f = a.positional.first else { throw PyError("TypeError", "partial expected at least 1 argument") }
        return .object(Partial(f, Array(a.positional.dropFirst()), a.keywords))
      },
      .one("cache", "functools") { (_, f) throws(PyError) in .object(CachedFunction(f, maxsize: nil)) },
      .general("lru_cache", "functools") { (rt, a) throws(PyError) in
        if let f = a.positional.first, Runtime.isCallable(f) {
          return .object(CachedFunction(f, maxsize: 128))
        }
        let p = try a.bind("lru_cache", ["maxsize", "typed"])
        if let typed = p[1], try rt.truthy(typed) {
          throw PyError("NotImplementedError", "lru_cache(typed=True) is not in Tessel yet")
        }
        let maxsize = try p[0].map { (m) throws(PyError) -> Int? in m.isNone ? nil : max(0, try rt.index(m)) } ?? 128
        return .object(
          PyBuiltin.one("decorating_function", "functools") { (_, f) throws(PyError) in
            .object(CachedFunction(f, maxsize: maxsize))
          })
      },
      .one("wraps", "functools") { (_, wrapped) throws(PyError) in
        .object(
          PyBuiltin.one("update_wrapper", "functools") { (rt, wrapper) throws(PyError) in
            // As `functools.update_wrapper`: the names and doc, the wrapped function's attributes, `__wrapped__`.
            for name in ["__name__", "__qualname__", "__doc__"] {
              if let v = try? rt.getAttribute(wrapped, name) { try? rt.setAttribute(wrapper, name, v) }
            }
            if case .object(let w) = wrapped, w.tag == .function,
              let attributes = unsafeDowncast(w, to: PyFunction.self).attributes
            {
              for (k, v) in attributes.items {
                if case .object(let ko) = k, ko.tag == .str {
                  try? rt.setAttribute(wrapper, unsafeDowncast(ko, to: PyStr.self).value, v)
                }
              }
            }
            try? rt.setAttribute(wrapper, "__wrapped__", wrapped)
            return wrapper
          })
      },
      .one("total_ordering", "functools") { (rt, cls) throws(PyError) in try totalOrdering(rt, cls) },
      .one("cmp_to_key", "functools") { (_, cmp) throws(PyError) in
        .object(
          PyBuiltin.one("K", "functools") { (_, v) throws(PyError) in .object(ComparisonKey(cmp, v)) })
      },
    ]
    return .make("functools", functions: functions, values: ["cached_property": .object(cachedProperty)])
  }
}

final class Partial: PyObject {
  let function: Value
  let arguments: [Value]
  let keywords: [(String, Value)]
  init(_ function: Value, _ arguments: [Value], _ keywords: [(String, Value)]) {
    self.function = function
    self.arguments = arguments
    self.keywords = keywords
    super.init(tag: .other)
  }
  override var type: PyType { FunctoolsModule.partialType }
}

final class CachedFunction: PyObject {
  let function: Value
  let cache = PyDict()
  /// nil: unbounded (`cache`, `lru_cache(None)`).
  let maxsize: Int?
  var hits = 0
  var misses = 0
  init(_ function: Value, maxsize: Int?) {
    self.function = function
    self.maxsize = maxsize
    super.init(tag: .other)
  }
  override var type: PyType { FunctoolsModule.cachedType }
}

/// `cmp_to_key(f)(x)`: orders by `f(a, b) < 0`.
final class ComparisonKey: PyObject {
  let compare: Value
  let value: Value
  init(_ compare: Value, _ value: Value) {
    self.compare = compare
    self.value = value
    super.init(tag: .other)
  }
  override var type: PyType { ComparisonKey.keyType }

  static let keyType = BuiltinTypes.make(
    "K", [BuiltinTypes.object], module: "functools",
    methods: [
      .two("__lt__", "K") { (rt, a, b) throws(PyError) in
        guard case .object(let x) = a, let p = x as? ComparisonKey, case .object(let y) = b, let q = y as? ComparisonKey
        else { return rt.notImplemented }
        return .bool(try rt.compareBool(.lt, try rt.call(p.compare, p.value, q.value), .int(0)))
      }
    ])
}

/// `functools.cached_property`: a descriptor (no `__set__`, so the instance's own attribute wins) whose first read
/// runs the function and keeps the result as the instance's attribute of the same name.
extension FunctoolsModule {
  static let cachedProperty: PyType = {
    let t = PyType(
      name: "cached_property", module: "functools", bases: [BuiltinTypes.object], layout: .instance, builtin: false)
    func instance(_ v: Value) throws(PyError) -> PyInstance {
      guard case .object(let o) = v, o.tag == .instance else {
        throw PyError("TypeError", "expected a cached_property")
      }
      return unsafeDowncast(o, to: PyInstance.self)
    }
    t.set(
      "__init__",
      .object(
        PyBuiltin.two("__init__", "cached_property") { (rt, s, f) throws(PyError) in
          let p = try instance(s)
          p.setAttribute("func", f)
          p.setAttribute("attrname", .none)
          p.setAttribute("__doc__", (try? rt.getAttribute(f, "__doc__")) ?? .none)
          return .none
        }))
    t.set(
      "__set_name__",
      .object(
        PyBuiltin.general("__set_name__", "cached_property") { (_, a) throws(PyError) in
          guard a.positional.count == 3 else { throw PyError("TypeError", "__set_name__ expects an owner and a name") }
          try instance(a.positional[0]).setAttribute("attrname", a.positional[2])
          return .none
        }))
    t.set(
      "__get__",
      .object(
        PyBuiltin.general("__get__", "cached_property") { (rt, a) throws(PyError) in
          let p = try instance(a.positional.first ?? .none)
          guard a.positional.count > 1, case .object(let o) = a.positional[1], o.tag == .instance else {
            return a.positional.first ?? .none
          }
          guard case .object(let n)? = p.attribute("attrname"), n.tag == .str else {
            throw PyError("TypeError", "Cannot use cached_property instance without calling __set_name__ on it.")
          }
          let value = try rt.call(p.attribute("func") ?? .none, a.positional[1])
          unsafeDowncast(o, to: PyInstance.self).setAttribute(unsafeDowncast(n, to: PyStr.self).value, value)
          return value
        }))
    return t
  }()
}
