"""Tensor workloads: Tessel next to NumPy (and CPython for the language loop), in one run.

    make bench          # or: .venv/bin/python bench/tensor_ops.py [path/to/tessel]

The same data (deterministic formulas, no random generator) and the same method on both sides: the best of
k timed repetitions with perf_counter, inside each process, so process start-up is never timed. Tessel runs
`tessel run` on a generated script; NumPy and CPython run in this Python.
The statistics rows compare with SciPy and scikit-learn: ks_2samp at 10⁴ (the exact lattice-path null) and at
10⁶ (the asymptotic one: kstwo at the effective size, by Pelz-Good when the samples agree and by Smirnov's
5·10⁵-term sum when they differ a little, the "shift" row).
Ratios: GFLOP/s Tessel ÷ NumPy for matmul (≥ 1 means Tessel is at least as fast), time Tessel ÷ NumPy for
the rest (≤ 1 means Tessel is at least as fast), time CPython ÷ Tessel for the pure-language loop.
"""
import subprocess
import sys
import tempfile
import time

import numpy as np
from scipy import stats
from sklearn import metrics

TESSEL = sys.argv[1] if len(sys.argv) > 1 else ".build/release/tessel"

# name: (setup, timed statement, repetitions); one Python text for both sides.
WORKLOADS = {
    "matmul 64": ("n = 64\nA = np.sin(np.arange(n * n).reshape(n, n))\nB = np.cos(np.arange(n * n).reshape(n, n))", "C = A @ B", 3000),
    "matmul 256": ("n = 256\nA = np.sin(np.arange(n * n).reshape(n, n))\nB = np.cos(np.arange(n * n).reshape(n, n))", "C = A @ B", 100),
    "matmul 1024": ("n = 1024\nA = np.sin(np.arange(n * n).reshape(n, n))\nB = np.cos(np.arange(n * n).reshape(n, n))", "C = A @ B", 5),
    "mse 1e7": ("N = 10000000\ny = np.sin(np.arange(N) * 0.001)\nyhat = np.cos(np.arange(N) * 0.001)", "m = np.mean((y - yhat) ** 2)", 5),
    # Elementwise kernels on fresh results (no fusion): a scalar side, equal shapes, a row broadcast, a ufunc.
    "scale 2e5": ("x = np.sin(np.arange(200000) * 0.001)", "y = x * 0.5", 300),
    "add 1e6": ("N = 1000000\na = np.sin(np.arange(N) * 0.001)\nb = np.cos(np.arange(N) * 0.001)", "c = a + b", 50),
    "less 1e6": ("N = 1000000\na = np.sin(np.arange(N) * 0.001)", "m = a < 0.5", 50),
    "row bcast 1000²": ("X = np.sin(np.arange(10**6).reshape(1000, 1000))\nmu = X.mean(axis=0)", "Z = X - mu", 50),
    "exp 1e6": ("N = 1000000\na = np.sin(np.arange(N) * 0.001)", "e = np.exp(a)", 30),
    "sort 1e6": ("N = 1000000\nx = (np.sin(np.arange(N) * 12.9898) * 43758.5453) % 1", "s = np.sort(x)", 7),
    # Writes into existing arrays: an in-place operator, a strided fill, a broadcast row, an in-place sort.
    "w[:] -= 0.1 g 1e6": ("N = 1000000\nw = np.sin(np.arange(N) * 0.001)\ng = np.cos(np.arange(N) * 0.001)", "w[:] -= 0.1 * g", 50),
    "z[::2] = 1.5 1e6": ("z = np.zeros(1000000)", "z[::2] = 1.5", 50),
    "M[:] = row 1000²": ("M = np.zeros((1000, 1000))\nr = np.sin(np.arange(1000.0))", "M[:] = r", 50),
    "copy + .sort() 1e6": ("N = 1000000\nx = (np.sin(np.arange(N) * 12.9898) * 43758.5453) % 1", "x.copy().sort()", 7),
    "svd 500": ("X = np.sin(np.arange(500 * 500).reshape(500, 500) * 0.37)", "U, S, Vh = np.linalg.svd(X)", 3),
    # Statistics next to SciPy and scikit-learn (issue 4's workloads).
    "welch 1e6": ("N = 1000000\na = np.sin(np.arange(N) * 1.7)\nb = np.cos(np.arange(N) * 0.3) + 0.001",
                  "r = stats.ttest_ind(a, b, equal_var=False)", 5),
    "roc_auc 1e6": ("N = 1000000\ny = (np.sin(np.arange(N) * 12.9898) > 0.3) * 1.0\ns = np.cos(np.arange(N) * 0.7) + y",
                    "r = metrics.roc_auc_score(y, s)", 3),
    "ks_2samp 1e4": ("N = 10000\na = np.sin(np.arange(N) * 1.7)\nb = np.cos(np.arange(N) * 0.3 + 0.1)",
                     "r = stats.ks_2samp(a, b)", 5),
    "ks_2samp 1e6": ("N = 1000000\na = np.sin(np.arange(N) * 1.7)\nb = np.cos(np.arange(N) * 0.3 + 0.1)",
                     "r = stats.ks_2samp(a, b)", 3),
    "ks_2samp shift": ("N = 1000000\na = np.sin(np.arange(N) * 1.7)\nb = np.cos(np.arange(N) * 0.3 + 0.1) + 0.0001",
                       "r = stats.ks_2samp(a, b)", 3),
}

