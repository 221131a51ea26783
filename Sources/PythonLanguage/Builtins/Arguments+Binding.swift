extension Arguments {
  /// Matches the arguments to a builtin's parameters by position and name; missing optional ones are nil.
  ///
  /// Errors read as CPython's: `round() takes at most 2 arguments (3 given)`, `round() got an unexpected keyword
  /// argument`; a function whose parameters are positional-only in CPython (`format`) says `format expected at most
  /// 2 arguments, got 3`.
  func bind(
    _ function: String, _ names: [String], required: Int = 0, keywordOnly: [String] = [], positionalOnly: Bool = false
  ) throws(PyError) -> [Value?] {
    var out = [Value?].filled(with: nil, count: names.count + keywordOnly.count)
    guard positional.count <= names.count else {
      if positionalOnly && names.count == required {
        let s = names.count == 1 ? "" : "s"
        throw PyError("TypeError", "\(function) expected \(names.count) argument\(s), got \(positional.count)")
      }
      if names.count == required {
        throw PyError(
          "TypeError",
          "\(function)() takes \(names.count == 0 ? "no" : "exactly \(names.count)") argument\(names.count == 1 ? "" : "s") (\(positional.count) given)"
        )
      }
      let s = names.count == 1 ? "" : "s"
      if positionalOnly {
        throw PyError("TypeError", "\(function) expected at most \(names.count) argument\(s), got \(positional.count)")
      }
      throw PyError("TypeError", "\(function)() takes at most \(names.count) argument\(s) (\(positional.count) given)")
    }
    for (k, v) in positional.enumerated() { out[k] = v }
    for (key, v) in keywords {
      if let k = names.firstIndex(of: key) {
        if out[k] != nil {
          throw PyError("TypeError", "argument for \(function)() given by name ('\(key)') and position (\(k + 1))")
        }
        out[k] = v
      } else if let k = keywordOnly.firstIndex(of: key) {
        out[names.count + k] = v
      } else {
        throw PyError("TypeError", "\(function)() got an unexpected keyword argument '\(key)'")
      }
    }
    for k in 0..<required where out[k] == nil {
      if required == 1 && names.count == 1 {
        throw PyError("TypeError", "\(function)() takes exactly one argument (0 given)")
      }
      throw PyError("TypeError", "\(function)() missing required argument '\(names[k])' (pos \(k + 1))")
    }
    return out
  }

  /// For builtins that take only positional arguments.
  func noKeywords(_ function: String) throws(PyError) {
    if !keywords.isEmpty { throw PyError("TypeError", "\(function)() takes no keyword arguments") }
  }

  /// For the constructors of one optional argument (`list`, `set`, `float`, `bool`): no keywords, at most one
  /// positional argument, with CPython's messages.
  func atMostOne(_ function: String) throws(PyError) {
    try noKeywords(function)
    try atMostOnePositional(function)
  }

  /// CPython's complaint for a builtin of one or two positional arguments (`iter`, `next`) given `count`.
  static func oneOrTwo(_ function: String, _ count: Int) -> PyError {
    PyError(
      "TypeError",
      count == 0
        ? "\(function) expected at least 1 argument, got 0" : "\(function) expected at most 2 arguments, got \(count)")
  }

  /// At most one positional argument (`dict`, which takes keywords too).
  func atMostOnePositional(_ function: String) throws(PyError) {
    if positional.count > 1 {
      throw PyError("TypeError", "\(function) expected at most 1 argument, got \(positional.count)")
    }
  }
}

/// Typed reads of argument values, with Python's messages.
extension Runtime {
  func string(_ v: Value, _ what: String) throws(PyError) -> String {
    if case .object(let o) = v, o.tag == .str { return unsafeDowncast(o, to: PyStr.self).value }
    throw PyError("TypeError", "\(what) must be str, not \(typeName(v))")
  }

  /// `v` as a double (`__float__`, then `__index__`); otherwise a `TypeError` saying `what`, then the type's name
  /// (quoted, as `float()` and NumPy quote it; `math`'s functions do not).
  func double(_ v: Value, _ what: String = "must be real number", quoted: Bool = false) throws(PyError) -> Double {
    switch v {
    case .float(let d), .f64(let d): return d
    case .int(let i), .i64(let i): return Double(i)
    case .bool(let b), .npBool(let b): return b ? 1 : 0
    case .object(let o):
      if o.tag == .bigInt {
        let d = Double(unsafeDowncast(o, to: PyBigInt.self).value)
        if d.isInfinite { throw PyError("OverflowError", "int too large to convert to float") }
        return d
      }
      if o.tag == .ndarray {
        let a = unsafeDowncast(o, to: NDArray.self)
        guard a.ndim == 0 else {
          throw PyError("TypeError", "only 0-dimensional arrays can be converted to Python scalars")
        }
        return try double(a.scalar(at: a.offset), what, quoted: quoted)
      }
      // A complex number is never read as its real part here (NumPy would compute in complex); `float()`
      // calls `np.complex128.__float__` itself.
      if let m = o.type.lookup("__float__"), o.tag != .complex {
        let r = try call(m, v)
        switch r {
        case .float(let d), .f64(let d): return d
        default: throw PyError("TypeError", "\(o.type.name).__float__ returned non-float (type \(typeName(r)))")
        }
      }
      if let m = o.type.lookup("__index__") { return try double(try call(m, v), what, quoted: quoted) }
    default: break
    }
    throw PyError("TypeError", quoted ? "\(what), not '\(typeName(v))'" : "\(what), not \(typeName(v))")
  }

  func isString(_ v: Value) -> Bool {
    if case .object(let o) = v { return o.tag == .str }
    return false
  }
}

extension PyBuiltin {
  static func one(
    _ name: String, _ owner: String? = nil, doc: String = "", kernel: ScalarKernel? = nil,
    _ body: @escaping (Runtime, Value) throws(PyError) -> Value
  ) -> PyBuiltin {
    PyBuiltin(name, qualifiedName: owner.map { "\($0).\(name)" }, doc: doc, kernel: kernel, .one(body))
  }

  static func two(
    _ name: String, _ owner: String? = nil, doc: String = "",
    _ body: @escaping (Runtime, Value, Value) throws(PyError) -> Value
  ) -> PyBuiltin {
    PyBuiltin(name, qualifiedName: owner.map { "\($0).\(name)" }, doc: doc, .two(body))
  }

  /// Two arguments and an optional third (`d.get(k[, default])`): called without an argument list.
  static func twoOrThree(
    _ name: String, _ owner: String? = nil, doc: String = "",
    _ body: @escaping (Runtime, Value, Value, Value?) throws(PyError) -> Value
  ) -> PyBuiltin {
    PyBuiltin(name, qualifiedName: owner.map { "\($0).\(name)" }, doc: doc, .twoOrThree(body))
  }

  static func general(
    _ name: String, _ owner: String? = nil, doc: String = "",
    _ body: @escaping (Runtime, Arguments) throws(PyError) -> Value
  ) -> PyBuiltin {
    PyBuiltin(name, qualifiedName: owner.map { "\($0).\(name)" }, doc: doc, .general(body))
  }

  /// A method with keywords and optional arguments whose one-argument call has a body of its own.
  static func general(
    _ name: String, _ owner: String? = nil, doc: String = "",
    pair: @escaping (Runtime, Value, Value) throws(PyError) -> Value,
    _ body: @escaping (Runtime, Arguments) throws(PyError) -> Value
  ) -> PyBuiltin {
    PyBuiltin(name, qualifiedName: owner.map { "\($0).\(name)" }, doc: doc, .pairOrGeneral(pair: pair, general: body))
  }
}
