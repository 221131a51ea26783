import Interruption

/// An error from a tensor operation: its kind (as the language names it) and NumPy's wording.
///
/// The language turns it into its own error at the call, adding the source position.
public struct TensorError: Error, Equatable, Sendable {
  public enum Kind: String, Sendable {
    case shape = "ShapeError"
    case index = "IndexError"
    case axis = "AxisError"
    case linAlg = "LinAlgError"
    case value = "ValueError"
    case type = "TypeError"
    case memory = "MemoryError"
    case interrupt = "KeyboardInterrupt"
  }

  /// A long kernel saw the interrupt flag between chunks.
  public static let interrupted = TensorError(.interrupt, "")

  /// Between chunks of a long kernel: `interrupted` if the running cell was asked to stop.
  @inline(__always)
  static func checkInterrupt() throws(TensorError) {
    if InterruptFlag.isCurrentRaised { throw .interrupted }
  }

  public var kind: Kind
  public var message: String

  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }
}
