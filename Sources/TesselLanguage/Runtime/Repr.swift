/// How values print: `repr` (what a cell's result shows) and `str` (what `print` writes).
import TensorModule

public enum Repr {
  /// Integral values without `.0`; otherwise the shortest text that reads back
  /// the same double (`0.1`, `1e-30`, `2.5`), as Python's `repr(float)`.
  public static func number(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    var s = "\(d)"
    if s.hasSuffix(".0") { s.removeLast(2) }
    return s
  }

  public static func repr(_ v: Value) -> String {
    switch v {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .number(let d): return number(d)
    case .string(let s): return quoted(s)
    case .list(let items): return "[" + items.map(repr).joined(separator: ", ") + "]"
    case .tuple(let items):
      return items.count == 1 ? "(\(repr(items[0])),)" : "(" + items.map(repr).joined(separator: ", ") + ")"
    case .range(let r): return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
    case .function(let f): return "<function \(f.name)>"
    case .builtin(let b): return "<built-in function \(b.name)>"
    case .method(let b, let receiver): return "<built-in method \(b.name) of \(receiver.typeName) object>"
    case .tensor(let t): return Printing.repr(t)
    case .dict(let d):
      return "{" + d.items.map { repr($0.0.value) + ": " + repr($0.1) }.joined(separator: ", ") + "}"
    case .record(let r):
      return r.typeName + "(" + zip(r.names, r.values).map { "\($0)=\(repr($1))" }.joined(separator: ", ") + ")"
    case .namespace(let ns): return "<module '\(ns.name)'>"
    case .exceptionType(let kind): return "<class '\(kind)'>"
    case .exception(let e): return "\(e.kind)(\(e.message.isEmpty ? "" : quoted(e.message)))"
    }
  }

  public static func str(_ v: Value) -> String {
    switch v {
    case .string(let s): return s
    case .tensor(let t): return Printing.str(t)
    case .exception(let e): return e.message
    default: return repr(v)
    }
  }

  /// Python's string repr: single quotes unless the text has `'` and no `"`.
  static func quoted(_ s: String) -> String {
    let q: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
    var out = String(q)
    for c in s.unicodeScalars {
      switch c {
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if Character(c) == q {
          out += "\\" + String(q)
        } else if c.value < 0x20 || c.value == 0x7F {
          out += "\\x" + (c.value < 16 ? "0" : "") + String(c.value, radix: 16)
        } else {
          out.unicodeScalars.append(c)
        }
      }
    }
    return out + String(q)
  }
}
