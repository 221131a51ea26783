import Testing

@testable import JupyterProtocol

@Suite struct JSONTests {
  @Test(arguments: [
    #"{"a":[1,2.5,true,null,"x"],"b":{"c":-3}}"#,
    #""tab\tquote\"slash\\ unicode é 😀""#,
    "[]", "{}", "0", "-0.25", "1e-30",
  ])
  func roundTrips(_ text: String) throws {
    let v = try JSON.parse(text)
    #expect(try JSON.parse(v.serialized()) == v)
  }

  @Test func decodesEscapesAndSurrogates() throws {
    #expect(try JSON.parse(#""\u00e9\ud83d\ude00\/""#) == .string("é😀/"))
    #expect(try JSON.parse("12") == .int(12))
    #expect(try JSON.parse("12.0") == .double(12))
  }

  /// A lone surrogate becomes U+FFFD and never swallows the escape after it.
  @Test(arguments: [
    (#""\ud800\u0041""#, "\u{FFFD}A"), (#""\ud800\ud800\udc00""#, "\u{FFFD}\u{10000}"),
    (#""\udc00x""#, "\u{FFFD}x"), (#""\ud800""#, "\u{FFFD}"), (#""\ud800\n""#, "\u{FFFD}\n"),
  ])
  func loneSurrogatesKeepWhatFollows(_ text: String, _ expected: String) throws {
    #expect(try JSON.parse(text) == .string(expected))
  }

  @Test(arguments: ["{", "[1,]", #"{"a" 1}"#, "tru", #""\x""#, "1 2", String(repeating: "[", count: 600)])
  func rejects(_ text: String) {
    #expect(throws: JSONParseError.self) { try JSON.parse(text) }
  }

  @Test func nonFiniteNumbersBecomeNull() {
    #expect(JSON.double(.nan).text == "null")
    #expect(JSON.array([.double(.infinity), 1]).text == "[null,1]")
  }

  @Test func controlCharactersAreEscaped() {
    #expect(JSON.string("a\u{1}b\n").text == #""a\u0001b\n""#)
  }
}
