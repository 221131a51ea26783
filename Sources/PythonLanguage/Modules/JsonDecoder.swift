/// `json.loads`: Python's decoder — objects as dicts in order (a repeated key keeps its first place, its last
/// value), integers as ints of any size, numbers with a fraction or exponent as floats, `NaN`/`Infinity`, strings
/// with every escape (surrogate pairs joined), and `JSONDecodeError` with CPython's messages and positions.
struct JsonDecoder {
  static let errorType = BuiltinTypes.make(
    "JSONDecodeError", [BuiltinTypes.exception(named: "ValueError") ?? BuiltinTypes.exception], module: "json.decoder")

  let text: [Unicode.Scalar]
  var i = 0
  let rt: Runtime

  static func decode(_ s: String, _ rt: Runtime) throws(PyError) -> Value {
    var d = JsonDecoder(text: Array(s.unicodeScalars), rt: rt)
    d.skipSpace()
    let v = try d.value()
    d.skipSpace()
    if d.i < d.text.count { throw d.error("Extra data", at: d.i) }
    return v
  }

  /// `JSONDecodeError(msg)` with CPython's `: line L column C (char P)`.
  func error(_ message: String, at p: Int) -> PyError {
    var line = 1
    var lineStart = 0
    for k in 0..<min(p, text.count) where text[k] == "\n" {
      line += 1
      lineStart = k + 1
    }
    let full = "\(message): line \(line) column \(p - lineStart + 1) (char \(p))"
    return PyError(exception: rt.newException(JsonDecoder.errorType, args: [.str(full)]))
  }

  mutating func skipSpace() {
    while i < text.count, text[i] == " " || text[i] == "\t" || text[i] == "\n" || text[i] == "\r" { i += 1 }
  }

  func starts(with word: String) -> Bool {
    var k = i
    for c in word.unicodeScalars {
      guard k < text.count, text[k] == c else { return false }
      k += 1
    }
    return true
  }

  mutating func value() throws(PyError) -> Value {
    guard i < text.count else { throw error("Expecting value", at: i) }
    switch text[i] {
    case "{": return try object()
    case "[": return try array()
    case "\"":
      i += 1
      return .str(try string(from: i - 1))
    default: break
    }
    for (word, v) in [("null", Value.none), ("true", .bool(true)), ("false", .bool(false))] where starts(with: word) {
      i += word.unicodeScalars.count
      return v
    }
    for (word, d) in [("NaN", Double.nan), ("Infinity", .infinity), ("-Infinity", -.infinity)] where starts(with: word)
    {
      i += word.unicodeScalars.count
      return .float(d)
    }
    if let n = try number() { return n }
    throw error("Expecting value", at: i)
  }

  /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`: an int without a fraction or exponent, else a float.
  mutating func number() throws(PyError) -> Value? {
    func isDigit(_ k: Int) -> Bool { k < text.count && ("0"..."9").contains(text[k]) }
    var k = i
    if k < text.count, text[k] == "-" { k += 1 }
    guard isDigit(k) else { return nil }
    if text[k] == "0" { k += 1 } else { while isDigit(k) { k += 1 } }
    var isFloat = false
    if k < text.count, text[k] == ".", isDigit(k + 1) {
      isFloat = true
      k += 1
      while isDigit(k) { k += 1 }
    }
    if k < text.count, text[k] == "e" || text[k] == "E" {
      var e = k + 1
      if e < text.count, text[e] == "+" || text[e] == "-" { e += 1 }
      if isDigit(e) {
        isFloat = true
        k = e
        while isDigit(k) { k += 1 }
      }
    }
    let literal = String(String.UnicodeScalarView(text[i..<k]))
    i = k
    if isFloat { return .float(Double(literal) ?? .nan) }
    return try Constructors.parseInt(literal, base: 10)
  }

  mutating func string(from start: Int) throws(PyError) -> String {
    var out = String.UnicodeScalarView()
    while true {
      guard i < text.count else { throw error("Unterminated string starting at", at: start) }
      let c = text[i]
      if c == "\"" {
        i += 1
        return String(out)
      }
      if c.value < 0x20 { throw error("Invalid control character at", at: i) }
      if c != "\\" {
        out.append(c)
        i += 1
        continue
      }
      guard i + 1 < text.count else { throw error("Unterminated string starting at", at: start) }
      let e = text[i + 1]
      switch e {
      case "\"", "\\", "/": out.append(e)
      case "b": out.append("\u{08}")
      case "f": out.append("\u{0C}")
      case "n": out.append("\n")
      case "r": out.append("\r")
      case "t": out.append("\t")
      case "u":
        var code = try hex4(at: i + 2, escape: i + 1)
        i += 6
        if (0xD800..<0xDC00).contains(code), i + 1 < text.count, text[i] == "\\", text[i + 1] == "u",
          let low = try? hex4(at: i + 2, escape: i), (0xDC00..<0xE000).contains(low)
        {
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          i += 6
        }
        guard let scalar = Unicode.Scalar(code) else {
          throw PyError("NotImplementedError", "a JSON string holding a lone surrogate is not supported")
        }
        out.append(scalar)
        continue
      default: throw error("Invalid \\escape", at: i)
      }
      i += 2
    }
  }

  func hex4(at k: Int, escape: Int) throws(PyError) -> UInt32 {
    guard k + 4 <= text.count else { throw error("Invalid \\uXXXX escape", at: escape) }
    var v: UInt32 = 0
    for c in text[k..<(k + 4)] {
      guard let d = Int(String(c), radix: 16) else { throw error("Invalid \\uXXXX escape", at: escape) }
      v = v * 16 + UInt32(d)
    }
    return v
  }

  mutating func object() throws(PyError) -> Value {
    let d = PyDict()
    i += 1
    skipSpace()
    if i < text.count, text[i] == "}" {
      i += 1
      return .object(d)
    }
    while true {
      guard i < text.count, text[i] == "\"" else {
        throw error("Expecting property name enclosed in double quotes", at: i)
      }
      i += 1
      let key = try string(from: i - 1)
      skipSpace()
      guard i < text.count, text[i] == ":" else { throw error("Expecting ':' delimiter", at: i) }
      i += 1
      skipSpace()
      try d.set(.str(key), try value(), rt: rt)
      skipSpace()
      guard i < text.count, text[i] == "," || text[i] == "}" else { throw error("Expecting ',' delimiter", at: i) }
      i += 1
      if text[i - 1] == "}" { return .object(d) }
      skipSpace()
    }
  }

  mutating func array() throws(PyError) -> Value {
    var items: [Value] = []
    i += 1
    skipSpace()
    if i < text.count, text[i] == "]" {
      i += 1
      return .list(items)
    }
    while true {
      items.append(try value())
      skipSpace()
      guard i < text.count, text[i] == "," || text[i] == "]" else { throw error("Expecting ',' delimiter", at: i) }
      i += 1
      if text[i - 1] == "]" { return .list(items) }
      skipSpace()
    }
  }
}
