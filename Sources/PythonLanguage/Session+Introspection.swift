/// What a frontend asks besides running code: completion, documentation, `is_complete`, user expressions.
extension Session {
  /// Evaluates one expression (a `user_expressions` entry) against the globals.
  public func evaluate(expression code: String, host: Host) throws(PyError) -> Value {
    let id = register(code, label: "<expression>")
    runtime.host = host
    defer { runtime.host = DetachedHost() }
    var parser = Parser(tokens: try Lexer.tokenize(code, source: id), source: id)
    let e = try parser.parseStarExpressions()
    while parser.current.kind == .newline { parser.next() }
    guard parser.current.kind == .eof else { throw parser.unexpected() }
    let statements = [Stmt(kind: .expr(e), range: e.range)]
    let cell = try Compiler.compileCell(statements, rt: runtime, source: id)
    return try withInterrupt(host.interrupt) { () throws(PyError) -> Value in
      let frame = try runtime.pushFrame(cell.frameSize)
      defer { runtime.popFrame(frame, cell.frameSize) }
      guard let result = cell.result else { return .none }
      return try result(frame)
    }
  }

  /// Names visible at top level (globals, builtins, keywords) starting with `prefix`; after a dot, the attributes
  /// of what precedes it (`np.li` → `np.linalg`, `np.linspace`).
  public func completions(for prefix: String) -> [String] {
    if let dot = prefix.lastIndex(of: ".") {
      let base = String(prefix[..<dot])
      let partial = String(prefix[prefix.index(after: dot)...])
      guard let value = lookup(dotted: base) else { return [] }
      return attributeNames(of: value).filter { $0.hasPrefix(partial) && !$0.hasPrefix("_") }.map { base + "." + $0 }
        .sorted()
    }
    var names = Set(runtime.globals.defined)
    names.formUnion(runtime.builtins.keys)
    names.formUnion(Keyword.byName.keys)
    return names.filter { $0.hasPrefix(prefix) }.sorted()
  }

  func lookup(dotted name: String) -> Value? {
    let parts = name.split(separator: ".").map(String.init)
    guard let first = parts.first, var value = runtime.globals[first] ?? runtime.builtins[first] else { return nil }
    for part in parts.dropFirst() {
      guard let next = try? runtime.getAttribute(value, part) else { return nil }
      value = next
    }
    return value
  }

  func attributeNames(of value: Value) -> [String] {
    var names = Set<String>()
    if case .object(let o) = value {
      switch o.tag {
      case .module: names.formUnion(unsafeDowncast(o, to: PyModule.self).attributes.keys)
      case .instance: names.formUnion(unsafeDowncast(o, to: PyInstance.self).attributeNames)
      case .type:
        for t in unsafeDowncast(o, to: PyType.self).mro { names.formUnion(t.ownNames) }
      default: break
      }
    }
    for t in runtime.typeOf(value).mro { names.formUnion(t.ownNames) }
    return Array(names)
  }

  /// The documentation for a name (`name?`, `help(name)`, inspect): a builtin's record, a function's signature and
  /// docstring, a class's docstring, or a value's type and repr.
  ///
  /// Nil if the name is unknown.
  public func documentation(for name: String) -> String? {
    guard let value = lookup(dotted: name) else { return nil }
    return runtime.describe(value)
  }

  /// `name?`, `?name` or `name??` alone in a cell: IPython's help request.
  public static func helpRequest(in code: String) -> String? {
    var s = code.trimmingWhitespace()
    if s.hasPrefix("?") {
      s.removeFirst()
    } else if s.hasSuffix("??") {
      s.removeLast(2)
    } else if s.hasSuffix("?") {
      s.removeLast()
    } else {
      return nil
    }
    guard let first = s.unicodeScalars.first, first.properties.isXIDStart || first == "_",
      s.unicodeScalars.allSatisfy({ $0.properties.isXIDContinue || $0 == "." })
    else { return nil }
    return String(s)
  }

  /// IPython's rules for `is_complete`: open brackets, strings or a trailing `\` or `:` want more; a block wants a
  /// blank line to end it; a syntax error is invalid.
  public static func completeness(of code: String) -> Completeness {
    let lines = code.split(separator: "\n", omittingEmptySubsequences: false)
    let lastLine = lines.last(where: { !$0.allSatisfy(\.isWhitespace) }).map(String.init) ?? ""
    let lastIndent = String(lastLine.prefix { $0 == " " || $0 == "\t" })
    let trimmed = lastLine.trimmingWhitespace()
    if code.hasSuffix("\\") { return .incomplete(indent: lastIndent) }
    do throws(PyError) {
      _ = try Parser.parse(Magics.rewrite(code), source: 0)
    } catch {
      let m = error.message
      if m.contains("was never closed") || m.contains("unterminated triple-quoted") || m == "unexpected end of cell"
        || m.hasPrefix("expected an indented block")
      {
        return .incomplete(indent: trimmed.hasSuffix(":") ? lastIndent + "    " : lastIndent)
      }
      return .invalid
    }
    let endsWithBlankLine = lines.count >= 2 && (lines.last?.allSatisfy(\.isWhitespace) ?? false)
    if !lastIndent.isEmpty && !endsWithBlankLine { return .incomplete(indent: lastIndent) }
    return .complete
  }
}

/// Whether a console should run what was typed or ask for more (`is_complete`).
public enum Completeness: Equatable, Sendable {
  case complete
  case incomplete(indent: String)
  case invalid
}

extension Runtime {
  /// What `help()` and `name?` show.
  func describe(_ value: Value) -> String {
    if case .object(let o) = value {
      switch o.tag {
      case .builtin:
        let b = unsafeDowncast(o, to: PyBuiltin.self)
        return b.doc.isEmpty ? "\(b.qualifiedName)(...)\n    Built-in function." : b.doc
      case .function:
        let fn = unsafeDowncast(o, to: PyFunction.self)
        let params = fn.code.parameterNames.joined(separator: ", ")
        var text = "Signature: \(fn.name)(\(params))\nType:      function"
        if case .object(let d) = fn.doc, d.tag == .str {
          text += "\nDocstring:\n" + unsafeDowncast(d, to: PyStr.self).value
        }
        return text
      case .type:
        let t = unsafeDowncast(o, to: PyType.self)
        var text = "Class: \(t.displayName)"
        if let doc = t.lookup("__doc__"), case .object(let d) = doc, d.tag == .str {
          text += "\nDocstring:\n" + unsafeDowncast(d, to: PyStr.self).value
        }
        return text
      case .module:
        let m = unsafeDowncast(o, to: PyModule.self)
        return "Module: \(m.name)\nNames: "
          + m.attributes.keys.filter { !$0.hasPrefix("_") }.sorted().joined(separator: ", ")
      default: break
      }
    }
    let text = (try? repr(value)) ?? "?"
    return "Type:      \(typeName(value))\nValue:     \(text)"
  }
}
