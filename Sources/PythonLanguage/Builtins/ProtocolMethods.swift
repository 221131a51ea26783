/// The container protocol as methods of the built-in containers (`list.__len__`, `hasattr(t, '__iter__')`), each
/// the engine's own operation; the engine itself dispatches built-in objects by tag and never calls these.
enum ProtocolMethods {
  /// `__len__`, `__iter__`, `__contains__`, and `__getitem__` unless the container is a set.
  static func container(_ type: String, subscriptable: Bool = true) -> [PyBuiltin] {
    var methods: [PyBuiltin] = [
      .one("__len__", type) { (rt, s) throws(PyError) in .int(try rt.length(s)) },
      .one("__iter__", type) { (rt, s) throws(PyError) in .object(try rt.iterate(s)) },
      .two("__contains__", type) { (rt, s, x) throws(PyError) in .bool(try rt.contains(s, x)) },
    ]
    if subscriptable {
      methods.append(.two("__getitem__", type) { (rt, s, i) throws(PyError) in try rt.getItem(s, i) })
    }
    return methods
  }
}
