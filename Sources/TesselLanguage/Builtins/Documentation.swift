import Foundation

/// The text `help`, `name?` and inspection show for a value.
enum Documentation {
  static func describe(_ value: Value) -> String {
    switch value {
    case .builtin(let b):
      return b.documentation
    case .function(let f):
      return f.signature + "\n\n" + (f.doc ?? "(no docstring)")
    default:
      var lines = ["Type: \(value.typeName)", "Value: \(Repr.repr(value))"]
      if let items = Evaluator.elements(of: value), !(value.isString) { lines.append("Length: \(items.count)") }
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
