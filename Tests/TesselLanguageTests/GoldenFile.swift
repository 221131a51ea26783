import Foundation
import Testing

/// A golden file: cells run in one session, each with what it must print.
///
///     >>> cell                 starts a cell (the rest of the line is ignored)
///     <<<                      expected stdout follows; a line `=> repr` is the cell's value
///     !!! Kind: message @ L:C  the cell must fail with this error at line L, column C
///
/// `_fail` files hold cells that must fail; the others hold cells that must not.
struct GoldenCase: CustomTestStringConvertible {
  var file: String
  var index: Int
  var code: String
  var expected: String
  var error: String?
  var testDescription: String { "\(file) cell \(index)" }
}

enum GoldenFile {
  static var directory: URL {
    Bundle.module.resourceURL!.appendingPathComponent("Golden")
  }

  static func files() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".tsl") }
      .sorted()
  }

  static func cells(_ file: String) -> [GoldenCase] {
    let text = (try? String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)) ?? ""
    var cases: [GoldenCase] = []
    var code: [String] = [], expected: [String] = []
    var error: String?
    var mode = 0  // 1 code, 2 expected
    func finish() {
      if mode != 0 {
        cases.append(
          GoldenCase(
            file: file, index: cases.count + 1, code: code.joined(separator: "\n"),
            expected: expected.joined(separator: "\n"), error: error))
      }
      code = []; expected = []; error = nil
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix(">>>") { finish(); mode = 1; continue }
      if line.hasPrefix("<<<") { mode = 2; continue }
      if line.hasPrefix("!!! ") { error = String(line.dropFirst(4)); mode = 2; continue }
      if mode == 1 { code.append(line) } else if mode == 2 { expected.append(line) }
    }
    finish()
    return cases.map { c in
      var c = c
      while c.expected.hasSuffix("\n") { c.expected.removeLast() }
      return c
    }
  }

  /// Writes a draft of `file` from what its cells did, if `TESSEL_GOLDEN_DRAFT` names a directory.
  static func writeDraft(_ file: String, _ lines: [String]) {
    guard let dir = ProcessInfo.processInfo.environment["TESSEL_GOLDEN_DRAFT"] else { return }
    let url = URL(fileURLWithPath: dir).appendingPathComponent(file)
    try? (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
  }
}
