/// A dict key: a string or a number (bools count as numbers, as in Python: `True` and `1` are one key).
public enum DictKey: Hashable {
  case string(String)
  case number(Double)

  var value: Value {
    switch self {
    case .string(let s): .string(s)
    case .number(let d): .number(d)
    }
  }

  init?(_ v: Value) {
    switch v {
    case .string(let s): self = .string(s)
    case .number(let d): self = .number(d)
    case .bool(let b): self = .number(b ? 1 : 0)
    default: return nil
    }
  }
}

/// An insertion-ordered dict, as Python's.
public struct Dict {
  public private(set) var keys: [DictKey] = []
  var table: [DictKey: Value] = [:]

  public init() {}

  public var count: Int { keys.count }
  public var isEmpty: Bool { keys.isEmpty }

  public subscript(key: DictKey) -> Value? {
    get { table[key] }
    set {
      if let newValue {
        if table.updateValue(newValue, forKey: key) == nil { keys.append(key) }
      } else if table.removeValue(forKey: key) != nil {
        keys.removeAll { $0 == key }
      }
    }
  }

  public var items: [(DictKey, Value)] { keys.map { ($0, table[$0]!) } }
}
