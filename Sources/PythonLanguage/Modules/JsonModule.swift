/// `json.dumps`, `json.loads` and `json.load` (`json.dump` to a stream is not offered): Python's encoder — its separators, indentation,
/// key conversion, `ensure_ascii` escapes, `Infinity`/`NaN`, and its TypeError for what it cannot encode.
enum JsonModule {
  static func make() -> PyModule {
    .make(
      "json",
      functions: [
        .general("dumps", "json") { (rt, a) throws(PyError) in
          let p = try a.bind(
            "dumps", ["obj"], required: 1,
            keywordOnly: [
              "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators",
              "default", "sort_keys",
            ])
          try NumPyFunctions.unsupported("dumps", ["cls", "default"], [p[5], p[8]])
          var options = Options()
          func flag(_ v: Value?, _ fallback: Bool) throws(PyError) -> Bool {
            try v.map { (x) throws(PyError) in try rt.truthy(x) } ?? fallback
          }
          options.skipKeys = try flag(p[1], false)
          options.ensureASCII = try flag(p[2], true)
          options.allowNaN = try flag(p[4], true)
          options.sortKeys = try flag(p[9], false)
          if let indent = p[6], !indent.isNone {
            if case .object(let o) = indent, o.tag == .str {
              options.indent = unsafeDowncast(o, to: PyStr.self).value
            } else {
              options.indent = String(repeating: " ", count: max(0, try rt.index(indent)))
            }
            options.itemSeparator = ","
          }
          if let separators = p[7], !separators.isNone {
            let parts = try rt.collect(separators)
            guard parts.count == 2 else { throw PyError("ValueError", "not enough values to unpack (expected 2)") }
            options.itemSeparator = try rt.string(parts[0], "separators")
            options.keySeparator = try rt.string(parts[1], "separators")
          }
          var out = ""
          var active: [ObjectIdentifier] = []
          try encode(p[0] ?? .none, rt, options, level: 0, into: &out, active: &active)
          return .str(out)
        },
        .general("loads", "json") { (rt, a) throws(PyError) in
          let p = try a.bind("loads", ["s"], required: 1)
          let v = p[0] ?? .none
          if case .object(let o) = v, o.tag == .bytes {
            return try JsonDecoder.decode(
              String(decoding: unsafeDowncast(o, to: PyBytes.self).bytes, as: UTF8.self), rt)
          }
          guard case .object(let o) = v, o.tag == .str else {
            throw PyError("TypeError", "the JSON object must be str, bytes or bytearray, not \(rt.typeName(v))")
          }
          return try JsonDecoder.decode(unsafeDowncast(o, to: PyStr.self).value, rt)
        },
        .one("load", "json") { (rt, fp) throws(PyError) in
          let text = try rt.string(try rt.callMethod(fp, "read", []), "json.load() read")
          return try JsonDecoder.decode(text, rt)
        },
      ],
      values: ["JSONDecodeError": .object(JsonDecoder.errorType)])
  }

  struct Options {
    var skipKeys = false
    var ensureASCII = true
    var allowNaN = true
    var sortKeys = false
    var indent: String?
    var itemSeparator = ", "
    var keySeparator = ": "
  }

  static func encode(
    _ v: Value, _ rt: Runtime, _ o: Options, level: Int, into out: inout String, active: inout [ObjectIdentifier]
  ) throws(PyError) {
    switch v {
    case .none: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .float(let d), .f64(let d): out += try number(d, o)
    case .object(let obj):
      switch obj.tag {
      case .str: out += quoted(unsafeDowncast(obj, to: PyStr.self).value, ascii: o.ensureASCII)
      case .bigInt: out += try rt.repr(v)
      case .list, .tuple:
        let items =
          obj.tag == .list ? unsafeDowncast(obj, to: PyList.self).items : unsafeDowncast(obj, to: PyTuple.self).items
        try enter(obj, &active)
        defer { active.removeLast() }
        guard !items.isEmpty else {
          out += "[]"
          return
        }
        out += "["
        for (k, item) in items.enumerated() {
          out += k == 0 ? newline(o, level + 1) : o.itemSeparator + newline(o, level + 1)
          try encode(item, rt, o, level: level + 1, into: &out, active: &active)
        }
        out += newline(o, level) + "]"
      case .dict:
        let d = unsafeDowncast(obj, to: PyDict.self)
        try enter(obj, &active)
        defer { active.removeLast() }
        var pairs: [(String, Value)] = []
        for (k, x) in d.items {
          guard let key = try keyText(k, rt, o) else { continue }
          pairs.append((key, x))
        }
        if o.sortKeys { pairs.sort { PyStr.less($0.0, $1.0) } }
        guard !pairs.isEmpty else {
          out += "{}"
          return
        }
        out += "{"
        for (k, (key, x)) in pairs.enumerated() {
          out += k == 0 ? newline(o, level + 1) : o.itemSeparator + newline(o, level + 1)
          out += quoted(key, ascii: o.ensureASCII) + o.keySeparator
          try encode(x, rt, o, level: level + 1, into: &out, active: &active)
        }
        out += newline(o, level) + "}"
      default:
        throw PyError("TypeError", "Object of type \(rt.typeOf(v).name) is not JSON serializable")
      }
    default:
      throw PyError("TypeError", "Object of type \(rt.typeOf(v).name) is not JSON serializable")
    }
  }

  /// A container entered once per path: seeing it again inside itself is a circular reference.
  static func enter(_ obj: PyObject, _ active: inout [ObjectIdentifier]) throws(PyError) {
    let id = ObjectIdentifier(obj)
    if active.contains(id) { throw PyError("ValueError", "Circular reference detected") }
    active.append(id)
  }

  static func newline(_ o: Options, _ level: Int) -> String {
    guard let indent = o.indent else { return "" }
    return "\n" + String(repeating: indent, count: level)
  }

  static func number(_ d: Double, _ o: Options) throws(PyError) -> String {
    if d.isFinite { return FloatRepr.repr(d) }
    guard o.allowNaN else {
      throw PyError("ValueError", "Out of range float values are not JSON compliant")
    }
    return d.isNaN ? "NaN" : d < 0 ? "-Infinity" : "Infinity"
  }

  /// Keys become strings as Python's encoder makes them; nil skips the pair (`skipkeys=True`).
  static func keyText(_ k: Value, _ rt: Runtime, _ o: Options) throws(PyError) -> String? {
    switch k {
    case .none: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .float(let d), .f64(let d): return try number(d, o)
    case .object(let obj) where obj.tag == .str: return unsafeDowncast(obj, to: PyStr.self).value
    case .object(let obj) where obj.tag == .bigInt: return try rt.repr(k)
    default:
      if o.skipKeys { return nil }
      throw PyError("TypeError", "keys must be str, int, float, bool or None, not \(rt.typeOf(k).name)")
    }
  }

  /// A JSON string literal: `"` and `\` escaped, control characters as `\n`-style or `\u00XX`, and with
  /// `ascii` every code point above 127 as `\uXXXX` (a surrogate pair above U+FFFF).
  static func quoted(_ s: String, ascii: Bool) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      default:
        if u.value < 0x20 || (ascii && u.value > 0x7E) {
          if u.value > 0xFFFF {
            let v = u.value - 0x10000
            out += hex4(0xD800 + (v >> 10)) + hex4(0xDC00 + (v & 0x3FF))
          } else {
            out += hex4(u.value)
          }
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out + "\""
  }

  static func hex4(_ v: UInt32) -> String {
    let digits = String(v, radix: 16)
    return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
  }
}
