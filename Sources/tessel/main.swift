import ArgumentParser
import Foundation
import JupyterProtocol
import KernelCore
import KernelServer
import Synchronization
import TesselKernel
import TesselLanguage

/// `tessel kernel -f CONNECTION_FILE` runs the kernel; `tessel install` installs its kernelspec.
struct Tessel: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Tessel: a Jupyter kernel for tensors, statistics and ML math.",
    subcommands: [RunKernel.self, Install.self, RunScript.self], defaultSubcommand: RunKernel.self)
}

struct RunScript: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run", abstract: "Run a Tessel script as one cell, printing its output (and its last value).")

  @Argument(help: "The script (.tsl).") var file: String

  func run() throws {
    let code = try String(contentsOfFile: file, encoding: .utf8)
    let label = file
    let failed = Mutex(false)
    let done = DispatchSemaphore(value: 0)
    // On a thread with the stack the kernel's shell thread has, not the main thread's 8 MiB.
    let thread = Thread {
      defer { done.signal() }
      let session = Session()
      let host = ConsoleHost()
      do throws(TesselError) {
        if let value = try session.run(code, label: label, host: host) { print(session.repr(value)) }
      } catch {
        host.write(session.traceback(for: error).joined(separator: "\n") + "\n", toStderr: true)
        failed.withLock { $0 = true }
      }
    }
    thread.stackSize = Session.stackSize
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
      connection: connection, info: .tessel, verbose: verbose, shellStackSize: Session.stackSize
    ) { TesselInterpreter() }
    _ = try server.run()
  }
}

struct Install: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Install the Tessel kernelspec for Jupyter.")

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
