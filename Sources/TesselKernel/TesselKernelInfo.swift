import KernelCore

extension KernelInfo {
  /// What Tessel tells frontends about itself.
  ///
  /// The language is Python (LANGUAGE.md): frontends highlight it as IPython, `nbconvert --to script` writes `.py`, and papermill picks its Python parameter translator.
  public static let tessel = KernelInfo(
    implementation: "tessel", implementationVersion: "0.1.0", languageName: "python", languageVersion: "3.11",
    mimetype: "text/x-python", fileExtension: ".py", pygmentsLexer: "ipython3", codemirrorMode: "ipython",
    banner: "Tessel 0.1 — tensors, statistics and ML math, cell by cell. help() lists the builtins; name? shows one.")
}
