import Testing

@testable import TesselLanguage

@Suite struct GoldenTests {
  /// Runs every golden file's cells in order in one session per file.
  @Test(arguments: GoldenFile.files())
  func golden(_ file: String) {
    let session = Session()
    let cases = GoldenFile.cells(file)
    #expect(!cases.isEmpty, "\(file) has no cells")
    // TESSEL_GOLDEN_DRAFT=dir writes what each cell did to dir/file, for review before it becomes the expectation.
    var draft: [String] = []
    defer { GoldenFile.writeDraft(file, draft) }
    for c in cases {
      let host = RecordingHost()
      var actual: String
      var failure: String?
      do {
        let value = try session.run(c.code, label: "In[\(c.index)]", host: host)
        actual = host.output
        if let value { actual += "=> " + Repr.repr(value) }
      } catch {
        actual = host.output
        let at = error.range.map { " @ \($0.start.line):\($0.start.column)" } ?? ""
        failure = "\(error.kind): \(error.message)\(at)"
      }
      while actual.hasSuffix("\n") { actual.removeLast() }
      draft += [
        ">>>", c.code,
        failure.map { (actual.isEmpty ? "" : "<<<\n" + actual + "\n") + "!!! " + $0 } ?? "<<<\n" + actual,
      ]
      #expect(failure == c.error, "\(c.testDescription)")
      #expect(actual == c.expected, "\(c.testDescription)")
      #expect(
        file.hasSuffix("_fail.tsl") == (c.error != nil), "\(c.testDescription): _fail files hold failing cells only")
    }
  }
}
