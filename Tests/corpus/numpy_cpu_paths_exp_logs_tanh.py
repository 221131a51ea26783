# exp, exp2, expm1, log, log2, log10, log1p and tanh as NumPy computes them on this processor: SVML's in NumPy's AVX-512 build,
# NumPy's own vector tanh in its AVX2 and AVX-512 builds, libm otherwise. Printed in full (repr), so a last-bit
# difference shows; the corpus runs this under each CPU path.
import numpy as np

rng = np.random.default_rng(2024)
x = np.concatenate([rng.normal(0, 2, 400), rng.uniform(-30, 30, 200), np.linspace(-1e-3, 1e-3, 41)])
print([repr(float(v)) for v in np.exp(x)[::7]])
print([repr(float(v)) for v in np.tanh(x)[::7]])
print(repr(float(np.exp(x).sum())), repr(float(np.tanh(x).sum())))
pos = np.abs(x) + 1e-3
print([repr(float(v)) for v in np.log(np.concatenate([pos, np.exp(x), 1 + x / 1000]))[::9]])
print([repr(float(v)) for v in np.log([5e-324, 1e-310, 2.2250738585072014e-308, 1e308, 0.0, -0.0, -2.0, np.inf, np.nan, 1.0])])
print([repr(float(v)) for v in np.log2(np.concatenate([pos, np.exp(x)]))[::9]])
print([repr(float(v)) for v in np.log10(np.concatenate([pos, np.exp(x)]))[::9]])
print([repr(float(v)) for v in np.log1p(np.concatenate([x / 40, pos, -pos / 4, [-1.0, -0.0, 1e-300, np.inf]]))[::8]])
incomes = np.round(np.exp(rng.normal(10, 1, 8)), 2)
print(repr(np.log1p(incomes)), repr(np.log1p(-0.5)))
print([repr(float(v)) for v in np.exp2(np.concatenate([x, x / 1e9, [1022.5, 1023.9, -1022.3, -1074.2, -1080.0, 1025.0]]))[::8]])
print([repr(float(v)) for v in np.expm1(np.concatenate([x, x / 1e6, -x * 30, [708.0, 709.5, 710.0, np.inf, -np.inf]]))[::8]])
print(repr(np.expm1(np.log1p(incomes))), repr(np.expm1(-0.0)))
counts = np.array([3, 5, 2, 7, 1, 9, 4])
prob = counts / counts.sum()
print(repr(float(-(prob * np.log2(prob)).sum())), repr(np.log10(counts)), repr(np.log2(counts)))

# The ranges SVML's exp hands to its scalar routine, and tanh's saturation and special values.
edges = np.array([707.0, 707.71, 709.5, 709.78, 709.8, -707.71, -708.0, -708.5, -720.0, -744.0, -745.2, 1e-300,
                  -1e-300, 0.0, -0.0, np.inf, -np.inf, np.nan])
print([repr(float(v)) for v in np.exp(edges)])
print([repr(float(v)) for v in np.tanh(np.concatenate([edges, [19.0, 22.0, -0.125, 3e-8]]))])

# Where learners meet them: softmax, the logistic and tanh activations, a Gaussian density.
logits = rng.normal(0, 3, (4, 5))
e = np.exp(logits - logits.max(axis=1, keepdims=True))
print(repr(e / e.sum(axis=1, keepdims=True)))
z = np.linspace(-6, 6, 13)
print(repr(1 / (1 + np.exp(-z))))
print(repr(np.tanh(z)), repr(1 - np.tanh(z) ** 2))
print(repr(np.exp(-0.5 * z**2) / np.sqrt(2 * np.pi)))
p = 1 / (1 + np.exp(-logits.ravel()))
y = (rng.random(p.size) < 0.5).astype(float)
print(repr(float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))), repr(np.log(p[:6])))
print(np.exp(1.5), np.tanh(0.5), np.log(2.5), repr(np.exp(np.float64(-2.25))), repr(np.tanh(np.float64(0.75))))
print(repr(np.exp(logits[:, ::2])), repr(np.tanh(logits.T[1])))
