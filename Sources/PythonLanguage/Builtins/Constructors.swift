import BigInt
import Foundation

/// What calling a built-in type makes: `int("42")`, `list(range(3))`, `dict(a=1)`, `zip(x, y)`.
enum Constructors {
  typealias Make = (Runtime, Arguments) throws(PyError) -> Value

  /// `int(x)`, `list(x)`, `range(n)`, `reversed(x)` and the other built-in types with one positional argument:
  /// what the general constructor does with it, called without an argument list (nil for other types).
  static func unary(_ t: PyType) -> ((Runtime, Value) throws(PyError) -> Value)? {
    switch t.constructorKind {
    case .int: return { (rt, x) throws(PyError) in try rt.toInt(x) }
    case .float: return floatOf
    case .str: return { (rt, x) throws(PyError) in .str(try rt.str(x)) }
    case .bool: return { (rt, x) throws(PyError) in .bool(try rt.truthy(x)) }
    case .list: return listOf
    case .tuple: return tupleOf
    case .set: return { (rt, x) throws(PyError) in .object(try rt.makeSet(x, frozen: false)) }
    case .frozenset: return { (rt, x) throws(PyError) in .object(try rt.makeSet(x, frozen: true)) }
    case .range: return { (rt, x) throws(PyError) in .object(PyRange(0, try rangeBound(rt, x), 1)) }
    case .reversed: return reversedOf
    case .dict, .other: return nil
    }
  }

  /// `range(a, b)`: what the general constructor makes of two positional arguments, without an argument list (nil
  /// for other types).
  static func binary(_ t: PyType) -> ((Runtime, Value, Value) throws(PyError) -> Value)? {
    guard t.constructorKind == .range else { return nil }
    return { (rt, a, b) throws(PyError) in .object(PyRange(try rangeBound(rt, a), try rangeBound(rt, b), 1)) }
  }

  /// One of `range`'s arguments as an int (`__index__`; a float is refused by name).
  @inline(__always) static func rangeBound(_ rt: Runtime, _ x: Value) throws(PyError) -> Int {
    if case .int(let n) = x { return n }
    if case .float = x { throw PyError("TypeError", "'float' object cannot be interpreted as an integer") }
    if case .object(let o) = x, o.tag == .bigInt {
      throw PyError("NotImplementedError", "range() with a bound beyond 64-bit integers is not supported")
    }
    return try rt.index(x)
  }

  /// `reversed(x)`: a range, list, tuple, str or dict walked from its end, else the object's `__reversed__`, else
  /// its `__getitem__` with `__len__`.
  static func reversedOf(_ rt: Runtime, _ x: Value) throws(PyError) -> Value {
    if case .object(let o) = x {
      switch o.tag {
      case .range: return .object(RangeIterator(reversing: unsafeDowncast(o, to: PyRange.self)))
      case .list, .tuple, .str:
        return .object(ReversedIterator(x, count: try rt.length(x)))
      case .dict:
        return .object(ArrayIterator(unsafeDowncast(o, to: PyDict.self).keys.reversed()))
      default:
        if let m = o.type.lookup("__reversed__") { return try rt.call(m, x) }
        if o.type.lookup("__getitem__") != nil, o.type.lookup("__len__") != nil {
          return .object(ReversedIterator(x, count: try rt.length(x)))
        }
      }
    }
    throw PyError("TypeError", "'\(rt.typeName(x))' object is not reversible")
  }

  /// What a built-in container type called with no arguments makes (`set()`, `[]` by `list()`), without an
  /// argument list; nil for other types.
  static func empty(_ t: PyType) -> Value? {
    switch t.constructorKind {
    case .list: return .list([])
    case .dict: return .object(PyDict())
    case .set: return .object(PySet())
    case .tuple: return .tuple([])
    case .frozenset: return .object(PySet(frozen: true))
    default: return nil
    }
  }

  static func listOf(_ rt: Runtime, _ x: Value) throws(PyError) -> Value { .list(try rt.collect(x)) }

  /// `tuple(x)`: a tuple is itself.
  static func tupleOf(_ rt: Runtime, _ x: Value) throws(PyError) -> Value {
    if case .object(let o) = x, o.tag == .tuple {
      // A named tuple's items make a plain tuple.
      return o.type === BuiltinTypes.tuple ? x : .tuple(unsafeDowncast(o, to: PyTuple.self).items)
    }
    return .tuple(try rt.collect(x))
  }

