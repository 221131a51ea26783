import BigInt
import Foundation

/// A format specification (`[[fill]align][sign][z][#][0][width][grouping][.precision][type]`), parsed once and
/// applied as Python's `format()` applies it to ints, floats and strings.
struct FormatSpec {
  var fill: Character = " "
  var align: Character?
  var sign: Character = "-"
  var noNegativeZero = false
  var alternate = false
  var width = 0
  var grouping: Character?
  var precision: Int?
  var type: Character?
  /// The `0` before the width set `=` alignment because none was given (numbers only; strings align left).
  var zeroPadding = false

  init(_ spec: String) throws(PyError) {
    var c = Array(spec)
    var i = 0
    func peek(_ k: Int = 0) -> Character? { i + k < c.count ? c[i + k] : nil }
    let aligns: Set<Character> = ["<", ">", "^", "="]
    var fillSpecified = false
    if let a = peek(1), aligns.contains(a), let f = peek() {
      fill = f
      align = a
      fillSpecified = true
      i += 2
    } else if let a = peek(), aligns.contains(a) {
      align = a
      i += 1
    }
    if let s = peek(), s == "+" || s == "-" || s == " " {
      sign = s
      i += 1
    }
    if peek() == "z" {
      noNegativeZero = true
      i += 1
    }
    if peek() == "#" {
      alternate = true
      i += 1
    }
    // CPython's zero padding: a fill of 0 unless a fill was given, and `=` only where no alignment was.
    if peek() == "0" && !fillSpecified {
      fill = "0"
      if align == nil {
        align = "="
        zeroPadding = true
      }
      i += 1
    }
    var w = ""
    while let d = peek(), d.isASCII, d.isNumber {
      w.append(d)
      i += 1
    }
    guard let parsedWidth = w.isEmpty ? 0 : Int(w) else {
      throw PyError("ValueError", "Too many decimal digits in format string")
    }
    width = parsedWidth
    if let g = peek(), g == "," || g == "_" {
      grouping = g
      i += 1
    }
    if peek() == "." {
      i += 1
      var p = ""
      while let d = peek(), d.isASCII, d.isNumber {
        p.append(d)
        i += 1
      }
      guard !p.isEmpty else { throw PyError("ValueError", "Format specifier missing precision") }
      guard let parsed = Int(p) else { throw PyError("ValueError", "Too many decimal digits in format string") }
      precision = parsed
    }
    if i < c.count {
      type = c[i]
      i += 1
    }
    if i < c.count {
      c = Array(spec)
      throw PyError("ValueError", "Invalid format specifier '\(spec)' for object of type '\(typeNameHint)'")
    }
  }

  var typeNameHint = "str"

  /// Pads `body` (with its sign split off for `=` alignment) to the width.
  func pad(_ body: String, sign: String = "", defaultAlign: Character) -> String {
    let length = body.count + sign.count
    guard width > length else { return sign + body }
    let n = width - length
    let fillText = { (k: Int) in String(repeating: fill, count: k) }
    switch align ?? defaultAlign {
    case "<": return sign + body + fillText(n)
    case "^": return fillText(n / 2) + sign + body + fillText(n - n / 2)
    case "=": return sign + fillText(n) + body
    default: return fillText(n) + sign + body
    }
  }

  /// Inserts `,` or `_` between groups of digits of an integer part.
  static func group(_ digits: String, _ separator: Character, every size: Int = 3) -> String {
    var out: [Character] = []
    for (k, ch) in digits.reversed().enumerated() {
      if k > 0 && k % size == 0 { out.append(separator) }
      out.append(ch)
    }
    return String(out.reversed())
  }

  func signText(negative: Bool) -> String {
    if negative { return "-" }
    switch sign {
    case "+": return "+"
    case " ": return " "
    default: return ""
    }
  }

  /// Grouping of a fixed-notation number (only the integer part), with zero padding that groups too.
  func groupNumber(_ text: String) -> String {
    guard let grouping else { return text }
    let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let intPart = String(parts[0])
    guard intPart.allSatisfy({ $0.isNumber }) else { return text }
    var grouped = FormatSpec.group(intPart, grouping)
    if parts.count > 1 { grouped += "." + parts[1] }
    return grouped
  }

  /// A machine integer, without going through BigInt when no grouping is asked for.
  func formatInteger(_ i: Int) throws(PyError) -> String {
    if grouping == nil, type == nil || type == "d", i != .min {
      let body = String(i.magnitude)
      return pad(body, sign: signText(negative: i < 0), defaultAlign: ">")
    }
    return try formatInteger(BigInt(i))
  }

