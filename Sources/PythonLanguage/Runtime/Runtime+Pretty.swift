extension Runtime {
  /// The text Jupyter shows for a cell's value, as IPython's `PlainTextFormatter` makes it: `repr` for scalars,
  /// arrays and objects with their own `__repr__`, and IPython's own layout for containers (wrapped at 79
  /// columns, sets sorted), types (`int`, `__main__.Point`), functions (`<function __main__.f(x, y=2)>`) and
  /// exceptions.
  public func pretty(_ v: Value) throws(PyError) -> String {
    let p = PrettyPrinter()
    var stack: [ObjectIdentifier] = []
    try pretty(v, p, &stack)
    p.flush()
    return p.output
  }

  private func pretty(_ v: Value, _ p: PrettyPrinter, _ stack: inout [ObjectIdentifier]) throws(PyError) {
    guard case .object(let o) = v else {
      p.beginGroup()
      reprLines(try repr(v), p)
      return p.endGroup()
    }
    let id = ObjectIdentifier(o)
    let cycle = stack.contains(id)
    stack.append(id)
    p.beginGroup()
    defer {
      p.endGroup()
      stack.removeLast()
    }
    switch o.tag {
    case .list:
      try sequence(unsafeDowncast(o, to: PyList.self).items, "[", "]", cycle, p, &stack)
    case .tuple:
      // A named tuple's class defines `__repr__`, which IPython uses rather than its tuple layout.
      if o.type !== BuiltinTypes.tuple { return reprLines(try repr(v), p) }
      let items = unsafeDowncast(o, to: PyTuple.self).items
      try sequence(items, "(", ")", cycle, p, &stack, oneTuple: items.count == 1)
    case .dict:
      let d = unsafeDowncast(o, to: PyDict.self)
      let entries = d.items.map { ($0.key, $0.value) }
      if d.dictType === BuiltinTypes.dict {
        try dictionary(entries, cycle, p, &stack)
      } else if d.dictType === CollectionsModule.defaultdict {
        try call("defaultdict", cycle, p, &stack) { (p, stack) throws(PyError) in
          try pretty(d.defaultFactory, p, &stack)
          p.text(",")
          p.breakable()
          try pretty(try plainDict(entries), p, &stack)
        }
      } else if d.dictType === CollectionsModule.counter {
        let common = try CollectionsModule.mostCommon(self, d)
        try call("Counter", cycle, p, &stack) { (p, stack) throws(PyError) in
          if !common.isEmpty { try pretty(try plainDict(common), p, &stack) }
        }
      } else if d.dictType === CollectionsModule.orderedDict {
        try call("OrderedDict", cycle, p, &stack) { (p, stack) throws(PyError) in
          if !entries.isEmpty { try pretty(.list(entries.map { .tuple([$0.0, $0.1]) }), p, &stack) }
        }
      } else {
        reprLines(try repr(v), p)
      }
    case .set, .frozenset:
      let s = unsafeDowncast(o, to: PySet.self)
      let (open, close) = s.frozen ? ("frozenset({", "})") : ("{", "}")
      if cycle { return p.text(open + "..." + close) }
      if s.count == 0 { return p.text(s.frozen ? "frozenset()" : "set()") }
      var items = try collect(v)
      if items.count < p.maxSequenceLength { items = sortedForDisplay(items) }
      try sequence(items, open, close, false, p, &stack)
    case .type:
      p.text(unsafeDowncast(o, to: PyType.self).displayName)
    case .function:
      let f = unsafeDowncast(o, to: PyFunction.self)
      p.text("<function __main__.\(f.qualifiedName)(\(try signature(f)))>")
    case .instance:
      let inst = unsafeDowncast(o, to: PyInstance.self)
      if inst.exceptionState != nil && !definesRepr(inst.cls) {
        let name = inst.cls.displayName
        let args = inst.exceptionState?.args ?? []
        return try call(name, false, p, &stack) { (p, stack) throws(PyError) in
          for (k, a) in args.enumerated() {
            if k > 0 {
              p.text(",")
              p.breakable()
            }
            try pretty(a, p, &stack)
          }
        }
      }
      if definesRepr(inst.cls) { return reprLines(try repr(v), p) }
      p.beginGroup(1, "<")
      p.text(inst.cls.module + "." + inst.cls.qualifiedName)
      p.text(" at \(Repr.address(o))")
      if cycle { p.text(" ...") }
      p.endGroup(1, ">")
    default:
      if let q = o as? PyDeque {
        return try call("deque", cycle, p, &stack) { (p, stack) throws(PyError) in
          try pretty(.list(Array(q.values)), p, &stack)
          if let m = q.maxlen {
            p.text(",")
            p.breakable()
            p.beginGroup(7, "maxlen=")
            try pretty(.int(m), p, &stack)
            p.endGroup(7)
          }
        }
      }
      reprLines(try repr(v), p)
    }
  }

  /// `_repr_pprint`: the repr, its lines joined by hard breaks (continuation lines take the indentation).
  private func reprLines(_ text: String, _ p: PrettyPrinter) {
    p.beginGroup()
    for (k, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if k > 0 { p.hardBreak() }
      p.text(String(line))
    }
    p.endGroup()
  }

  private func sequence(
    _ items: [Value], _ open: String, _ close: String, _ cycle: Bool, _ p: PrettyPrinter,
    _ stack: inout [ObjectIdentifier], oneTuple: Bool = false
  ) throws(PyError) {
    if cycle { return p.text(open + "..." + close) }
    let step = PrettyPrinter.width(open)
    p.beginGroup(step, open)
    try separated(items, p, &stack) { (x, stack) throws(PyError) in try pretty(x, p, &stack) }
    if oneTuple { p.text(",") }
    p.endGroup(step, close)
  }

  private func plainDict(_ entries: [(Value, Value)]) throws(PyError) -> Value {
    let d = PyDict()
    for (k, v) in entries { try d.set(k, v, rt: self) }
    return .object(d)
  }

  private func dictionary(
    _ entries: [(Value, Value)], _ cycle: Bool, _ p: PrettyPrinter, _ stack: inout [ObjectIdentifier]
  )
    throws(PyError)
  {
    if cycle { return p.text("{...}") }
    p.beginGroup(1, "{")
    try separated(entries, p, &stack) { (entry, stack) throws(PyError) in
      try pretty(entry.0, p, &stack)
      p.text(": ")
      try pretty(entry.1, p, &stack)
    }
    p.endGroup(1, "}")
  }

  /// IPython's `_enumerate` loop: items separated by a comma and a breakable space, cut to `...` after 1000.
  private func separated<T>(
    _ items: [T], _ p: PrettyPrinter, _ stack: inout [ObjectIdentifier],
    _ item: (T, inout [ObjectIdentifier]) throws(PyError) -> Void
  ) throws(PyError) {
    for (k, x) in items.enumerated() {
      if k > 0 {
        p.text(",")
        p.breakable()
      }
      if k >= p.maxSequenceLength {
        p.text("...")
        return
      }
      try item(x, &stack)
    }
  }

  /// IPython's `CallExpression`: `name(` … `)` with the arguments wrapping under the opening parenthesis.
  private func call(
    _ name: String, _ cycle: Bool, _ p: PrettyPrinter, _ stack: inout [ObjectIdentifier],
    _ body: (PrettyPrinter, inout [ObjectIdentifier]) throws(PyError) -> Void
  ) throws(PyError) {
    let prefix = name + "("
    p.beginGroup()
    p.beginGroup(PrettyPrinter.width(prefix), prefix)
    if cycle { p.text("...") } else { try body(p, &stack) }
    p.endGroup(PrettyPrinter.width(prefix), ")")
    p.endGroup()
  }

  /// Whether a class (or a base before `object`) defines `__repr__`.
  private func definesRepr(_ t: PyType) -> Bool {
    for c in t.mro where c !== BuiltinTypes.object && c !== BuiltinTypes.baseException {
      if c.own("__repr__") != nil { return true }
    }
    return false
  }

  /// `sorted(items)`, else sorted by `str`, else as they are (IPython's `_sorted_for_pprint`).
  private func sortedForDisplay(_ items: [Value]) -> [Value] {
    var out = items
    if (try? sort(&out, key: nil, reverse: false)) != nil { return out }
    out = items
    if (try? sort(&out, key: builtins["str"], reverse: false)) != nil { return out }
    return items
  }

  /// `str(inspect.signature(f))` without annotations, which Tessel does not keep.
  func signature(_ f: PyFunction) throws(PyError) -> String {
    let code = f.code
    var parts: [String] = []
    let firstDefault = code.argumentCount - f.defaults.count
    for (k, name) in code.parameterNames.enumerated() {
      if k == code.argumentCount {
        if code.varArgsSlot == nil { parts.append("*") }
      }
      if k < code.argumentCount {
        parts.append(k >= firstDefault ? "\(name)=\(try repr(f.defaults[k - firstDefault]))" : name)
        if k + 1 == code.positionalOnlyCount { parts.append("/") }
      } else {
        if let d = f.keywordDefaults[name] { parts.append("\(name)=\(try repr(d))") } else { parts.append(name) }
      }
      if k + 1 == code.argumentCount, let name = code.varArgsName { parts.append("*" + name) }
    }
    if code.argumentCount == 0, let name = code.varArgsName { parts.insert("*" + name, at: 0) }
    if let name = code.varKeywordsName { parts.append("**" + name) }
    return parts.joined(separator: ", ")
  }

  /// `help(f)` for a function defined in the session, as pydoc writes it.
  func pydoc(_ f: PyFunction) throws(PyError) -> String {
    let sig = try signature(f)
    let decl = f.name == "<lambda>" ? "<lambda> lambda \(sig)" : "\(f.name)(\(sig))"
    var text = "Help on function \(f.name) in module __main__:\n\n" + decl + "\n"
    if case .object(let o) = f.doc, o.tag == .str {
      let doc = Runtime.cleandoc(unsafeDowncast(o, to: PyStr.self).value)
      if !doc.isEmpty {
        var lines = doc.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
        lines[lines.count - 1] = String(lines[lines.count - 1].trimmingWhitespaceAtEnd())
        var body = lines.joined(separator: "\n")
        body = String(body.trimmingWhitespaceAtEnd())
        text += body + "\n"
      }
    }
    return text + "\n"
  }

  /// `inspect.cleandoc`: the first line stripped, the common indentation of the others removed, blank lines
  /// dropped from both ends.
  static func cleandoc(_ doc: String) -> String {
    var lines = doc.replacingTabs().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var margin = Int.max
    for line in lines.dropFirst() {
      let content = line.drop { $0 == " " }
      if !content.isEmpty { margin = min(margin, line.count - content.count) }
    }
    if !lines.isEmpty { lines[0] = String(lines[0].drop { $0 == " " }) }
    if margin < Int.max {
      for k in lines.indices.dropFirst() { lines[k] = String(lines[k].dropFirst(min(margin, lines[k].count))) }
    }
    while let last = lines.last, last.allSatisfy({ $0 == " " }) { lines.removeLast() }
    while let first = lines.first, first.allSatisfy({ $0 == " " }) { lines.removeFirst() }
    return lines.joined(separator: "\n")
  }
}

extension String {
  fileprivate func trimmingWhitespaceAtEnd() -> Substring {
    var s = self[...]
    while let c = s.last, c.isWhitespace { s = s.dropLast() }
    return s
  }

  /// `str.expandtabs()` with 8-column stops.
  fileprivate func replacingTabs() -> String {
    guard contains("\t") else { return self }
    var out = ""
    var column = 0
    for c in self {
      if c == "\t" {
        let n = 8 - column % 8
        out += String(repeating: " ", count: n)
        column += n
      } else {
        out.append(c)
        column = c == "\n" ? 0 : column + 1
      }
    }
    return out
  }
}
