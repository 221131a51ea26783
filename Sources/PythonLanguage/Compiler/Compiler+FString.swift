extension Compiler {
  /// An f-string: literal pieces and formatted fields, joined.
  func compileFString(_ parts: [FStringPart]) throws(PyError) -> Eval {
    let rt = self.rt
    enum Piece {
      case text(String)
      case field(Eval, Unicode.Scalar?, Eval?, SourceRange)
      /// A field whose spec is constant text, parsed once here.
      case parsed(Eval, FormatSpec, String, SourceRange)
    }
    var pieces: [Piece] = []
    for p in parts {
      switch p {
      case .text(let s): pieces.append(.text(s))
      case .field(let e, let conversion, let spec):
        if conversion == nil, let spec, spec.count == 1, case .text(let text) = spec[0],
          let parsed = try? FormatSpec(text)
        {
          pieces.append(.parsed(try compile(e), parsed, text, e.range))
          continue
        }
        let specEval = try spec.map { (s) throws(PyError) in try compileFString(s) }
        pieces.append(.field(try compile(e), conversion, specEval, e.range))
      }
    }
    return { (f) throws(PyError) -> Value in
      var out = ""
      for p in pieces {
        switch p {
        case .text(let s): out += s
        case .parsed(let e, let spec, let text, let range):
          let v = try e(f)
          do throws(PyError) { out += try rt.format(v, parsed: spec, text: text) } catch { throw error.located(range) }
        case .field(let e, let conversion, let spec, let range):
          var v = try e(f)
          do throws(PyError) {
            switch conversion {
            case "r": v = .str(try rt.repr(v))
            case "s": v = .str(try rt.str(v))
            case "a": v = .str(Repr.ascii(try rt.repr(v)))
            default: break
            }
            var specText = ""
            if let spec, case .object(let o) = try spec(f) { specText = unsafeDowncast(o, to: PyStr.self).value }
            out += try rt.format(v, specText)
          } catch { throw error.located(range) }
        }
      }
      return .str(out)
    }
  }
}