  func formatInteger(_ v: BigInt) throws(PyError) -> String {
    let negative = v < 0
    let magnitude = v.magnitude
    var body: String
    var prefix = ""
    switch type {
    case nil, "d", "n": body = try PyBigInt.decimalDigits(magnitude)
    case "b":
      body = String(magnitude, radix: 2)
      if alternate { prefix = "0b" }
    case "o":
      body = String(magnitude, radix: 8)
      if alternate { prefix = "0o" }
    case "x":
      body = String(magnitude, radix: 16)
      if alternate { prefix = "0x" }
    case "X":
      body = String(magnitude, radix: 16).uppercased()
      if alternate { prefix = "0X" }
    case "c":
      guard let s = Int(exactly: v).flatMap({ UInt32(exactly: $0) }).flatMap(Unicode.Scalar.init) else {
        throw PyError("OverflowError", "%c arg not in range(0x110000)")
      }
      return pad(String(s), defaultAlign: "<")
    case "e", "E", "f", "F", "g", "G", "%":
      let d = Double(v)
      if d.isInfinite { throw PyError("OverflowError", "int too large to convert to float") }
      return try formatFloat(d)
    default:
      throw PyError("ValueError", "Unknown format code '\(type.map(String.init) ?? "")' for object of type 'int'")
    }
    if let grouping {
      let size = type == nil || type == "d" || type == "n" ? 3 : 4
      if align == "=" && fill == "0" && width > 0 {
        let target = width - prefix.count - signText(negative: negative).count
        while body.count < target {
          body = "0" + body
        }
        body = FormatSpec.group(body, grouping, every: size)
        while body.count > target && body.first == "0" && body.dropFirst().first != grouping {
          body.removeFirst()
        }
      } else {
        body = FormatSpec.group(body, grouping, every: size)
      }
    }
    // The prefix goes with the sign, so `=` alignment (and `0` padding) fills after `0x`.
    return pad(body, sign: signText(negative: negative) + prefix, defaultAlign: ">")
  }

  func formatFloat(_ x: Double) throws(PyError) -> String {
    // Checked before the value: `format(nan, 'd')` is an error too.
    if let t = type, !"eEfFgGn%".contains(t) {
      throw PyError("ValueError", "Unknown format code '\(t)' for object of type 'float'")
    }
    if let p = precision, p > Int(Int32.max) { throw PyError("ValueError", "precision too big") }
    var value = x
    var negative = value.sign == .minus && !value.isNaN
    var body: String
    let upper = type == "E" || type == "F" || type == "G"
    if noNegativeZero && negative {
      // `z`: a negative zero after rounding prints without its sign.
      let rounded = try FormatSpec.fixedOrExponent(abs(value), type, precision, alternate)
      if Double(rounded.replacingOccurrences(of: "%", with: "")) == 0 { negative = false }
    }
    if type == "%" { value *= 100 }
    let magnitude = abs(value)
    if magnitude.isNaN || magnitude.isInfinite {
      body = magnitude.isNaN ? "nan" : "inf"
      if upper { body = body.uppercased() }
      if type == "%" { body += "%" }
    } else if type == nil && precision == nil {
      body = FloatRepr.repr(magnitude)
    } else {
      body = try FormatSpec.fixedOrExponent(magnitude, type, precision, alternate)
    }
    body = groupNumber(body)
    if align == "=" && fill == "0", grouping != nil {
      let target = width - signText(negative: negative).count
      let point = body.firstIndex(where: { !$0.isNumber && $0 != "," && $0 != "_" }) ?? body.endIndex
      var intPart = String(body[..<point]).filter { $0.isNumber }
      let rest = String(body[point...])
      while FormatSpec.group(intPart, grouping ?? ",").count + rest.count < target { intPart = "0" + intPart }
      body = FormatSpec.group(intPart, grouping ?? ",") + rest
    }
    return pad(body, sign: signText(negative: negative), defaultAlign: ">")
  }

  /// The digits of a finite, non-negative double in the requested presentation.
  static func fixedOrExponent(_ m: Double, _ type: Character?, _ precision: Int?, _ alternate: Bool) throws(PyError)
    -> String
  {
    switch type {
    case "f", "F":
      return String(format: alternate ? "%#.*f" : "%.*f", precision ?? 6, m)
    case "%":
      return String(format: "%.*f", precision ?? 6, m) + "%"
    case "e", "E":
      let s = String(format: alternate ? "%#.*e" : "%.*e", precision ?? 6, m)
      return type == "E" ? s.uppercased() : s
    case "g", "G", "n":
      let p = max(precision ?? 6, 1)
      let s = String(format: alternate ? "%#.*g" : "%.*g", p, m)
      return type == "G" ? s.uppercased() : s
    case nil:
      // Like `g`, but a fixed result keeps one digit after the point.
      let p = max(precision ?? 12, 1)
      var s = String(format: "%.*g", p, m)
      if !s.contains(".") && !s.contains("e") && !s.contains("n") && !s.contains("i") { s += ".0" }
      return s
    default:
      throw PyError(
        "ValueError", "Unknown format code '\(type.map(String.init) ?? "")' for object of type 'float'")
    }
  }

