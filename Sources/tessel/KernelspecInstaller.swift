import Foundation

/// Writes a kernelspec whose argv names this very binary by absolute path,
/// with the rest of the spec and the logos from the source tree's `kernelspec/`.
struct KernelspecInstaller {
  let logos: URL
  let binary: String

  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  init(specDir: String?) throws {
    binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
    if let specDir {
      logos = URL(fileURLWithPath: specDir)
    } else {
      // The binary lives in <repo>/.build/<config>/tessel: look upwards for kernelspec/.
      var dir = URL(fileURLWithPath: binary).deletingLastPathComponent()
      var found: URL?
      for _ in 0..<6 {
        let candidate = dir.appendingPathComponent("kernelspec")
        if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("kernel.json").path) {
          found = candidate
          break
        }
        dir = dir.deletingLastPathComponent()
      }
      guard let found else {
        throw Failure(description: "cannot find kernelspec/ with kernel.json and the logos; pass --spec-dir")
      }
      logos = found
    }
  }

  func install(into path: String) throws -> String {
    let fm = FileManager.default
    try fm.createDirectory(atPath: path, withIntermediateDirectories: true)
    for logo in ["logo-svg.svg", "logo-32x32.png", "logo-64x64.png"] {
      let target = path + "/" + logo
      if fm.fileExists(atPath: target) { try fm.removeItem(atPath: target) }
      try fm.copyItem(atPath: logos.appendingPathComponent(logo).path, toPath: target)
    }
    // kernelspec/kernel.json is the one spec; only argv[0] changes, to this binary's absolute path.
    let template = try Data(contentsOf: logos.appendingPathComponent("kernel.json"))
    guard var spec = try JSONSerialization.jsonObject(with: template) as? [String: Any],
      var argv = spec["argv"] as? [String], !argv.isEmpty
    else { throw Failure(description: "kernelspec/kernel.json has no argv list") }
    argv[0] = binary
    spec["argv"] = argv
    let data = try JSONSerialization.data(
      withJSONObject: spec, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    try data.write(to: URL(fileURLWithPath: path + "/kernel.json"))
    return path
  }

  /// `sys.prefix` of the `python3` on PATH.
  static func pythonPrefix() throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", "import sys; print(sys.prefix)"]
    let pipe = Pipe()
    p.standardOutput = pipe
    try p.run()
    p.waitUntilExit()
    let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    return out.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
