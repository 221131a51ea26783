import JupyterProtocol
import KernelCore
import TestSupport
import Testing

@testable import TesselKernel

/// The adapter driven through KernelCore and the in-memory transport, as a
/// frontend would drive it.
@Suite struct TesselInterpreterTests {
  let transport = InMemoryTransport()
  let kernel = Kernel(
    interpreter: TesselInterpreter(), info: .tessel, factory: MessageFactory(), interrupt: InterruptFlag(),
    log: { _ in }, onShutdown: { _ in })

  func execute(_ code: String, _ extra: [String: JSON] = [:]) -> (reply: JSON, iopub: [(type: String, content: JSON)]) {
    var content: [String: JSON] = ["code": .string(code)]
    for (k, v) in extra { content[k] = v }
    let r = transport.request("execute_request", .object(content))
    kernel.handle(r, outlet: transport)
    return (
      transport.reply(to: r)!.content,
      transport.iopub(for: r).filter { !["status", "execute_input"].contains($0.type) }
    )
  }

  @Test func printAndResult() {
    let (reply, out) = execute("x = 6\nprint(f'x={x}')\nx * 7")
    #expect(reply["status"] == "ok")
    #expect(out.map(\.type) == ["stream", "execute_result"])
    #expect(out[0].content["text"] == "x=6\n")
    #expect(out[1].content["data"]?["text/plain"] == "42")
  }

  /// A test's result: SciPy's repr as text, and a table with one plain sentence as HTML.
  @Test func testResultsReadAsASentence() {
    let (_, out) = execute("ttest_ind([5.1, 4.9, 6.2, 5.8, 6.0], [4.8, 4.5, 5.9, 5.1, 4.2])")
    let data = out.last?.content["data"]
    guard case .string(let text)? = data?["text/plain"], case .string(let html)? = data?["text/html"] else {
      Issue.record("no text/plain and text/html in \(String(describing: data))")
      return
    }
    #expect(text.hasPrefix("TtestResult(statistic="))
    #expect(html.contains("<b>TtestResult</b>"))
    #expect(html.contains("no evidence against H₀ that the means are equal (Student's t = "))
    // The table also says how the test was run: the sizes and the alternative, which are not fields.
    let left = "<td style=\"text-align:left\">"
    #expect(html.contains("<tr>\(left)<i>n₁</i></td>\(left)5</td></tr>"))
    #expect(html.contains("<tr>\(left)<i>alternative</i></td>\(left)two-sided</td></tr>"))
    // Headers sit over their values (JupyterLab right-aligns table cells by default).
    #expect(html.contains("<th style=\"text-align:left\">field</th><th style=\"text-align:left\">value</th>"))
    #expect(!text.contains("alternative"))
  }

  /// Tensor tables: NumPy's padded element strings, right-aligned in monospace, so decimal points line up;
  /// the shape on its own unwrapped line below (a caption wrapped to the width of a small table).
  @Test func tensorTablesAlignOnTheDecimalPoint() {
    let (_, out) = execute("array([[1, -2.5], [10, 0.25]])")
    guard case .string(let html)? = out.last?.content["data"]?["text/html"] else {
      Issue.record("no text/html")
      return
    }
    let cell = "<td style=\"text-align:right;white-space:pre;font-family:monospace\">"
    for value in [" 1.  ", "-2.5 ", "10.  ", " 0.25"] { #expect(html.contains(cell + value + "</td>"), "\(value)") }
    #expect(!html.contains("<caption"))
    #expect(html.contains("white-space:nowrap;font-size:smaller\">tensor, shape (2, 2), dtype float64</div>"))
  }

  @Test func errorIsRenderedWithCaret() {
    let (reply, out) = execute("y = undefined_value + 1")
    #expect(reply["status"] == "error")
    #expect(reply["ename"] == "NameError")
    #expect(out.map(\.type) == ["error"])
    let tb = out[0].content["traceback"]!.arrayValue!.map { $0.stringValue! }
    #expect(
      tb == [
        "  Cell In[1], line 1, column 5", "    y = undefined_value + 1", "        ^^^^^^^^^^^^^^^",
        "NameError: name 'undefined_value' is not defined",
      ])
  }

  @Test func pagerPayloadForQuestionMark() {
    let (reply, out) = execute("range?")
    let payload = reply["payload"]!.arrayValue!
    #expect(payload.count == 1)
    #expect(payload[0]["source"] == "page")
    #expect(payload[0]["data"]?["text/plain"]?.stringValue?.hasPrefix("range(") == true)
    #expect(out.isEmpty)
    let (_, missing) = execute("nothing_here?")
    #expect(missing.first?.content["text"] == "Object `nothing_here` not found.\n")
  }

  @Test func inputWithoutStdinFailsFast() {
    let (reply, _) = execute("name = input('who? ')", ["allow_stdin": false])
    #expect(reply["ename"] == "StdinNotImplementedError")
  }

  @Test func inputRoundTrip() {
    transport.inputReplies = ["Grace"]
    let (reply, out) = execute("name = input('who? ')\nf'hello {name}'", ["allow_stdin": true])
    #expect(reply["status"] == "ok")
    #expect(transport.inputRequests.first?.content["prompt"] == "who? ")
    #expect(out.last?.content["data"]?["text/plain"] == "'hello Grace'")
  }

  @Test func completeAndInspect() {
    _ = execute("learning_rate = 0.01")
    let c = transport.request("complete_request", ["code": "x = lear", "cursor_pos": 8])
    kernel.handle(c, outlet: transport)
    let reply = transport.reply(to: c)!.content
    #expect(reply["matches"] == ["learning_rate"])
    #expect(reply["cursor_start"] == 4)
    let i = transport.request("inspect_request", ["code": "print(", "cursor_pos": 6, "detail_level": 0])
    kernel.handle(i, outlet: transport)
    let doc = transport.reply(to: i)!.content
    #expect(doc["found"] == true)
    #expect(doc["data"]?["text/plain"]?.stringValue?.hasPrefix("print(*values") == true)
  }

  @Test func userExpressionsSeeGlobals() {
    let (reply, _) = execute("a = 3", ["user_expressions": ["double": "a * 2", "broken": "a +"]])
    #expect(reply["user_expressions"]?["double"]?["data"]?["text/plain"] == "6")
    #expect(reply["user_expressions"]?["broken"]?["ename"] == "SyntaxError")
  }

  /// Text printed before a long loop is published while the loop runs, not after.
  @Test func printBeforeALongLoopIsFlushedDuringIt() {
    let r = transport.request("execute_request", ["code": "print('started')\nsleep(0.2)\nprint('done')"])
    kernel.handle(r, outlet: transport)
    let texts = transport.iopub(for: r).filter { $0.type == "stream" }.map { $0.content["text"]!.stringValue! }
    #expect(texts == ["started\n", "done\n"])
  }

  @Test func displayDataAndUpdates() {
    let (_, out) = execute("display('first', display_id='d')\ndisplay('second', display_id='d', update=True)")
    #expect(out.map(\.type) == ["display_data", "update_display_data"])
    #expect(out[1].content["transient"]?["display_id"] == "d")
  }
}
