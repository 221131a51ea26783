import Foundation

/// Methods of `str`.
enum StrMethods {
  static func str(_ v: Value) throws(PyError) -> PyStr {
    if case .object(let o) = v, o.tag == .str { return unsafeDowncast(o, to: PyStr.self) }
    throw PyError("TypeError", "descriptor requires a 'str' object")
  }

  static func text(_ v: Value) throws(PyError) -> String { try str(v).value }

  /// The code-point offset of the first occurrence of `needle`, or nil.
  static func find(_ hay: String, _ needle: String) -> Int? {
    guard let at = ByteSearch.occurrences(hay, needle, limit: 1).first else { return nil }
    return ByteSearch.scalarOffset(hay, at)
  }

  /// A character's titlecase form (`ǅ` for `Ǆ`, which upper-casing would keep as `Ǆ`).
  static func titlecased(_ c: Character) -> String {
    guard c.unicodeScalars.count == 1, let u = c.unicodeScalars.first else { return c.uppercased() }
    return u.properties.titlecaseMapping
  }

  /// `str.lower()`: Unicode's full lower-casing, with capital sigma becoming final `ς` at the end of a word (Unicode's
  /// Final_Sigma condition, as CPython applies it).
  ///
  /// `upper()`/`lower()` of an ASCII string, byte by byte (Unicode's case mappings agree there); nil for any other
  /// string.
  static func asciiCased(_ s: String, upper: Bool) -> String? {
    var copy = s
    return copy.withUTF8 { bytes -> String? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      let (from, to): (UInt8, UInt8) = upper ? (0x61, 0x7A) : (0x41, 0x5A)
      guard bytes.contains(where: { $0 >= from && $0 <= to }) else { return s }
      return String(unsafeUninitializedCapacity: bytes.count) { out in
        for (i, b) in bytes.enumerated() { out[i] = b >= from && b <= to ? b ^ 0x20 : b }
        return bytes.count
      }
    }
  }

  static func lowered(_ s: String) -> String {
    guard s.unicodeScalars.contains("\u{03A3}") else { return s.lowercased() }
    let scalars = Array(s.unicodeScalars)
    var out = String.UnicodeScalarView()
    for (i, u) in scalars.enumerated() {
      guard u == "\u{03A3}" else {
        out.append(contentsOf: u.properties.lowercaseMapping.unicodeScalars)
        continue
      }
      var j = i - 1
      while j >= 0 && scalars[j].properties.isCaseIgnorable { j -= 1 }
      let casedBefore = j >= 0 && scalars[j].properties.isCased
      var k = i + 1
      while k < scalars.count && scalars[k].properties.isCaseIgnorable { k += 1 }
      let casedAfter = k < scalars.count && scalars[k].properties.isCased
      out.append(casedBefore && !casedAfter ? "\u{03C2}" : "\u{03C3}")
    }
    return String(out)
  }

