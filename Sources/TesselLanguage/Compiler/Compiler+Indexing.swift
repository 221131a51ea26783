extension Compiler {
  func compile(_ subs: [Subscript]) throws(TesselError) -> (Frame) throws(TesselError) -> [IndexItem] {
    typealias Item = (Frame) throws(TesselError) -> IndexItem
    var items: [Item] = []
    for sub in subs {
      switch sub {
      case .single(let e):
        let v = try compile(e)
        let item: Item = { f throws(TesselError) in .value(try v(f)) }
        items.append(item)
      case .ellipsis:
        let item: Item = { _ in .ellipsis }
        items.append(item)
      case .slice(let lower, let upper, let step, let r):
        let parts = try [lower, upper, step].map { e throws(TesselError) in
          try e.map { e throws(TesselError) in (try compile(e), e.range) }
        }
        let item: Item = { f throws(TesselError) in
          var bounds: [Int?] = []
          for part in parts {
            guard let (eval, pr) = part else {
              bounds.append(nil)
              continue
            }
            let v = try eval(f)
            if case .none = v {
              bounds.append(nil)
              continue
            }
            guard let d = v.numeric, let i = Operators.exactInt(d) else {
              throw .type("slice indices must be integers or None", at: pr)
            }
            bounds.append(i)
          }
          if bounds[2] == 0 { throw .value("slice step cannot be zero", at: r) }
          return .slice(bounds[0], bounds[1], bounds[2])
        }
        items.append(item)
      }
    }
    return { f throws(TesselError) in
      var out: [IndexItem] = []
      out.reserveCapacity(items.count)
      for item in items { out.append(try item(f)) }
      return out
    }
  }

  /// `x[i]`, `A[i, j]`: element reads of lists and tensors by number skip building index items.
  func compileIndex(_ baseExpr: Expr, _ subs: [Subscript], _ r: SourceRange) throws(TesselError) -> Eval {
    let base = try compile(baseExpr)
    if subs.count == 1, case .single(let e) = subs[0] {
      let index = try compile(e)
      let er = e.range
      return { f throws(TesselError) in
        let container = try base(f)
        let i = try index(f)
        if case .number(let d) = i, var k = Int(exactly: d) {
          switch container {
          case .tensor(let t) where t.ndim == 1:
            if k < 0 { k += t.count }
            if k >= 0 && k < t.count { return t.isBool ? .bool(t.data[k] != 0) : .number(t.data[k]) }
          case .list(let a):
            if k < 0 { k += a.count }
            if k >= 0 && k < a.count { return a[k] }
          default: break
          }
        }
        return try Subscripting.get(container, [.value(i)], er)
      }
    }
    if subs.count == 2, case .single(let e0) = subs[0], case .single(let e1) = subs[1] {
      let (i0, i1) = (try compile(e0), try compile(e1))
      return { f throws(TesselError) in
        let container = try base(f)
        let a = try i0(f)
        let b = try i1(f)
        if case .tensor(let t) = container, t.ndim == 2, case .number(let x) = a, case .number(let y) = b,
          var i = Int(exactly: x), var j = Int(exactly: y)
        {
          let (rows, cols) = (t.shape[0], t.shape[1])
          if i < 0 { i += rows }
          if j < 0 { j += cols }
          if i >= 0 && i < rows && j >= 0 && j < cols {
            let v = t.data[i * cols + j]
            return t.isBool ? .bool(v != 0) : .number(v)
          }
        }
        return try Subscripting.get(container, [.value(a), .value(b)], r)
      }
    }
    let items = try compile(subs)
    return { f throws(TesselError) in try Subscripting.get(try base(f), try items(f), r) }
  }
}
