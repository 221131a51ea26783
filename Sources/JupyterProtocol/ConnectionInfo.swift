import Foundation

/// The connection file a client hands the kernel (`{connection_file}`).
public struct ConnectionInfo: Equatable, Sendable {
  public var transport: String
  public var ip: String
  public var shellPort: Int
  public var iopubPort: Int
  public var stdinPort: Int
  public var controlPort: Int
  public var hbPort: Int
  public var key: String
  public var signatureScheme: String

  public enum Failure: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case invalidJSON(String)
    case missingField(String)
    case unsupportedScheme(String)

    public var description: String {
      switch self {
      case .unreadable(let p, let r): "cannot read connection file \(p): \(r)"
      case .invalidJSON(let r): "connection file is not valid JSON: \(r)"
      case .missingField(let f): "connection file: missing or invalid field '\(f)'"
      case .unsupportedScheme(let s): "connection file: unsupported signature_scheme '\(s)' (only hmac-sha256)"
      }
    }
  }

  public init(
    transport: String = "tcp", ip: String = "127.0.0.1", shellPort: Int, iopubPort: Int,
    stdinPort: Int, controlPort: Int, hbPort: Int, key: String, signatureScheme: String = "hmac-sha256"
  ) {
    self.transport = transport
    self.ip = ip
    self.shellPort = shellPort
    self.iopubPort = iopubPort
    self.stdinPort = stdinPort
    self.controlPort = controlPort
    self.hbPort = hbPort
    self.key = key
    self.signatureScheme = signatureScheme
  }

  /// Parses the file's JSON; unknown fields (`kernel_name` …) are ignored.
  public init(json: JSON) throws(Failure) {
    func port(_ name: String) throws(Failure) -> Int {
      guard let p = json[name]?.intValue, (0...65535).contains(p) else { throw .missingField(name) }
      return p
    }
    guard let ip = json["ip"]?.stringValue else { throw .missingField("ip") }
    let scheme = json["signature_scheme"]?.stringValue ?? "hmac-sha256"
    guard scheme == "hmac-sha256" else { throw .unsupportedScheme(scheme) }
    self.init(
      transport: json["transport"]?.stringValue ?? "tcp", ip: ip,
      shellPort: try port("shell_port"), iopubPort: try port("iopub_port"),
      stdinPort: try port("stdin_port"), controlPort: try port("control_port"),
      hbPort: try port("hb_port"), key: json["key"]?.stringValue ?? "", signatureScheme: scheme)
  }

  public init(contentsOf path: String) throws(Failure) {
    let data: Data
    do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
      throw .unreadable(path: path, reason: error.localizedDescription)
    }
    let json: JSON
    do { json = try JSON.parse([UInt8](data)) } catch { throw .invalidJSON(error.description) }
    try self.init(json: json)
  }

  /// `tcp://ip:port`, or `ipc://ip-port` for the ipc transport.
  public func endpoint(port: Int) -> String {
    transport == "ipc" ? "ipc://\(ip)-\(port)" : "\(transport)://\(ip):\(port)"
  }
}
