/// The modules `import` can find, each built on first import.
enum ModuleRegistry {
  static let builders: [String: @Sendable (Runtime) throws(PyError) -> PyModule] = [
    "math": { _ in MathModule.make() },
    "sys": { rt in SysModule.make(rt) },
    "time": { _ in TimeModule.make() },
    "typing": { _ in TypingModule.make() },
    "copy": { _ in CopyModule.make() },
    "abc": { _ in AbcModule.make() },
    "json": { _ in JsonModule.make() },
    "functools": { _ in FunctoolsModule.make() },
    "itertools": { _ in ItertoolsModule.make() },
    "dataclasses": { _ in DataclassesModule.make() },
    "collections": { rt in CollectionsModule.make(rt) },
    "random": { rt in RandomModule.make(rt) },
    "statistics": { rt in StatisticsLibrary.make(rt) },
    "heapq": { _ in HeapqModule.make() },
    "bisect": { _ in BisectModule.make() },
    "operator": { _ in OperatorModule.make() },
    "warnings": { rt in WarningsModule.make(rt) },
    "numpy": { rt in NumPyModule.make(rt) },
    "IPython": { _ in PyModule.make("IPython", functions: []) },
    "IPython.display": { _ in PyModule.make("IPython.display", functions: [Display.function, Display.clearOutput]) },
    "scipy": { _ in PyModule.make("scipy", functions: []) },
    "scipy.stats": { rt in StatsTests.make(rt) },
    "scipy.special": { rt in SciPySpecial.make(rt) },
    "scipy.optimize": { rt in SciPyOptimize.make(rt) },
    "scipy.spatial": { _ in PyModule.make("scipy.spatial", functions: []) },
    "scipy.spatial.distance": { _ in PyModule.make("scipy.spatial.distance", functions: [StatsTests.jensenShannon]) },
    "sklearn": { _ in PyModule.make("sklearn", functions: []) },
    "sklearn.metrics": { _ in PyModule.make("sklearn.metrics", functions: SklearnMetrics.functions) },
    "sklearn.calibration": { _ in PyModule.make("sklearn.calibration", functions: [SklearnMetrics.calibrationCurve]) },
    "statsmodels": { _ in PyModule.make("statsmodels", functions: []) },
    "statsmodels.stats": { _ in PyModule.make("statsmodels.stats", functions: []) },
    "statsmodels.stats.proportion": { _ in
      PyModule.make("statsmodels.stats.proportion", functions: [StatsmodelsFunctions.proportionsZTest])
    },
    "statsmodels.stats.multitest": { _ in
      PyModule.make("statsmodels.stats.multitest", functions: [StatsmodelsFunctions.multipleTests])
    },
  ]

  static var names: [String] { builders.keys.sorted() }
}

extension Runtime {
  /// `import name`: the module, made once per session.
  ///
  /// A dotted name imports its parent first and becomes the parent's attribute (`import scipy.stats` makes
  /// `scipy.stats`); a submodule a module builds itself (`numpy.linalg`) is found on its parent.
  func importModule(_ name: String) throws(PyError) -> PyModule {
    if let m = modules[name] { return m }
    var parent: PyModule?
    var last = name
    if let dot = name.lastIndex(of: ".") {
      let p = try importModule(String(name[..<dot]))
      last = String(name[name.index(after: dot)...])
      if ModuleRegistry.builders[name] == nil, case .object(let o)? = p.attributes[last], o.tag == .module {
        let m = unsafeDowncast(o, to: PyModule.self)
        modules[name] = m
        return m
      }
      parent = p
    }
    guard let build = ModuleRegistry.builders[name] else {
      if parent != nil, let dot = name.lastIndex(of: ".") {
        let gap = LibraryNames.gap(String(name[..<dot]), last)
        if !gap.isEmpty { throw PyError("ModuleNotFoundError", "No module named '\(name)'" + gap) }
      }
      throw PyError(
        "ModuleNotFoundError",
        "No module named '\(name)' (Tessel has: \(ModuleRegistry.names.joined(separator: ", ")))")
    }
    let m = try build(self)
    modules[name] = m
    parent?.attributes[last] = .object(m)
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
