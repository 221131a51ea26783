# np.fft at many lengths: powers of two, mixed radix (3, 5, 7, 11), general odd primes and Bluestein's chirp
# (53, 97, 101, 509, 1031), forward and inverse, complex and real: leading and trailing values in full, and sums.
import numpy as np
print(np.fft.fft([1.0, 2.0, 3.0, 4.0]))
for n in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 16, 17, 22, 24, 30, 31, 32, 49, 50, 53, 64, 97, 100, 101, 121, 128, 169, 210, 243, 256, 343, 360, 500, 509, 1000, 1024, 1031]:
    x = np.array([((k * 7919) % 101) / 13.0 - 3.5 for k in range(n)])
    y = np.array([((k * 104729) % 89) / 7.0 - 5.0 for k in range(n)])
    z = x + 1j * y
    F = np.fft.fft(z)
    G = np.fft.ifft(z)
    R = np.fft.rfft(x)
    I = np.fft.irfft(R, n)
    I2 = np.fft.irfft(z[: n // 2 + 1]) if n > 1 else I
    print(n, F.tolist()[:5], F.tolist()[-3:], G.tolist()[:3], R.tolist()[:4], R.tolist()[-2:], I.tolist()[:4], I2.tolist()[-3:])
    print(n, np.sum(np.abs(F)), np.sum(np.abs(G)), np.sum(np.abs(R)), np.sum(np.abs(I)))
