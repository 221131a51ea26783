/// The inputs (and text outputs) of this kernel's `store_history` executions,
/// answering `history_request` tail / range / search.
///
/// Kept in memory: one session per process, numbered 1. Session 0 and negative
/// numbers are relative, as in IPython (0 is the current session).
public struct HistoryStore: Sendable {
  public struct Entry: Equatable, Sendable {
    public var line: Int
    public var input: String
    public var output: String?
  }

  public static let session = 1
  public private(set) var entries: [Entry] = []

  public init() {}

  mutating func record(line: Int, input: String) {
    entries.append(Entry(line: line, input: input, output: nil))
  }

  mutating func setOutput(line: Int, _ text: String) {
    if let i = entries.lastIndex(where: { $0.line == line }) { entries[i].output = text }
  }

  public func tail(_ n: Int) -> [Entry] { Array(entries.suffix(max(0, n))) }

  /// Lines `start ..< stop` of `session` (stop ≤ 0: to the end).
  public func range(session: Int, start: Int, stop: Int) -> [Entry] {
    guard session == Self.session || session == 0 else { return [] }
    return entries.filter { $0.line >= start && (stop <= 0 || $0.line < stop) }
  }

  /// The last `n` entries whose input matches the glob (`*`, `?`); with
  /// `unique`, each distinct input once, at its latest line.
  public func search(pattern: String, n: Int?, unique: Bool) -> [Entry] {
    var hits = entries.filter { Self.glob(pattern, matches: $0.input) }
    if unique {
      var seen = Set<String>()
      hits = hits.reversed().filter { seen.insert($0.input).inserted }.reversed()
    }
    if let n, n > 0 { hits = Array(hits.suffix(n)) }
    return hits
  }

  /// fnmatch-style glob over Unicode scalars: `*` any run, `?` one scalar.
  static func glob(_ pattern: String, matches text: String) -> Bool {
    let p = Array(pattern.unicodeScalars), t = Array(text.unicodeScalars)
    var pi = 0, ti = 0, star = -1, mark = 0
    while ti < t.count {
      if pi < p.count, p[pi] == "*" {
        star = pi; mark = ti; pi += 1
      } else if pi < p.count, p[pi] == "?" || p[pi] == t[ti] {
        pi += 1; ti += 1
      } else if star >= 0 {
        pi = star + 1; mark += 1; ti = mark
      } else {
        return false
      }
    }
    while pi < p.count, p[pi] == "*" { pi += 1 }
    return pi == p.count
  }
}
