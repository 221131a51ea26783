import Foundation

/// Kernel log lines go to stderr, which Jupyter sends to the server's terminal.
public enum Log {
  public static let stderr: @Sendable (String) -> Void = { line in
    FileHandle.standardError.write(Data("[tessel] \(line)\n".utf8))
  }
}
