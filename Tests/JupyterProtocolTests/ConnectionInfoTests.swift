import Testing

@testable import JupyterProtocol

@Suite struct ConnectionInfoTests {
  @Test func parsesAndIgnoresUnknownFields() throws {
    let json = try JSON.parse(
      #"""
      {"shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5,
       "ip": "127.0.0.1", "key": "abc", "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "tessel"}
      """#)
    let info = try ConnectionInfo(json: json)
    #expect(info.shellPort == 1 && info.hbPort == 5 && info.key == "abc")
    #expect(info.endpoint(port: 7) == "tcp://127.0.0.1:7")
  }

  @Test func namesTheMissingField() throws {
    let json = try JSON.parse(#"{"ip": "127.0.0.1", "shell_port": 1}"#)
    #expect(throws: ConnectionInfo.Failure.missingField("iopub_port")) { try ConnectionInfo(json: json) }
  }

  @Test func refusesUnknownSchemes() throws {
    let json = try JSON.parse(
      #"{"ip":"x","shell_port":1,"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5,"signature_scheme":"hmac-md5"}"#
    )
    #expect(throws: ConnectionInfo.Failure.unsupportedScheme("hmac-md5")) { try ConnectionInfo(json: json) }
  }

  @Test func ipcEndpoints() {
    let info = ConnectionInfo(
      transport: "ipc", ip: "/tmp/k", shellPort: 1, iopubPort: 2, stdinPort: 3, controlPort: 4, hbPort: 5, key: "")
    #expect(info.endpoint(port: 1) == "ipc:///tmp/k-1")
  }
}
