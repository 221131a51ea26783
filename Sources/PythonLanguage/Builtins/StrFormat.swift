/// `str.format(*args, **kwargs)`: `{}`, `{0}`, `{name}`, `{0.attr}`, `{0[key]}`, `{!r}`, `{:spec}` with nested
/// fields in the spec.
enum StrFormat {
  static func format(_ template: String, _ args: [Value], _ keywords: [(String, Value)], rt: Runtime)
    throws(PyError) -> String
  {
    var auto = 0
    var usedManual = false
    var usedAuto = false
    return try render(
      Array(template), args, keywords, rt: rt, auto: &auto, manual: &usedManual, automatic: &usedAuto, depth: 0)
  }

  static func render(
    _ chars: [Character], _ args: [Value], _ keywords: [(String, Value)], rt: Runtime, auto: inout Int,
    manual: inout Bool, automatic: inout Bool, depth: Int
  ) throws(PyError) -> String {
    if depth > 1 { throw PyError("ValueError", "Max string recursion exceeded") }
    var out = ""
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c == "}" {
        guard i + 1 < chars.count, chars[i + 1] == "}" else {
          throw PyError("ValueError", "Single '}' encountered in format string")
        }
        out.append("}")
        i += 2
        continue
      }
      guard c == "{" else {
        out.append(c)
        i += 1
        continue
      }
      if i + 1 < chars.count && chars[i + 1] == "{" {
        out.append("{")
        i += 2
        continue
      }
      var k = i + 1
      var nested = 0
      while k < chars.count {
        if chars[k] == "{" { nested += 1 }
        if chars[k] == "}" {
          if nested == 0 { break }
          nested -= 1
        }
        k += 1
      }
      guard k < chars.count else { throw PyError("ValueError", "expected '}' before end of string") }
      let field = Array(chars[(i + 1)..<k])
      i = k + 1
      // Split field into name, conversion and spec.
      var nameEnd = 0
      var bracket = false
      while nameEnd < field.count {
        let f = field[nameEnd]
        if f == "[" { bracket = true }
        if f == "]" { bracket = false }
        if !bracket && (f == "!" || f == ":") { break }
        nameEnd += 1
      }
      // Appended one by one: `String(_:)` of a slice of characters is the generic initialiser, which tries
      // dynamic casts to String and Substring first (1 300 instructions a field).
      var name = ""
      for ch in field[..<nameEnd] { name.append(ch) }
      var conversion: Character?
      var spec = ""
      var rest = field[nameEnd...]
      if rest.first == "!" {
        rest = rest.dropFirst()
        guard let conv = rest.first, "rsa".contains(conv) else {
          throw PyError("ValueError", "Unknown conversion specifier \(rest.first.map(String.init) ?? "")")
        }
        conversion = conv
        rest = rest.dropFirst()
        if !rest.isEmpty && rest.first != ":" { throw PyError("ValueError", "expected ':' after conversion specifier") }
      }
      // Resolve the value first: an automatically numbered field takes its index before the fields nested in
      // its spec do (`"{:>{}}".format("x", 5)`).
      var head = ""
      var j = name.startIndex
      while j < name.endIndex && name[j] != "." && name[j] != "[" {
        head.append(name[j])
        j = name.index(after: j)
      }
      var value: Value
      if head.isEmpty {
        if manual {
          throw PyError("ValueError", "cannot switch from manual field specification to automatic field numbering")
        }
        automatic = true
        guard auto < args.count else {
          throw PyError("IndexError", "Replacement index \(auto) out of range for positional args tuple")
        }
        value = args[auto]
        auto += 1
      } else if let n = Int(head) {
        if automatic {
          throw PyError("ValueError", "cannot switch from automatic field numbering to manual field specification")
        }
        manual = true
        guard n < args.count else {
          throw PyError("IndexError", "Replacement index \(n) out of range for positional args tuple")
        }
        value = args[n]
      } else {
        guard let v = keywords.first(where: { $0.0 == head })?.1 else { throw try rt.keyError(.str(head)) }
        value = v
      }
      while j < name.endIndex {
        if name[j] == "." {
          j = name.index(after: j)
          var attr = ""
          while j < name.endIndex && name[j] != "." && name[j] != "[" {
            attr.append(name[j])
            j = name.index(after: j)
          }
          value = try rt.getAttribute(value, attr)
        } else if name[j] == "[" {
          j = name.index(after: j)
          var key = ""
          while j < name.endIndex && name[j] != "]" {
            key.append(name[j])
            j = name.index(after: j)
          }
          if j < name.endIndex { j = name.index(after: j) }
          value = try rt.getItem(value, Int(key).map { .int($0) } ?? .str(key))
        } else {
          break
        }
      }
      if rest.first == ":" {
        spec = try render(
          Array(rest.dropFirst()), args, keywords, rt: rt, auto: &auto, manual: &manual, automatic: &automatic,
          depth: depth + 1)
      }
      switch conversion {
      case "r": value = .str(try rt.repr(value))
      case "s": value = .str(try rt.str(value))
      case "a": value = .str(Repr.ascii(try rt.repr(value)))
      default: break
      }
      out += try rt.format(value, spec)
    }
    return out
  }
}
