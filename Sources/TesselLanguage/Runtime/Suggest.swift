/// "Did you mean" for misspelt names: the closest known name within a small
/// edit distance.
enum Suggest {
  static func closest(to name: String, among candidates: [String]) -> String? {
    let limit = name.count <= 3 ? 1 : 2
    var best: (String, Int)?
    for c in Set(candidates) where c != name && !c.hasPrefix("_") {
      let d = distance(name, c, limit: limit)
      if d <= limit, best == nil || d < best!.1 || (d == best!.1 && c < best!.0) { best = (c, d) }
    }
    return best?.0
  }

  /// Levenshtein distance, giving up early past `limit`.
  static func distance(_ a: String, _ b: String, limit: Int) -> Int {
    let a = Array(a), b = Array(b)
    if abs(a.count - b.count) > limit { return limit + 1 }
    var previous = Array(0...b.count)
    for i in 1...max(1, a.count) where !a.isEmpty {
      var row = [i] + Array(repeating: 0, count: b.count)
      for j in 1...max(1, b.count) where !b.isEmpty {
        row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = row
    }
    return previous[b.count]
  }
}
