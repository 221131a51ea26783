import JupyterProtocol
import Synchronization
import TestSupport
import Testing

@testable import KernelCore

@Suite struct KernelTests {
  let transport = InMemoryTransport()
  let interpreter = ScriptedInterpreter()
  let interrupt = InterruptFlag()
  let info = KernelInfo(
    implementation: "t", implementationVersion: "1", languageName: "scripted", languageVersion: "1",
    mimetype: "text/plain", fileExtension: ".txt", pygmentsLexer: "text", codemirrorMode: "text", banner: "hi")

  func makeKernel(onShutdown: @escaping (Bool) -> Void = { _ in }) -> Kernel {
    Kernel(
      interpreter: interpreter, info: info, factory: MessageFactory(session: "kernel"), interrupt: interrupt,
      log: { _ in }, onShutdown: onShutdown)
  }

  func execute(_ kernel: Kernel, _ code: String, _ extra: [String: JSON] = [:]) -> Message {
    var content: [String: JSON] = ["code": .string(code)]
    for (k, v) in extra { content[k] = v }
    let r = transport.request("execute_request", .object(content))
    kernel.handle(r, outlet: transport)
    return r
  }

  /// Every request is bracketed busy … idle with itself as parent.
  @Test(arguments: [
    "kernel_info_request", "complete_request", "inspect_request", "is_complete_request",
    "history_request", "comm_info_request", "no_such_request",
  ])
  func busyThenIdle(_ type: String) {
    let kernel = makeKernel()
    let r = transport.request(type, ["code": "pri", "hist_access_type": "tail", "n": 3])
    kernel.handle(r, outlet: transport)
    let statuses = transport.iopub(for: r).filter { $0.type == "status" }.map {
      $0.content["execution_state"]!.stringValue!
    }
    #expect(statuses == ["busy", "idle"])
    #expect(transport.published.first?.msgType == "status")
    if type == "no_such_request" {
      #expect(transport.sent.isEmpty)
    } else {
      let reply = transport.reply(to: r)!
      #expect(reply.msgType == type.replacingOccurrences(of: "_request", with: "_reply"))
      #expect(reply.parentHeader == r.header)
      #expect(reply.identities == r.identities)
      // is_complete_reply's status is the verdict itself.
      #expect(reply.content["status"] == (type == "is_complete_request" ? "complete" : "ok"))
    }
  }

  @Test func executeOrderAndCount() {
    let kernel = makeKernel()
    let r = execute(kernel, "print:a\nprint:b\nwarn:w\nvalue:42")
    let types = transport.iopub(for: r).map(\.type)
    #expect(types == ["status", "execute_input", "stream", "stream", "execute_result", "status"])
    let streams = transport.iopub(for: r).filter { $0.type == "stream" }.map(\.content)
    #expect(streams[0]["text"] == "a\nb\n")  // coalesced
    #expect(streams[1]["name"] == "stderr")
    let reply = transport.reply(to: r)!
    #expect(reply.content["execution_count"] == 1)
    #expect(reply.content["status"] == "ok")
    #expect(transport.iopub(for: r)[1].content["execution_count"] == 1)
  }

  /// A field of the wrong type gets an error reply naming it: nothing runs, the counter stays.
  @Test(arguments: malformedCases)
  func malformedFieldsGetAnErrorReply(_ c: MalformedCase) {
    let (type, message) = (c.type, c.message)
    let kernel = makeKernel()
    let r = transport.request(type, c.content)
    kernel.handle(r, outlet: transport)
    let reply = transport.reply(to: r)!
    #expect(reply.content["status"] == "error")
    #expect(reply.content["ename"] == "ValueError")
    #expect(reply.content["evalue"]?.stringValue?.contains(message) == true, "\(reply.content)")
    #expect(interpreter.executed.isEmpty)
    #expect(kernel.executionCount == 0)
    #expect(!transport.iopub(for: r).contains { $0.type == "execute_input" || $0.type == "stream" })
    #expect(transport.iopub(for: r).map(\.type) == ["status", "status"])
  }

  @Test func silentAndStoreHistoryCounters() {
    let kernel = makeKernel()
    _ = execute(kernel, "value:1")
    let silent = execute(kernel, "print:x\nvalue:2", ["silent": true])
    #expect(transport.iopub(for: silent).map(\.type) == ["status", "status"])
    #expect(transport.reply(to: silent)!.content["execution_count"] == 1)
    let unstored = execute(kernel, "value:3", ["store_history": false])
    #expect(transport.reply(to: unstored)!.content["execution_count"] == 1)
    let next = execute(kernel, "value:4")
    #expect(transport.reply(to: next)!.content["execution_count"] == 2)
    #expect(kernel.history.entries.map(\.input) == ["value:1", "value:4"])
  }

