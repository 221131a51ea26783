extension Compiler {
  func compileImport(_ modules: [(path: [String], alias: String?)], _ range: SourceRange) throws(PyError) -> Exec {
    let rt = self.rt
    var steps: [(String, String?, Store)] = []
    for m in modules {
      let dotted = m.path.joined(separator: ".")
      if let alias = m.alias {
        steps.append((dotted, nil, compileStore(alias)))
      } else {
        steps.append((dotted, m.path[0], compileStore(m.path[0])))
      }
    }
    return located(range) { (f) throws(PyError) -> Flow in
      for (dotted, top, store) in steps {
        let module = try rt.importModule(dotted)
        if let top {
          try store(f, .object(try rt.importModule(top)))
        } else {
          try store(f, .object(module))
        }
      }
      return .normal
    }
  }

  func compileImportFrom(_ module: [String], _ level: Int, _ names: [(String, String?)], _ range: SourceRange)
    throws(PyError) -> Exec
  {
    let rt = self.rt
    guard level == 0 else {
      throw PyError("ImportError", "attempted relative import with no known parent package", at: range)
    }
    let dotted = module.joined(separator: ".")
    if names.count == 1 && names[0].0 == "*" {
      return located(range) { (_) throws(PyError) -> Flow in
        let m = try rt.importModule(dotted)
        for (k, v) in m.attributes where !k.hasPrefix("_") { rt.globals[k] = v }
        return .normal
      }
    }
    let stores = names.map { (name, alias) in (name, compileStore(alias ?? name)) }
    return located(range) { (f) throws(PyError) -> Flow in
      let m = try rt.importModule(dotted)
      for (name, store) in stores {
        if let v = m.attributes[name] {
          try store(f, v)
        } else if let sub = try? rt.importModule(dotted + "." + name) {
          try store(f, .object(sub))
        } else {
          throw PyError("ImportError", "cannot import name '\(name)' from '\(dotted)'" + LibraryNames.gap(dotted, name))
        }
      }
      return .normal
    }
  }
}