  static func floatOf(_ rt: Runtime, _ x: Value) throws(PyError) -> Value {
    if case .object(let o) = x, o.tag == .str {
      return .float(try Constructors.parseFloat(unsafeDowncast(o, to: PyStr.self).value))
    }
    // `float(np.complex128)`: its `__float__`, the real part with NumPy's warning.
    if case .object(let o) = x, o.tag == .complex, let m = o.type.lookup("__float__") { return try rt.call(m, x) }
    return .float(try rt.double(x, "float() argument must be a string or a real number", quoted: true))
  }

  nonisolated(unsafe) static let all: [(PyType, Make)] = [
    (
      BuiltinTypes.int,
      { (rt, a) throws(PyError) in
        let p = try a.bind("int", ["x", "base"])
        guard let x = p[0] else { return .int(0) }
        if let b = p[1] {
          // The base is read first, as CPython does.
          let base = try rt.index(b)
          guard rt.isString(x) else { throw PyError("TypeError", "int() can't convert non-string with explicit base") }
          return try Constructors.parseInt(try rt.string(x, ""), base: base)
        }
        return try rt.toInt(x)
      }
    ),
    (
      BuiltinTypes.float,
      { (rt, a) throws(PyError) in
        try a.atMostOne("float")
        guard let x = a.positional.first else { return .float(0) }
        return try Constructors.floatOf(rt, x)
      }
    ),
    (
      BuiltinTypes.bool,
      { (rt, a) throws(PyError) in
        try a.atMostOne("bool")
        return .bool(try a.positional.first.map { (x) throws(PyError) in try rt.truthy(x) } ?? false)
      }
    ),
    (
      BuiltinTypes.str,
      { (rt, a) throws(PyError) in
        let p = try a.bind("str", ["object", "encoding", "errors"])
        guard let x = p[0] else { return .str("") }
        if case .object(let o) = x, o.tag == .bytes, p[1] != nil {
          return .str(String(decoding: unsafeDowncast(o, to: PyBytes.self).bytes, as: UTF8.self))
        }
        return .str(try rt.str(x))
      }
    ),
    (
      BuiltinTypes.complex,
      { (rt, a) throws(PyError) in
        let p = try a.bind("complex", ["real", "imag"])
        // CPython's complex_new: the imaginary argument's real part is the result's imaginary part as is.
        var re = 0.0
        var reImag = 0.0
        var realIsComplex = false
        if let r = p[0] {
          if case .object(let o) = r, o.tag == .complex {
            let c = unsafeDowncast(o, to: PyComplex.self)
            re = c.real
            reImag = c.imag
            realIsComplex = true
          } else if case .object(let o) = r, o.tag == .str {
            let c = try Constructors.parseComplex(unsafeDowncast(o, to: PyStr.self).value)
            return .object(PyComplex(c.0, c.1))
          } else {
            re = try rt.double(r, "complex() first argument must be a string or a number", quoted: true)
          }
        }
        guard let i = p[1] else { return .object(PyComplex(re, reImag)) }
        var im: Double
        if case .object(let o) = i, o.tag == .complex {
          let c = unsafeDowncast(o, to: PyComplex.self)
          im = c.real
          re -= c.imag
        } else {
          im = try rt.double(i, "complex() second argument must be a number", quoted: true)
        }
        if realIsComplex { im += reImag }
        return .object(PyComplex(re, im))
      }
    ),
    (
      BuiltinTypes.list,
      { (rt, a) throws(PyError) in
        try a.atMostOne("list")
        guard let x = a.positional.first else { return .list([]) }
        return try Constructors.listOf(rt, x)
      }
    ),
    (
      BuiltinTypes.tuple,
      { (rt, a) throws(PyError) in
        try a.atMostOne("tuple")
        guard let x = a.positional.first else { return .tuple([]) }
        return try Constructors.tupleOf(rt, x)
      }
    ),
    (
      BuiltinTypes.dict,
      { (rt, a) throws(PyError) in
        try a.atMostOnePositional("dict")
        let d = PyDict()
        if let x = a.positional.first { try rt.updateDict(d, x) }
        for (k, v) in a.keywords { try d.set(.str(k), v, rt: rt) }
        return .object(d)
      }
    ),
    (
      BuiltinTypes.set,
      { (rt, a) throws(PyError) in
        try a.atMostOne("set")
        return .object(try rt.makeSet(a.positional.first, frozen: false))
      }
    ),
    (
      BuiltinTypes.frozenset,
      { (rt, a) throws(PyError) in
        try a.atMostOne("frozenset")
        return .object(try rt.makeSet(a.positional.first, frozen: true))
      }
    ),
    (
      BuiltinTypes.range,
      { (rt, a) throws(PyError) in
        try a.noKeywords("range")
        var bounds: [Int] = []
        for x in a.positional { bounds.append(try Constructors.rangeBound(rt, x)) }
        switch bounds.count {
        case 1: return .object(PyRange(0, bounds[0], 1))
        case 2: return .object(PyRange(bounds[0], bounds[1], 1))
        case 3:
          if bounds[2] == 0 { throw PyError("ValueError", "range() arg 3 must not be zero") }
          return .object(PyRange(bounds[0], bounds[1], bounds[2]))
        case 0: throw PyError("TypeError", "range expected at least 1 argument, got 0")
        default: throw PyError("TypeError", "range expected at most 3 arguments, got \(bounds.count)")
        }
      }
    ),
    (
      BuiltinTypes.slice,
      { (rt, a) throws(PyError) in
        let x = a.positional
        switch x.count {
        case 1: return .object(PySlice(.none, x[0], .none))
        case 2: return .object(PySlice(x[0], x[1], .none))
        case 3: return .object(PySlice(x[0], x[1], x[2]))
        default: throw PyError("TypeError", "slice expected at least 1 argument, got 0")
        }
      }
    ),
    (BuiltinTypes.object, { (_, _) throws(PyError) in .object(PyInstance(cls: BuiltinTypes.object)) }),
    (
      BuiltinTypes.type,
      { (rt, a) throws(PyError) in
        guard a.positional.count == 1 else {
          throw PyError("NotImplementedError", "type() with three arguments (creating a class) is not supported")
        }
        return .object(rt.typeOf(a.positional[0]))
      }
    ),
    (
      BuiltinTypes.bytes,
      { (rt, a) throws(PyError) in
        let p = try a.bind("bytes", ["source", "encoding", "errors"])
        guard let x = p[0] else { return .object(PyBytes([])) }
        if case .object(let o) = x, o.tag == .str {
          return .object(PyBytes(Array(unsafeDowncast(o, to: PyStr.self).value.utf8)))
        }
        if case .int(let n) = x {
          if n < 0 { throw PyError("ValueError", "negative count") }
          try rt.reserveItems(n, itemSize: 1)
          return .object(PyBytes([UInt8](repeating: 0, count: n)))
        }
        var out: [UInt8] = []
        for v in try rt.collect(x) {
          let i = try rt.index(v)
          guard let b = UInt8(exactly: i) else { throw PyError("ValueError", "bytes must be in range(0, 256)") }
          out.append(b)
        }
        return .object(PyBytes(out))
      }
    ),
    (
      BuiltinTypes.property,
      { (rt, a) throws(PyError) in
        let p = try a.bind("property", ["fget", "fset", "fdel", "doc"])
        return .object(
          PyProperty(getter: p[0] ?? .none, setter: p[1] ?? .none, deleter: p[2] ?? .none, doc: p[3] ?? .none))
      }
    ),
    (BuiltinTypes.staticmethod, { (_, a) throws(PyError) in .object(PyStaticMethod(a.positional.first ?? .none)) }),
    (BuiltinTypes.classmethod, { (_, a) throws(PyError) in .object(PyClassMethod(a.positional.first ?? .none)) }),
    (
      BuiltinTypes.superType,
      { (rt, a) throws(PyError) in
        guard a.positional.count == 2, case .object(let t) = a.positional[0], t.tag == .type else {
          throw PyError("RuntimeError", "super(): no arguments")
        }
        return try rt.makeSuper(unsafeDowncast(t, to: PyType.self), a.positional[1])
      }
    ),
    (
      BuiltinTypes.enumerate,
      { (rt, a) throws(PyError) in
        let p = try a.bind("enumerate", ["iterable", "start"], required: 1)
        return .object(
          EnumerateIterator(
            try rt.iterate(p[0] ?? .none), start: try p[1].map { (s) throws(PyError) in try rt.index(s) } ?? 0))
      }
    ),
    (
      BuiltinTypes.zip,
      { (rt, a) throws(PyError) in
        var strict = false
        for (k, v) in a.keywords {
          guard k == "strict" else { throw PyError("TypeError", "zip() got an unexpected keyword argument '\(k)'") }
          strict = try rt.truthy(v)
        }
        var its: [PyIterator] = []
        for x in a.positional { its.append(try rt.iterate(x)) }
        return .object(ZipIterator(its, strict: strict))
      }
    ),
    (
      BuiltinTypes.map,
      { (rt, a) throws(PyError) in
        try a.noKeywords("map")
        guard a.positional.count >= 2 else { throw PyError("TypeError", "map() must have at least two arguments.") }
        var its: [PyIterator] = []
        for x in a.positional.dropFirst() { its.append(try rt.iterate(x)) }
        return .object(MapIterator(a.positional[0], its))
      }
    ),
    (
      BuiltinTypes.filter,
      { (rt, a) throws(PyError) in
        try a.noKeywords("filter")
        guard a.positional.count == 2 else {
          throw PyError("TypeError", "filter expected 2 arguments, got \(a.positional.count)")
        }
        return .object(FilterIterator(a.positional[0], try rt.iterate(a.positional[1])))
      }
    ),
    (
      BuiltinTypes.reversed,
      { (rt, a) throws(PyError) in
        try a.noKeywords("reversed")
        guard a.positional.count == 1 else {
          throw PyError("TypeError", "reversed expected 1 argument, got \(a.positional.count)")
        }
        return try Constructors.reversedOf(rt, a.positional[0])
      }
    ),
  ]

