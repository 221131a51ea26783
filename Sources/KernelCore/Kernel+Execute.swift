import JupyterProtocol

extension Kernel {
  /// `execute_request`: count, `execute_input`, run, outputs, reply.
  ///
  /// The counter moves only for `store_history` requests (the spec's "counter of
  /// all execution requests made with store_history=True"); `silent` forces
  /// `store_history` off and suppresses every IOPub output.
  func executeRequest(_ request: Message, _ outlet: ShellOutlet) {
    let execute: ExecuteRequest
    do {
      execute = try ExecuteRequest(RequestFields(request))
    } catch {
      // Nothing runs and the counter stays: the reply says which field was wrong.
      sendExecuteError(error.replyContent, to: request, outlet)
      return
    }
    let (code, silent, storeHistory) = (execute.code, execute.silent, execute.storeHistory)

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
      allowStdin: execute.allowStdin, interrupt: interrupt)
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
      for (name, expression) in execute.userExpressions {
        switch interpreter.evaluate(expression: expression, context: context) {
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
      sendExecuteError(report.content.objectValue ?? [:], to: request, outlet)
      if execute.stopOnError && !silent { abortQueued = true }
    }
  }

  /// An `execute_reply` with status `error`: the error's fields, the current count, no payload.
  func sendExecuteError(_ error: [String: JSON], to request: Message, _ outlet: ShellOutlet) {
    var content = error
    content["status"] = "error"
    content["execution_count"] = .int(executionCount)
    content["user_expressions"] = .emptyObject
    content["payload"] = []
    outlet.send(factory.reply(to: request, content: .object(content), metadata: ["status": "error"]))
  }
}
