extension Compiler {
  func compileLoad(_ name: String, _ range: SourceRange) -> Eval {
    // The hottest closures keep the name and range for their errors behind one reference (`SiteText`).
    let text = SiteText(name, range)
    switch place(of: name) {
    case .local(let s):
      return { (f) throws(PyError) -> Value in
        let v = f[s]
        if case .unbound = v { throw Compiler.unbound(text.name, at: text.range) }
        return v
      }
    case .enclosingLocal(let s):
      return { (f) throws(PyError) -> Value in
        let v = f[s]
        if case .unbound = v { throw Compiler.unboundFree(name, at: range) }
        return v
      }
    case .cell(let s):
      return { (f) throws(PyError) -> Value in
        guard case .object(let o) = f[s] else { throw Compiler.unboundFree(name, at: range) }
        let v = unsafeDowncast(o, to: PyCell.self).value
        if case .unbound = v { throw Compiler.unboundFree(name, at: range) }
        return v
      }
    case .global(let box):
      // The builtins are made once, before any code is compiled: the one this name means is found now.
      let builtin = rt.builtins[name]
      return { (_) throws(PyError) -> Value in
        let v = box.value
        if case .unbound = v {
          if let builtin { return builtin }
          throw Compiler.undefined(text.name, at: text.range)
        }
        return v
      }
    case .classNamespace(let ns, let box):
      let builtin = rt.builtins[name]
      return { (f) throws(PyError) -> Value in
        if case .object(let o) = f[ns], let v = unsafeDowncast(o, to: PyDict.self).get(string: name) { return v }
        let v = box.value
        if case .unbound = v {
          if let builtin { return builtin }
          throw Compiler.undefined(name, at: range)
        }
        return v
      }
    case .classCell(let ns, let s, _):
      return { (f) throws(PyError) -> Value in
        if case .object(let o) = f[ns], let v = unsafeDowncast(o, to: PyDict.self).get(string: name) { return v }
        guard case .object(let c) = f[s] else { throw Compiler.unboundFree(name, at: range) }
        let v = unsafeDowncast(c, to: PyCell.self).value
        if case .unbound = v { throw Compiler.unboundFree(name, at: range) }
        return v
      }
    }
  }

  /// Stores into a name; the returned closure takes the value.
  func compileStore(_ name: String) -> (Frame, Value) throws(PyError) -> Void {
    switch place(of: name) {
    case .local(let s), .enclosingLocal(let s):
      return { (f, v) throws(PyError) in f[s] = v }
    case .cell(let s):
      return { (f, v) throws(PyError) in
        if case .object(let o) = f[s] {
          unsafeDowncast(o, to: PyCell.self).value = v
        } else {
          f[s] = .object(PyCell(v))
        }
      }
    case .global(let box):
      return { (_, v) throws(PyError) in box.value = v }
    case .classNamespace(let ns, _), .classCell(let ns, _, _):
      let rt = self.rt
      return { (f, v) throws(PyError) in
        guard case .object(let o) = f[ns] else { return }
        try unsafeDowncast(o, to: PyDict.self).set(.str(name), v, rt: rt)
      }
    }
  }

  func compileDelete(_ name: String, _ range: SourceRange) -> Exec {
    switch place(of: name) {
    case .local(let s), .enclosingLocal(let s):
      return { (f) throws(PyError) -> Flow in
        if case .unbound = f[s] { throw Compiler.unbound(name, at: range) }
        f[s] = .unbound
        return .normal
      }
    case .cell(let s):
      return { (f) throws(PyError) -> Flow in
        guard case .object(let o) = f[s], !unsafeDowncast(o, to: PyCell.self).value.isUnbound else {
          throw Compiler.unboundFree(name, at: range)
        }
        unsafeDowncast(o, to: PyCell.self).value = .unbound
        return .normal
      }
    case .global(let box):
      return { (_) throws(PyError) -> Flow in
        if case .unbound = box.value { throw Compiler.undefined(name, at: range) }
        box.value = .unbound
        return .normal
      }
    case .classNamespace(let ns, _), .classCell(let ns, _, _):
      let rt = self.rt
      return { (f) throws(PyError) -> Flow in
        guard case .object(let o) = f[ns], try unsafeDowncast(o, to: PyDict.self).remove(.str(name), rt: rt) != nil
        else { throw Compiler.undefined(name, at: range) }
        return .normal
      }
    }
  }
}
