"""Numeric loops written the ways tutorials write them, Tessel next to CPython in one run.

    OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/numeric_idioms.py [--runs 3]

Each idiom is one program both languages run unchanged: set-up, then the loop timed in-process with
`time.perf_counter` (best of the runs inside the process). The ratio is CPython's time over Tessel's (above 1:
Tessel is faster). Nothing asserts on these numbers; the machine is small and noisy."""
import argparse
import pathlib
import subprocess
import sys
import tempfile
import textwrap

ROOT = pathlib.Path(__file__).resolve().parent.parent
TESSEL = ROOT / ".build" / "release" / "tessel"

SETUP = textwrap.dedent("""\
    import math
    import time
    import numpy as np
    np.random.seed(0)
    xs = np.random.rand(300000)
    ys = np.random.rand(300000)
    L = xs.tolist()
    A = np.random.rand(60, 60)
    B = np.random.rand(60, 60)
    LA = A.tolist()
    LB = B.tolist()
    def eval_A(i, j):
        return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)
    sigmoid = lambda z: 1 / (1 + math.exp(-z))
    """)

# name -> the statements timed (they may define and call functions).
IDIOMS = {
    "range(len(x)) dot": """
        s = 0.0
        for i in range(len(xs)):
            s += xs[i] * ys[i]
    """,
    "C[i, j] += (array matmul)": """
        n = A.shape[0]
        C = np.zeros((n, n))
        for i in range(A.shape[0]):
            for j in range(B.shape[1]):
                for k in range(A.shape[1]):
                    C[i, j] += A[i, k] * B[k, j]
    """,
    "A[i][k] (list-of-lists matmul)": """
        n = len(LA)
        C = [[0.0] * n for _ in range(n)]
        for i in range(n):
            for j in range(n):
                s = 0.0
                for k in range(n):
                    s += LA[i][k] * LB[k][j]
                C[i][j] = s
    """,
    "for x in xs": """
        s = 0
        for x in xs:
            s += x
    """,
    "zip(xs, ys)": """
        d = 0.0
        for a, b in zip(xs, ys):
            d += (a - b) ** 2
    """,
    "enumerate(list) + if": """
        best = -1.0
        where = -1
        for i, v in enumerate(L):
            if v > best:
                best = v
                where = i
    """,
    "math calls in the body": """
        s = 0.0
        for i in range(len(xs)):
            s += math.sqrt(xs[i]) * math.exp(-xs[i])
    """,
    "user function (inlined)": """
        s = 0.0
        for x in xs:
            s += sigmoid(x)
    """,
    "sum(genexpr)": """
        s = sum(x * y for x, y in zip(xs, ys))
    """,
    "break/continue": """
        c = 0
        for i in range(len(xs)):
            if xs[i] < 0.5:
                continue
            if ys[i] > 0.999999:
                break
            c += 1
    """,
    "while + DP table": """
        m = 300
        dp = [[0] * (m + 1) for _ in range(m + 1)]
        i = 1
        while i <= m:
            for j in range(1, m + 1):
                if (i * j) % 7 == 0:
                    dp[i][j] = dp[i - 1][j - 1] + 1
                else:
                    dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])
            i += 1
    """,
    "out.append(e) in a loop": """
        out = []
        for i in range(len(xs)):
            if xs[i] > 0.5:
                out.append(xs[i] * 2)
    """,
    "[e for x in L if c]": """
        out = [x * x for x in L if x > 0.25]
    """,
    "recursive fib(22)": """
        def fib(n):
            if n < 2:
                return n
            return fib(n - 1) + fib(n - 2)
        f = fib(22)
    """,
    "spectral eval_A rows": """
        u = [1.0] * 200
        v = [sum(eval_A(i, j) * u_j for j, u_j in enumerate(u)) for i in range(len(u))]
    """,
}


def program(body, runs):
    timed = textwrap.indent(textwrap.dedent(body).strip(), "    ")
    return (SETUP + "best = float('inf')\n" + f"for _run in range({runs}):\n" + "    _t = time.perf_counter()\n"
            + timed + "\n    best = min(best, time.perf_counter() - _t)\n" + "print('TIME', best)\n")


def measure(argv, source, cwd):
    path = pathlib.Path(cwd) / "idiom.py"
    path.write_text(source)
    p = subprocess.run(argv + [path.name], capture_output=True, text=True, cwd=cwd, timeout=600)
    if p.returncode != 0:
        raise SystemExit(f"{argv[0]} failed:\n{p.stderr[-2000:]}")
    return float(p.stdout.split("TIME")[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    print(f"{'idiom':<32}{'CPython ms':>12}{'Tessel ms':>12}{'ratio':>9}")
    with tempfile.TemporaryDirectory() as cwd:
        for name, body in IDIOMS.items():
            source = program(body, args.runs)
            py = measure([sys.executable], source, cwd)
            ts = measure([str(TESSEL), "run"], source, cwd)
            print(f"{name:<32}{py * 1000:>12.1f}{ts * 1000:>12.1f}{py / ts:>8.1f}x")


if __name__ == "__main__":
    main()