  /// Python's letters (`isalpha`): the Unicode categories Lu, Ll, Lt, Lm and Lo (not Nl, as `Ⅻ`).
  static func isLetter(_ c: Unicode.Scalar) -> Bool {
    switch c.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
    default: false
    }
  }

  /// Python's whitespace for `split()`/`strip()`.
  static func isSpace(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
    default: false
    }
  }

  /// `sep.join(items)` for a list or tuple of strs, its bytes copied once into a string of the final size; nil
  /// when an item is not a str (the general path says which).
  static func joined(_ items: [Value], _ sep: String) -> String? {
    // The items are looked at where the array holds them (`SlotPeek`): copying each out retained and released it,
    // twice, which cost more than copying its bytes.
    items.withUnsafeBufferPointer { (slots) -> String? in
      guard let first = slots.baseAddress else { return "" }
      let slot = UnsafeMutablePointer(mutating: first)
      let tag = SlotPeek.objectTag
      @inline(__always) func text(_ k: Int) -> Unmanaged<PyObject>? {
        guard let u = SlotPeek.object(slot + k, tag: tag), u._withUnsafeGuaranteedRef({ $0.tag == .str }) else {
          return nil
        }
        return u
      }
      var total = 0
      for k in 0..<slots.count {
        guard let u = text(k) else { return nil }
        total += u._withUnsafeGuaranteedRef { unsafeDowncast($0, to: PyStr.self).value.utf8.count }
      }
      var separator = sep
      let gap = separator.utf8.count
      total += gap * max(0, slots.count - 1)
      return separator.withUTF8 { sepBytes in
        String(unsafeUninitializedCapacity: total) { buffer in
          var p = 0
          for k in 0..<slots.count {
            if k > 0, gap > 0, let base = sepBytes.baseAddress {
              UnsafeMutableBufferPointer(rebasing: buffer[p..<(p + gap)]).initialize(
                from: UnsafeBufferPointer(start: base, count: gap))
              p += gap
            }
            guard let u = text(k) else { continue }
            var item = u._withUnsafeGuaranteedRef { unsafeDowncast($0, to: PyStr.self).value }
            item.withUTF8 { bytes in
              guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
              UnsafeMutableBufferPointer(rebasing: buffer[p..<(p + bytes.count)]).initialize(
                from: UnsafeBufferPointer(start: base, count: bytes.count))
              p += bytes.count
            }
          }
          return p
        }
      }
    }
  }

  static func split(_ s: String, _ sep: String?, maxsplit: Int) throws(PyError) -> [String] {
    guard let sep else {
      var out: [String] = []
      var current = String.UnicodeScalarView()
      var inWord = false
      var scalars = Array(s.unicodeScalars)[...]
      while let c = scalars.first {
        if isSpace(c) {
          if inWord {
            out.append(String(current))
            current = String.UnicodeScalarView()
            inWord = false
            if maxsplit >= 0 && out.count >= maxsplit {
              while let d = scalars.first, isSpace(d) { scalars.removeFirst() }
              if !scalars.isEmpty { out.append(String(String.UnicodeScalarView(scalars))) }
              return out
            }
          }
        } else {
          current.append(c)
          inWord = true
        }
        scalars.removeFirst()
      }
      if inWord { out.append(String(current)) }
      return out
    }
    if sep.isEmpty { throw PyError("ValueError", "empty separator") }
    return ByteSearch.split(s, sep, maxSplit: maxsplit)
  }

  /// `s.split(sep, maxsplit)` as the list's items: with a separator, each piece made a str straight from its
  /// bytes.
  static func splitValues(_ s: String, _ sep: String?, maxsplit: Int) throws(PyError) -> [Value] {
    guard let sep, !sep.isEmpty else { return try split(s, sep, maxsplit: maxsplit).map { .str($0) } }
    return ByteSearch.pieces(s, sep, maxSplit: maxsplit) { .str(String(decoding: $0, as: UTF8.self)) }
  }

  static func strip(_ s: String, _ chars: String?, left: Bool, right: Bool) -> String {
    let set = chars.map { Set($0.unicodeScalars) }
    let strip: (Unicode.Scalar) -> Bool = { c in set.map { $0.contains(c) } ?? isSpace(c) }
    var scalars = Array(s.unicodeScalars)[...]
    if left { while let c = scalars.first, strip(c) { scalars.removeFirst() } }
    if right { while let c = scalars.last, strip(c) { scalars.removeLast() } }
    return String(String.UnicodeScalarView(scalars))
  }

  /// A separator or character set that may be None; `wrongType` is CPython's message for anything else.
  static func optionalText(_ v: Value?, _ rt: Runtime, wrongType: (String) -> String) throws(PyError) -> String? {
    guard let v, !v.isNone else { return nil }
    guard case .object(let o) = v, o.tag == .str else { throw PyError("TypeError", wrongType(rt.typeName(v))) }
    return unsafeDowncast(o, to: PyStr.self).value
  }

  /// `split`'s and `rsplit`'s separator.
  static func separator(_ v: Value?, _ rt: Runtime) throws(PyError) -> String? {
    try optionalText(v, rt) { "must be str or None, not \($0)" }
  }

  static func stripping(_ name: String, left: Bool, right: Bool) -> PyBuiltin {
    .general(name, "str") { (rt, a) throws(PyError) in
      let s = try text(a.positional.first ?? .none)
      let chars = try optionalText(a.positional.dropFirst().first, rt) { _ in "\(name) arg must be None or str" }
      return .str(strip(s, chars, left: left, right: right))
    }
  }

  static func predicate(_ name: String, _ test: @escaping @Sendable (String) -> Bool) -> PyBuiltin {
    .one(name, "str") { (_, s) throws(PyError) in .bool(test(try text(s))) }
  }

  static func transform(_ name: String, _ f: @escaping @Sendable (String) -> String) -> PyBuiltin {
    .one(name, "str") { (_, s) throws(PyError) in .str(f(try text(s))) }
  }

  /// `find`/`index`/`count` with optional start and end, in code points.
  static func window(_ rt: Runtime, _ a: Arguments) throws(PyError) -> (PyStr, String, Int, Int) {
    guard a.positional.count >= 2 else { throw PyError("TypeError", "expected at least 1 argument, got 0") }
    let s = try str(a.positional[0])
    let needle = try rt.string(a.positional[1], "must be str")
    let n = s.count
    func bound(_ v: Value?, _ fallback: Int) throws(PyError) -> Int {
      guard let v, !v.isNone else { return fallback }
      var i = try rt.index(v)
      if i < 0 { i = max(0, i + n) }
      return min(i, n)
    }
    let start = try bound(a.positional.count > 2 ? a.positional[2] : nil, 0)
    let end = try bound(a.positional.count > 3 ? a.positional[3] : nil, n)
    return (s, needle, start, end)
  }

  static func search(_ rt: Runtime, _ a: Arguments, last: Bool) throws(PyError) -> Int? {
    let (s, needle, start, end) = try window(rt, a)
    guard start <= end else { return nil }
    let hay = s.substring(start..<end)
    if needle.isEmpty { return last ? end : start }
    let at = last ? ByteSearch.last(hay, needle) : ByteSearch.occurrences(hay, needle, limit: 1).first
    guard let at else { return nil }
    return start + ByteSearch.scalarOffset(hay, at)
  }

  static let all: [PyBuiltin] = [
    .general(
      "split", "str",
      pair: { (rt, s, sep) throws(PyError) in
        .list(try splitValues(try text(s), try separator(sep, rt), maxsplit: -1))
      }
    ) { (rt, a) throws(PyError) in
      let p = try a.bind("split", ["self", "sep", "maxsplit"], required: 1)
      return .list(
        try splitValues(
          try text(p[0] ?? .none), try separator(p[1], rt),
          maxsplit: try p[2].map { (m) throws(PyError) in try rt.index(m) } ?? -1))
    },
    .general("rsplit", "str") { (rt, a) throws(PyError) in
      let p = try a.bind("rsplit", ["self", "sep", "maxsplit"], required: 1)
      let s = try text(p[0] ?? .none)
      let maxsplit = try p[1 + 1].map { (m) throws(PyError) in try rt.index(m) } ?? -1
      let sep = try separator(p[1], rt)
      if maxsplit < 0 { return .list(try split(s, sep, maxsplit: -1).map { .str($0) }) }
      // Split the reversed text with the reversed separator, then reverse back.
      let reversed = String(String.UnicodeScalarView(s.unicodeScalars.reversed()))
      let rsep = sep.map { String(String.UnicodeScalarView($0.unicodeScalars.reversed())) }
      let parts = try split(reversed, rsep, maxsplit: maxsplit).reversed().map {
        String(String.UnicodeScalarView($0.unicodeScalars.reversed()))
      }
      return .list(parts.map { .str($0) })
    },
    .two("join", "str") { (rt, s, items) throws(PyError) in
      let sep = try text(s)
      if case .object(let o) = items, o.tag == .list || o.tag == .tuple,
        let joined = joined(
          o.tag == .list ? unsafeDowncast(o, to: PyList.self).items : unsafeDowncast(o, to: PyTuple.self).items, sep)
      {
        return .str(joined)
      }
      var parts: [String] = []
      var k = 0
      try rt.forEach(items) { (x) throws(PyError) -> Bool in
        guard case .object(let o) = x, o.tag == .str else {
          throw PyError("TypeError", "sequence item \(k): expected str instance, \(rt.typeName(x)) found")
        }
        parts.append(unsafeDowncast(o, to: PyStr.self).value)
        k += 1
        return true
      }
      return .str(parts.joined(separator: sep))
    },
    stripping("strip", left: true, right: true), stripping("lstrip", left: true, right: false),
    stripping("rstrip", left: false, right: true),
    .general("replace", "str") { (rt, a) throws(PyError) in
      let p = try a.bind("replace", ["self", "old", "new", "count"], required: 3)
      let s = try text(p[0] ?? .none)
      let old = try text(p[1] ?? .none)
      let new = try text(p[2] ?? .none)
      let count = try p[3].map { (c) throws(PyError) in try rt.index(c) } ?? -1
      if old.isEmpty {
        var out = count == 0 ? "" : new
        var n = 1
        for c in s.unicodeScalars {
          out.unicodeScalars.append(c)
          if count < 0 || n < count {
            out += new
            n += 1
          }
        }
        return .str(out)
      }
      return .str(ByteSearch.replace(s, old, new, count: count))
    },
    transform("upper") { asciiCased($0, upper: true) ?? $0.uppercased() },
    transform("lower") { asciiCased($0, upper: false) ?? lowered($0) },
    transform("casefold") { $0.lowercased().replacingOccurrences(of: "ß", with: "ss") },
    transform("swapcase") { s in
      String(s.map { c in c.isUppercase ? Character(c.lowercased()) : c.isLowercase ? Character(c.uppercased()) : c })
    },
    transform("capitalize") { s in
      guard let f = s.first else { return s }
      return titlecased(f) + lowered(String(s.dropFirst()))
    },
    transform("title") { s in
      var out = ""
      var previousCased = false
      for c in s {
        out += previousCased ? c.lowercased() : titlecased(c)
        previousCased = c.isLetter
      }
      return out
    },
    .general("startswith", "str") { (rt, a) throws(PyError) in try affix(rt, a, suffix: false) },
    .general("endswith", "str") { (rt, a) throws(PyError) in try affix(rt, a, suffix: true) },
    .general("find", "str") { (rt, a) throws(PyError) in .int(try search(rt, a, last: false) ?? -1) },
    .general("rfind", "str") { (rt, a) throws(PyError) in .int(try search(rt, a, last: true) ?? -1) },
    .general("index", "str") { (rt, a) throws(PyError) in
      guard let i = try search(rt, a, last: false) else { throw PyError("ValueError", "substring not found") }
      return .int(i)
    },
    .general("rindex", "str") { (rt, a) throws(PyError) in
      guard let i = try search(rt, a, last: true) else { throw PyError("ValueError", "substring not found") }
      return .int(i)
    },
    .general("count", "str") { (rt, a) throws(PyError) in
      let (s, needle, start, end) = try window(rt, a)
      guard start <= end else { return .int(0) }
      let hay = s.substring(start..<end)
      if needle.isEmpty { return .int(end - start + 1) }
      return .int(ByteSearch.occurrences(hay, needle).count)
    },
    predicate("isdigit") {
      !$0.isEmpty
        && $0.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal || $0.properties.numericType == .digit }
    },
    predicate("isdecimal") { !$0.isEmpty && $0.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal } },
    predicate("isnumeric") { !$0.isEmpty && $0.unicodeScalars.allSatisfy { $0.properties.numericType != nil } },
    predicate("isalpha") { !$0.isEmpty && $0.unicodeScalars.allSatisfy(isLetter) },
    predicate("isalnum") {
      !$0.isEmpty && $0.unicodeScalars.allSatisfy { isLetter($0) || $0.properties.numericType != nil }
    },
    predicate("isspace") { !$0.isEmpty && $0.unicodeScalars.allSatisfy(isSpace) },
    predicate("isupper") { s in s.contains { $0.isUppercase } && !s.contains { $0.isLowercase } },
    predicate("islower") { s in s.contains { $0.isLowercase } && !s.contains { $0.isUppercase } },
    predicate("isidentifier") { s in
      guard let f = s.unicodeScalars.first, f.properties.isXIDStart || f == "_" else { return false }
      return s.unicodeScalars.allSatisfy { $0.properties.isXIDContinue || $0 == "_" }
    },
    predicate("istitle") { s in
      var previousCased = false
      var sawCased = false
      for c in s {
        if c.isUppercase {
          if previousCased { return false }
          previousCased = true
          sawCased = true
        } else if c.isLowercase {
          if !previousCased { return false }
          previousCased = true
          sawCased = true
        } else {
          previousCased = false
        }
      }
      return sawCased
    },
    predicate("isascii") { $0.unicodeScalars.allSatisfy(\.isASCII) },
    predicate("isprintable") { $0.unicodeScalars.allSatisfy(Repr.isPrintable) },
    .general("center", "str") { (rt, a) throws(PyError) in try justify(rt, a, "^") },
    .general("ljust", "str") { (rt, a) throws(PyError) in try justify(rt, a, "<") },
    .general("rjust", "str") { (rt, a) throws(PyError) in try justify(rt, a, ">") },
    .two("zfill", "str") { (rt, s, w) throws(PyError) in
      let t = try text(s)
      let width = try rt.index(w)
      let n = t.unicodeScalars.count
      guard width > n else { return s }
      try rt.reserveItems(width, itemSize: 1)
      var body = Substring(t)
      var sign = ""
      if let f = body.first, f == "+" || f == "-" {
        sign = String(f)
        body = body.dropFirst()
      }
      return .str(sign + String(repeating: "0", count: width - n) + body)
    },
    .general("splitlines", "str") { (rt, a) throws(PyError) in
      let s = try text(a.positional.first ?? .none)
      let keep =
        try a.positional.count > 1
        ? rt.truthy(a.positional[1]) : (try a.keywords.first.map { (k) throws(PyError) in try rt.truthy(k.1) } ?? false)
      var out: [Value] = []
      var current = String.UnicodeScalarView()
      var scalars = Array(s.unicodeScalars)[...]
      while let c = scalars.popFirst() {
        let isBreak = "\n\r\u{0B}\u{0C}\u{1C}\u{1D}\u{1E}\u{85}\u{2028}\u{2029}".unicodeScalars.contains(c)
        if isBreak {
          var ending = String(c)
          if c == "\r", scalars.first == "\n" {
            scalars.removeFirst()
            ending = "\r\n"
          }
          out.append(.str(String(current) + (keep ? ending : "")))
          current = String.UnicodeScalarView()
        } else {
          current.append(c)
        }
      }
      if !current.isEmpty { out.append(.str(String(current))) }
      return .list(out)
    },
    .two("partition", "str") { (rt, s, sep) throws(PyError) in
      let t = try text(s)
      let p = try rt.string(sep, "must be str")
      if p.isEmpty { throw PyError("ValueError", "empty separator") }
      guard let at = ByteSearch.occurrences(t, p, limit: 1).first else { return .tuple([s, .str(""), .str("")]) }
      return .tuple([
        .str(ByteSearch.slice(t.utf8, 0, at)), sep, .str(ByteSearch.slice(t.utf8, at + p.utf8.count, t.utf8.count)),
      ])
    },
    .two("rpartition", "str") { (rt, s, sep) throws(PyError) in
      let t = try text(s)
      let p = try rt.string(sep, "must be str")
      if p.isEmpty { throw PyError("ValueError", "empty separator") }
      guard let at = ByteSearch.last(t, p) else { return .tuple([.str(""), .str(""), s]) }
      return .tuple([
        .str(ByteSearch.slice(t.utf8, 0, at)), sep, .str(ByteSearch.slice(t.utf8, at + p.utf8.count, t.utf8.count)),
      ])
    },
    .two("removeprefix", "str") { (rt, s, x) throws(PyError) in
      let t = try text(s)
      let p = try rt.string(x, "must be str")
      return t.hasPrefix(p) && !p.isEmpty ? .str(String(t.utf8.dropFirst(p.utf8.count)) ?? t) : s
    },
    .two("removesuffix", "str") { (rt, s, x) throws(PyError) in
      let t = try text(s)
      let p = try rt.string(x, "must be str")
      return t.hasSuffix(p) && !p.isEmpty ? .str(String(t.utf8.dropLast(p.utf8.count)) ?? t) : s
    },
    .general("encode", "str") { (rt, a) throws(PyError) in
      let p = try Arguments(Array(a.positional.dropFirst()), a.keywords).bind("encode", ["encoding", "errors"])
      let s = try text(a.positional.first ?? .none)
      // UTF-8 under any of Python's names for it; other codecs are named as missing, never silently UTF-8.
      let name = try p[0].map { (v) throws(PyError) in try rt.string(v, "encode() argument 'encoding'") } ?? "utf-8"
      let normalized = name.lowercased().replacingOccurrences(of: "_", with: "-")
      switch normalized {
      case "utf-8", "utf8", "u8", "utf", "cp65001": return .object(PyBytes(Array(s.utf8)))
      case "ascii", "us-ascii", "646":
        if let bad = s.unicodeScalars.firstIndex(where: { $0.value > 127 }) {
          if let errors = p[1], try rt.string(errors, "encode() argument 'errors'") != "strict" {
            throw PyError("NotImplementedError", "str.encode('ascii', errors=...) is not in Tessel yet")
          }
          let position = s.unicodeScalars.distance(from: s.unicodeScalars.startIndex, to: bad)
          let v = s.unicodeScalars[bad].value
          let escape =
            v < 0x100
            ? String(format: "\\x%02x", v) : v < 0x10000 ? String(format: "\\u%04x", v) : String(format: "\\U%08x", v)
          throw PyError(
            "UnicodeEncodeError",
            "'ascii' codec can't encode character '\(escape)' in position \(position): ordinal not in range(128)")
        }
        return .object(PyBytes(Array(s.utf8)))
      default:
        let known = ["latin-1", "latin1", "iso-8859-1", "utf-16", "utf-32", "cp1252", "utf-16-le", "utf-16-be"]
        if known.contains(normalized) {
          throw PyError("NotImplementedError", "str.encode('\(name)') is not in Tessel yet (only UTF-8 and ASCII)")
        }
        throw PyError("LookupError", "unknown encoding: \(name)")
      }
    },
    .general("format", "str") { (rt, a) throws(PyError) in
      .str(
        try StrFormat.format(try text(a.positional.first ?? .none), Array(a.positional.dropFirst()), a.keywords, rt: rt)
      )
    },
    .general("expandtabs", "str") { (rt, a) throws(PyError) in
      let s = try text(a.positional.first ?? .none)
      let size = a.positional.count > 1 ? try rt.index(a.positional[1]) : 8
      var out = ""
      var column = 0
      for c in s {
        if c == "\t" {
          let n = size > 0 ? size - column % size : 0
          out += String(repeating: " ", count: n)
          column += n
        } else {
          out.append(c)
          column = c == "\n" || c == "\r" ? 0 : column + 1
        }
      }
      return .str(out)
    },
  ]

  static func affix(_ rt: Runtime, _ a: Arguments, suffix: Bool) throws(PyError) -> Value {
    let name = suffix ? "endswith" : "startswith"
    guard a.positional.count >= 2 else { throw PyError("TypeError", "expected at least 1 argument, got 0") }
    let s = try str(a.positional[0])
    var window = s.value
    if a.positional.count > 2 {
      var start = try rt.sliceBound(a.positional[2]) ?? 0
      if start < 0 { start = max(0, start + s.count) }
      var end = try a.positional.count > 3 ? rt.sliceBound(a.positional[3]) ?? s.count : s.count
      if end < 0 { end = max(0, end + s.count) }
      end = min(end, s.count)
      guard start <= end else { return .bool(false) }
      window = s.substring(start..<end)
    }
    // The bounds are read first, as CPython reads its arguments before it looks at the prefix.
    let pattern = a.positional[1]
    let isTuple: Bool
    if case .object(let o) = pattern, o.tag == .tuple || o.tag == .str {
      isTuple = o.tag == .tuple
    } else {
      throw PyError(
        "TypeError", "\(name) first arg must be str or a tuple of str, not \(rt.typeName(pattern))")
    }
    // UTF-8 bytes: a byte prefix (or suffix) that is itself whole UTF-8 is a code-point prefix (or suffix).
    guard isTuple, case .object(let o) = pattern else {
      return .bool(ByteSearch.hasAffix(window, try text(pattern), atEnd: suffix))
    }
    // A tuple's items are tried in order, as CPython does: one that is not a str raises only when reached.
    for x in unsafeDowncast(o, to: PyTuple.self).items {
      guard case .object(let c) = x, c.tag == .str else {
        throw PyError("TypeError", "tuple for \(name) must only contain str, not \(rt.typeName(x))")
      }
      if ByteSearch.hasAffix(window, unsafeDowncast(c, to: PyStr.self).value, atEnd: suffix) { return .bool(true) }
    }
    return .bool(false)
  }

  static func justify(_ rt: Runtime, _ a: Arguments, _ align: Character) throws(PyError) -> Value {
    guard a.positional.count >= 2 else { throw PyError("TypeError", "expected at least 1 argument, got 0") }
    let s = try text(a.positional[0])
    let width = try rt.index(a.positional[1])
    var fill: Character = " "
    if a.positional.count > 2 {
      let f = try rt.string(a.positional[2], "The fill character must be a unicode character")
      guard f.unicodeScalars.count == 1, let c = f.first else {
        throw PyError("TypeError", "The fill character must be exactly one character long")
      }
      fill = c
    }
    let n = s.unicodeScalars.count
    guard width > n else { return a.positional[0] }
    try rt.reserveItems(width, itemSize: 1)
    let pad = width - n
    switch align {
    case "<": return .str(s + String(repeating: fill, count: pad))
    case ">": return .str(String(repeating: fill, count: pad) + s)
    default:
      // CPython's centring puts the extra fill on the left when the width is odd.
      let left = pad / 2 + (pad & width & 1)
      return .str(String(repeating: fill, count: left) + s + String(repeating: fill, count: pad - left))
    }
  }
}
