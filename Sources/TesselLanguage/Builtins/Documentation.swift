import Foundation

/// The text `help`, `name?` and inspection show for a value.
enum Documentation {
  static func describe(_ value: Value) -> String {
    switch value {
    case .builtin(let b):
      return b.documentation
    case .function(let f):
      return f.signature + "\n\n" + (f.doc ?? "(no docstring)")
    case .tensor(let t):
      return "Type: tensor, shape \(t.shapeDescription), dtype \(t.dtype.rawValue)\nValue: \(Repr.repr(value))"
    case .method(let b, _):
      return b.documentation
    case .namespace(let ns):
      return "Module \(ns.name): " + ns.members.keys.sorted().joined(separator: ", ")
    default:
      var lines = ["Type: \(value.typeName)", "Value: \(Repr.repr(value))"]
      if let items = try? Operators.elements(of: value), !(value.isString) { lines.append("Length: \(items.count)") }
      return lines.joined(separator: "\n")
    }
  }

  static func overview(_ registry: BuiltinRegistry) -> String {
    let width = registry.builtins.keys.map(\.count).max() ?? 0
    let rows = registry.builtins.keys.sorted().map { name in
      name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + registry.builtins[name]!.summary
    }
    return "Tessel builtins (help(name) for one of them):\n\n" + rows.joined(separator: "\n")
  }
}

extension Value {
  var isString: Bool {
    if case .string = self { return true }
    return false
  }
}
