/// The modules `import` can find, each built on first import.
enum ModuleRegistry {
  static let builders: [String: @Sendable (Runtime) throws(PyError) -> PyModule] = [
    "math": { _ in MathModule.make() },
    "sys": { rt in SysModule.make(rt) },
    "time": { _ in TimeModule.make() },
    "typing": { _ in TypingModule.make() },
    "copy": { _ in CopyModule.make() },
    "functools": { _ in FunctoolsModule.make() },
    "itertools": { _ in ItertoolsModule.make() },
    "dataclasses": { _ in DataclassesModule.make() },
    "collections": { rt in CollectionsModule.make(rt) },
    "random": { rt in RandomModule.make(rt) },
    "numpy": { rt in NumPyModule.make(rt) },
  ]

  static var names: [String] { builders.keys.sorted() }
}

extension Runtime {
  /// `import name`: the module, made once per session.
  func importModule(_ name: String) throws(PyError) -> PyModule {
    if let m = modules[name] { return m }
    guard let build = ModuleRegistry.builders[name] else {
      let top = name.split(separator: ".").first.map(String.init) ?? name
      throw PyError(
        "ModuleNotFoundError",
        "No module named '\(name)' (Tessel has: \(ModuleRegistry.names.joined(separator: ", ")))"
          + (top != name && ModuleRegistry.builders[top] != nil ? "" : ""))
    }
    let m = try build(self)
    modules[name] = m
    return m
  }
}

extension PyModule {
  /// A module of builtins and constants.
  static func make(_ name: String, functions: [PyBuiltin], values: [String: Value] = [:]) -> PyModule {
    var attributes = values
    for f in functions { attributes[f.name] = .object(f) }
    return PyModule(name: name, attributes: attributes)
  }
}
