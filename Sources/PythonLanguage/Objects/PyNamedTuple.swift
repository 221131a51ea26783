/// A named tuple (`collections.namedtuple`, `functools`' `CacheInfo`, NumPy's and SciPy's result objects): a tuple
/// whose class names its items, so everything a tuple does it does (compare, hash, unpack, `isinstance(p, tuple)`),
/// and `p.x` reads an item.
///
/// `extras` are named fields past the tuple (SciPy's `TtestResult.df`), read by name and printed, not unpacked.
final class PyNamedTuple: PyTuple {
  let cls: PyType
  let extras: [Value]

  init(_ cls: PyType, _ items: [Value], extras: [Value] = []) {
    self.cls = cls
    self.extras = extras
    super.init(items)
  }

  override var type: PyType { cls }

  /// Field `k`: an item, or an extra past the tuple.
  func field(_ k: Int) -> Value { k < items.count ? items[k] : extras[k - items.count] }
}

/// The fields a named tuple class names, kept on the class `namedTupleType` made.
final class NamedTupleLayout {
  let fields: [String]
  /// How many of the fields the tuple holds; the rest are extras.
  let count: Int
  let defaults: [Value]

  init(_ fields: [String], count: Int, defaults: [Value]) {
    self.fields = fields
    self.count = count
    self.defaults = defaults
  }
}

extension Runtime {
  /// The named tuple class `name` with `fields`, the last `defaults.count` of them optional; with `tupleCount`,
  /// only the first that many are the tuple's items (SciPy's results), and `unprinted` fields are left out of the
  /// repr.
  static func namedTupleType(
    _ name: String, _ fields: [String], defaults: [Value], module: String = "__main__", tupleCount: Int? = nil,
    unprinted: Set<String> = []
  ) -> PyType {
    let t = PyType(name: name, module: module, bases: [BuiltinTypes.tuple], layout: .tuple, builtin: false)
    let layout = NamedTupleLayout(fields, count: tupleCount ?? fields.count, defaults: defaults)
    t.namedTuple = layout
    for (k, f) in fields.enumerated() {
      let getter = PyBuiltin.one(f, name) { (_, s) throws(PyError) in
        guard case .object(let o) = s, let p = o as? PyNamedTuple, k < p.items.count + p.extras.count else {
          throw PyError("TypeError", "descriptor '\(f)' for '\(name)' objects doesn't apply to this object")
        }
        return p.field(k)
      }
      t.set(f, .object(PyProperty(getter: .object(getter))))
    }
    t.set("__new__", .object(PyStaticMethod(.object(namedTupleNew(name, layout)))))
    t.set(
      "__repr__",
      .object(
        PyBuiltin.one("__repr__", name) { (rt, s) throws(PyError) in
          guard case .object(let o) = s, let p = o as? PyNamedTuple else { return .str(try rt.repr(s)) }
          var parts: [String] = []
          // Fields whose names start with `_` are private (SciPy's `_estimate`): read by name, not printed.
          for (k, f) in fields.enumerated() where !f.hasPrefix("_") && !unprinted.contains(f) {
            parts.append("\(f)=\(try rt.repr(p.field(k)))")
          }
          return .str("\(p.cls.name)(\(parts.joined(separator: ", ")))")
        }))
    t.set(
      "_asdict",
      .object(
        PyBuiltin.one("_asdict", name) { (rt, s) throws(PyError) in
          let p = try namedTuple(s, name)
          let d = PyDict()
          for (k, f) in fields.enumerated() { try d.set(.str(f), p.field(k), rt: rt) }
          return .object(d)
        }))
    t.set(
      "_replace",
      .object(
        PyBuiltin.general("_replace", name) { (rt, a) throws(PyError) in
          let p = try namedTuple(a.positional.first ?? .none, name)
          var values = (0..<fields.count).map { p.field($0) }
          var unknown: [String] = []
          for (key, v) in a.keywords {
            if let k = fields.firstIndex(of: key) { values[k] = v } else { unknown.append("'\(key)'") }
          }
          if !unknown.isEmpty {
            throw PyError("ValueError", "Got unexpected field names: [\(unknown.joined(separator: ", "))]")
          }
          return .object(
            PyNamedTuple(p.cls, Array(values.prefix(layout.count)), extras: Array(values.dropFirst(layout.count))))
        }))
    t.set(
      "_make",
      .object(
        PyClassMethod(
          .object(
            PyBuiltin.two("_make", name) { (rt, cls, iterable) throws(PyError) in
              try rt.call(cls, try rt.collect(iterable), [])
            }))))
    t.set("_fields", .tuple(fields.prefix(layout.count).map { .str($0) }))
    return t
  }

  private static func namedTuple(_ v: Value, _ name: String) throws(PyError) -> PyNamedTuple {
    guard case .object(let o) = v, let p = o as? PyNamedTuple else { throw PyError("TypeError", "expected a \(name)") }
    return p
  }

  /// `Point.__new__(cls, x, y)`: the fields bound by position or name, defaults filling the rest.
  private static func namedTupleNew(_ name: String, _ layout: NamedTupleLayout) -> PyBuiltin {
    let fields = layout.fields
    let firstDefault = fields.count - layout.defaults.count
    return PyBuiltin.general("__new__", name) { (rt, a) throws(PyError) in
      guard case .object(let c)? = a.positional.first, c.tag == .type else {
        throw PyError("TypeError", "\(name).__new__(X): X is not a type object")
      }
      let args = Array(a.positional.dropFirst())
      if args.count > fields.count {
        throw Runtime.tooManyPositional(
          "\(name).__new__", required: firstDefault + 1, total: fields.count + 1, given: args.count + 1)
      }
      var bound = [Value?].filled(with: nil, count: fields.count)
      for (k, v) in args.enumerated() { bound[k] = v }
      for (key, v) in a.keywords {
        guard let k = fields.firstIndex(of: key) else {
          throw PyError("TypeError", "\(name).__new__() got an unexpected keyword argument '\(key)'")
        }
        if bound[k] != nil {
          throw PyError("TypeError", "\(name).__new__() got multiple values for argument '\(key)'")
        }
        bound[k] = v
      }
      let missing = fields.indices.filter { bound[$0] == nil && $0 < firstDefault }.map { "'\(fields[$0])'" }
      if !missing.isEmpty {
        let list =
          missing.count == 1
          ? missing[0] : missing.dropLast().joined(separator: ", ") + " and " + (missing.last ?? "")
        throw PyError(
          "TypeError",
          "\(name).__new__() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(list)"
        )
      }
      let values = fields.indices.map { bound[$0] ?? layout.defaults[$0 - firstDefault] }
      return .object(
        PyNamedTuple(
          unsafeDowncast(c, to: PyType.self), Array(values.prefix(layout.count)),
          extras: Array(values.dropFirst(layout.count))))
    }
  }
}
