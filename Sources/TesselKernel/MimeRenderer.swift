import JupyterProtocol
import KernelCore
import TesselLanguage

/// A value as a mime bundle.
///
/// `text/plain` always; richer forms arrive with tensors.
enum MimeRenderer {
  static func bundle(_ value: Value) -> DisplayData {
    DisplayData(data: ["text/plain": .string(Repr.repr(value))])
  }
}
