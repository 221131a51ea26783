/// The list methods that change the list: `append extend insert pop remove clear sort reverse`.
enum ListMethods {
  static func mutate(
    _ xs: inout [Value], _ name: String, _ p: [Value], _ k: [(String, Value)], _ runtime: Runtime, _ r: SourceRange
  ) throws(TesselError) -> Value {
    func arity(_ n: ClosedRange<Int>) throws(TesselError) { try Methods.checkArity(name, p, n, r) }
    switch name {
    case "append":
      try arity(1...1)
      xs.append(p[0])
    case "extend":
      try arity(1...1)
      guard let items = try Operators.elements(of: p[0]) else {
        throw .type("'\(p[0].typeName)' object is not iterable", at: r)
      }
      xs += items
    case "insert":
      try arity(2...2)
      guard let d = p[0].numeric, let i = Operators.exactInt(d) else {
        throw .type("insert() index must be an integer", at: r)
      }
      let at = i < 0 ? max(0, i + xs.count) : min(i, xs.count)
      xs.insert(p[1], at: at)
    case "pop":
      try arity(0...1)
      guard !xs.isEmpty else { throw TesselError("IndexError", "pop from empty list", at: r) }
      let i = try p.first.map { v throws(TesselError) in try Subscripting.position(v, count: xs.count, .list([]), r) }
      return xs.remove(at: i ?? xs.count - 1)
    case "remove":
      try arity(1...1)
      guard let i = xs.firstIndex(where: { Operators.equal($0, p[0]) }) else {
        throw .value("list.remove(x): x not in list", at: r)
      }
      xs.remove(at: i)
    case "clear":
      xs = []
    case "reverse":
      xs.reverse()
    default:
      let key = k.first { $0.0 == "key" }?.1
      let reverse = k.first { $0.0 == "reverse" }.map { $0.1.isTruthy } ?? false
      xs = try sorted(xs, key: key, reverse: reverse, runtime, r)
    }
    return .none
  }

  /// A stable sort by Python's ordering (numbers, strings, sequences), optionally by `key(x)`.
  static func sorted(_ xs: [Value], key: Value?, reverse: Bool, _ runtime: Runtime, _ r: SourceRange)
    throws(TesselError) -> [Value]
  {
    var keys = xs
    if let key, !(key.isNone) {
      keys = []
      for x in xs { keys.append(try runtime.call(key, [x], at: r)) }
    }
    // Check every pair the sort could compare is comparable, so the comparator never fails.
    for k in keys.dropFirst() where try Operators.order(keys[0], k) == nil {
      throw .type("'<' not supported between instances of '\(k.typeName)' and '\(keys[0].typeName)'", at: r)
    }
    var order = Array(xs.indices)
    order.sort { a, b in
      let o = (try? Operators.order(keys[a], keys[b])) ?? .equal
      if o == .equal || o == .unordered { return a < b }
      return reverse ? o == .greater : o == .less
    }
    return order.map { xs[$0] }
  }
}

extension Value {
  var isNone: Bool {
    if case .none = self { return true }
    return false
  }
}