  @Test func errorIsOneOutputAndAbortsTheQueue() {
    let kernel = makeKernel()
    let queued1 = transport.request("execute_request", ["code": "print:never"])
    let queuedInfo = transport.request("kernel_info_request", [:])
    let queued2 = transport.request("execute_request", ["code": "print:never"])
    transport.queued = [queued1, queuedInfo, queued2]
    let r = execute(kernel, "print:before\nfail")
    let outputs = transport.iopub(for: r).filter { $0.type != "status" && $0.type != "execute_input" }
    #expect(outputs.map(\.type) == ["stream", "error"])
    let reply = transport.reply(to: r)!
    #expect(reply.content["status"] == "error")
    #expect(reply.content["ename"] == "ValueError")
    #expect(reply.content["execution_count"] == 1)
    for q in [queued1, queued2] {
      #expect(transport.reply(to: q)!.content["status"] == "aborted")
      #expect(transport.iopub(for: q).map(\.type) == ["status", "status"])
    }
    #expect(transport.reply(to: queuedInfo)!.content["status"] == "ok")
    #expect(interpreter.executed == ["print:before\nfail"])
    // The queue is aborted before the failing request's idle: a request sent after the client sees that
    // idle is never aborted (ipykernel's order).
    let failingIdle = transport.published.lastIndex { $0.parentMsgID == r.msgID }
    let lastAbort = transport.published.lastIndex { $0.parentMsgID == queued2.msgID }
    #expect(failingIdle != nil && lastAbort != nil && lastAbort! < failingIdle!)
  }

  @Test func noAbortWithoutStopOnError() {
    let kernel = makeKernel()
    let queued = transport.request("execute_request", ["code": "value:ran"])
    transport.queued = [queued]
    _ = execute(kernel, "fail", ["stop_on_error": false])
    #expect(transport.queued.count == 1)
  }

  @Test func userExpressions() {
    let kernel = makeKernel()
    let r = execute(kernel, "value:1", ["user_expressions": ["a": "x", "b": "bad"]])
    let ue = transport.reply(to: r)!.content["user_expressions"]!
    #expect(ue["a"]?["status"] == "ok")
    #expect(ue["a"]?["data"]?["text/plain"] == "X")
    #expect(ue["b"]?["status"] == "error")
    #expect(ue["b"]?["ename"] == "NameError")
  }

  @Test func displayUpdateAndClear() {
    let kernel = makeKernel()
    let r = execute(kernel, "display:d1\nupdate:d1\nclear")
    let out = transport.iopub(for: r).filter { !["status", "execute_input"].contains($0.type) }
    #expect(out.map(\.type) == ["display_data", "update_display_data", "clear_output"])
    #expect(out[1].content["transient"]?["display_id"] == "d1")
    #expect(out[2].content["wait"] == true)
  }

  @Test func stdinRoundTripAndRefusal() {
    let kernel = makeKernel()
    transport.inputReplies = ["Ada"]
    let r = execute(kernel, "input:name?", ["allow_stdin": true])
    #expect(transport.inputRequests.first?.content["prompt"] == "name?")
    #expect(transport.inputRequests.first?.identities == r.identities)
    #expect(transport.iopub(for: r).first { $0.type == "execute_result" }?.content["data"]?["text/plain"] == "Ada")
    let refused = execute(kernel, "input:again", ["allow_stdin": false])
    #expect(transport.reply(to: refused)!.content["evalue"] == "notAllowed")
  }

  @Test func historyTailRangeSearch() {
    let kernel = makeKernel()
    for code in ["value:1", "print:x", "value:1", "value:2"] { _ = execute(kernel, code) }
    func history(_ c: JSON) -> [JSON] {
      let r = transport.request("history_request", c)
      kernel.handle(r, outlet: transport)
      return transport.reply(to: r)!.content["history"]!.arrayValue!
    }
    let tail = history(["hist_access_type": "tail", "n": 2, "output": false, "raw": true])
    #expect(tail == [[1, 3, "value:1"], [1, 4, "value:2"]])
    let withOutput = history(["hist_access_type": "tail", "n": 1, "output": true, "raw": true])
    #expect(withOutput == [[1, 4, ["value:2", "2"]]])
    let range = history([
      "hist_access_type": "range", "session": 1, "start": 2, "stop": 3, "output": false, "raw": true,
    ])
    #expect(range == [[1, 2, "print:x"]])
    #expect(history(["hist_access_type": "search", "pattern": "value:*", "unique": true]).count == 2)
    #expect(history(["hist_access_type": "search", "pattern": "value:?", "n": 2]).count == 2)
  }

