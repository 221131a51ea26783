"""Kernel start-up time, trivial-cell round trip and memory: Tessel next to
ipykernel, measured in one run with the same client (jupyter_client).

    make bench            # or: .venv/bin/python bench/kernel_latency.py [--starts N] [--cells N]

Start-up is measured twice: launch to the first kernel_info reply (asked every
10 ms), and launch to `wait_for_ready` returning, which adds jupyter_client's
fixed IOPub waits. A round trip is `execute("1")` to its reply and its idle.
Figures are medians; the machine is small and noisy, so compare the ratios.
"""
import argparse
import json
import statistics
import time

from queue import Empty

import psutil
from jupyter_client.manager import KernelManager, start_new_kernel

KERNELS = [("tessel", "1"), ("python3", "1")]


def startup(name):
    t0 = time.perf_counter()
    km, kc = start_new_kernel(kernel_name=name, startup_timeout=60)
    elapsed = time.perf_counter() - t0
    return elapsed, km, kc


def first_reply(name):
    """Launch to the first kernel_info_reply, asking every 10 ms: the kernel's
    own readiness, without wait_for_ready's fixed 0.2 s IOPub waits."""
    km = KernelManager(kernel_name=name)
    t0 = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    while True:
        kc.kernel_info()
        try:
            kc.get_shell_msg(timeout=0.01)
            break
        except Empty:
            continue
    elapsed = time.perf_counter() - t0
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    return elapsed


def round_trip(kc, code):
    t0 = time.perf_counter()
    msg_id = kc.execute(code)
    while kc.get_shell_msg(timeout=10)["parent_header"].get("msg_id") != msg_id:
        pass
    while True:
        m = kc.get_iopub_msg(timeout=10)
        if (m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "status"
                and m["content"]["execution_state"] == "idle"):
            break
    return time.perf_counter() - t0


def measure(name, code, starts, cells):
    start_times, trips, rss = [], [], []
    for i in range(starts):
        t, km, kc = startup(name)
        start_times.append(t)
        if i == 0:
            for _ in range(20):  # warm-up
                round_trip(kc, code)
            trips = [round_trip(kc, code) for _ in range(cells)]
        rss.append(psutil.Process(km.provisioner.process.pid).memory_info().rss / 2**20)
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    first = [first_reply(name) for _ in range(starts)]
    return {
        "first_reply_ms": statistics.median(first) * 1000,
        "startup_ms": statistics.median(start_times) * 1000,
        "cell_ms": statistics.median(trips) * 1000,
        "cell_p90_ms": sorted(trips)[int(0.9 * len(trips))] * 1000,
        "rss_mb": statistics.median(rss),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--starts", type=int, default=5)
    ap.add_argument("--cells", type=int, default=200)
    ap.add_argument("--json", help="also write the figures here")
    args = ap.parse_args()
    results = {name: measure(name, code, args.starts, args.cells) for name, code in KERNELS}
    t, p = results["tessel"], results["python3"]
    print(f"{'':24}{'tessel':>10}{'ipykernel':>12}{'ipykernel/tessel':>18}")
    for key, label in [("first_reply_ms", "first kernel_info (ms)"), ("startup_ms", "wait_for_ready (ms)"), ("cell_ms", "trivial cell (ms)"),
                       ("cell_p90_ms", "trivial cell p90 (ms)"), ("rss_mb", "RSS after start (MiB)")]:
        print(f"{label:24}{t[key]:>10.2f}{p[key]:>12.2f}{p[key] / t[key]:>18.1f}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=2)


if __name__ == "__main__":
    main()
