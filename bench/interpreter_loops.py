"""Pure-language workloads, Tessel next to CPython, in one run.

    .venv/bin/python bench/interpreter_loops.py

Each workload is code both languages run unchanged. CPython times it in-process
with perf_counter; Tessel's time is the execute round trip through jupyter_client
minus the median round trip of an empty cell. Medians of 3; the ratio is
CPython time / Tessel time (above 1: Tessel is faster).
"""
import statistics
import subprocess
import sys
import textwrap
import time

from jupyter_client.manager import start_new_kernel

SETUP = {
    "matmul": textwrap.dedent("""\
        def matmul(A, B, n):
            C = [[0] * n for i in range(n)]
            for i in range(n):
                for j in range(n):
                    s = 0
                    for k in range(n):
                        s += A[i][k] * B[k][j]
                    C[i][j] = s
            return C
        N = 64
        A = [[(i * N + j) % 7 for j in range(N)] for i in range(N)]
        B = [[(i + 2 * j) % 5 for j in range(N)] for i in range(N)]
        """),
    "fib": "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n",
    "loop": "",
    "fstrings": "",
}
WORK = {
    "loop": "s = 0\nfor k in range(1000000):\n    s += k * 2 % 7\n",
    "fib": "r = fib(20)\n",
    "matmul": "C = matmul(A, B, N)\n",
    "fstrings": "parts = [f'{i:>5}:{i / 7:.3f}' for i in range(50000)]\n",
}


def cpython(name):
    code = SETUP[name] + "import time\nt = time.perf_counter()\n" + WORK[name] + "print(time.perf_counter() - t)\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout)


def tessel_round_trip(kc, code):
    t0 = time.perf_counter()
    msg_id = kc.execute(code)
    while True:
        m = kc.get_shell_msg(timeout=600)
        if m["parent_header"].get("msg_id") == msg_id:
            assert m["content"]["status"] == "ok", m["content"]
            break
    return time.perf_counter() - t0


def main():
    km, kc = start_new_kernel(kernel_name="tessel")
    try:
        empty = statistics.median(tessel_round_trip(kc, "0") for _ in range(20))
        print(f"{'workload':10}{'CPython (s)':>14}{'Tessel (s)':>14}{'CPython/Tessel':>17}")
        for name in WORK:
            if SETUP[name]:
                tessel_round_trip(kc, SETUP[name])
            t = statistics.median(tessel_round_trip(kc, WORK[name]) - empty for _ in range(3))
            c = statistics.median(cpython(name) for _ in range(3))
            print(f"{name:10}{c:>14.4f}{t:>14.4f}{c / t:>17.2f}")
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


if __name__ == "__main__":
    main()
