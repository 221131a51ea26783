/// Methods and operators of `set` and `frozenset`.
enum SetMethods {
  static func set(_ v: Value) throws(PyError) -> PySet {
    if case .object(let o) = v, o.tag == .set || o.tag == .frozenset { return unsafeDowncast(o, to: PySet.self) }
    throw PyError("TypeError", "descriptor requires a 'set' object")
  }

  /// Another operand for a set method: any iterable.
  static func other(_ rt: Runtime, _ v: Value) throws(PyError) -> PySet {
    if case .object(let o) = v, o.tag == .set || o.tag == .frozenset { return unsafeDowncast(o, to: PySet.self) }
    return try rt.makeSet(v, frozen: true)
  }

  static func binary(_ op: BinaryOperator, _ a: PySet, _ b: PySet, rt: Runtime) throws(PyError) -> Value? {
    let result = PySet(frozen: a.frozen)
    switch op {
    case .bitor:
      try result.merge(a, rt: rt)
      try result.merge(b, rt: rt)
    case .bitand:
      // CPython iterates the smaller set.
      let (small, large) = a.count <= b.count ? (a, b) : (b, a)
      for m in small.members where try large.contains(m, rt: rt) { try result.add(m, rt: rt) }
    case .sub:
      // CPython copies and discards when the left set is much larger, else adds survivors to a new set.
      if a.count >> 2 > b.count {
        try result.merge(a, rt: rt)
        for m in b.members { try result.remove(m, rt: rt) }
      } else {
        for m in a.members where !(try b.contains(m, rt: rt)) { try result.add(m, rt: rt) }
      }
    case .bitxor:
      // A copy of the right set, updated with the left one's members.
      try result.merge(b, rt: rt)
      for m in a.members {
        if try result.contains(m, rt: rt) { try result.remove(m, rt: rt) } else { try result.add(m, rt: rt) }
      }
    default: return nil
    }
    return .object(result)
  }

  static func updateInPlace(_ s: PySet, _ op: BinaryOperator, _ other: PySet, rt: Runtime) throws(PyError) {
    switch op {
    case .bitor: try s.merge(other, rt: rt)
    case .bitand:
      // CPython builds the intersection and swaps it in.
      if case .object(let o)? = try binary(.bitand, s, other, rt: rt) {
        s.replaceContents(with: unsafeDowncast(o, to: PySet.self))
      }
    case .sub:
      for m in other.members { try s.remove(m, rt: rt) }
    case .bitxor:
      for m in other.members {
        if try s.contains(m, rt: rt) { try s.remove(m, rt: rt) } else { try s.add(m, rt: rt) }
      }
    default: break
    }
  }

  static func compare(_ op: CompareOperator, _ a: PySet, _ b: PySet, rt: Runtime) throws(PyError) -> Bool? {
    func subset(_ x: PySet, _ y: PySet) throws(PyError) -> Bool {
      guard x.count <= y.count else { return false }
      for m in x.members where !(try y.contains(m, rt: rt)) { return false }
      return true
    }
    switch op {
    case .eq: return a.count == b.count ? try subset(a, b) : false
    case .ne: return a.count == b.count ? !(try subset(a, b)) : true
    case .le: return try subset(a, b)
    case .lt: return a.count < b.count ? try subset(a, b) : false
    case .ge: return try subset(b, a)
    case .gt: return a.count > b.count ? try subset(b, a) : false
    default: return nil
    }
  }

  static func combining(_ name: String, _ op: BinaryOperator, owner: String) -> PyBuiltin {
    .general(name, owner) { (rt, a) throws(PyError) in
      guard let first = a.positional.first else { return .none }
      var result = try set(first)
      if a.positional.count == 1 { return .object(try result.copy(frozen: result.frozen, rt: rt)) }
      for x in a.positional.dropFirst() {
        guard case .object(let o)? = try binary(op, result, try other(rt, x), rt: rt) else { break }
        result = unsafeDowncast(o, to: PySet.self)
      }
      return .object(result)
    }
  }

  static func updating(_ name: String, _ op: BinaryOperator) -> PyBuiltin {
    .general(name, "set") { (rt, a) throws(PyError) in
      guard let first = a.positional.first else { return .none }
      let s = try set(first)
      for x in a.positional.dropFirst() { try updateInPlace(s, op, try other(rt, x), rt: rt) }
      return .none
    }
  }

  static func common(_ owner: String) -> [PyBuiltin] {
    [
      combining("union", .bitor, owner: owner), combining("intersection", .bitand, owner: owner),
      combining("difference", .sub, owner: owner), combining("symmetric_difference", .bitxor, owner: owner),
      .two("issubset", owner) { (rt, s, x) throws(PyError) in
        .bool(try compare(.le, try set(s), try other(rt, x), rt: rt) ?? false)
      },
      .two("issuperset", owner) { (rt, s, x) throws(PyError) in
        .bool(try compare(.ge, try set(s), try other(rt, x), rt: rt) ?? false)
      },
      .two("isdisjoint", owner) { (rt, s, x) throws(PyError) in
        let a = try set(s)
        for m in try rt.collect(x) where try a.contains(m, rt: rt) { return .bool(false) }
        return .bool(true)
      },
      .one("copy", owner) { (rt, s) throws(PyError) in
        let a = try set(s)
        return a.frozen ? s : .object(try a.copy(frozen: false, rt: rt))
      },
    ]
  }

  static let set: [PyBuiltin] =
    common("set") + [
      .two("add", "set") { (rt, s, x) throws(PyError) in
        try set(s).add(x, rt: rt)
        return .none
      },
      .two("remove", "set") { (rt, s, x) throws(PyError) in
        if !(try set(s).remove(x, rt: rt)) { throw try rt.keyError(x) }
        return .none
      },
      .two("discard", "set") { (rt, s, x) throws(PyError) in
        try set(s).remove(x, rt: rt)
        return .none
      },
      .one("pop", "set") { (_, s) throws(PyError) in
        guard let v = try set(s).pop() else { throw PyError("KeyError", "pop from an empty set") }
        return v
      },
      .one("clear", "set") { (_, s) throws(PyError) in
        try set(s).removeAll()
        return .none
      },
      updating("update", .bitor), updating("intersection_update", .bitand),
      updating("difference_update", .sub), updating("symmetric_difference_update", .bitxor),
    ]

  static let frozenset: [PyBuiltin] = common("frozenset")
}
