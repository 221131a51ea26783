import BigInt

/// `"…" % args`: printf-style formatting as Python's `str.__mod__` does it.
///
/// A template is parsed once into pieces (kept on the str, so a literal in a loop is parsed at its first use) and
/// then applied to the arguments. A malformed part of the template is kept as the error it gives, raised when the
/// application reaches it, so errors come in CPython's order (`"%d %y" % ()` is "not enough arguments").
enum PercentFormat {
  static func format(_ template: PyStr, _ args: Value, rt: Runtime) throws(PyError) -> String {
    let parsed: Template
    if let t = template.percentTemplate {
      parsed = t
    } else {
      parsed = Template(template.value)
      template.percentTemplate = parsed
    }
    return try parsed.apply(args, rt: rt)
  }

  /// One conversion: `%(key)-+ #0*.*d` and its parts (a class, so applying a template copies no fields).
  final class Field {
    /// `%d`/`%i`/`%u` or `%s` with nothing between: their common values are written without the general rules.
    enum Bare { case no, decimal, string }
    var bare = Bare.no
    var key: String?
    var left = false
    var plus = false
    var space = false
    var alternate = false
    var zero = false
    /// The width's digits ("" for none); a `*` takes it from the arguments.
    var width = ""
    var widthStar = false
    /// The precision's digits (nil for none, "" for a bare `.`); a `*` takes it from the arguments.
    var precision: String?
    var precisionStar = false
    var conversion: Character = "s"
    /// The float format when no `*` makes it depend on the arguments (nil: built at each use).
    var spec: FormatSpec?
    /// An unsupported conversion character: raised after its argument is taken, as CPython does.
    var invalid: PyError?

    /// The same conversion left-justified (a negative `*` width).
    func leftJustified() -> Field {
      let f = Field()
      (f.bare, f.key, f.left, f.plus, f.space, f.alternate, f.zero) = (bare, key, true, plus, space, alternate, zero)
      (f.width, f.widthStar, f.precision, f.precisionStar) = (width, widthStar, precision, precisionStar)
      (f.conversion, f.spec, f.invalid) = (conversion, nil, invalid)
      return f
    }

    /// The format specification Python's `format` gives a float conversion with these flags.
    func floatSpec(width: String, precision: String?) -> String {
      var text = ""
      if left { text += "<" }
      if plus { text += "+" } else if space { text += " " }
      if alternate { text += "#" }
      if zero && !left { text += "0" }
      return text + width + "." + (precision.map { $0.isEmpty ? "0" : $0 } ?? "6") + String(conversion)
    }

    /// Pads a converted field to the width: spaces on the left, or on the right with `-`; `zeroFill` puts zeros
    /// between `sign` and `digits` instead (the `0` flag on numbers).
    func padded(_ sign: String, _ digits: String, width: Int, zeroFill: Bool) -> String {
      let n = width - sign.count - digits.count
      guard n > 0 else { return sign + digits }
      if left { return sign + digits + String(repeating: " ", count: n) }
      if zeroFill { return sign + String(repeating: "0", count: n) + digits }
      return String(repeating: " ", count: n) + sign + digits
    }
  }

  enum Piece {
    case text(String)
    case percent
    case field(Field)
    indirect case failure(PyError)
  }

  final class Template {
    let pieces: [Piece]

