"""What Jupyter shows for a cell's value and for display(): Tessel's v2 engine against ipykernel, cell by cell.

Each file in Tests/display/ holds cells separated by '# %%'. Both kernels run them in order; stdout, the
execute_result's text/plain, display_data and the error's name and value must be identical. Addresses
(`at 0x...`) are masked, as they differ between any two processes.
"""
import os
import pathlib
import re

import pytest
from jupyter_client.manager import start_new_kernel

from conftest import execute

CASES = sorted(pathlib.Path(__file__).resolve().parents[1].joinpath("display").glob("*.py"))


def cells(path):
    return [c.strip("\n") for c in re.split(r"^# %%.*$", path.read_text(), flags=re.M) if c.strip()]


def shown(outputs):
    out = []
    for kind, content in outputs:
        if kind == "stream":
            out.append((kind, content["name"], content["text"]))
        elif kind in ("execute_result", "display_data", "update_display_data"):
            text = re.sub(r"0x[0-9a-f]+", "0x…", content["data"]["text/plain"])
            out.append((kind, text))
        elif kind == "error":
            out.append((kind, content["ename"], content["evalue"]))
    return out


def run_all(kernel_name, env, sources):
    km, kc = start_new_kernel(kernel_name=kernel_name, startup_timeout=60, env=env)
    try:
        return [shown(execute(kc, src, timeout=60)[1]) for src in sources]
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_display_matches_ipykernel(path):
    sources = cells(path)
    expected = run_all("python3", dict(os.environ), sources)
    actual = run_all("tessel", dict(os.environ), sources)
    for src, want, got in zip(sources, expected, actual):
        assert got == want, "cell:\n" + src