  static func parseInt(_ text: String, base: Int) throws(PyError) -> Value {
    // Plain decimal digits (the common case) parse directly.
    if base == 10, text.utf8.count <= 18, let n = Int(text) { return .int(n) }
    guard base == 0 || (2...36).contains(base) else {
      throw PyError("ValueError", "int() base must be >= 2 and <= 36, or 0")
    }
    var s = text.trimmingCharacters(in: .whitespacesAndNewlines)
    // Any Unicode decimal digit counts as its ASCII digit (`int("٣")` is 3).
    if s.unicodeScalars.contains(where: { $0.value > 127 }) {
      var ascii = String.UnicodeScalarView()
      for u in s.unicodeScalars {
        if u.value > 127, u.properties.numericType == .decimal, let v = u.properties.numericValue,
          let digit = Unicode.Scalar(UInt32(48 + Int(v)))
        {
          ascii.append(digit)
        } else {
          ascii.append(u)
        }
      }
      s = String(ascii)
    }
    var negative = false
    if s.hasPrefix("-") || s.hasPrefix("+") {
      negative = s.hasPrefix("-")
      s.removeFirst()
    }
    var b = base
    let lower = s.lowercased()
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where lower.hasPrefix(prefix) && (b == radix || b == 0) {
      s = String(s.dropFirst(2))
      if s.hasPrefix("_") { s.removeFirst() }
      b = radix
    }
    if b == 0 { b = 10 }
    let valid =
      !s.isEmpty && !s.hasPrefix("_") && !s.hasSuffix("_") && !s.contains("__")
    let digits = s.replacingOccurrences(of: "_", with: "")
    // CPython's limit binds bases that are not powers of two.
    if valid, b & (b - 1) != 0, digits.utf8.count > PyBigInt.maxStrDigits {
      throw PyError(
        "ValueError",
        "Exceeds the limit (\(PyBigInt.maxStrDigits) digits) for integer string conversion: value has "
          + "\(digits.utf8.count) digits; use sys.set_int_max_str_digits() to increase the limit")
    }
    guard valid, let v = Constructors.digits(digits, radix: b) else {
      throw PyError("ValueError", "invalid literal for int() with base \(base): \(Repr.string(text))")
    }
    return PyBigInt.make(negative ? -v : v)
  }

