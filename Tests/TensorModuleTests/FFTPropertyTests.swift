import Foundation
import Testing

@testable import TensorModule

/// The FFT against the defining sum, and its inverse against the identity, for every kind of plan (radix 2–11
/// passes, the general odd-prime pass, Bluestein's) and both real transforms.
@Suite struct FFTPropertyTests {
  /// The DFT by its definition, in double.
  static func naive(_ x: [Double], forward: Bool) -> [Double] {
    let n = x.count / 2
    var out = [Double](repeating: 0, count: 2 * n)
    for k in 0..<n {
      var (re, im) = (0.0, 0.0)
      for t in 0..<n {
        let angle = (forward ? -2.0 : 2.0) * Double.pi * Double((k * t) % n) / Double(n)
        re += x[2 * t] * cos(angle) - x[2 * t + 1] * sin(angle)
        im += x[2 * t] * sin(angle) + x[2 * t + 1] * cos(angle)
      }
      out[2 * k] = re
      out[2 * k + 1] = im
    }
    return out
  }

  static func signal(_ count: Int, seed: UInt64) -> [Double] {
    var numbers = PropertyTests.Numbers(state: seed)
    return (0..<count).map { _ in numbers.next() }
  }

  @Test(arguments: [1, 2, 3, 4, 5, 7, 8, 11, 12, 13, 16, 17, 30, 53, 64, 97, 101, 120, 121, 169])
  func complexMatchesTheDefinition(n: Int) {
    let x = Self.signal(2 * n, seed: UInt64(n))
    for forward in [true, false] {
      var y = x
      ComplexFFT(length: n).execute(&y, factor: 1, forward: forward)
      let expected = Self.naive(x, forward: forward)
      let error = zip(y, expected).map { abs($0 - $1) }.max() ?? 0
      #expect(error < 1e-11 * Double(n), "n = \(n), forward = \(forward): error \(error)")
    }
  }

  @Test(arguments: [1, 2, 3, 5, 6, 7, 9, 14, 25, 49, 53, 60, 97, 128, 243])
  func realRoundTrips(n: Int) {
    let x = Self.signal(n, seed: UInt64(100 + n))
    let plan = RealFFT(length: n)
    let spectrum = plan.forward(x, factor: 1)
    // The half spectrum is the complex transform's first n/2 + 1 values.
    var full: [Double] = x.flatMap { [$0, 0.0] }
    ComplexFFT(length: n).execute(&full, factor: 1, forward: true)
    let error = zip(spectrum, full.prefix(spectrum.count)).map { abs($0 - $1) }.max() ?? 0
    #expect(error < 1e-12 * Double(n), "n = \(n): rfft differs from fft by \(error)")
    let half = (0..<(n / 2 + 1)).map { (spectrum[2 * $0], spectrum[2 * $0 + 1]) }
    let back = plan.backward(half, factor: 1 / Double(n))
    let roundTrip = zip(back, x).map { abs($0 - $1) }.max() ?? 0
    #expect(roundTrip < 1e-13 * Double(n), "n = \(n): irfft(rfft(x)) is off by \(roundTrip)")
  }

  @Test func complexPrintingSignsTheImaginaryParts() {
    #expect(Printing.repr(complexPairs: [1, 2, 3, -4, 0, 0.5], shape: [3]) == "array([1.+2.j , 3.-4.j , 0.+0.5j])")
    #expect(Printing.str(complexPairs: [.nan, 1, 0, .infinity], shape: [2]) == "[nan +1.j  0.+infj]")
    #expect(Printing.repr(complexPairs: [], shape: [0]) == "array([], dtype=complex128)")
  }
}
