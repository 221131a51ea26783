/// `warnings`: the filters learners set at the top of a notebook (`filterwarnings("ignore")`,
/// `simplefilter`, `catch_warnings`) and `warn`, which prints `Category: message` to stderr unless a filter
/// says otherwise.
///
/// Tessel's NumPy raises no floating-point warnings, so the filters govern `warn` alone. A filter's message
/// is matched as CPython's `re.match(message, text, re.I)` for plain text with `.` and `.*` (other regular
/// expressions are a named error).
enum WarningsModule {
  static let actions = ["error", "ignore", "always", "all", "default", "module", "once"]

  /// One session's warning state: the filter list `warnings.filters` shows, the (category, text) pairs
  /// already printed once, and the list `catch_warnings(record=True)` is collecting into.
  final class Registry {
    let filters = PyList([])
    var seen: Set<String> = []
    var record: PyList?
  }

  /// `catch_warnings()`: what `__enter__` saved, for `__exit__` to put back.
  final class Catcher: PyObject {
    let registry: Registry
    let recording: Bool
    var savedFilters: [Value] = []
    var savedRecord: PyList?

    init(_ registry: Registry, recording: Bool) {
      self.registry = registry
      self.recording = recording
      super.init(tag: .other)
    }

    override var type: PyType { WarningsModule.catcherType }
  }

  static let catcherType = BuiltinTypes.make(
    "catch_warnings", [BuiltinTypes.object], module: "warnings",
    methods: [
      .one("__enter__", "catch_warnings") { (_, s) throws(PyError) in
        guard case .object(let o) = s, let c = o as? Catcher else { return .none }
        c.savedFilters = c.registry.filters.items
        c.savedRecord = c.registry.record
        guard c.recording else { return .none }
        let list = PyList([])
        c.registry.record = list
        return .object(list)
      },
      .general("__exit__", "catch_warnings") { (_, a) throws(PyError) in
        if case .object(let o)? = a.positional.first, let c = o as? Catcher {
          c.registry.filters.items = c.savedFilters
          c.registry.record = c.savedRecord
        }
        return .bool(false)
      },
    ])

  static let messageType = Runtime.namedTupleType(
    "WarningMessage", ["message", "category", "filename", "lineno", "file", "line"], defaults: [], module: "warnings")

  static func make(_ rt: Runtime) -> PyModule {
    let registry = Registry()
    return .make(
      "warnings",
      functions: [
        .general("warn", "warnings") { (rt, a) throws(PyError) in
          let p = try a.bind(
            "warn", ["message", "category", "stacklevel", "source", "skip_file_prefixes"], required: 1)
          try warn(rt, registry, p[0] ?? .none, category: p[1] ?? .none)
          return .none
        },
        .general("filterwarnings", "warnings") { (rt, a) throws(PyError) in
          let p = try a.bind(
            "filterwarnings", ["action", "message", "category", "module", "lineno", "append"], required: 1)
          let message = try p[1].map { (v) throws(PyError) in try rt.string(v, "message") } ?? ""
          let module = try p[3].map { (v) throws(PyError) in try rt.string(v, "module") } ?? ""
          try add(
            rt, registry, action: p[0] ?? .none, message: message, category: p[2], module: module, lineno: p[4],
            append: p[5])
          return .none
        },
        .general("simplefilter", "warnings") { (rt, a) throws(PyError) in
          let p = try a.bind("simplefilter", ["action", "category", "lineno", "append"], required: 1)
          try add(
            rt, registry, action: p[0] ?? .none, message: "", category: p[1], module: "", lineno: p[2], append: p[3])
          return .none
        },
        .general("resetwarnings", "warnings") { (_, _) throws(PyError) in
          registry.filters.items = []
          return .none
        },
        .general("catch_warnings", "warnings") { (rt, a) throws(PyError) in
          let p = try a.bind("catch_warnings", [], keywordOnly: ["record", "module", "action", "category"])
          if p[1] != nil || p[2] != nil || p[3] != nil {
            throw PyError(
              "NotImplementedError", "warnings.catch_warnings(module=, action=, category=) is not in Tessel yet")
          }
          let recording = try p[0].map { (v) throws(PyError) in try rt.truthy(v) } ?? false
          return .object(Catcher(registry, recording: recording))
        },
      ],
      values: ["filters": .object(registry.filters), "WarningMessage": .object(messageType)])
  }

