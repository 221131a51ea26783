import JupyterProtocol
import Synchronization
import TestSupport
import Testing

@testable import KernelCore

@Suite struct KernelControlTests {
  let info = KernelInfo(
    implementation: "t", implementationVersion: "1", languageName: "scripted", languageVersion: "1",
    mimetype: "text/plain", fileExtension: ".txt", pygmentsLexer: "text", codemirrorMode: "text", banner: "hi")

  @Test func interruptRaisesTheFlagAndShutdownStops() {
    let transport = InMemoryTransport()
    let flag = InterruptFlag()
    let stops = Mutex<[Bool]>([])
    let control = KernelControl(
      info: info, factory: MessageFactory(), interrupt: flag, log: { _ in },
      onShutdown: { r in stops.withLock { $0.append(r) } })
    let i = transport.request("interrupt_request", [:])
    control.handle(i, outlet: transport)
    #expect(flag.isRaised)
    #expect(transport.reply(to: i)!.content == ["status": "ok"])
    let k = transport.request("kernel_info_request", [:])
    control.handle(k, outlet: transport)
    let content = transport.reply(to: k)!.content
    #expect(content["protocol_version"] == "5.5")
    #expect(content["language_info"]?["name"] == "scripted")
    #expect(transport.iopub(for: k).map(\.type) == ["status", "status"])
    let s = transport.request("shutdown_request", ["restart": false])
    control.handle(s, outlet: transport)
    #expect(stops.withLock { $0 } == [false])
    #expect(transport.iopub(for: s).last?.content["execution_state"] == "idle")
  }

  @Test func interruptStopsARunningCell() async {
    let transport = InMemoryTransport()
    let flag = InterruptFlag()
    let kernel = Kernel(
      interpreter: ScriptedInterpreter(), info: info, factory: MessageFactory(), interrupt: flag, log: { _ in },
      onShutdown: { _ in })
    let r = transport.request("execute_request", ["code": "spin"])
    let raiser = Task.detached {
      try? await Task.sleep(for: .milliseconds(50))
      flag.raise()
    }
    kernel.handle(r, outlet: transport)
    await raiser.value
    #expect(transport.reply(to: r)!.content["ename"] == "KeyboardInterrupt")
  }
}