  /// The value of `text`'s digits in `radix` (2–36, either case), or nil for any other character.
  ///
  /// Written here because the BigInt package traps on some inputs (a user's string must never stop the kernel).
  static func digits(_ text: String, radix: Int) -> BigInt? {
    guard !text.isEmpty, (2...36).contains(radix) else { return nil }
    var small = 0
    var big: BigInt?
    for c in text.unicodeScalars {
      let d: Int
      switch c.value {
      case 48...57: d = Int(c.value) - 48
      case 97...122: d = Int(c.value) - 87
      case 65...90: d = Int(c.value) - 55
      default: return nil
      }
      guard d < radix else { return nil }
      if var b = big {
        b = b * BigInt(radix) + BigInt(d)
        big = b
      } else {
        let (m, o1) = small.multipliedReportingOverflow(by: radix)
        let (s, o2) = m.addingReportingOverflow(d)
        if o1 || o2 {
          big = BigInt(small) * BigInt(radix) + BigInt(d)
        } else {
          small = s
        }
      }
    }
    return big ?? BigInt(small)
  }

  static func parseFloat(_ text: String) throws(PyError) -> Double {
    guard let d = FloatText.parse(text) else {
      throw PyError("ValueError", "could not convert string to float: \(Repr.string(text))")
    }
    return d
  }

