import JupyterProtocol
import KernelCore
import TensorModule
import TesselLanguage

/// A value as a mime bundle: `text/plain` always; tensors and records also as an HTML table.
enum MimeRenderer {
  static func bundle(_ value: Value) -> DisplayData {
    var data: [String: JSON] = ["text/plain": .string(Repr.repr(value))]
    switch value {
    case .tensor(let t): data["text/html"] = .string(HTMLTable.tensor(t))
    case .record(let r): data["text/html"] = .string(HTMLTable.record(r))
    default: break
    }
    return DisplayData(data: data)
  }
}

/// HTML tables for JupyterLab: a tensor's elements with its shape and dtype, a record's fields.
enum HTMLTable {
  /// Rows and columns shown before eliding the middle with `⋯`.
  static let edge = 10

  static func escape(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }

  /// Indices to show along an axis of `n`: all, or the first and last `edge` with nil for the gap.
  static func shown(_ n: Int) -> [Int?] {
    n <= 2 * edge ? Array(0..<n) : Array(0..<edge) + [nil] + Array((n - edge)..<n)
  }

  /// Cells in monospace, right-aligned and unwrapped: NumPy's padded strings then line up on the decimal point.
  static let numberCell = "<td style=\"text-align:right;white-space:pre;font-family:monospace\">"

  /// A tensor as a table, its shape and dtype on a line below it (a caption would wrap to the width of a
  /// small table).
  static func tensor(_ t: Tensor) -> String {
    let note =
      "<div style=\"text-align:left;white-space:nowrap;font-size:smaller\">"
      + "tensor, shape \(t.shapeDescription), dtype \(t.dtype.rawValue)</div>"
    guard t.ndim == 1 || t.ndim == 2, t.count > 0 else {
      return "<div class=\"tessel-tensor\"><pre>\(escape(Repr.repr(.tensor(t))))</pre>\(note)</div>"
    }
    let format = Printing.elementFormatter(for: t, padded: true)
    let (rows, cols) = t.ndim == 1 ? (1, t.count) : (t.shape[0], t.shape[1])
    var html = "<div class=\"tessel-tensor\"><table><thead><tr><th></th>"
    for j in shown(cols) { html += "<th>\(j.map(String.init) ?? "⋯")</th>" }
    html += "</tr></thead><tbody>"
    for i in shown(rows) {
      guard let i else {
        html += "<tr><th>⋮</th>" + String(repeating: "<td>⋮</td>", count: shown(cols).count) + "</tr>"
        continue
      }
      html += "<tr><th>\(t.ndim == 1 ? "" : String(i))</th>"
      for j in shown(cols) {
        html += numberCell + (j.map { escape(format(t.data[i * cols + $0])) } ?? "⋯") + "</td>"
      }
      html += "</tr>"
    }
    return html + "</tbody></table>" + note + "</div>"
  }

  static func record(_ r: Record) -> String {
    var html =
      "<table class=\"tessel-record\"><caption style=\"caption-side:top;text-align:left\"><b>\(escape(r.typeName))</b></caption>"
    html +=
      "<thead><tr><th style=\"text-align:left\">field</th><th style=\"text-align:left\">value</th></tr></thead><tbody>"
    for (name, value) in zip(r.names, r.values) {
      let text = Repr.repr(value)
      let cell = text.contains("\n") ? "<pre>\(escape(text))</pre>" : escape(text)
      html +=
        "<tr><td style=\"text-align:left\"><code>\(escape(name))</code></td><td style=\"text-align:left\">\(cell)</td></tr>"
    }
    for (name, value) in r.context {
      html +=
        "<tr><td style=\"text-align:left\"><i>\(escape(name))</i></td><td style=\"text-align:left\">\(escape(value))</td></tr>"
    }
    html += "</tbody></table>"
    if let sentence = r.sentence { html += "<p class=\"tessel-reading\">\(escape(sentence))</p>" }
    return html
  }
}
