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

  /// Edit distance counting a swap of neighbours as one edit (optimal string alignment: `cfd` → `cdf`
  /// is 1), giving up early past `limit`.
  static func distance(_ a: String, _ b: String, limit: Int) -> Int {
    let a = Array(a), b = Array(b)
    if abs(a.count - b.count) > limit { return limit + 1 }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var older = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var row = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] { row[j] = min(row[j], older[j - 2] + 1) }
      }
      older = previous
      previous = row
    }
    return previous[b.count]
  }
}