  /// `filterwarnings` / `simplefilter`: a filter tuple first (or last with `append`), once.
  static func add(
    _ rt: Runtime, _ registry: Registry, action: Value, message: String, category: Value?, module: String,
    lineno: Value?, append: Value?
  ) throws(PyError) {
    let name = try rt.string(action, "action")
    // CPython checks its arguments with `assert`.
    guard actions.contains(name) else {
      throw try rt.makeError(type: "AssertionError", args: [.str("invalid action: \(try rt.repr(action))")])
    }
    let cls = category ?? .object(BuiltinTypes.exception(named: "Warning") ?? BuiltinTypes.exception)
    guard case .object(let o) = cls, o.tag == .type else {
      throw try rt.makeError(type: "AssertionError", args: [.str("category must be a class")])
    }
    let line = try lineno.map { (v) throws(PyError) in try rt.index(v) } ?? 0
    guard line >= 0 else { throw try rt.makeError(type: "AssertionError", args: [.str("lineno must be an int >= 0")]) }
    if !message.isEmpty { _ = try pattern(message) }
    let item = Value.tuple([
      .str(name), message.isEmpty ? .none : .str(message), cls, module.isEmpty ? .none : .str(module), .int(line),
    ])
    var items = registry.filters.items
    items.removeAll { existing in (try? rt.equals(existing, item)) == true }
    if try append.map({ (v) throws(PyError) in try rt.truthy(v) }) ?? false {
      items.append(item)
    } else {
      items.insert(item, at: 0)
    }
    registry.filters.items = items
  }

  /// A filter message as a matcher of the text's start, ignoring case: plain characters, `.` for any one, and
  /// `.*` for any run; escaped characters (`\.`) stand for themselves.
  static func pattern(_ message: String) throws(PyError) -> [(Character?, Bool)] {
    var out: [(Character?, Bool)] = []
    var chars = Array(message.lowercased())[...]
    while let c = chars.popFirst() {
      switch c {
      case "\\":
        guard let next = chars.popFirst() else { throw regexError(message) }
        out.append((next, false))
      case ".":
        if chars.first == "*" {
          chars.removeFirst()
          out.append((nil, true))
        } else {
          out.append((nil, false))
        }
      case "^", "$", "*", "+", "?", "{", "}", "[", "]", "|", "(", ")":
        throw regexError(message)
      default:
        out.append((c, false))
      }
    }
    return out
  }

  static func regexError(_ message: String) -> PyError {
    PyError(
      "NotImplementedError",
      "warnings filters with the regular expression \(message.debugDescription) are not in Tessel yet (plain text, '.' and '.*' are)"
    )
  }

  /// Whether `pattern` matches the start of `text` (already lowercased).
  static func matches(_ pattern: ArraySlice<(Character?, Bool)>, _ text: ArraySlice<Character>) -> Bool {
    guard let (c, many) = pattern.first else { return true }
    if many {
      var rest = text
      while true {
        if matches(pattern.dropFirst(), rest) { return true }
        if rest.popFirst() == nil { return false }
      }
    }
    guard let t = text.first, c == nil || c == t else { return false }
    return matches(pattern.dropFirst(), text.dropFirst())
  }

  /// `warn`: the first matching filter's action (CPython's "default" when none matches).
  static func warn(_ rt: Runtime, _ registry: Registry, _ message: Value, category: Value) throws(PyError) {
    let warningClass = BuiltinTypes.exception(named: "Warning") ?? BuiltinTypes.exception
    var cls: PyType
    var instance: Value
    if case .object(let o) = message, let e = o as? PyInstance, e.cls.isSubtype(of: warningClass) {
      cls = e.cls
      instance = message
    } else {
      if category.isNone {
        cls = BuiltinTypes.exception(named: "UserWarning") ?? warningClass
      } else if case .object(let o) = category, o.tag == .type,
        unsafeDowncast(o, to: PyType.self).isSubtype(of: warningClass)
      {
        cls = unsafeDowncast(o, to: PyType.self)
      } else {
        throw PyError("TypeError", "category must be a Warning subclass, not '\(rt.typeOf(category).name)'")
      }
      instance = .object(rt.newException(cls, args: [.str(try rt.str(message))]))
    }
    let text = try rt.str(instance)
    let lowered = Array(text.lowercased())[...]
    var action = "default"
    for item in registry.filters.items {
      guard case .object(let t) = item, let f = t as? PyTuple, f.items.count == 5 else { continue }
      if case .object(let c) = f.items[2], c.tag == .type, !cls.isSubtype(of: unsafeDowncast(c, to: PyType.self)) {
        continue
      }
      if case .object = f.items[1], !matches(try pattern(try rt.str(f.items[1]))[...], lowered) { continue }
      action = try rt.str(f.items[0])
      break
    }
    switch action {
    case "ignore": return
    case "error": throw PyError(exception: rt.newException(cls, args: [.str(text)]))
    default: break
    }
    if let record = registry.record {
      record.items.append(
        .object(PyNamedTuple(messageType, [instance, .object(cls), .str("<cell>"), .int(0), .none, .none])))
      return
    }
    if action != "always" && action != "all" {
      guard registry.seen.insert("\(cls.name): \(text)").inserted else { return }
    }
    rt.host.write("\(cls.name): \(text)\n", toStderr: true)
  }
}
