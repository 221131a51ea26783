import JupyterProtocol

extension Kernel {
  /// `cursor_pos` in Unicode scalars, defaulting to the end and clamped to the code.
  static func cursor(_ content: JSON, code: String) -> Int {
    let length = code.unicodeScalars.count
    return min(max(content["cursor_pos"]?.intValue ?? length, 0), length)
  }

  func completeRequest(_ request: Message, _ outlet: ShellOutlet) {
    let code = request.content["code"]?.stringValue ?? ""
    let pos = Kernel.cursor(request.content, code: code)
    let c = interpreter.complete(code: code, cursorPos: pos)
    outlet.send(
      factory.reply(
        to: request,
        content: [
          "status": "ok", "matches": .array(c.matches.map { .string($0) }), "cursor_start": .int(c.cursorStart),
          "cursor_end": .int(c.cursorEnd), "metadata": .emptyObject,
        ]))
  }

  func inspectRequest(_ request: Message, _ outlet: ShellOutlet) {
    let code = request.content["code"]?.stringValue ?? ""
    let pos = Kernel.cursor(request.content, code: code)
    let level = request.content["detail_level"]?.intValue ?? 0
    let found = interpreter.inspect(code: code, cursorPos: pos, detailLevel: level)
    outlet.send(
      factory.reply(
        to: request,
        content: [
          "status": "ok", "found": .bool(found != nil), "data": .object(found?.data ?? [:]),
          "metadata": .object(found?.metadata ?? [:]),
        ]))
  }

  func isCompleteRequest(_ request: Message, _ outlet: ShellOutlet) {
    let code = request.content["code"]?.stringValue ?? ""
    let content: JSON
    switch interpreter.isComplete(code: code) {
    case .complete: content = ["status": "complete"]
    case .incomplete(let indent): content = ["status": "incomplete", "indent": .string(indent)]
    case .invalid: content = ["status": "invalid"]
    case .unknown: content = ["status": "unknown"]
    }
    outlet.send(factory.reply(to: request, content: content))
  }

  /// `history_request`: tail, range or search, with `[session, line, input]`
  /// triples, or `[session, line, [input, output]]` when `output` is set.
  func historyRequest(_ request: Message, _ outlet: ShellOutlet) {
    let c = request.content
    let entries: [HistoryStore.Entry]
    switch c["hist_access_type"]?.stringValue ?? "" {
    case "tail":
      entries = history.tail(c["n"]?.intValue ?? 10)
    case "range":
      entries = history.range(
        session: c["session"]?.intValue ?? 0, start: c["start"]?.intValue ?? 0, stop: c["stop"]?.intValue ?? 0)
    case "search":
      entries = history.search(
        pattern: c["pattern"]?.stringValue ?? "*", n: c["n"]?.intValue, unique: c["unique"]?.boolValue ?? false)
    default:
      entries = []
    }
    let withOutput = c["output"]?.boolValue ?? false
    let rows: [JSON] = entries.map { e in
      let cell: JSON = withOutput ? [.string(e.input), e.output.map { .string($0) } ?? .null] : .string(e.input)
      return [.int(HistoryStore.session), .int(e.line), cell]
    }
    outlet.send(factory.reply(to: request, content: ["status": "ok", "history": .array(rows)]))
  }
}
