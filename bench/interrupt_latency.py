"""How long Tessel takes to stop after an interrupt, per kind of work, next to ipykernel.

    .venv/bin/python bench/interrupt_latency.py

For each case: start the cell, wait, SIGINT the kernel (as JupyterLab's ■ does), and time until the
execute_reply arrives. Three delays per case; the worst is reported. Tessel's target is 100 ms, or 100 ms
after the single BLAS call a cell is in returns.
"""
import sys
import time

from jupyter_client.manager import start_new_kernel

# (name, setup, tessel code, python code, delays)
CASES = [
    ("loop, 10 ms body", "", "for i in range(10000):\n    sleep(0.01)",
     "import time\nfor i in range(10000):\n    time.sleep(0.01)", (0.3, 0.6, 0.9)),
    ("loop of calls", "def f(x):\n    return x + 1\n", "n = 0\nwhile True:\n    n = f(n)",
     "n = 0\nwhile True:\n    n = f(n)", (0.3, 0.6, 0.9)),
    ("loop of 1200² matmuls", "A = randn(1200, 1200)", "for i in range(10000):\n    C = A @ A",
     "for i in range(10000):\n    C = A @ A", (0.3, 0.6, 0.9)),
    ("randn(10**9)", "", "x = randn(10**9)", "x = np.random.randn(10**9)", (0.3, 0.6, 0.9)),
    ("sort 10⁸", "x = rand(10**8)", "s = sort(x)", "s = np.sort(x)", (0.3, 1.0, 3.0)),
    ("argsort 10⁸", "x = rand(10**8)", "i = argsort(x)", "i = np.argsort(x, kind='stable')", (0.3, 1.0, 3.0)),
    ("unique 10⁸", "x = rand(10**8)", "u = unique(x)", "u = np.unique(x)", (0.3, 1.0, 3.0)),
    ("exp 10⁸", "x = rand(10**8)", "y = exp(x)", "y = np.exp(x)", (0.1, 0.2, 0.3)),
    ("x * 2 + 1, 10⁸", "x = rand(10**8)", "y = x * 2 + 1", "y = x * 2 + 1", (0.1, 0.2, 0.3)),
    ("%timeit sleep(0.05)", "", "%timeit sleep(0.05)", "%timeit time.sleep(0.05)", (0.3, 0.6, 0.9)),
    ("one 3000² dgemm", "A = randn(3000, 3000)", "C = A @ A", "C = A @ A", (0.1, 0.2, 0.3)),
]


def reply_to(kc, msg_id, timeout=120):
    deadline = time.time() + timeout
    while time.time() < deadline:
        m = kc.get_shell_msg(timeout=timeout)
        if m["parent_header"].get("msg_id") == msg_id:
            return m["content"]
    raise TimeoutError(msg_id)


def run(kernel, setup_for):
    km, kc = start_new_kernel(kernel_name=kernel, startup_timeout=60)
    results = {}
    try:
        if kernel != "tessel":
            reply_to(kc, kc.execute("import numpy as np\nimport time\ndef sleep(s):\n    time.sleep(s)\n"))
        for name, setup, tessel_code, python_code, delays in CASES:
            code = tessel_code if kernel == "tessel" else python_code
            setup = setup_for(setup)
            if setup:
                reply_to(kc, kc.execute(setup))
            worst = 0.0
            for delay in delays:
                msg_id = kc.execute(code)
                time.sleep(delay)
                start = time.monotonic()
                km.interrupt_kernel()
                content = reply_to(kc, msg_id)
                worst = max(worst, time.monotonic() - start)
                if content.get("ename") != "KeyboardInterrupt":
                    worst = float("nan")  # finished before the interrupt, or failed
            results[name] = worst
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    return results


def main():
    tessel = run("tessel", lambda s: s)
    numpy = {"randn(": "np.random.randn(", "rand(": "np.random.rand("}

    def for_python(setup):
        for a, b in numpy.items():
            setup = setup.replace(a, b)
        return setup

    peer = run("python3", for_python) if "--no-peer" not in sys.argv else {}
    print("| case | Tessel worst of 3 (ms) | ipykernel worst of 3 (ms) |")
    print("|---|---|---|")
    for name, *_ in CASES:
        p = peer.get(name)
        print(f"| {name} | {tessel[name] * 1000:.0f} | {'' if p is None else f'{p * 1000:.0f}'} |")


if __name__ == "__main__":
    main()
