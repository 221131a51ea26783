import Foundation
import JupyterProtocol
import KernelCore
import ZeroMQ

/// Runs a kernel over ZeroMQ: the five sockets of a connection file, each
/// owned by one thread.
///
/// - shell thread (large stack): shell and stdin ROUTERs; runs the cells;
/// - control thread: control ROUTER; kernel_info, interrupt, shutdown;
/// - IOPub thread: the XPUB, fed by the others over inproc;
/// - heartbeat thread: a REP echo;
/// - signal thread: SIGINT → interrupt flag.
public final class KernelServer: Sendable {
  let connection: ConnectionInfo
  let info: KernelInfo
  let makeInterpreter: @Sendable () -> Interpreter
  let log: @Sendable (String) -> Void
  /// Whether start-up and shutdown are logged too (`tessel kernel --verbose`); errors always are.
  let verbose: Bool
  /// The shell thread's stack: the interpreter's deep recursion needs room (reserved, not committed).
  let shellStackSize: Int

  public init(
    connection: ConnectionInfo, info: KernelInfo, verbose: Bool = false, shellStackSize: Int = 512 << 20,
    log: @escaping @Sendable (String) -> Void = Log.stderr, makeInterpreter: @escaping @Sendable () -> Interpreter
  ) {
    self.shellStackSize = shellStackSize
    self.connection = connection
    self.info = info
    self.makeInterpreter = makeInterpreter
    self.log = log
    self.verbose = verbose
  }

  public enum Failure: Error, CustomStringConvertible {
    case startup([String])
    public var description: String {
      switch self {
      case .startup(let reasons): "kernel could not start: " + reasons.joined(separator: "; ")
      }
    }
  }

  /// Serves until a shutdown request; returns whether a restart was asked for.
  public func run() throws -> Bool {
    let interrupt = InterruptFlag()
    InterruptSignals.route(to: interrupt)

    let context = try Context()
    let codec = WireCodec(signer: Signer(key: connection.key))
    let factory = MessageFactory()
    let stop = StopSignal()
    // IOPub stops last: a thread publishing into a closed inproc pipe would block.
    let iopubStop = StopSignal()
    let latch = StartupLatch()
    let log = self.log

    let iopub = IOPubPublisher(
      context: context, endpoint: connection.endpoint(port: connection.iopubPort), codec: codec,
      factory: factory, stop: iopubStop, log: log)
    let iopubDone = DispatchSemaphore(value: 0)
    spawn("tessel-iopub") {
      iopub.run(latch: latch)
      iopubDone.signal()
    }
    // The inproc endpoint must exist before the other threads connect to it.
    if let failure = latch.wait(for: 1).first { throw Failure.startup([failure]) }

    let heartbeat = Heartbeat(context: context, endpoint: connection.endpoint(port: connection.hbPort))
    let heartbeatDone = DispatchSemaphore(value: 0)
    spawn("tessel-heartbeat") {
      heartbeat.run(latch: latch)
      heartbeatDone.signal()
    }

    let control = KernelControl(
      info: info, factory: factory, interrupt: interrupt, log: log,
      onShutdown: { restart in stop.stop(restart: restart) })
    let controlLoop = ChannelLoop(
      context: context, endpoint: connection.endpoint(port: connection.controlPort), codec: codec,
      channel: "control", stop: stop, log: log)
    let controlDone = DispatchSemaphore(value: 0)
    spawn("tessel-control") {
      controlLoop.runControl(control, latch: latch)
      controlDone.signal()
    }

    let shellLoop = ShellLoop(
      context: context, shellEndpoint: connection.endpoint(port: connection.shellPort),
      stdinEndpoint: connection.endpoint(port: connection.stdinPort), codec: codec, stop: stop, log: log)
    let shellDone = DispatchSemaphore(value: 0)
    let makeInterpreter = self.makeInterpreter
    let info = self.info
    spawn("tessel-shell", stackSize: shellStackSize) {
      let kernel = Kernel(
        interpreter: makeInterpreter(), info: info, factory: factory, interrupt: interrupt, log: log,
        onShutdown: { restart in stop.stop(restart: restart) })
      shellLoop.run(kernel, latch: latch)
      shellDone.signal()
    }

    let failures = latch.wait(for: 3)
    if !failures.isEmpty {
      stop.stop(restart: false)
      context.shutdown()
      throw Failure.startup(failures)
    }
    if verbose {
      log("ready: shell \(connection.shellPort), iopub \(connection.iopubPort), control \(connection.controlPort)")
    }

    stop.wait()
    // A cell still running sees the interrupt at its next loop back-edge or call and unwinds (one BLAS call
    // cannot be stopped: the cell stops when it returns). Each thread closes its sockets; the IOPub thread
    // last, after forwarding what the others handed it.
    interrupt.raise()
    let deadline = DispatchTime.now() + .milliseconds(1800)
    var stuck: [String] = []
    if controlDone.wait(timeout: deadline) != .success { stuck.append("control") }
    if shellDone.wait(timeout: deadline) != .success { stuck.append("shell") }
    iopubStop.stop(restart: false)
    if iopubDone.wait(timeout: .now() + .milliseconds(150)) != .success { stuck.append("iopub") }
    guard stuck.isEmpty else {
      // A thread is still inside a long C call (one huge BLAS product). Returning would run the process's exit
      // handlers (OpenBLAS frees its buffers) under it and crash; leave at once instead, after a moment for
      // the sockets' I/O thread to send the replies already queued.
      log("\(stuck.joined(separator: ", ")) still busy inside a call; exiting without waiting for it")
      usleep(50_000)
      _exit(0)
    }
    context.shutdown()  // releases the heartbeat's zmq_proxy
    if heartbeatDone.wait(timeout: .now() + .milliseconds(500)) != .success {
      log("heartbeat did not stop in time")
      usleep(50_000)
      _exit(0)
    }
    // Every socket is closed: wait for the last reply and idle to leave (linger ≤ 1 s).
    context.terminate()
    if verbose { log("stopped") }
    return stop.wantsRestart
  }

  func spawn(_ name: String, stackSize: Int = 0, _ body: @escaping @Sendable () -> Void) {
    let thread = Thread(block: body)
    thread.name = name
    if stackSize > 0 { thread.stackSize = stackSize }
    thread.start()
  }
}