    init(_ template: String) {
      var pieces: [Piece] = []
      let chars = Array(template)
      var i = 0
      var literal = ""
      parsing: while i < chars.count {
        let c = chars[i]
        guard c == "%" else {
          literal.append(c)
          i += 1
          continue
        }
        if !literal.isEmpty {
          pieces.append(.text(literal))
          literal = ""
        }
        let start = i
        i += 1
        let field = Field()
        guard i < chars.count else {
          pieces.append(.failure(PyError("ValueError", "incomplete format")))
          break
        }
        if chars[i] == "(" {
          var depth = 1
          var k = i + 1
          while k < chars.count && depth > 0 {
            if chars[k] == "(" { depth += 1 }
            if chars[k] == ")" { depth -= 1 }
            k += 1
          }
          field.key = String(chars[(i + 1)..<max(i + 1, k - 1)])
          i = k
        }
        flags: while i < chars.count {
          switch chars[i] {
          case "-": field.left = true
          case "+": field.plus = true
          case " ": field.space = true
          case "#": field.alternate = true
          case "0": field.zero = true
          default: break flags
          }
          i += 1
        }
        if i < chars.count, chars[i] == "*" {
          field.widthStar = true
          i += 1
        }
        while i < chars.count, chars[i].isASCII, chars[i].isNumber {
          field.width.append(chars[i])
          i += 1
        }
        if i < chars.count, chars[i] == "." {
          i += 1
          var p = ""
          if i < chars.count, chars[i] == "*" {
            field.precisionStar = true
            i += 1
          }
          while i < chars.count, chars[i].isASCII, chars[i].isNumber {
            p.append(chars[i])
            i += 1
          }
          field.precision = p
        }
        while i < chars.count, chars[i] == "h" || chars[i] == "l" || chars[i] == "L" { i += 1 }
        guard i < chars.count else {
          pieces.append(.failure(PyError("ValueError", "incomplete format")))
          break
        }
        field.conversion = chars[i]
        i += 1
        switch field.conversion {
        // `%%` alone; with a key, flags, width or precision between, CPython takes an argument and rejects it.
        case "%" where i == start + 2:
          pieces.append(.percent)
          continue parsing
        case "s", "r", "a", "c", "d", "i", "u", "x", "X", "o": break
        case "e", "E", "f", "F", "g", "G":
          if !field.widthStar && !field.precisionStar {
            field.spec = try? FormatSpec(field.floatSpec(width: field.width, precision: field.precision))
          }
        default:
          let code = field.conversion.unicodeScalars.first?.value ?? 0
          field.invalid = PyError(
            "ValueError",
            "unsupported format character '\(field.conversion)' (0x\(String(code, radix: 16))) at index \(i - 1)")
          pieces.append(.field(field))
          break parsing
        }
        if i == start + 2 {
          switch field.conversion {
          case "d", "i", "u": field.bare = .decimal
          case "s": field.bare = .string
          default: break
          }
        }
        pieces.append(.field(field))
      }
      if !literal.isEmpty { pieces.append(.text(literal)) }
      self.pieces = pieces
    }

    func apply(_ args: Value, rt: Runtime) throws(PyError) -> String {
      // The arguments: a tuple's items, or the one value (a dict is also the mapping for `%(key)s`).
      var items: [Value]?
      var mapping: PyDict?
      if case .object(let o) = args {
        if o.tag == .tuple {
          items = unsafeDowncast(o, to: PyTuple.self).items
        } else if o.tag == .dict {
          mapping = unsafeDowncast(o, to: PyDict.self)
        }
      }
      let count = items?.count ?? 1
      var next = 0
      func take() throws(PyError) -> Value {
        guard next < count else { throw PyError("TypeError", "not enough arguments for format string") }
        defer { next += 1 }
        return items?[next] ?? args
      }
      var usedMapping = false
      var out = ""
      for piece in pieces {
        switch piece {
        case .text(let s): out += s
        case .percent: out += "%"
        case .failure(let error): throw error
        case .field(let parsed):
          switch parsed.bare {
          case .decimal:
            let v = try take()
            if case .int(let n) = v {
              out += String(n)
              continue
            }
            out += try PercentFormat.convert(v, parsed, width: "", precision: nil, rt: rt)
            continue
          case .string:
            let v = try take()
            if case .object(let o) = v, o.tag == .str {
              out += unsafeDowncast(o, to: PyStr.self).value
            } else {
              out += try rt.str(v)
            }
            continue
          case .no: break
          }
          var field = parsed
          var width = field.width
          if field.widthStar {
            // A negative width from the arguments left-justifies, as the `-` flag does.
            let w = try rt.index(try take())
            if w < 0 { field = field.leftJustified() }
            width = String(w.magnitude) + width
          }
          var precision = field.precision
          if field.precisionStar, let p = precision { precision = String(try rt.index(try take())) + p }
          let value: Value
          if let key = field.key {
            guard let mapping else { throw PyError("TypeError", "format requires a mapping") }
            usedMapping = true
            guard let v = try mapping.get(.str(key), rt: rt) else { throw try rt.keyError(.str(key)) }
            value = v
          } else {
            value = try take()
          }
          if let invalid = field.invalid { throw invalid }
          out += try PercentFormat.convert(value, field, width: width, precision: precision, rt: rt)
        }
      }
      if next < count && !usedMapping && mapping == nil {
        throw PyError("TypeError", "not all arguments converted during string formatting")
      }
      return out
    }
  }