  static func parseComplex(_ text: String) throws(PyError) -> (Double, Double) {
    var s = text.trimmingCharacters(in: .whitespaces)
    if s.hasPrefix("(") && s.hasSuffix(")") { s = String(s.dropFirst().dropLast()) }
    guard s.hasSuffix("j") || s.hasSuffix("J") else {
      return (try parseFloat(s), 0)
    }
    let body = String(s.dropLast())
    var split = body.endIndex
    var k = body.index(before: body.endIndex)
    while k > body.startIndex {
      let c = body[k]
      if (c == "+" || c == "-"), body[body.index(before: k)] != "e", body[body.index(before: k)] != "E" {
        split = k
        break
      }
      k = body.index(before: k)
    }
    if split == body.endIndex {
      let im = body.isEmpty || body == "+" ? 1 : body == "-" ? -1 : try parseFloat(body)
      return (0, im)
    }
    let re = try parseFloat(String(body[..<split]))
    let imText = String(body[split...])
    let im = imText == "+" ? 1 : imText == "-" ? -1 : try parseFloat(imText)
    return (re, im)
  }
}

extension Runtime {
  /// `int(x)`: truncates floats, parses strings, calls `__int__`/`__index__`.
  func toInt(_ x: Value) throws(PyError) -> Value {
    switch x {
    case .int: return x
    case .i64(let i): return .int(i)
    case .bool(let b), .npBool(let b): return .int(b ? 1 : 0)
    case .float(let d), .f64(let d):
      if d.isNaN { throw PyError("ValueError", "cannot convert float NaN to integer") }
      if d.isInfinite { throw PyError("OverflowError", "cannot convert float infinity to integer") }
      let t = d.rounded(.towardZero)
      if let i = Int(exactly: t) { return .int(i) }
      return PyBigInt.make(BigInt(t))
    case .object(let o):
      switch o.tag {
      case .str: return try Constructors.parseInt(unsafeDowncast(o, to: PyStr.self).value, base: 10)
      case .bigInt: return x
      case .bytes:
        return try Constructors.parseInt(
          String(decoding: unsafeDowncast(o, to: PyBytes.self).bytes, as: UTF8.self), base: 10)
      case .ndarray:
        let a = unsafeDowncast(o, to: NDArray.self)
        guard a.ndim == 0 else {
          throw PyError("TypeError", "only 0-dimensional arrays can be converted to Python scalars")
        }
        return try toInt(a.scalar(at: a.offset))
      default:
        if let m = o.type.lookup("__int__") ?? o.type.lookup("__index__") { return try call(m, x) }
        if let m = o.type.lookup("__trunc__") { return try call(m, x) }
      }
    default: break
    }
    throw PyError(
      "TypeError", "int() argument must be a string, a bytes-like object or a real number, not '\(typeName(x))'")
  }

  /// `dict(x)` / `d.update(x)`: a mapping, or an iterable of pairs.
  func updateDict(_ d: PyDict, _ x: Value) throws(PyError) {
    if case .object(let o) = x, o.tag == .dict || typeOf(x).lookup("keys") != nil {
      try mergeMapping(into: d, x)
      return
    }
    var index = 0
    try forEach(x) { (item) throws(PyError) -> Bool in
      let pair: [Value]
      do throws(PyError) { pair = try collect(item) } catch {
        throw PyError("TypeError", "cannot convert dictionary update sequence element #\(index) to a sequence")
      }
      guard pair.count == 2 else {
        throw PyError(
          "ValueError", "dictionary update sequence element #\(index) has length \(pair.count); 2 is required")
      }
      try d.set(pair[0], pair[1], rt: self)
      index += 1
      return true
    }
  }

  /// `set(x)` / `frozenset(x)`: sets merge (as CPython's `set_merge`), other iterables add one by one.
  func makeSet(_ x: Value?, frozen: Bool) throws(PyError) -> PySet {
    let s = PySet(frozen: frozen)
    guard let x else { return s }
    if case .object(let o) = x, o.tag == .set || o.tag == .frozenset {
      try s.merge(unsafeDowncast(o, to: PySet.self), rt: self)
      return s
    }
    if case .object(let o) = x, o.tag == .dict {
      for k in unsafeDowncast(o, to: PyDict.self).keys { try s.add(k, rt: self) }
      return s
    }
    try forEach(x) { (v) throws(PyError) -> Bool in
      try s.add(v, rt: self)
      return true
    }
    return s
  }
}
