/// Python's `abc`: `ABC` and `abstractmethod`.
///
/// A class with `ABC` among its bases keeps the names of its abstract methods (`__abstractmethods__`), and making an
/// instance of it while any are left raises CPython's `TypeError`.
enum AbcModule {
  static func make() -> PyModule {
    let abc = PyType(name: "ABC", module: "abc", bases: [BuiltinTypes.object], layout: .instance, builtin: false)
    abc.abstractMethods = []
    return .make(
      "abc",
      functions: [
        .one("abstractmethod", "abc") { (rt, f) throws(PyError) in
          try rt.setAttribute(f, "__isabstractmethod__", .bool(true))
          return f
        }
      ],
      values: ["ABC": .object(abc)])
  }

  /// Whether a class attribute is abstract: a function marked by `abstractmethod`, or a property, static or class
  /// method wrapping one.
  static func isAbstract(_ v: Value) -> Bool {
    guard case .object(let o) = v else { return false }
    switch o.tag {
    case .function:
      guard case .bool(let b)? = unsafeDowncast(o, to: PyFunction.self).attributes?.get(string: "__isabstractmethod__")
      else { return false }
      return b
    case .property:
      let p = unsafeDowncast(o, to: PyProperty.self)
      return isAbstract(p.getter) || isAbstract(p.setter) || isAbstract(p.deleter)
    case .staticMethod: return isAbstract(unsafeDowncast(o, to: PyStaticMethod.self).function)
    case .classMethod: return isAbstract(unsafeDowncast(o, to: PyClassMethod.self).function)
    default: return false
    }
  }

  /// The abstract methods `t` is left with, sorted, when a base is an abstract base class; nil otherwise.
  static func abstractMethods(of t: PyType) -> [String]? {
    let bases = t.mro.dropFirst()
    guard bases.contains(where: { $0.abstractMethods != nil }) else { return nil }
    var names = Set(t.ownNames.filter { isAbstract(t.own($0) ?? .none) })
    for b in bases {
      for name in b.abstractMethods ?? [] where isAbstract(t.lookup(name) ?? .none) { names.insert(name) }
    }
    return names.sorted()
  }
}
