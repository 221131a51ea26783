import Foundation
import Synchronization
import Testing

@testable import TesselLanguage

@Suite struct SessionTests {
  @Test(arguments: [
    ("x = 1", Completeness.complete),
    ("print('hi')", .complete),
    ("def f(x):", .incomplete(indent: "    ")),
    ("for i in range(3):\n    print(i)", .incomplete(indent: "    ")),
    ("for i in range(3):\n    print(i)\n\n", .complete),
    ("def f(x):\n    return x\n    ", .complete),
    ("if x:\n    y = 1\nelse:", .incomplete(indent: "    ")),
    ("x = (1,\n", .incomplete(indent: "")),
    ("s = '''abc", .incomplete(indent: "")),
    ("x = 1 + \\", .incomplete(indent: "")),
    ("1 +* 2", .invalid),
    ("x = )", .invalid),
  ])
  func completeness(_ code: String, _ expected: Completeness) {
    #expect(Session.completeness(of: code) == expected)
  }

  @Test func helpRequests() {
    #expect(Session.helpRequest(in: "len?") == "len")
    #expect(Session.helpRequest(in: "?range") == "range")
    #expect(Session.helpRequest(in: "  zip??  ") == "zip")
    #expect(Session.helpRequest(in: "x = 1?") == nil)
    #expect(Session.helpRequest(in: "print('?')") == nil)
  }

  @Test func completionsAndDocumentation() throws {
    let s = Session()
    _ = try s.run(
      "learning_rate = 0.1\ndef loss(w):\n    'Squared loss.'\n    return w * w", label: "In[1]", host: RecordingHost())
    #expect(s.completions(for: "lea") == ["learning_rate"])
    #expect(s.completions(for: "pr").contains("print"))
    #expect(s.documentation(for: "loss") == "loss(w)\n\nSquared loss.")
    #expect(s.documentation(for: "range")?.hasPrefix("range(start, stop=None, step=1)") == true)
    #expect(s.documentation(for: "nope") == nil)
  }

  @Test func tracebackShowsEveryCallWithCarets() throws {
    let s = Session()
    _ = try s.run(
      "def inner(x):\n    return x + missing\ndef outer():\n    return inner(1)", label: "In[1]", host: RecordingHost())
    do {
      _ = try s.run("y = outer()", label: "In[2]", host: RecordingHost())
      Issue.record("expected an error")
    } catch {
      #expect(
        s.traceback(for: error) == [
          "Traceback (most recent call last):",
          "  Cell In[2], line 1, column 5",
          "    y = outer()",
          "        ^^^^^^^",
          "  Cell In[1], line 4, column 12, in outer",
          "    return inner(1)",
          "           ^^^^^^^^",
          "  Cell In[1], line 2, column 16, in inner",
          "    return x + missing",
          "               ^^^^^^^",
          "NameError: name 'missing' is not defined",
        ])
    }
  }

  @Test func interruptStopsALoopAndKeepsVariables() throws {
    let s = Session()
    let host = RecordingHost()
    let flag = host.interrupt
    let raiser = Thread {
      usleep(50_000)
      flag.raise()
    }
    raiser.start()
    do {
      _ = try s.run("n = 0\nwhile True:\n    n += 1", label: "In[1]", host: host)
      Issue.record("expected KeyboardInterrupt")
    } catch {
      #expect(error.kind == "KeyboardInterrupt")
      #expect(error.range?.start.line == 2)
    }
    flag.clear()
    let n = try s.run("n > 0", label: "In[2]", host: host)
    #expect(n.map(Repr.repr) == "True")
  }

  @Test func displayAndClearReachTheHost() throws {
    let s = Session()
    let host = RecordingHost()
    _ = try s.run(
      "display([1], 'x', display_id='p')\ndisplay(2, display_id='p', update=True)\nclear_output(wait=True)",
      label: "In[1]", host: host)
    #expect(host.displays.map(\.0) == ["array([1.])", "'x'", "2"])
    #expect(host.displays.map(\.1) == ["p", "p", "p"])
    #expect(host.displays.map(\.2) == [false, false, true])
    #expect(host.clears == [true])
  }

  @Test func inputGoesThroughTheHost() throws {
    let s = Session()
    let host = RecordingHost()
    host.lines = ["42"]
    let v = try s.run("answer = input('? ')\nanswer", label: "In[1]", host: host)
    #expect(v.map(Repr.repr) == "'42'")
    #expect(host.output == "? ")
  }

  /// Deep recursion is an error, not a crash (on a thread with the kernel's stack).
  @Test func recursionLimit() {
    let kind = Mutex<String?>(nil)
    let lines = Mutex<[String]>([])
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      defer { done.signal() }
      let s = Session()
      do {
        _ = try s.run("def down(n):\n    return down(n + 1)\ndown(0)", label: "In[1]", host: RecordingHost())
      } catch let e as TesselError {
        kind.withLock { $0 = e.kind }
        lines.withLock { $0 = s.traceback(for: e) }
      } catch {}
    }
    thread.stackSize = 512 << 20
    thread.start()
    done.wait()
    #expect(kind.withLock { $0 } == "RecursionError")
    // CPython's collapse: three identical places, then one line for the rest.
    let traceback = lines.withLock { $0 }
    #expect(traceback.count < 20, "\(traceback.count) lines")
    #expect(traceback.contains { $0.hasPrefix("  [Previous line repeated ") && $0.hasSuffix(" more times]") })
    #expect(traceback.filter { $0.hasSuffix(", in down") }.count == 3)
  }

  /// Mutual recursion does not collapse line by line; the middle is cut so the traceback stays short.
  @Test func longTracebacksAreBounded() {
    let frames = (0..<500).map { k in
      TesselError.Frame(
        function: k % 2 == 0 ? "ping" : "pong",
        range: SourceRange(source: 1, start: .init(line: 1 + k % 2, column: 1), end: .init(line: 1 + k % 2, column: 5)))
    }
    var error = TesselError("RecursionError", "maximum recursion depth exceeded")
    error.frames = frames
    let source = Traceback.Source(label: "In[1]", lines: ["ping(1)", "pong(2)"])
    let lines = Traceback.render(error, sources: [1: source])
    #expect(lines.count < 90)
    #expect(lines.contains("  [... 476 more places not shown ...]"))
    #expect(lines.last == "RecursionError: maximum recursion depth exceeded")
  }
}
