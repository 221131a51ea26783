import KernelCore

extension KernelInfo {
  /// What Tessel tells frontends about itself.
  public static let tessel = KernelInfo(
    implementation: "tessel", implementationVersion: "0.1.0", languageName: "tessel", languageVersion: "0.1",
    mimetype: "text/x-tessel", fileExtension: ".tsl", pygmentsLexer: "python", codemirrorMode: "python",
    banner: "Tessel 0.1 — tensors, statistics and ML math, cell by cell. help() lists the builtins; name? shows one.")
}
