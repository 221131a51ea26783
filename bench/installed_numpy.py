"""NumPy's own ground in the installed kernels: Tessel (through its kernelspec, so with the kernelspec's BLAS
settings) next to ipykernel + NumPy, the same cells in one run.

    make install-kernel && .venv/bin/python bench/installed_numpy.py [--runs 3]

Each cell times its work inside the kernel with time.perf_counter (best of --runs), so only the kernel's own
computing is compared. Ratios are NumPy's time over Tessel's: above 1.0 Tessel is faster. The last row is the
kernel's CPU time over wall time while a plain Python loop runs right after a large matmul: near 1.0 means idle
BLAS threads are not spinning on the other core.
"""
import argparse
import json

from jupyter_client.manager import start_new_kernel

SETUP = """
import time
import numpy as np
def _best(f, runs):
    b = 1e9
    for _ in range(runs):
        t = time.perf_counter(); f(); b = min(b, time.perf_counter() - t)
    return b
"""

CASES = [
    ("A @ B, n = 64 (×200)", "A = np.ones((64, 64)); B = np.ones((64, 64))", "[A @ B for _ in range(200)]"),
    ("A @ B, n = 256 (×10)", "A = np.ones((256, 256)); B = np.ones((256, 256))", "[A @ B for _ in range(10)]"),
    ("A @ B, n = 1024", "A = np.ones((1024, 1024)); B = np.ones((1024, 1024))", "A @ B"),
    ("sort 10⁶ float64", "x = np.random.default_rng(0).random(10**6)", "np.sort(x)"),
    ("int64 sum 10⁷", "k = np.arange(10**7) % 1000", "k.sum()"),
    ("int64 cumsum 10⁷", "k = np.arange(10**7) % 1000", "np.cumsum(k)"),
    ("bincount 10⁷", "k = np.arange(10**7) % 1000", "np.bincount(k)"),
    ("default_rng().standard_normal(10⁷)", "g = np.random.default_rng(1)", "g.standard_normal(10**7)"),
    ("default_rng().integers(0, 100, 10⁷)", "g = np.random.default_rng(1)", "g.integers(0, 100, 10**7)"),
    ("np.fft.fft 2²⁰ complex", "z = np.random.default_rng(2).random(2**20) * (1 + 1j)", "np.fft.fft(z)"),
    ("np.fft.rfft 10⁶ float64", "x = np.random.default_rng(2).random(10**6)", "np.fft.rfft(x)"),
    ("np.exp 10⁶", "x = np.random.default_rng(3).normal(0, 3, 10**6)", "np.exp(x)"),
    ("np.log 10⁶", "x = np.random.default_rng(3).random(10**6) * 10", "np.log(x)"),
    ("np.tanh 10⁶", "x = np.random.default_rng(3).normal(0, 3, 10**6)", "np.tanh(x)"),
]

BURN = """
A = np.ones((1024, 1024)); A @ A
_c = time.process_time(); _w = time.perf_counter(); _s = 0
for _i in range(300000):
    _s += _i
print(json.dumps((time.process_time() - _c) / (time.perf_counter() - _w)))
"""


def run(kc, code):
    out = []

    def hook(msg):
        if msg["msg_type"] == "stream" and msg["content"]["name"] == "stdout":
            out.append(msg["content"]["text"])
        elif msg["msg_type"] == "error":
            raise RuntimeError("\n".join(msg["content"]["traceback"]))

    kc.execute_interactive(code, output_hook=hook, timeout=600)
    return "".join(out)


def measure(name, runs):
    km, kc = start_new_kernel(kernel_name=name, startup_timeout=60)
    try:
        run(kc, SETUP + "\nimport json")
        times = []
        for _, setup, work in CASES:
            text = run(kc, f"{setup}\nprint(json.dumps(_best(lambda: {work}, {runs})))")
            times.append(json.loads(text))
        burn = json.loads(run(kc, BURN))
        return times, burn
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    tessel, tessel_burn = measure("tessel", args.runs)
    numpy, numpy_burn = measure("python3", args.runs)
    print(f"{'case':40} {'NumPy ms':>10} {'Tessel ms':>10} {'NumPy/Tessel':>13}")
    for (label, _, _), t, n in zip(CASES, tessel, numpy):
        print(f"{label:40} {n * 1e3:10.2f} {t * 1e3:10.2f} {n / t:13.2f}")
    print(f"{'CPU/wall after a 1024² matmul':40} {numpy_burn:10.2f} {tessel_burn:10.2f}")


if __name__ == "__main__":
    main()
