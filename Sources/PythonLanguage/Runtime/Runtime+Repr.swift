import TensorModule

extension Runtime {
  /// `repr(v)`.
  func repr(_ v: Value) throws(PyError) -> String {
    switch v {
    case .none, .unbound: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .float(let d): return FloatRepr.repr(d)
    case .f64(let d): return "np.float64(\(FloatRepr.repr(d)))"
    case .i64(let i): return "np.int64(\(i))"
    case .npBool(let b): return b ? "np.True_" : "np.False_"
    case .object(let o): return try repr(object: o)
    }
  }

  /// `str(v)`.
  func str(_ v: Value) throws(PyError) -> String {
    switch v {
    case .f64(let d): return FloatRepr.repr(d)
    case .i64(let i): return String(i)
    case .npBool(let b): return b ? "True" : "False"
    case .object(let o):
      switch o.tag {
      case .str: return unsafeDowncast(o, to: PyStr.self).value
      case .ndarray: return unsafeDowncast(o, to: NDArray.self).strText(printOptions)
      case .complex:
        let c = unsafeDowncast(o, to: PyComplex.self)
        return Complex.repr(c.real, c.imag)
      case .other:
        if let m = o.type.lookup("__str__"), case .object(let f) = m, f.tag == .builtin {
          return try stringResult(try call(m, v), "__str__")
        }
        return try repr(object: o)
      case .instance:
        let inst = unsafeDowncast(o, to: PyInstance.self)
        if let m = inst.cls.lookup("__str__"), case .object(let f) = m, f.tag == .function {
          return try stringResult(try call(m, v), "__str__")
        }
        if let e = inst.exceptionState, inst.cls.lookup("__repr__").map({ !isFunction($0) }) ?? true {
          return try exceptionMessage(inst, e)
        }
        return try repr(object: o)
      default: return try repr(object: o)
      }
    default: return try repr(v)
    }
  }

  private func isFunction(_ v: Value) -> Bool {
    if case .object(let o) = v { return o.tag == .function }
    return false
  }

  func stringResult(_ r: Value, _ method: String) throws(PyError) -> String {
    guard case .object(let s) = r, s.tag == .str else {
      throw PyError("TypeError", "\(method) returned non-string (type \(typeName(r)))")
    }
    return unsafeDowncast(s, to: PyStr.self).value
  }

