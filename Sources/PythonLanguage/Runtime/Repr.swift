/// Python's `repr` of strings and the `ascii()` escaping.
enum Repr {
  /// `repr(str)`: single quotes unless the text has one and no double quote; escapes for the unprintable.
  static func string(_ s: String) -> String {
    let hasSingle = s.utf8.contains(UInt8(ascii: "'"))
    let hasDouble = s.utf8.contains(UInt8(ascii: "\""))
    let quote: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
    var out = String.UnicodeScalarView()
    out.append(quote)
    for c in s.unicodeScalars {
      switch c {
      case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
      case "\n": out.append(contentsOf: "\\n".unicodeScalars)
      case "\r": out.append(contentsOf: "\\r".unicodeScalars)
      case "\t": out.append(contentsOf: "\\t".unicodeScalars)
      default:
        if c == quote {
          out.append("\\")
          out.append(c)
        } else if isPrintable(c) {
          out.append(c)
        } else {
          out.append(contentsOf: escape(c).unicodeScalars)
        }
      }
    }
    out.append(quote)
    return String(out)
  }

  static func escape(_ c: Unicode.Scalar) -> String {
    let v = c.value
    func hex(_ n: UInt32, _ width: Int) -> String {
      let h = String(n, radix: 16)
      return String(repeating: "0", count: max(0, width - h.count)) + h
    }
    if v < 0x100 { return "\\x" + hex(v, 2) }
    if v < 0x10000 { return "\\u" + hex(v, 4) }
    return "\\U" + hex(v, 8)
  }

  /// `str.isprintable()` for one code point: not a control, format, surrogate, private-use, unassigned or
  /// separator character (the space excepted).
  static func isPrintable(_ c: Unicode.Scalar) -> Bool {
    if c == " " { return true }
    if c.isASCII { return c.value >= 0x20 && c.value < 0x7F }
    switch c.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
      .spaceSeparator:
      return false
    default:
      return true
    }
  }

  /// `ascii()`: non-ASCII characters of a repr escaped.
  static func ascii(_ s: String) -> String {
    var out = ""
    for c in s.unicodeScalars {
      if c.isASCII { out.unicodeScalars.append(c) } else { out += escape(c) }
    }
    return out
  }

  /// An object's address as CPython prints it (`0x7f…`).
  static func address(_ o: PyObject) -> String {
    "0x" + String(UInt(bitPattern: Unmanaged.passUnretained(o).toOpaque()), radix: 16)
  }
}