  /// One field's text for `value`.
  static func convert(_ value: Value, _ field: Field, width widthText: String, precision: String?, rt: Runtime)
    throws(PyError) -> String
  {
    let width = Int(widthText) ?? 0
    let digitsWanted = precision.map { Int($0) ?? 0 }
    switch field.conversion {
    case "s", "r", "a":
      let c = field.conversion
      var text = c == "s" ? try rt.str(value) : c == "r" ? try rt.repr(value) : Repr.ascii(try rt.repr(value))
      if let p = digitsWanted { text = String(text.unicodeScalars.prefix(p)) }
      return field.padded("", text, width: width, zeroFill: false)
    case "d", "i", "u":
      switch value {
      case .int(let i), .i64(let i): return integer(i < 0, String(i.magnitude), field, width, digitsWanted)
      case .bool(let b), .npBool(let b): return integer(false, b ? "1" : "0", field, width, digitsWanted)
      case .float(let d), .f64(let d):
        if d.isNaN { throw PyError("ValueError", "cannot convert float NaN to integer") }
        if d.isInfinite { throw PyError("OverflowError", "cannot convert float infinity to integer") }
        let t = BigInt(d.rounded(.towardZero))
        return integer(t < 0, String(t.magnitude), field, width, digitsWanted)
      default:
        let n = try integer(value, rt, field.conversion, "a real number")
        return integer(n < 0, try PyBigInt.decimalDigits(n.magnitude), field, width, digitsWanted)
      }
    case "x", "X", "o":
      let n = try integer(value, rt, field.conversion, "an integer")
      var digits = String(n.magnitude, radix: field.conversion == "o" ? 8 : 16)
      if field.conversion == "X" { digits = digits.uppercased() }
      return integer(n < 0, digits, field, width, digitsWanted)
    case "e", "E", "f", "F", "g", "G":
      let d: Double
      switch value {
      case .float(let x), .f64(let x): d = x
      case .object(let o) where o.tag == .bigInt:
        d = Double(unsafeDowncast(o, to: PyBigInt.self).value)
        if d.isInfinite { throw PyError("OverflowError", "int too large to convert to float") }
      default:
        guard let k = Numbers.kind(value), let x = try? Numbers.double(k) else {
          throw PyError("TypeError", "must be real number, not \(rt.typeName(value))")
        }
        d = x
      }
      if let spec = field.spec { return try spec.formatFloat(d) }
      return try FormatSpec(field.floatSpec(width: widthText, precision: precision)).formatFloat(d)
    default:
      let text: String
      switch value {
      case .object(let o) where o.tag == .str:
        let s = unsafeDowncast(o, to: PyStr.self)
        guard s.count == 1 else { throw PyError("TypeError", "%c requires int or char") }
        text = s.value
      case .int(let code), .i64(let code):
        guard let scalar = UInt32(exactly: code).flatMap(Unicode.Scalar.init) else {
          throw PyError("OverflowError", "%c arg not in range(0x110000)")
        }
        text = String(scalar)
      case .bool(let b), .npBool(let b): text = b ? "\u{1}" : "\u{0}"
      case .object(let o) where o.tag == .bigInt: throw PyError("OverflowError", "%c arg not in range(0x110000)")
      default: throw PyError("TypeError", "%c requires int or char")
      }
      return field.padded("", text, width: width, zeroFill: false)
    }
  }

  /// An integer conversion: at least `precision` digits, the `#` prefix, the sign, then the width.
  static func integer(_ negative: Bool, _ digits: String, _ field: Field, _ width: Int, _ precision: Int?) -> String {
    var body = digits
    if let p = precision, p > body.count { body = String(repeating: "0", count: p - body.count) + body }
    var prefix = negative ? "-" : field.plus ? "+" : field.space ? " " : ""
    if field.alternate {
      switch field.conversion {
      case "x": prefix += "0x"
      case "X": prefix += "0X"
      case "o": prefix += "0o"
      default: break
      }
    }
    return field.padded(prefix, body, width: width, zeroFill: field.zero)
  }

  static func integer(_ v: Value, _ rt: Runtime, _ conversion: Character, _ wanted: String) throws(PyError)
    -> BigInt
  {
    switch v {
    case .int(let i), .i64(let i): return BigInt(i)
    case .bool(let b), .npBool(let b): return b ? 1 : 0
    case .object(let o) where o.tag == .bigInt: return unsafeDowncast(o, to: PyBigInt.self).value
    default:
      throw PyError("TypeError", "%\(conversion) format: \(wanted) is required, not \(rt.typeName(v))")
    }
  }
}
