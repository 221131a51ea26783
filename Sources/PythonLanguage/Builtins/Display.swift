import Foundation

/// IPython's `display(*objs, display_id=None, update=False, clear=False)`, which ipykernel puts in every
/// notebook's builtins: each object shown as IPython's pretty printer writes it, and a `DisplayHandle` when a
/// display id is given (`display_id=True` makes one up).
enum Display {
  final class Handle: PyObject {
    let id: String
    init(_ id: String) {
      self.id = id
      super.init(tag: .other)
    }
    override var type: PyType { Display.handleType }
  }

  static func handle(_ v: Value) throws(PyError) -> Handle {
    if case .object(let o) = v, let h = o as? Handle { return h }
    throw PyError("TypeError", "expected a DisplayHandle")
  }

  static let handleType = BuiltinTypes.make(
    "DisplayHandle", [BuiltinTypes.object], module: "IPython.core.display_functions",
    methods: [
      .one("__repr__", "DisplayHandle") { (_, v) throws(PyError) in
        .str("<DisplayHandle display_id=\(try handle(v).id)>")
      },
      .general("display", "DisplayHandle") { (rt, a) throws(PyError) in
        let h = try handle(a.positional.first ?? .none)
        for obj in a.positional.dropFirst() { rt.host.display(try rt.pretty(obj), displayID: h.id, update: false) }
        return .none
      },
      .general("update", "DisplayHandle") { (rt, a) throws(PyError) in
        let h = try handle(a.positional.first ?? .none)
        for obj in a.positional.dropFirst() { rt.host.display(try rt.pretty(obj), displayID: h.id, update: true) }
        return .none
      },
    ],
    attributes: [:])

  static let function = PyBuiltin.general(
    "display", doc: "display(*objs, display_id=None, update=False, clear=False)"
  ) { (rt, a) throws(PyError) in
    var id: String?
    var update = false
    for (k, v) in a.keywords {
      switch k {
      case "display_id":
        if case .bool(let b) = v {
          if b { id = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased() }
        } else if !v.isNone {
          id = try rt.str(v)
        }
      case "update": update = try rt.truthy(v)
      case "clear": if try rt.truthy(v) { rt.host.clearOutput(wait: true) }
      case "include", "exclude", "metadata", "transient", "raw":
        if !v.isNone, try rt.truthy(v) {
          throw PyError("NotImplementedError", "display(\(k)=...) is not in Tessel yet")
        }
      default: throw PyError("TypeError", "display() got an unexpected keyword argument '\(k)'")
      }
    }
    if update && id == nil { throw PyError("TypeError", "display_id required for update_display") }
    for obj in a.positional { rt.host.display(try rt.pretty(obj), displayID: id, update: update) }
    return id.map { .object(Handle($0)) } ?? .none
  }

  /// `IPython.display.clear_output(wait=False)`.
  static let clearOutput = PyBuiltin.general("clear_output", "IPython.display") { (rt, a) throws(PyError) in
    let p = try a.bind("clear_output", ["wait"])
    rt.host.clearOutput(wait: try p[0].map { (v) throws(PyError) in try rt.truthy(v) } ?? false)
    return .none
  }
}
