import JupyterProtocol

extension Kernel {
  /// `execute_request`: count, `execute_input`, run, outputs, reply.
  ///
  /// The counter moves only for `store_history` requests (the spec's "counter of
  /// all execution requests made with store_history=True"); `silent` forces
  /// `store_history` off and suppresses every IOPub output.
  func executeRequest(_ request: Message, _ outlet: ShellOutlet) {
    let c = request.content
    let code = c["code"]?.stringValue ?? ""
    let silent = c["silent"]?.boolValue ?? false
    let storeHistory = silent ? false : (c["store_history"]?.boolValue ?? true)
    let allowStdin = c["allow_stdin"]?.boolValue ?? false
    let stopOnError = c["stop_on_error"]?.boolValue ?? true
    let userExpressions = c["user_expressions"]?.objectValue ?? [:]

    if storeHistory {
      executionCount += 1
      history.record(line: executionCount, input: code)
    }
    let count = executionCount
    if !silent {
      outlet.publish(
        factory.message(
          "execute_input", content: ["code": .string(code), "execution_count": .int(count)], parent: request))
    }

    interrupt.clear()
    let context = ExecutionContext(
      request: request, outlet: outlet, factory: factory, executionCount: count, silent: silent,
      allowStdin: allowStdin, interrupt: interrupt)
    let outcome = interpreter.execute(code: code, context: context)
    context.flush()

    switch outcome {
    case .ok(let result, let payload):
      if let result {
        if !silent {
          outlet.publish(
            factory.message(
              "execute_result",
              content: [
                "execution_count": .int(count), "data": .object(result.data), "metadata": .object(result.metadata),
              ], parent: request))
        }
        if storeHistory, let text = result.data["text/plain"]?.stringValue { history.setOutput(line: count, text) }
      }
      var expressions: [String: JSON] = [:]
      for (name, expression) in userExpressions {
        switch interpreter.evaluate(expression: expression.stringValue ?? "", context: context) {
        case .success(let value):
          expressions[name] = ["status": "ok", "data": .object(value.data), "metadata": .object(value.metadata)]
        case .failure(let report):
          var r = report.content.objectValue ?? [:]
          r["status"] = "error"
          expressions[name] = .object(r)
        }
      }
      context.flush()
      outlet.send(
        factory.reply(
          to: request,
          content: [
            "status": "ok", "execution_count": .int(count), "payload": .array(payload),
            "user_expressions": .object(expressions),
          ], metadata: ["status": "ok"]))
    case .error(let report):
      if !silent {
        outlet.publish(factory.message("error", content: report.content, parent: request))
      }
      var content = report.content.objectValue ?? [:]
      content["status"] = "error"
      content["execution_count"] = .int(count)
      content["user_expressions"] = .emptyObject
      content["payload"] = []
      outlet.send(factory.reply(to: request, content: .object(content), metadata: ["status": "error"]))
      if stopOnError && !silent { abortQueued = true }
    }
  }
}
