/// Sequences and conversions: `len range enumerate zip list str`.
enum CoreBuiltins {
  static let all: [Builtin] = [
    Builtin(
      "len", [Parameter("obj")], "The number of items in a list, tuple, string or range.",
      details: "Example: len([3, 1, 2])  →  3"
    ) { c throws(TesselError) in
      switch c.value("obj") {
      case .list(let a), .tuple(let a): return .number(Double(a.count))
      case .string(let s): return .number(Double(s.count))
      case .range(let r): return .number(Double(r.count))
      case .dict(let d): return .number(Double(d.count))
      case .record(let r): return .number(Double(r.tupleCount))
      case .tensor(let t):
        guard t.ndim > 0 else { throw TesselError.type("len() of unsized object") }
        return .number(Double(t.shape[0]))
      default: throw c.bad("obj", expected: "a sized value")
      }
    },
    Builtin(
      "range", [Parameter("start"), Parameter("stop", .optional(.none)), Parameter("step", .optional(.number(1)))],
      "Integers from start up to (not including) stop, by step; range(n) is 0 … n-1.",
      details: "Lazy: range(10**9) costs nothing until iterated.\nExample: list(range(2, 10, 3))  →  [2, 5, 8]"
    ) { c throws(TesselError) in
      var start = try c.integer("start")
      var stop = 0
      if c.isGiven("stop") { stop = try c.integer("stop") } else { (start, stop) = (0, start) }
      let step = try c.integer("step")
      guard step != 0 else { throw .value("range() arg 3 must not be zero") }
      return .range(RangeValue(start: start, stop: stop, step: step))
    },
    Builtin(
      "enumerate", [Parameter("iterable"), Parameter("start", .optional(.number(0)))],
      "Pairs (index, item) for each item, counting from start.",
      details: "Example: for i, x in enumerate(['a', 'b']): print(i, x)"
    ) { c throws(TesselError) in
      let start = try c.integer("start")
      return .list(
        try c.items("iterable").enumerated().map { .tuple([.number(Double($0.offset + start)), $0.element]) })
    },
    Builtin(
      "zip", [Parameter("iterables", .variadic)],
      "Tuples of the i-th items of each argument, as long as the shortest.",
      details: "Example: list(zip([1, 2], ['a', 'b']))  →  [(1, 'a'), (2, 'b')]"
    ) { c throws(TesselError) in
      guard case .tuple(let args) = c.value("iterables") else { return .list([]) }
      var columns: [[Value]] = []
      for (k, a) in args.enumerated() {
        guard let items = try Operators.elements(of: a) else {
          throw .type("bad argument #\(k + 1) to zip() (expected an iterable, got \(a.typeName))")
        }
        columns.append(items)
      }
      let n = columns.map(\.count).min() ?? 0
      return .list((0..<n).map { i in .tuple(columns.map { $0[i] }) })
    },
    Builtin(
      "list", [Parameter("iterable", .optional(.none))], "A list of the items of an iterable.",
      details: "Example: list(range(3))  →  [0, 1, 2]"
    ) { c throws(TesselError) in
      c.isGiven("iterable") ? .list(try c.items("iterable")) : .list([])
    },
    Builtin(
      "str", [Parameter("obj", .optional(.string("")))], "The text form of a value, as print shows it.",
      details: "Example: str(2.5) + '!'  →  '2.5!'"
    ) { c throws(TesselError) in
      .string(Repr.str(c.value("obj")))
    },
    Builtin("repr", [Parameter("obj")], "The text a cell shows for a value.", details: "Example: repr('a')  →  \"'a'\"")
    {
      c throws(TesselError) in .string(Repr.repr(c.value("obj")))
    },
    Builtin(
      "float", [Parameter("x", .optional(.number(0)))],
      "A number from a number, bool, one-element tensor or numeric text.",
      details: "Example: float('2.5')  →  2.5, float('inf')"
    ) { c throws(TesselError) in
      try .number(Conversions.number(c.value("x"), c))
    },
    Builtin(
      "int", [Parameter("x", .optional(.number(0)))], "The number truncated toward zero (Python's int).",
      details: "Example: int(2.7)  →  2, int(-2.7)  →  -2"
    ) { c throws(TesselError) in
      let d = try Conversions.number(c.value("x"), c)
      guard d.isFinite else { throw c.bad("x", expected: "a finite number", got: Repr.number(d), kind: "ValueError") }
      return .number(d.rounded(.towardZero))
    },
    Builtin("bool", [Parameter("x", .optional(.bool(false)))], "The truth of a value.") { c throws(TesselError) in
      .bool(try Truth.of(c.value("x"), c.range))
    },
  ]
}

enum Conversions {
  static func number(_ v: Value, _ c: BuiltinCall) throws(TesselError) -> Double {
    switch v {
    case .number(let d): return d
    case .bool(let b): return b ? 1 : 0
    case .string(let s):
      let t = s.trimmingWhitespace().lowercased()
      if let d = Double(t) { return d }
      if ["inf", "+inf", "infinity"].contains(t) { return .infinity }
      if ["-inf", "-infinity"].contains(t) { return -.infinity }
      if t == "nan" { return .nan }
      throw TesselError("ValueError", "could not convert string to float: \(Repr.quoted(s))")
    case .tensor(let t) where t.count == 1: return t.data[0]
    default: throw c.bad("x", expected: "a number")
    }
  }
}
