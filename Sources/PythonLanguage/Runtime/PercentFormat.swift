import BigInt

/// `"…" % args`: printf-style formatting as Python's `str.__mod__` does it.
enum PercentFormat {
  static func format(_ template: String, _ args: Value, rt: Runtime) throws(PyError) -> String {
    if let quick = try simple(template, args, rt: rt) { return quick }
    return try general(template, args, rt: rt)
  }

  /// Templates whose conversions are all bare `%s`, `%d`, `%r` or `%%`, done on bytes without parsing specs.
  static func simple(_ template: String, _ args: Value, rt: Runtime) throws(PyError) -> String? {
    var values: [Value]
    if case .object(let o) = args, o.tag == .tuple {
      values = unsafeDowncast(o, to: PyTuple.self).items
    } else if case .object(let o) = args, o.tag == .dict {
      return nil
    } else {
      values = [args]
    }
    var out = ""
    var next = 0
    var copy = template
    var failure: PyError?
    let ok: Bool? = copy.withUTF8 { (bytes) -> Bool? in
      do throws(PyError) {
        return try scan(bytes)
      } catch {
        failure = error
        return nil
      }
    }
    func scan(_ bytes: UnsafeBufferPointer<UInt8>) throws(PyError) -> Bool? {
      var start = 0
      var i = 0
      while i < bytes.count {
        guard bytes[i] == UInt8(ascii: "%") else {
          i += 1
          continue
        }
        guard i + 1 < bytes.count else { return nil }
        let c = bytes[i + 1]
        guard c == UInt8(ascii: "s") || c == UInt8(ascii: "d") || c == UInt8(ascii: "r") || c == UInt8(ascii: "%")
        else { return nil }
        out += String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        i += 2
        start = i
        if c == UInt8(ascii: "%") {
          out += "%"
          continue
        }
        guard next < values.count else { throw PyError("TypeError", "not enough arguments for format string") }
        let v = values[next]
        next += 1
        switch c {
        case UInt8(ascii: "s"): out += try rt.str(v)
        case UInt8(ascii: "r"): out += try rt.repr(v)
        default:
          switch v {
          case .int(let n), .i64(let n): out += String(n)
          case .bool(let b): out += b ? "1" : "0"
          default: return nil
          }
        }
      }
      out += String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]), as: UTF8.self)
      return true
    }
    if let failure { throw failure }
    guard ok != nil else { return nil }
    if next < values.count { throw PyError("TypeError", "not all arguments converted during string formatting") }
    return out
  }

  static func general(_ template: String, _ args: Value, rt: Runtime) throws(PyError) -> String {
    var values: [Value]
    var mapping: PyDict?
    if case .object(let o) = args, o.tag == .tuple {
      values = unsafeDowncast(o, to: PyTuple.self).items
    } else {
      values = [args]
      if case .object(let o) = args, o.tag == .dict { mapping = unsafeDowncast(o, to: PyDict.self) }
    }
    var next = 0
    var out = ""
    let chars = Array(template)
    var i = 0
    func take() throws(PyError) -> Value {
      guard next < values.count else { throw PyError("TypeError", "not enough arguments for format string") }
      defer { next += 1 }
      return values[next]
    }
    var usedMapping = false
    while i < chars.count {
      let c = chars[i]
      guard c == "%" else {
        out.append(c)
        i += 1
        continue
      }
      i += 1
      guard i < chars.count else { throw PyError("ValueError", "incomplete format") }
      var key: String?
      if chars[i] == "(" {
        var depth = 1
        var k = i + 1
        while k < chars.count && depth > 0 {
          if chars[k] == "(" { depth += 1 }
          if chars[k] == ")" { depth -= 1 }
          k += 1
        }
        key = String(chars[(i + 1)..<(k - 1)])
        i = k
      }
      var flags = ""
      while i < chars.count, "-+ #0".contains(chars[i]) {
        flags.append(chars[i])
        i += 1
      }
      var width = ""
      if i < chars.count, chars[i] == "*" {
        width = String(try rt.index(try take()))
        i += 1
      }
      while i < chars.count, chars[i].isASCII, chars[i].isNumber {
        width.append(chars[i])
        i += 1
      }
      var precision: String?
      if i < chars.count, chars[i] == "." {
        i += 1
        var p = ""
        if i < chars.count, chars[i] == "*" {
          p = String(try rt.index(try take()))
          i += 1
        }
        while i < chars.count, chars[i].isASCII, chars[i].isNumber {
          p.append(chars[i])
          i += 1
        }
        precision = p.isEmpty ? "0" : p
      }
      while i < chars.count, "hlL".contains(chars[i]) { i += 1 }
      guard i < chars.count else { throw PyError("ValueError", "incomplete format") }
      let conversion = chars[i]
      i += 1
      if conversion == "%" {
        out.append("%")
        continue
      }
      let value: Value
      if let key {
        guard let mapping else { throw PyError("TypeError", "format requires a mapping") }
        usedMapping = true
        guard let v = try mapping.get(.str(key), rt: rt) else { throw try rt.keyError(.str(key)) }
        value = v
      } else {
        value = try take()
      }
      var specText = ""
      if flags.contains("-") { specText += "<" }
      if flags.contains("+") { specText += "+" } else if flags.contains(" ") { specText += " " }
      if flags.contains("#") { specText += "#" }
      if flags.contains("0") && !flags.contains("-") && !"srac".contains(conversion) { specText += "0" }
      specText += width
      let integerSpec = specText
      if let precision { specText += "." + precision }
      switch conversion {
      case "s", "r", "a":
        var text =
          conversion == "s"
          ? try rt.str(value) : conversion == "r" ? try rt.repr(value) : Repr.ascii(try rt.repr(value))
        if let precision, let p = Int(precision) { text = String(text.unicodeScalars.prefix(p)) }
        let w = Int(width) ?? 0
        let n = max(0, w - text.count)
        out += flags.contains("-") ? text + String(repeating: " ", count: n) : String(repeating: " ", count: n) + text
      case "d", "i", "u":
        let n: BigInt
        switch value {
        case .float(let d), .f64(let d):
          guard d.isFinite else { throw PyError("OverflowError", "cannot convert float infinity to integer") }
          n = BigInt(d.rounded(.towardZero))
        default: n = try integer(value, rt, conversion)
        }
        out += try FormatSpec(integerSpec + "d").formatInteger(n)
      case "x", "X", "o":
        out += try FormatSpec(integerSpec + String(conversion)).formatInteger(try integer(value, rt, conversion))
      case "e", "E", "f", "F", "g", "G":
        let d: Double
        switch value {
        case .float(let x), .f64(let x): d = x
        default:
          guard let k = Numbers.kind(value), let x = try? Numbers.double(k) else {
            throw PyError("TypeError", "must be real number, not \(rt.typeName(value))")
          }
          d = x
        }
        let p = precision == nil ? ".6" : ""
        out += try FormatSpec(specText + p + String(conversion)).formatFloat(d)
      case "c":
        if case .object(let o) = value, o.tag == .str {
          out += unsafeDowncast(o, to: PyStr.self).value
        } else {
          out += try FormatSpec("c").formatInteger(try integer(value, rt, conversion))
        }
      default:
        throw PyError(
          "ValueError",
          "unsupported format character '\(conversion)' (0x\(String(conversion.unicodeScalars.first?.value ?? 0, radix: 16))) at index \(i - 1)"
        )
      }
    }
    if next < values.count && !usedMapping && mapping == nil {
      throw PyError("TypeError", "not all arguments converted during string formatting")
    }
    return out
  }

  static func integer(_ v: Value, _ rt: Runtime, _ conversion: Character) throws(PyError) -> BigInt {
    switch v {
    case .int(let i), .i64(let i): return BigInt(i)
    case .bool(let b), .npBool(let b): return b ? 1 : 0
    case .object(let o) where o.tag == .bigInt: return unsafeDowncast(o, to: PyBigInt.self).value
    default:
      throw PyError("TypeError", "%\(conversion) format: a real number is required, not \(rt.typeName(v))")
    }
  }
}
