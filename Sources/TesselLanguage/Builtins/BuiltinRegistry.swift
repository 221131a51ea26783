/// Every builtin, by name.
///
/// The one place a builtin is added.
public struct BuiltinRegistry: Sendable {
  public let builtins: [String: Builtin]

  public init(_ groups: [[Builtin]]) {
    var table: [String: Builtin] = [:]
    for b in groups.joined() {
      precondition(table[b.name] == nil, "builtin \(b.name) registered twice")
      table[b.name] = b
    }
    builtins = table
  }

  public static let standard = BuiltinRegistry([CoreBuiltins.all, OutputBuiltins.all, TimeBuiltins.all])
}
