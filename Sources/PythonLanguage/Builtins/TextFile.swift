import Foundation

/// A text file opened for reading with `open(path)`: `read`, `readline`, `readlines`, iteration, `with`.
final class TextFile: PyIterator {
  let name: String
  private var lines: [String]
  private var position = 0
  private(set) var closed = false

  private init(name: String, text: String) {
    self.name = name
    var out: [String] = []
    var current = ""
    for c in text {
      current.append(c)
      if c == "\n" || c == "\r\n" {
        out.append(current)
        current = ""
      }
    }
    if !current.isEmpty { out.append(current) }
    lines = out
  }

  static func open(_ path: String) throws(PyError) -> TextFile {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw PyError("FileNotFoundError", "[Errno 2] No such file or directory: \(Repr.string(path))")
    }
    if isDirectory.boolValue { throw PyError("IsADirectoryError", "[Errno 21] Is a directory: \(Repr.string(path))") }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw PyError("PermissionError", "[Errno 13] Permission denied: \(Repr.string(path))")
    }
    return TextFile(name: path, text: String(decoding: data, as: UTF8.self))
  }

  override var type: PyType { BuiltinTypes.textFile }

  override func next(_ rt: Runtime) throws(PyError) -> Value? {
    if closed { throw PyError("ValueError", "I/O operation on closed file.") }
    guard position < lines.count else { return nil }
    defer { position += 1 }
    return .str(lines[position])
  }

  static func file(_ v: Value) throws(PyError) -> TextFile {
    guard case .object(let o) = v, let f = o as? TextFile else { throw PyError("TypeError", "expected a file") }
    return f
  }

  static let methods: [PyBuiltin] = [
    .one("read", "TextIOWrapper") { (_, v) throws(PyError) in
      let f = try file(v)
      let rest = f.lines[min(f.position, f.lines.count)...].joined()
      f.position = f.lines.count
      return .str(rest)
    },
    .one("readline", "TextIOWrapper") { (rt, v) throws(PyError) in try file(v).next(rt) ?? .str("") },
    .one("readlines", "TextIOWrapper") { (_, v) throws(PyError) in
      let f = try file(v)
      let rest = f.lines[min(f.position, f.lines.count)...].map { Value.str($0) }
      f.position = f.lines.count
      return .list(Array(rest))
    },
    .one("close", "TextIOWrapper") { (_, v) throws(PyError) in
      try file(v).closed = true
      return .none
    },
    .one("__enter__", "TextIOWrapper") { (_, v) throws(PyError) in v },
    .general("__exit__", "TextIOWrapper") { (_, a) throws(PyError) in
      try file(a.positional.first ?? .none).closed = true
      return .bool(false)
    },
  ]
}
