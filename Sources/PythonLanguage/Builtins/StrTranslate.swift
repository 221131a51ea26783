/// `str.maketrans` and `str.translate`: a table from code points to a code point, a string or None.
enum StrTranslate {
  /// `str.maketrans(x[, y[, z]])`, a static method.
  static let maketrans = PyBuiltin.general("maketrans", "str") { (rt, a) throws(PyError) in
    let p = a.positional
    guard a.keywords.isEmpty else { throw PyError("TypeError", "str.maketrans() takes no keyword arguments") }
    guard (1...3).contains(p.count) else {
      throw PyError("TypeError", "maketrans expected at least 1 argument, got \(p.count)")
    }
    let table = PyDict()
    if p.count == 1 {
      guard case .object(let o) = p[0], o.tag == .dict else {
        throw PyError("TypeError", "if you give only one argument to maketrans it must be a dict")
      }
      for (k, v) in unsafeDowncast(o, to: PyDict.self).items {
        if case .object(let ko) = k, ko.tag == .str {
          let scalars = unsafeDowncast(ko, to: PyStr.self).value.unicodeScalars
          guard scalars.count == 1, let c = scalars.first else {
            throw PyError("ValueError", "string keys in translate table must be of length 1")
          }
          try table.set(.int(Int(c.value)), v, rt: rt)
        } else if case .int = k {
          try table.set(k, v, rt: rt)
        } else {
          throw PyError("TypeError", "keys in translate table must be strings or integers")
        }
      }
      return .object(table)
    }
    let from = Array(try rt.string(p[0], "maketrans() argument 1 must be str").unicodeScalars)
    let to = Array(try rt.string(p[1], "maketrans() argument 2 must be str").unicodeScalars)
    guard from.count == to.count else {
      throw PyError("ValueError", "the first two maketrans arguments must have equal length")
    }
    for (x, y) in zip(from, to) { try table.set(.int(Int(x.value)), .int(Int(y.value)), rt: rt) }
    if p.count == 3 {
      for c in try rt.string(p[2], "maketrans() argument 3 must be str").unicodeScalars {
        try table.set(.int(Int(c.value)), .none, rt: rt)
      }
    }
    return .object(table)
  }

  /// `s.translate(table)`: each character looked up by code point; missing ones (a `LookupError`) stay.
  static let translate = PyBuiltin.two("translate", "str") { (rt, s, table) throws(PyError) in
    let text = try StrMethods.text(s)
    var out = String.UnicodeScalarView()
    for c in text.unicodeScalars {
      let key = Value.int(Int(c.value))
      let mapped: Value?
      if case .object(let o) = table, o.tag == .dict {
        mapped = try unsafeDowncast(o, to: PyDict.self).get(key, rt: rt)
      } else {
        do throws(PyError) { mapped = try rt.getItem(table, key) } catch {
          guard error.isKind("LookupError") else { throw error }
          mapped = nil
        }
      }
      guard let mapped else {
        out.append(c)
        continue
      }
      switch mapped {
      case .none: continue
      case .int(let i):
        guard let u = UInt32(exactly: i).flatMap(Unicode.Scalar.init) else {
          throw PyError("ValueError", "character mapping must be in range(0x110000)")
        }
        out.append(u)
      case .object(let o) where o.tag == .str:
        out.append(contentsOf: unsafeDowncast(o, to: PyStr.self).value.unicodeScalars)
      default:
        throw PyError("TypeError", "character mapping must return integer, None or str")
      }
    }
    return .str(String(out))
  }
}