  /// A complex number as CPython's `format_complex_internal` writes it: each part in the float presentation, the
  /// imaginary part always signed (unless the real part is left out), the whole padded; with no type, like
  /// `str()` (parentheses, shortest digits), `g` when a precision is given.
  func formatComplex(_ re: Double, _ im: Double) throws(PyError) -> String {
    if fill == "0" { throw PyError("ValueError", "Zero padding is not allowed in complex format specifier") }
    if align == "=" {
      throw PyError("ValueError", "'=' alignment flag is not allowed in complex format specifier")
    }
    var kind = type
    guard kind == nil || "eEfFgGn".contains(kind ?? " ") else {
      throw PyError(
        "ValueError", "Unknown format code '\(kind.map(String.init) ?? "")' for object of type 'complex'")
    }
    var parens = false
    var skipRe = false
    if kind == nil {
      if re == 0 && re.sign == .plus { skipRe = true } else { parens = true }
      kind = precision == nil ? "r" : "g"
    }
    if kind == "n" { kind = "g" }
    let upper = kind == "E" || kind == "F" || kind == "G"
    func digits(_ x: Double) throws(PyError) -> String {
      let m = Swift.abs(x)
      if m.isNaN || m.isInfinite {
        let t = m.isNaN ? "nan" : "inf"
        return upper ? t.uppercased() : t
      }
      if kind == "r" { return FloatRepr.short(m) }
      return groupNumber(try FormatSpec.fixedOrExponent(m, kind, precision ?? 6, alternate))
    }
    let reNegative = re.sign == .minus && !re.isNaN
    let imNegative = im.sign == .minus && !im.isNaN
    let imSign = skipRe ? signText(negative: imNegative) : (imNegative ? "-" : "+")
    let reText = skipRe ? "" : signText(negative: reNegative) + (try digits(re))
    let body = (parens ? "(" : "") + reText + imSign + (try digits(im)) + "j" + (parens ? ")" : "")
    return pad(body, defaultAlign: ">")
  }

  func formatString(_ s: String) throws(PyError) -> String {
    guard type == nil || type == "s" else {
      throw PyError(
        "ValueError", "Unknown format code '\(type.map(String.init) ?? "")' for object of type 'str'")
    }
    if sign != "-" { throw PyError("ValueError", "Sign not allowed in string format specifier") }
    if zeroPadding {
      var left = self
      left.align = nil
      left.zeroPadding = false
      return try left.formatString(s)
    }
    if align == "=" { throw PyError("ValueError", "'=' alignment not allowed in string format specifier") }
    var text = s
    if let p = precision { text = String(text.unicodeScalars.prefix(p)) }
    return pad(text, defaultAlign: "<")
  }
}

extension Runtime {
  /// `format(v, spec)` with a spec parsed once (an f-string's constant spec).
  func format(_ v: Value, parsed spec: FormatSpec, text: String) throws(PyError) -> String {
    switch v {
    case .int(let i), .i64(let i): return try spec.formatInteger(i)
    case .float(let d), .f64(let d):
      var f = spec
      f.typeNameHint = "float"
      return try f.formatFloat(d)
    case .object(let o) where o.tag == .str:
      return try spec.formatString(unsafeDowncast(o, to: PyStr.self).value)
    default: return try format(v, text)
    }
  }

  /// `format(v, spec)`.
  func format(_ v: Value, _ spec: String) throws(PyError) -> String {
    switch v {
    case .int(let i), .i64(let i):
      if spec.isEmpty { return String(i) }
      return try FormatSpec(spec).formatInteger(i)
    case .bool(let b), .npBool(let b):
      if spec.isEmpty { return b ? "True" : "False" }
      return try FormatSpec(spec).formatInteger(b ? 1 : 0)
    case .float(let d), .f64(let d):
      if spec.isEmpty { return FloatRepr.repr(d) }
      var f = try FormatSpec(spec)
      f.typeNameHint = "float"
      return try f.formatFloat(d)
    case .object(let o):
      switch o.tag {
      case .str:
        let s = unsafeDowncast(o, to: PyStr.self).value
        return spec.isEmpty ? s : try FormatSpec(spec).formatString(s)
      case .bigInt:
        let b = unsafeDowncast(o, to: PyBigInt.self).value
        return try FormatSpec(spec).formatInteger(b)
      case .instance:
        if let m = o.type.lookup("__format__"), case .object(let f) = m, f.tag == .function {
          let r = try call(m, [v, .str(spec)])
          guard case .object(let s) = r, s.tag == .str else {
            throw PyError("TypeError", "__format__ must return a str, not \(typeName(r))")
          }
          return unsafeDowncast(s, to: PyStr.self).value
        }
      case .complex:
        let c = unsafeDowncast(o, to: PyComplex.self)
        if spec.isEmpty { return try str(v) }
        return try FormatSpec(spec).formatComplex(c.real, c.imag)
      default: break
      }
    default: break
    }
    if spec.isEmpty { return try str(v) }
    throw PyError("TypeError", "unsupported format string passed to \(typeName(v)).__format__")
  }
}
