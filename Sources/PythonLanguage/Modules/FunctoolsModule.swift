/// Python's `functools`: `reduce`, `partial`, `lru_cache`/`cache`, `wraps`, `cmp_to_key`.
enum FunctoolsModule {
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
          return hit
        }
        c.misses += 1
        let v = try rt.call(c.function, args, a.keywords)
        try c.cache.set(keyValue, v, rt: rt)
        return v
      },
      .one("cache_clear", "_lru_cache_wrapper") { (_, s) throws(PyError) in
        guard case .object(let o) = s, let c = o as? CachedFunction else { return .none }
        c.cache.removeAll()
        return .none
      },
      .one("cache_info", "_lru_cache_wrapper") { (_, s) throws(PyError) in
        guard case .object(let o) = s, let c = o as? CachedFunction else { return .none }
        return .str("CacheInfo(hits=\(c.hits), misses=\(c.misses), maxsize=None, currsize=\(c.cache.count))")
      },
    ])

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
        while let x = try it.next(rt) { acc = try rt.call(f, [acc, x]) }
        return acc
      },
      .general("partial", "functools") { (_, a) throws(PyError) in
        guard let f = a.positional.first else { throw PyError("TypeError", "partial expected at least 1 argument") }
        return .object(Partial(f, Array(a.positional.dropFirst()), a.keywords))
      },
      .one("cache", "functools") { (_, f) throws(PyError) in .object(CachedFunction(f)) },
      .general("lru_cache", "functools") { (_, a) throws(PyError) in
        if let f = a.positional.first, CollectionsModule.isCallable(f) { return .object(CachedFunction(f)) }
        return .object(
          PyBuiltin.one("decorating_function", "functools") { (_, f) throws(PyError) in .object(CachedFunction(f)) })
      },
      .one("wraps", "functools") { (_, wrapped) throws(PyError) in
        .object(
          PyBuiltin.one("update_wrapper", "functools") { (rt, wrapper) throws(PyError) in
            for name in ["__name__", "__qualname__", "__doc__"] {
              if let v = try? rt.getAttribute(wrapped, name) { try? rt.setAttribute(wrapper, name, v) }
            }
            return wrapper
          })
      },
      .one("cmp_to_key", "functools") { (_, cmp) throws(PyError) in
        .object(
          PyBuiltin.one("K", "functools") { (_, v) throws(PyError) in .object(ComparisonKey(cmp, v)) })
      },
    ]
    return .make("functools", functions: functions)
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
  var hits = 0
  var misses = 0
  init(_ function: Value) {
    self.function = function
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
        return .bool(try rt.compareBool(.lt, try rt.call(p.compare, [p.value, q.value]), .int(0)))
      }
    ])
}
