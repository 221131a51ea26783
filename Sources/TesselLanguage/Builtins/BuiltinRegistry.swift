import Foundation

/// Every builtin, by name, and everything else a cell can name without defining it: constants, exception
/// types and the NumPy-style namespaces.
///
/// The one place a builtin is added.
public struct BuiltinRegistry {
  public let builtins: [String: Builtin]
  /// Methods that exist only as methods (`d.keys()`, `s.join(xs)`), by receiver type.
  let methods: [String: [String: Builtin]]
  /// Names visible in every cell: builtins, constants, exception types, namespaces.
  let prelude: [String: Value]
  /// Importable modules by dotted path (`numpy.linalg`).
  let modules: [String: Namespace]
  /// Attributes of builtins by the builtin's name: a distribution's methods (`norm.cdf`).
  let attributes: [String: [String: Value]]

  public init(_ groups: [[Builtin]], methods: [String: [Builtin]] = [:], attributes: [String: [String: Value]] = [:]) {
    self.attributes = attributes
    var table: [String: Builtin] = [:]
    for b in groups.joined() {
      precondition(table[b.name] == nil, "builtin \(b.name) registered twice")
      table[b.name] = b
    }
    builtins = table
    self.methods = methods.mapValues { Dictionary(uniqueKeysWithValues: $0.map { ($0.name, $0) }) }
    var prelude: [String: Value] = table.mapValues { .builtin($0) }
    for (name, value) in Constants.all { prelude[name] = value }
    for kind in ErrorKinds.all { prelude[kind] = .exceptionType(kind) }
    let modules = Modules.build(prelude)
    for (name, path) in Modules.preBound { prelude[name] = modules[path].map(Value.namespace) }
    self.prelude = prelude
    self.modules = modules
  }

  public static var standard: BuiltinRegistry {
    BuiltinRegistry(
      [
        CoreBuiltins.all, OutputBuiltins.all, TimeBuiltins.all, CreateBuiltins.all, ShapeBuiltins.all,
        MathBuiltins.all, ReduceBuiltins.all, NanReduceBuiltins.all, ArrayBuiltins.all, SearchBuiltins.all,
        [SearchBuiltins.unravel, SearchBuiltins.nanToNum], LinalgBuiltins.all, RandomBuiltins.all, CalculusBuiltins.all,
        PolynomialBuiltins.all, SampledCalculusBuiltins.all, DistributionBuiltins.objects, StatsTestBuiltins.all,
        KolmogorovBuiltins.all,
        MetricsBuiltins.all, ResamplingBuiltins.all,
      ],
      methods: ["dict": DictMethods.all, "str": StringMethods.all].merging(StatsTestBuiltins.recordMethods) { a, _ in a
      }, attributes: DistributionBuiltins.attributes)
  }
}

/// `pi`, `e`, `inf`, `nan`, as NumPy names them.
enum Constants {
  static var all: [String: Value] {
    [
      "pi": .number(Double.pi), "e": .number(M_E), "inf": .number(.infinity), "nan": .number(.nan),
      "newaxis": .none,
    ]
  }
}
