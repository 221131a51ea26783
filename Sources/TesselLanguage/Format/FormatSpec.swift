import Foundation

/// Python's format-spec mini-language, for f-strings:
/// `[[fill]align][sign][#][0][width][,|_][.precision][type]`,
/// types `f F e E g G % d s` and none.
enum FormatSpec {
  struct Spec {
    var fill: Character = " "
    var align: Character?
    var sign: Character = "-"
    var zero = false
    var width = 0
    var grouping: Character?
    var precision: Int?
    var type: Character?
  }

  static func parse(_ text: String) throws(TesselError) -> Spec {
    var spec = Spec()
    var s = Array(text)
    func isAlign(_ c: Character) -> Bool { "<>^=".contains(c) }
    if s.count >= 2, isAlign(s[1]) {
      spec.fill = s[0]; spec.align = s[1]; s.removeFirst(2)
    } else if let c = s.first, isAlign(c) {
      spec.align = c; s.removeFirst()
    }
    if let c = s.first, "+- ".contains(c) { spec.sign = c; s.removeFirst() }
    if s.first == "#" { s.removeFirst() }
    if s.first == "0" { spec.zero = true; s.removeFirst() }
    var digits = ""
    while let c = s.first, c.isASCII, c.isNumber { digits.append(c); s.removeFirst() }
    spec.width = Int(digits) ?? 0
    if let c = s.first, c == "," || c == "_" { spec.grouping = c; s.removeFirst() }
    if s.first == "." {
      s.removeFirst()
      var p = ""
      while let c = s.first, c.isASCII, c.isNumber { p.append(c); s.removeFirst() }
      guard let precision = Int(p) else { throw .value("Format specifier missing precision") }
      spec.precision = precision
    }
    if let c = s.first { spec.type = c; s.removeFirst() }
    guard s.isEmpty else { throw .value("Invalid format specifier '\(text)'") }
    return spec
  }

  /// Formats for an f-string field at `r`: errors without a position of their own point at the field.
  static func format(_ value: Value, spec text: String, at r: SourceRange) throws(TesselError) -> String {
    do {
      return try format(value, spec: text)
    } catch {
      throw error.located(r)
    }
  }

  static func format(_ value: Value, spec text: String) throws(TesselError) -> String {
    if text.isEmpty { return Repr.str(value) }
    return try format(value, try parse(text))
  }

  /// Formats with a spec parsed once (an f-string's literal spec is parsed when the cell compiles).
  static func format(_ value: Value, _ spec: Spec) throws(TesselError) -> String {
    switch value {
    case .number, .bool:
      if case .bool(let b) = value, spec.type == nil || spec.type == "s" {
        return pad(b ? "True" : "False", spec, numeric: false)
      }
      return try formatNumber(value.numeric!, spec)
    case .string(let s):
      if let t = spec.type, t != "s" {
        throw .value("Unknown format code '\(t)' for object of type 'str'")
      }
      var body = s
      if let p = spec.precision { body = String(s.prefix(p)) }
      return pad(body, spec, numeric: false)
    default:
      if let t = spec.type, t != "s" {
        throw .value("Unknown format code '\(t)' for object of type '\(value.typeName)'")
      }
      return pad(Repr.str(value), spec, numeric: false)
    }
  }

  static func formatNumber(_ x: Double, _ spec: Spec) throws(TesselError) -> String {
    var body: String
    let magnitude = abs(x)
    switch spec.type {
    case "d":
      guard let i = Operators.exactInt(x) else {
        throw .value("Unknown format code 'd' for a non-integral number \(Repr.number(x))")
      }
      body = String(abs(i))
    case "f", "F":
      body = printf(magnitude, "f", spec.precision ?? 6)
    case "e", "E":
      body = printf(magnitude, "e", spec.precision ?? 6)
    case "g", "G":
      body = printf(magnitude, "g", spec.precision ?? 6)
    case "%":
      body = printf(magnitude * 100, "f", spec.precision ?? 6) + "%"
    case nil:
      if let p = spec.precision {
        body = printf(magnitude, "g", max(p, 1))
      } else {
        body = Repr.number(magnitude)
      }
    case "s":
      throw .value("Unknown format code 's' for object of type 'number'")
    default:
      throw .value("Unknown format code '\(spec.type!)' for object of type 'number'")
    }
    if x.isNaN { body = "nan" } else if x.isInfinite { body = "inf" }
    if spec.type == "E" || spec.type == "G" || spec.type == "F" { body = body.uppercased() }
    if let g = spec.grouping, x.isFinite { body = group(body, separator: g) }
    let negative = x < 0 || (x == 0 && x.sign == .minus && spec.type != "d")
    let signText = negative ? "-" : spec.sign == "+" ? "+" : spec.sign == " " ? " " : ""
    if spec.zero && spec.align == nil {
      let padCount = max(0, spec.width - signText.count - body.count)
      return signText + String(repeating: "0", count: padCount) + body
    }
    if spec.align == "=" {
      let padCount = max(0, spec.width - signText.count - body.count)
      return signText + String(repeating: spec.fill, count: padCount) + body
    }
    return pad(signText + body, spec, numeric: true)
  }

  /// C's `%.{precision}{conversion}` of one number (what Python's float formatting matches), into a
  /// stack buffer: 5× cheaper than Foundation's `String(format:)`.
  static func printf(_ x: Double, _ conversion: Character, _ precision: Int) -> String {
    let format = "%.*" + String(conversion)
    let capacity = 350 + Swift.min(precision, 1000)
    return withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer in
      let written = withVaList([Int32(Swift.min(precision, 1000)), x]) {
        vsnprintf(buffer.baseAddress, capacity, format, $0)
      }
      guard written >= 0 else { return "" }
      let bytes = UnsafeRawBufferPointer(start: buffer.baseAddress, count: Swift.min(Int(written), capacity - 1))
      return String(decoding: bytes, as: UTF8.self)
    }
  }

  /// Inserts a thousands separator into the integer part.
  static func group(_ body: String, separator: Character) -> String {
    let digitsEnd = body.firstIndex { !$0.isNumber } ?? body.endIndex
    let integer = Array(body[..<digitsEnd])
    var out = ""
    for (k, c) in integer.enumerated() {
      if k > 0 && (integer.count - k) % 3 == 0 { out.append(separator) }
      out.append(c)
    }
    return out + body[digitsEnd...]
  }

  static func pad(_ s: String, _ spec: Spec, numeric: Bool) -> String {
    let missing = spec.width - s.count
    guard missing > 0 else { return s }
    let fill = String(spec.fill)
    switch spec.align ?? (numeric ? ">" : "<") {
    case ">": return String(repeating: fill, count: missing) + s
    case "^":
      let left = missing / 2
      return String(repeating: fill, count: left) + s + String(repeating: fill, count: missing - left)
    default: return s + String(repeating: fill, count: missing)
    }
  }
}