PEERS = {"welch 1e6": "SciPy", "roc_auc 1e6": "sklearn", "ks_2samp 1e4": "SciPy", "ks_2samp 1e6": "SciPy",
         "ks_2samp shift": "SciPy"}

LOOPS_TESSEL = """
def matmul_loops(A, B):
    n = A.shape[0]
    C = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            s = 0.0
            for k in range(n):
                s += A[i, k] * B[k, j]
            C[i, j] = s
    return C
n = 128
A = np.sin(np.arange(n * n).reshape(n, n))
B = np.cos(np.arange(n * n).reshape(n, n))
"""
LOOPS_CPYTHON = """
import math
def matmul_loops(A, B):
    n = len(A)
    C = [[0.0] * n for i in range(n)]
    for i in range(n):
        for j in range(n):
            s = 0.0
            for k in range(n):
                s += A[i][k] * B[k][j]
            C[i][j] = s
    return C
n = 128
A = [[math.sin(i * n + j) for j in range(n)] for i in range(n)]
B = [[math.cos(i * n + j) for j in range(n)] for i in range(n)]
"""


def best_of(statement, repetitions, namespace):
    best = float("inf")
    for _ in range(repetitions):
        t0 = time.perf_counter()
        exec(statement, namespace)
        best = min(best, time.perf_counter() - t0)
    return best


def tessel_script():
    lines = ["import math", "import numpy as np", "from scipy import stats", "from sklearn import metrics",
             "from time import perf_counter",
             "def best_of(f, k):", "    best = math.inf", "    for r in range(k):", "        t0 = perf_counter()",
             "        f()", "        best = min(best, perf_counter() - t0)", "    return best"]
    for i, (name, (setup, statement, k)) in enumerate(WORKLOADS.items()):
        lines += setup.split("\n")
        lines += [f"def work_{i}():", f"    {statement}", f"print('{name}', best_of(work_{i}, {k}))"]
    lines += LOOPS_TESSEL.split("\n")
    lines += ["def work_loops():", "    C = matmul_loops(A, B)", "print('loops 128', best_of(work_loops, 3))"]
    return "\n".join(lines) + "\n"


def main():
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(tessel_script())
    out = subprocess.run([TESSEL, "run", f.name], capture_output=True, text=True, check=True).stdout
    tessel = {line.rsplit(" ", 1)[0]: float(line.rsplit(" ", 1)[1]) for line in out.strip().split("\n")}

    numpy = {}
    for name, (setup, statement, k) in WORKLOADS.items():
        namespace = {"np": np, "stats": stats, "metrics": metrics}
        exec(setup, namespace)
        numpy[name] = best_of(statement, k, namespace)
    namespace = {}
    exec(LOOPS_CPYTHON, namespace)
    cpython_loops = best_of("C = matmul_loops(A, B)", 3, namespace)

    print(f"{'workload':<14}{'Tessel':>12}{'peer':>12}   ratio")
    for name in WORKLOADS:
        t, p = tessel[name], numpy[name]
        if name.startswith("matmul"):
            n = int(name.split()[1])
            gt, gp = 2 * n**3 / t / 1e9, 2 * n**3 / p / 1e9
            print(f"{name:<14}{gt:>9.1f} GF{gp:>9.1f} GF   Tessel/NumPy GFLOP/s = {gt / gp:.2f}  (target >= 1)")
        else:
            peer = PEERS.get(name, "NumPy")
            print(f"{name:<14}{t * 1e3:>9.2f} ms{p * 1e3:>9.2f} ms   Tessel/{peer} time = {t / p:.2f}  (target <= 1)")
    t = tessel["loops 128"]
    print(f"{'loops 128':<14}{t * 1e3:>9.1f} ms{cpython_loops * 1e3:>9.1f} ms   CPython/Tessel time = {cpython_loops / t:.2f}  (target >= 5)")


if __name__ == "__main__":
    main()
