# Writing into complex arrays: the FFT filter idiom, masks, slices, fancy indices and in-place operators.
import math

import numpy as np

fs = 100
t = np.arange(200) / fs
clean = np.array([math.sin(2 * math.pi * 3 * s) for s in t])
noisy = clean + np.array([0.4 * math.sin(2 * math.pi * 31 * s) for s in t])

spectrum = np.fft.fft(noisy)
freqs = np.fft.fftfreq(len(noisy), d=1 / fs)
spectrum[np.abs(freqs) > 10] = 0
restored = np.fft.ifft(spectrum).real
print("kept bins:", np.count_nonzero(np.abs(spectrum) > 1e-9))
print("restored ~ clean:", np.allclose(restored, clean), np.max(np.abs(restored - clean)) < 1e-9)
print(restored[:5])

z = np.zeros(6, dtype=complex)
z[0] = 1 + 2j
z[1:3] = [5, 6j]
z[-1] = z[0] * 2
z[[3, 4]] = np.array([7.5, -1.25])
print(z)
z += 1
z *= 1j
z -= np.arange(6)
z /= 2
print(z)
alias = z
z **= 2
print(alias is z, alias)

M = np.array([[1 + 1j, 2], [3, 4j]])
M[0] = 9
M[:, 1] = M[:, 1] * 1j
M[M.real > 3] = -1
print(M)
M.fill(0.5 - 0.5j)
print(M)

first_half = np.fft.fft(np.arange(8.0))[:4]
first_half[0] = 0
print(first_half)

print("== selecting and joining complex arrays ==")
F = np.fft.fft(np.arange(8.0))
print(np.where(np.abs(F) > 5, F, 0))
print(np.where(np.arange(3) > 0, np.array([1j, 2, 3]), np.array([7.0, 8.0, 9.0])))
print(np.concatenate([F[:2], F[-2:]]), np.concatenate([F[:2], np.ones(2)]))
print(np.hstack([F[:3], [1j]]), np.vstack([F[:3], F[3:6]]))
print(np.concatenate([M, M], axis=1))
