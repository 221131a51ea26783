import Testing

@testable import TesselLanguage

@Suite struct GoldenTests {
  /// Runs every golden file's cells in order in one session per file.
  @Test(arguments: GoldenFile.files())
  func golden(_ file: String) {
    let session = Session()
    let cases = GoldenFile.cells(file)
    #expect(!cases.isEmpty, "\(file) has no cells")
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
      #expect(failure == c.error, "\(c.testDescription)")
      #expect(actual == c.expected, "\(c.testDescription)")
      #expect(
        file.hasSuffix("_fail.tsl") == (c.error != nil), "\(c.testDescription): _fail files hold failing cells only")
    }
  }
}
