/// Methods that exist only on one kind of value: `d.keys()`, `", ".join(names)`.
enum DictMethods {
  static func dict(_ c: BuiltinCall) throws(TesselError) -> Dict {
    guard case .dict(let d) = c.value("self") else { throw c.bad("self", expected: "a dict") }
    return d
  }

  static let all: [Builtin] = [
    Builtin("keys", [Parameter("self")], "The keys, in insertion order.") { c throws(TesselError) in
      .list(try dict(c).keys.map(\.value))
    },
    Builtin("values", [Parameter("self")], "The values, in insertion order.") { c throws(TesselError) in
      .list(try dict(c).items.map(\.1))
    },
    Builtin("items", [Parameter("self")], "(key, value) pairs, in insertion order.") { c throws(TesselError) in
      .list(try dict(c).items.map { .tuple([$0.0.value, $0.1]) })
    },
    Builtin(
      "get", [Parameter("self"), Parameter("key"), Parameter("default", .optional(.none))],
      "d[key], or default if absent."
    ) {
      c throws(TesselError) in
      guard let key = DictKey(c.value("key")) else { return c.value("default") }
      return try dict(c)[key] ?? c.value("default")
    },
  ]
}

enum StringMethods {
  static func text(_ c: BuiltinCall) throws(TesselError) -> String { try c.string("self") }

  static let all: [Builtin] = [
    Builtin("join", [Parameter("self"), Parameter("iterable")], "The items (strings) joined by this string.") {
      c throws(TesselError) in
      var parts: [String] = []
      for item in try c.items("iterable") {
        guard case .string(let s) = item else {
          throw TesselError.type("sequence item \(parts.count): expected str instance, \(item.typeName) found")
        }
        parts.append(s)
      }
      return .string(parts.joined(separator: try text(c)))
    },
    Builtin("split", [Parameter("self"), Parameter("sep", .optional(.none))], "The words (or the parts between sep).") {
      c throws(TesselError) in
      let s = try text(c)
      if let sep = try c.optionalString("sep") {
        return .list(s.components(separatedBy: sep).map { .string($0) })
      }
      return .list(s.split(whereSeparator: \.isWhitespace).map { .string(String($0)) })
    },
    Builtin("strip", [Parameter("self")], "Without leading and trailing whitespace.") { c throws(TesselError) in
      .string(try text(c).trimmingWhitespace())
    },
    Builtin("upper", [Parameter("self")], "In upper case.") { c throws(TesselError) in .string(try text(c).uppercased())
    },
    Builtin("lower", [Parameter("self")], "In lower case.") { c throws(TesselError) in .string(try text(c).lowercased())
    },
    Builtin("replace", [Parameter("self"), Parameter("old"), Parameter("new")], "With every old replaced by new.") {
      c throws(TesselError) in
      .string(try text(c).replacingOccurrences(of: try c.string("old"), with: try c.string("new")))
    },
    Builtin("startswith", [Parameter("self"), Parameter("prefix")], "Whether it starts with prefix.") {
      c throws(TesselError) in
      .bool(try text(c).hasPrefix(try c.string("prefix")))
    },
    Builtin("endswith", [Parameter("self"), Parameter("suffix")], "Whether it ends with suffix.") {
      c throws(TesselError) in
      .bool(try text(c).hasSuffix(try c.string("suffix")))
    },
  ]
}
