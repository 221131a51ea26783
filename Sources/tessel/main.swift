import ArgumentParser
import CMimalloc
import Foundation
import JupyterProtocol
import KernelCore
import KernelServer
import PythonLanguage
import Synchronization
import TesselKernel

/// `tessel kernel -f CONNECTION_FILE` runs the kernel; `tessel install` installs its kernelspec.
struct Tessel: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tessel", abstract: "Tessel: a Jupyter kernel for tensors, statistics and ML math.",
    subcommands: [RunKernel.self, Install.self, RunScript.self], defaultSubcommand: RunKernel.self)
}

struct RunScript: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run", abstract: "Run a Tessel script as one cell, printing its output (and its last value).")

  @Argument(help: "The script: Python 3, as `python3 file` runs it.")
  var file: String
  @Flag(help: "Take no specialised paths (tests compare both).") var noSpecialise = false
  @Flag(help: "Print how often each specialised path ran, to stderr.") var counters = false

  func run() throws {
    try runPython(try String(contentsOfFile: file, encoding: .utf8))
  }
}

extension RunScript {
  /// Runs a Python program as CPython runs a script: no echo of the last value, a traceback and exit status 1 on
  /// an uncaught exception.
  func runPython(_ code: String) throws {
    let label = file
    let failed = Mutex(false)
    let done = DispatchSemaphore(value: 0)
    let specialise = !noSpecialise
    let showCounters = counters
    let thread = Thread {
      defer { done.signal() }
      let session = PythonLanguage.Session(specialise: specialise)
      let host = PythonLanguage.ConsoleHost()
      do throws(PyError) {
        _ = try session.run(code, label: label, host: host)
      } catch {
        host.write(session.traceback(for: error).joined(separator: "\n") + "\n", toStderr: true)
        failed.withLock { $0 = true }
      }
      host.flush()
      if showCounters {
        for (name, n) in session.counters { host.write("\(name) \(n)\n", toStderr: true) }
      }
    }
    thread.stackSize = PythonLanguage.Session.stackSize
    thread.start()
    done.wait()
    if failed.withLock({ $0 }) { throw ExitCode(1) }
  }
}

struct RunKernel: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kernel", abstract: "Run the kernel for a Jupyter client.")

  @Option(name: [.customShort("f"), .customLong("connection-file")], help: "The connection file the client wrote.")
  var connectionFile: String

  @Flag(name: [.short, .long], help: "Log start-up and shutdown to stderr (errors are always logged).")
  var verbose = false

  func run() throws {
    let connection = try ConnectionInfo(contentsOf: connectionFile)
    let server = KernelServer(
      connection: connection, info: .tessel, verbose: verbose, shellStackSize: PythonLanguage.Session.stackSize
    ) { () -> Interpreter in PythonInterpreter() }
    _ = try server.run()
  }
}

struct Install: ParsableCommand {
  // Each command names itself: a derived name is `String(describing:)` of the type, whose protocol conformance
  // checks scan every conformance record in the binary (3.3 M instructions, a sixth of `tessel run`'s start-up).
  static let configuration = CommandConfiguration(
    commandName: "install", abstract: "Install the Tessel kernelspec for Jupyter.")

  @Flag(help: "Install for the current user (~/.local/share/jupyter).") var user = false
  @Flag(help: "Install into the running Python environment (sys.prefix of `python3`).") var sysPrefix = false
  @Option(help: "Install under PREFIX/share/jupyter/kernels.") var prefix: String?
  @Option(help: "The kernelspec name.") var name = "tessel"
  @Option(help: "The directory holding the logos (default: kernelspec/ of the source tree).") var specDir: String?

  func validate() throws {
    if [user, sysPrefix, prefix != nil].filter({ $0 }).count > 1 {
      throw ValidationError("--user, --sys-prefix and --prefix are exclusive")
    }
  }

  func run() throws {
    let spec = try KernelspecInstaller(specDir: specDir)
    let root: String
    if user {
      root = NSHomeDirectory() + "/.local/share/jupyter"
    } else if sysPrefix {
      root = try KernelspecInstaller.pythonPrefix() + "/share/jupyter"
    } else {
      root = (prefix ?? "/usr/local") + "/share/jupyter"
    }
    let destination = try spec.install(into: root + "/kernels/" + name)
    print("Installed kernelspec \(name) in \(destination)")
  }
}

Tessel.main()
