import TensorModule

/// A Tessel value.
///
/// Lists, tuples, dicts and tensors have value semantics: `b = a; b[0] = 9` leaves `a` alone
/// (copy-on-write, so assignment itself copies nothing).
public enum Value {
  case none
  case bool(Bool)
  case number(Double)
  case string(String)
  indirect case tensor(Tensor)
  case list([Value])
  case tuple([Value])
  indirect case dict(Dict)
  case record(Record)
  case range(RangeValue)
  case function(Function)
  case builtin(Builtin)
  /// A builtin with its first argument bound: `x.mean` is `mean` with `x`.
  indirect case method(Builtin, Value)
  case namespace(Namespace)
  /// `ValueError` and friends, as values: raised, caught, called to make an exception.
  case exceptionType(String)
  /// A caught exception, as `e` in `except ValueError as e`.
  indirect case exception(TesselError)

  /// The name users see in error messages: `number`, `str`, `list` and so on.
  public var typeName: String {
    switch self {
    case .none: "NoneType"
    case .bool: "bool"
    case .number: "number"
    case .string: "str"
    case .tensor: "tensor"
    case .list: "list"
    case .tuple: "tuple"
    case .dict: "dict"
    case .record(let r): r.typeName
    case .range: "range"
    case .function: "function"
    case .builtin, .method: "builtin"
    case .namespace: "module"
    case .exceptionType: "type"
    case .exception(let e): e.kind
    }
  }

  /// Python truthiness; a tensor is truthy only with exactly one element, as in NumPy.
  public var isTruthy: Bool {
    switch self {
    case .none: false
    case .bool(let b): b
    case .number(let d): d != 0
    case .string(let s): !s.isEmpty
    case .list(let a), .tuple(let a): !a.isEmpty
    case .dict(let d): !d.isEmpty
    case .range(let r): r.count > 0
    case .tensor(let t): t.count == 1 ? t.data[0] != 0 : t.count > 0
    default: true
    }
  }

  /// Bools count as numbers in arithmetic, as in Python and NumPy.
  var numeric: Double? {
    switch self {
    case .number(let d): d
    case .bool(let b): b ? 1 : 0
    default: nil
    }
  }
}

/// `range(start, stop, step)`, iterated lazily: `range(10**8)` costs nothing.
public struct RangeValue: Equatable, Sendable {
  public let start: Int
  public let stop: Int
  public let step: Int

  public var count: Int {
    if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
    return start > stop ? (start - stop - 1) / (-step) + 1 : 0
  }

  public subscript(i: Int) -> Int { start + i * step }
}

/// Named fields returned by builtins, such as SciPy's `TtestResult(statistic, pvalue)`.
///
/// Unpacks like a tuple in field order, as SciPy's result objects do.
public final class Record {
  public let typeName: String
  public let names: [String]
  public let values: [Value]
  /// How many leading fields unpack and index like a tuple: SciPy's `TtestResult` unpacks to
  /// (statistic, pvalue) while `df` is an attribute only.
  public let tupleCount: Int

  public init(_ typeName: String, _ fields: KeyValuePairs<String, Value>, tupleCount: Int? = nil) {
    self.typeName = typeName
    names = fields.map(\.key)
    values = fields.map(\.value)
    self.tupleCount = tupleCount ?? fields.count
  }

  public init(_ typeName: String, names: [String], values: [Value], tupleCount: Int? = nil) {
    self.typeName = typeName
    self.names = names
    self.values = values
    self.tupleCount = tupleCount ?? values.count
  }

  /// The fields that unpack, in order.
  public var elements: [Value] { Array(values.prefix(tupleCount)) }

  /// One plain sentence that reads the result ("p = 0.0123 < α = 0.05: reject H₀ that …"), shown with
  /// the HTML table; the text form stays SciPy's repr.
  public var sentence: String?

  /// Numbers a record's methods need that SciPy keeps private (a t-test's estimate and standard
  /// error for `confidence_interval()`): neither shown nor reachable as attributes.
  public var internals: [String: Double] = [:]

  /// Rows the HTML table shows after the fields — how the result came about (the alternative, the
  /// sample sizes) — which SciPy's result objects do not hold as attributes.
  public var context: [(String, String)] = []

  func copy() -> Record {
    let r = Record(typeName, names: names, values: values, tupleCount: tupleCount)
    (r.sentence, r.internals, r.context) = (sentence, internals, context)
    return r
  }

  /// This record with a sentence to display.
  public func described(_ sentence: String) -> Record {
    let r = copy()
    r.sentence = sentence
    return r
  }

  /// This record with private numbers for its methods.
  public func keeping(_ internals: [String: Double]) -> Record {
    let r = copy()
    r.internals = internals
    return r
  }

  /// This record with rows of context for its table.
  public func noting(_ context: [(String, String)]) -> Record {
    let r = copy()
    r.context = context
    return r
  }

  public subscript(name: String) -> Value? {
    names.firstIndex(of: name).map { values[$0] }
  }
}

/// `np`, `np.linalg`, `stats`: names over the same builtins, for pasted NumPy code.
public final class Namespace {
  public let name: String
  public let members: [String: Value]

  init(_ name: String, _ members: [String: Value]) {
    self.name = name
    self.members = members
  }
}
