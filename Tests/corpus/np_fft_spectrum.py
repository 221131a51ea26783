# Fourier transforms with np.fft: a signal's spectrum, its frequencies, filtering and the way back.
import math

import numpy as np

print("== a small transform by hand and by np.fft ==")
x = np.array([1.0, 2.0, 3.0, 4.0])
print(np.fft.fft(x))
n = len(x)
by_hand = [sum(x[t] * complex(math.cos(-2 * math.pi * k * t / n), math.sin(-2 * math.pi * k * t / n)) for t in range(n)) for k in range(n)]
print(np.round(np.array(by_hand), 10))
print("inverse:", np.fft.ifft(np.fft.fft(x)))
print("real part back:", np.fft.ifft(np.fft.fft(x)).real)

print("== two tones and their spectrum ==")
fs = 64
t = np.arange(fs) / fs
signal = np.array([math.sin(2 * math.pi * 5 * s) + 0.5 * math.sin(2 * math.pi * 12 * s) for s in t])
spectrum = np.fft.rfft(signal)
freqs = np.fft.rfftfreq(len(signal), d=1 / fs)
amplitude = np.abs(spectrum) / (len(signal) / 2)
print(freqs[:16])
print(np.round(amplitude[:16], 6))
peaks = freqs[amplitude > 0.1]
print("peaks at", peaks, "Hz")
print("strongest:", freqs[np.argmax(amplitude)], "Hz")

print("== every frequency, centred ==")
full = np.fft.fft(signal)
print(np.fft.fftfreq(8), np.fft.fftfreq(9, d=0.5))
print(np.fft.fftshift(np.fft.fftfreq(8)), np.fft.ifftshift(np.fft.fftshift(np.arange(7))))
print("symmetric:", np.allclose(full[1:32], np.conj(full[-1:-32:-1])))
print(full[:6])

print("== low-pass filter: zero the high frequencies, transform back ==")
noisy = signal + np.array([0.3 * math.sin(2 * math.pi * 27 * s) for s in t])
S = np.fft.rfft(noisy)
keep = np.fft.rfftfreq(fs, 1 / fs) < 20
filtered = np.fft.irfft(S * keep, n=fs)
print("max error after filtering:", np.max(np.abs(filtered - signal)) < 1e-12)
print(filtered[:6])

print("== lengths that are not powers of two (Bluestein and mixed radix) ==")
for m in (5, 6, 7, 12, 30, 53, 97):
    v = np.array([((k * 37) % 11) - 5.0 for k in range(m)])
    F = np.fft.fft(v)
    print(m, F[:3].tolist(), np.fft.irfft(np.fft.rfft(v), m)[:3].tolist())

print("== normalisation and zero padding ==")
v = np.array([0.5, -1.0, 2.0, 3.5, -2.0])
for norm in ("backward", "ortho", "forward"):
    print(norm, np.fft.fft(v, norm=norm).tolist())
print("padded to 8:", np.fft.fft(v, n=8))
print("cropped to 3:", np.fft.fft(v, n=3))
print("Parseval:", np.isclose(np.sum(v ** 2), np.sum(np.abs(np.fft.fft(v)) ** 2) / len(v)))

print("== along an axis of a matrix ==")
M = np.arange(12.0).reshape(3, 4)
print(np.fft.fft(M))
print(np.fft.fft(M, axis=0))
print(np.fft.rfft(M, axis=1))