  private func repr(object o: PyObject) throws(PyError) -> String {
    switch o.tag {
    case .str: return Repr.string(unsafeDowncast(o, to: PyStr.self).value)
    case .bigInt:
      let v = unsafeDowncast(o, to: PyBigInt.self).value
      return (v.sign == .minus ? "-" : "") + (try PyBigInt.decimalDigits(v.magnitude))
    case .complex:
      let c = unsafeDowncast(o, to: PyComplex.self)
      let text = Complex.repr(c.real, c.imag)
      guard c.isNumPy else { return text }
      // NumPy 2: `np.complex128(1+2j)`, the parentheses of the plain text dropped.
      return "np.complex128(" + (text.hasPrefix("(") ? String(text.dropFirst().dropLast()) : text) + ")"
    case .list:
      return try nested(o, "[...]") { () throws(PyError) -> String in
        "["
          + (try unsafeDowncast(o, to: PyList.self).items.map { (x) throws(PyError) in try repr(x) }).joined(
            separator: ", ") + "]"
      }
    case .tuple:
      if o.type !== BuiltinTypes.tuple, let m = o.type.lookup("__repr__") {
        return try nested(o, "...") { () throws(PyError) -> String in
          try stringResult(try call(m, [.object(o)]), "__repr__")
        }
      }
      let items = unsafeDowncast(o, to: PyTuple.self).items
      return try nested(o, "(...)") { () throws(PyError) -> String in
        let parts = try items.map { (x) throws(PyError) in try repr(x) }
        return items.count == 1 ? "(\(parts[0]),)" : "(" + parts.joined(separator: ", ") + ")"
      }
    case .dict:
      if o.type !== BuiltinTypes.dict, let m = o.type.lookup("__repr__"), case .object(let f) = m,
        f.tag == .builtin || f.tag == .function
      {
        return try nested(o, "...") { () throws(PyError) -> String in
          try stringResult(try call(m, [.object(o)]), "__repr__")
        }
      }
      return try nested(o, "{...}") { () throws(PyError) -> String in
        var parts: [String] = []
        for (k, v) in unsafeDowncast(o, to: PyDict.self).items { parts.append(try repr(k) + ": " + repr(v)) }
        return "{" + parts.joined(separator: ", ") + "}"
      }
    case .set, .frozenset:
      let s = unsafeDowncast(o, to: PySet.self)
      let name = s.frozen ? "frozenset" : "set"
      if s.count == 0 { return name + "()" }
      return try nested(o, "\(name)(...)") { () throws(PyError) -> String in
        let body = "{" + (try s.members.map { (x) throws(PyError) in try repr(x) }).joined(separator: ", ") + "}"
        return s.frozen ? "frozenset(\(body))" : body
      }
    case .range:
      let r = unsafeDowncast(o, to: PyRange.self)
      return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
    case .slice:
      let s = unsafeDowncast(o, to: PySlice.self)
      return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
    case .bytes:
      return Repr.bytes(unsafeDowncast(o, to: PyBytes.self).bytes)
    case .function:
      return "<function \(unsafeDowncast(o, to: PyFunction.self).qualifiedName) at \(Repr.address(o))>"
    case .builtin:
      let b = unsafeDowncast(o, to: PyBuiltin.self)
      return "<built-in function \(b.name)>"
    case .boundMethod:
      let m = unsafeDowncast(o, to: PyBoundMethod.self)
      if case .object(let f) = m.function, f.tag == .builtin {
        let b = unsafeDowncast(f, to: PyBuiltin.self)
        if case .object(let r) = m.receiver, r.tag == .type {
          return "<built-in method \(b.name) of type object at \(Repr.address(r))>"
        }
        return
          "<built-in method \(b.name) of \(typeName(m.receiver)) object at \(m.receiver.object.map(Repr.address) ?? "0x0")>"
      }
      let name: String
      if case .object(let f) = m.function, f.tag == .function {
        name = unsafeDowncast(f, to: PyFunction.self).qualifiedName
      } else {
        name = "?"
      }
      return "<bound method \(name) of \(try repr(m.receiver))>"
    case .type:
      return "<class '\(unsafeDowncast(o, to: PyType.self).displayName)'>"
    case .module:
      return "<module '\(unsafeDowncast(o, to: PyModule.self).name)' (built-in)>"
    case .generator:
      let g = unsafeDowncast(o, to: PyGenerator.self)
      return "<generator object \(g.function.qualifiedName) at \(Repr.address(o))>"
    case .instance:
      let inst = unsafeDowncast(o, to: PyInstance.self)
      if let m = inst.cls.lookup("__repr__"), case .object(let f) = m, f.tag == .function || f.tag == .builtin {
        return try nested(o, "...") { () throws(PyError) -> String in
          try stringResult(try call(m, [.object(o)]), "__repr__")
        }
      }
      if let e = inst.exceptionState {
        let args = try e.args.map { (x) throws(PyError) in try repr(x) }
        return "\(inst.cls.name)(\(args.joined(separator: ", ")))"
      }
      return "<\(inst.cls.displayName) object at \(Repr.address(o))>"
    case .property: return "<property object at \(Repr.address(o))>"
    case .ndarray: return unsafeDowncast(o, to: NDArray.self).reprText(printOptions)
    case .superProxy:
      let s = unsafeDowncast(o, to: PySuper.self)
      return "<super: <class '\(s.start.name)'>, <\(s.receiverType.name) object>>"
    case .cell: return "<cell at \(Repr.address(o))>"
    default:
      if o === ellipsis.object { return "Ellipsis" }
      if let m = o.type.lookup("__repr__"), case .object(let f) = m, f.tag == .builtin {
        return try stringResult(try call(m, [.object(o)]), "__repr__")
      }
      if o === notImplemented.object { return "NotImplemented" }
      if o.tag == .iterator, let f = o as? FunctionIterator, let describe = f.describe { return try describe(self) }
      return "<\(o.type.displayName) object at \(Repr.address(o))>"
    }
  }

  /// Guards against a container that holds itself (`a = []; a.append(a)` prints `[[...]]`).
  private func nested(_ o: PyObject, _ placeholder: String, _ body: () throws(PyError) -> String) throws(PyError)
    -> String
  {
    let id = ObjectIdentifier(o)
    if reprActive.contains(id) { return placeholder }
    reprActive.insert(id)
    defer { reprActive.remove(id) }
    return try body()
  }
}

extension Repr {
  /// `repr(bytes)`: `b'…'` with `\x` escapes.
  static func bytes(_ b: [UInt8]) -> String {
    let hasSingle = b.contains(UInt8(ascii: "'"))
    let hasDouble = b.contains(UInt8(ascii: "\""))
    let quote: UInt8 = hasSingle && !hasDouble ? UInt8(ascii: "\"") : UInt8(ascii: "'")
    var out = "b" + String(UnicodeScalar(quote))
    for c in b {
      switch c {
      case UInt8(ascii: "\\"): out += "\\\\"
      case UInt8(ascii: "\n"): out += "\\n"
      case UInt8(ascii: "\r"): out += "\\r"
      case UInt8(ascii: "\t"): out += "\\t"
      case quote: out += "\\" + String(UnicodeScalar(c))
      case 0x20..<0x7F: out.unicodeScalars.append(UnicodeScalar(c))
      default: out += "\\x" + (c < 16 ? "0" : "") + String(c, radix: 16)
      }
    }
    return out + String(UnicodeScalar(quote))
  }
}
