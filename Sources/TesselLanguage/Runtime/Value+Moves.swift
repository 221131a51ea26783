import TensorModule

/// Moving a container out of a value so it can change in place.
///
/// `switch v { case .tensor(var t): … }` on a variable keeps a copy of `v` alive for the whole case, so
/// the buffer inside is shared and the first write copies all of it: `C[i, j] = s` would cost the size
/// of `C`. These take the payload and leave `.none`, so the caller holds the only reference; it puts
/// the changed container back when done.
extension Value {
  /// The tensor, moved out; `nil` (and `self` untouched) when this is not a tensor.
  mutating func takeTensor() -> Tensor? {
    guard case .tensor = self else { return nil }
    let old = self
    self = .none
    guard case .tensor(let t) = old else { return nil }
    return t
  }

  /// The list, moved out; `nil` (and `self` untouched) when this is not a list.
  mutating func takeList() -> [Value]? {
    guard case .list = self else { return nil }
    let old = self
    self = .none
    guard case .list(let xs) = old else { return nil }
    return xs
  }

  /// The dict, moved out; `nil` (and `self` untouched) when this is not a dict.
  mutating func takeDict() -> Dict? {
    guard case .dict = self else { return nil }
    let old = self
    self = .none
    guard case .dict(let d) = old else { return nil }
    return d
  }
}