  @Test(arguments: [
    ("6 *?", "6 * 7", true), ("*", "", true), ("a?c", "abc", true), ("a*", "ba", false),
    ("*x*", "axb", true), ("*.tsl", "a.tsv", false),
  ])
  func glob(_ pattern: String, _ text: String, _ matches: Bool) {
    #expect(HistoryStore.glob(pattern, matches: text) == matches)
  }

  @Test func unknownTypesAreLoggedOnce() {
    let lines = Mutex<[String]>([])
    let kernel = Kernel(
      interpreter: interpreter, info: info, factory: MessageFactory(), interrupt: interrupt,
      log: { line in lines.withLock { $0.append(line) } }, onShutdown: { _ in })
    for type in ["usage_request", "usage_request", "debug_request"] {
      kernel.handle(transport.request(type, [:]), outlet: transport)
    }
    #expect(lines.withLock { $0.count } == 2)
    #expect(transport.sent.isEmpty)
  }

  @Test func commOpenIsClosed() {
    let kernel = makeKernel()
    let r = transport.request("comm_open", ["comm_id": "c1", "target_name": "jupyter.widget", "data": [:]])
    kernel.handle(r, outlet: transport)
    #expect(transport.iopub(for: r).map(\.type) == ["status", "comm_close", "status"])
  }

  @Test func introspectionReplies() {
    let kernel = makeKernel()
    let c = transport.request("complete_request", ["code": "pr", "cursor_pos": 2])
    kernel.handle(c, outlet: transport)
    #expect(transport.reply(to: c)!.content["cursor_end"] == 2)
    #expect(transport.reply(to: c)!.content["metadata"] == .emptyObject)
    let i = transport.request("inspect_request", ["code": "print", "cursor_pos": 5, "detail_level": 0])
    kernel.handle(i, outlet: transport)
    #expect(transport.reply(to: i)!.content["found"] == true)
    let ic = transport.request("is_complete_request", ["code": "for x in y:"])
    kernel.handle(ic, outlet: transport)
    #expect(transport.reply(to: ic)!.content == ["status": "incomplete", "indent": "    "])
  }

  @Test func shutdownOnShellAfterIdle() {
    var restarts: [Bool] = []
    let kernel = makeKernel { restarts.append($0) }
    let r = transport.request("shutdown_request", ["restart": true])
    kernel.handle(r, outlet: transport)
    #expect(transport.reply(to: r)!.content == ["status": "ok", "restart": true])
    #expect(restarts == [true])
  }

  @Test func cursorPositionsCountUnicodeScalars() throws {
    let far = RequestFields(content: ["cursor_pos": 100], msgType: "complete_request")
    #expect(try Kernel.cursor(far, code: "é😀") == 2)
    #expect(try Kernel.cursor(RequestFields(content: .emptyObject, msgType: "complete_request"), code: "é😀") == 2)
  }
}

struct MalformedCase: Sendable, CustomTestStringConvertible {
  var type: String
  var content: JSON
  var message: String
  var testDescription: String { "\(type) \(content.text)" }

  init(_ type: String, _ content: [String: JSON], _ message: String) {
    self.type = type
    self.content = .object(content)
    self.message = message
  }
}

let malformedCases: [MalformedCase] = [
  MalformedCase("execute_request", ["silent": .bool(false)], "'code' must be a string, got nothing"),
  MalformedCase("execute_request", ["code": .null], "'code' must be a string, got null"),
  MalformedCase("execute_request", ["code": .int(7)], "'code' must be a string, got a number"),
  MalformedCase(
    "execute_request", ["code": .string("print:x"), "silent": .string("yes")],
    "'silent' must be true or false, got the string \"yes\""),
  MalformedCase(
    "execute_request", ["code": .string("print:x"), "store_history": .int(1)], "'store_history' must be true or false"),
  MalformedCase(
    "execute_request", ["code": .string("print:x"), "user_expressions": .object(["a": .int(1)])],
    "'user_expressions' must be an object of strings"),
  MalformedCase(
    "execute_request", ["code": .string("print:x"), "user_expressions": .string("a")],
    "'user_expressions' must be an object, got"),
  MalformedCase(
    "complete_request", ["code": .array([.string("x")])], "complete_request: 'code' must be a string, got an array"),
  MalformedCase(
    "complete_request", ["code": .string("pri"), "cursor_pos": .string("3")], "'cursor_pos' must be an integer"),
  MalformedCase(
    "inspect_request", ["code": .string("x"), "detail_level": .bool(true)],
    "'detail_level' must be an integer, got true"),
  MalformedCase("is_complete_request", [:], "is_complete_request: 'code' must be a string, got nothing"),
  MalformedCase(
    "history_request", ["hist_access_type": .string("tail"), "n": .string("ten")], "'n' must be an integer"),
  MalformedCase("history_request", ["hist_access_type": .int(3)], "'hist_access_type' must be a string"),
]
