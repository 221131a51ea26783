"""Tessel's engine against CPython on whole programs: each runs as its own process under the pinned CPython and
under `tessel run`; start-up (an empty program's time) is subtracted, the best of N runs kept, and the table
gives each ratio (CPython time / Tessel time, so > 1 means Tessel is faster) and their geometric mean.

    python bench/python_bench.py [--runs 3] [program ...]

Numbers are for this machine, measured side by side in one run; nothing asserts on them."""
import argparse
import math
import pathlib
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
TESSEL = ROOT / ".build" / "release" / "tessel"
PROGRAMS = HERE / "programs"


def timed(argv, runs):
    best = math.inf
    out = b""
    for _ in range(runs):
        start = time.perf_counter()
        p = subprocess.run(argv, capture_output=True, cwd=PROGRAMS)
        elapsed = time.perf_counter() - start
        if p.returncode != 0:
            raise SystemExit(f"{' '.join(map(str, argv))} failed:\n{p.stderr.decode()[-2000:]}")
        best = min(best, elapsed)
        out = p.stdout
    return best, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    empty = PROGRAMS / "_empty.py"
    empty.write_text("")
    py_start, _ = timed([sys.executable, empty.name], args.runs + 2)
    ts_start, _ = timed([str(TESSEL), "run", empty.name], args.runs + 2)
    # For programs that use NumPy, importing it is start-up too (CPython's import takes ~100 ms).
    empty.write_text("import numpy as np\n")
    py_np_start, _ = timed([sys.executable, empty.name], args.runs + 2)
    ts_np_start, _ = timed([str(TESSEL), "run", empty.name], args.runs + 2)
    # And for programs that use scipy.optimize, importing it (another ~200 ms in CPython).
    empty.write_text("import numpy as np\nfrom scipy import optimize\n")
    py_sp_start, _ = timed([sys.executable, empty.name], args.runs + 2)
    ts_sp_start, _ = timed([str(TESSEL), "run", empty.name], args.runs + 2)
    empty.unlink()
    names = args.names or sorted(p.stem for p in PROGRAMS.glob("*.py") if not p.stem.startswith("_"))
    print(
        f"start-up: CPython {py_start * 1000:.1f} ms, Tessel {ts_start * 1000:.1f} ms; with `import numpy`: "
        f"CPython {py_np_start * 1000:.1f} ms, Tessel {ts_np_start * 1000:.1f} ms; with SciPy: CPython "
        f"{py_sp_start * 1000:.1f} ms, Tessel {ts_sp_start * 1000:.1f} ms (subtracted below)")
    print(f"{'program':<18}{'CPython ms':>12}{'Tessel ms':>12}{'ratio':>9}  same output")
    ratios = []
    for name in names:
        py, py_out = timed([sys.executable, f"{name}.py"], args.runs)
        ts, ts_out = timed([str(TESSEL), "run", f"{name}.py"], args.runs)
        text = (PROGRAMS / f"{name}.py").read_text()
        uses_numpy = "import numpy" in text
        uses_scipy = "from scipy import optimize" in text
        py_net = max(py - (py_sp_start if uses_scipy else py_np_start if uses_numpy else py_start), 1e-4)
        ts_net = max(ts - (ts_sp_start if uses_scipy else ts_np_start if uses_numpy else ts_start), 1e-4)
        ratio = py_net / ts_net
        ratios.append(ratio)
        print(f"{name:<18}{py_net * 1000:>12.1f}{ts_net * 1000:>12.1f}{ratio:>8.2f}x  {py_out == ts_out}")
    geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print(f"{'geometric mean':<42}{geo:>8.2f}x   (target: each >= 1.0x, geomean >= 3x)")


if __name__ == "__main__":
    main()
