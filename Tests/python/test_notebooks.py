"""Every notebook in notebooks/ runs headless through nbclient, as CI and papermill run them, and shows what
ipykernel shows: the curriculum's notebooks are plain Python, so CPython + NumPy + SciPy is their reference."""
import os
import pathlib

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted(pathlib.Path(__file__).resolve().parents[2].joinpath("notebooks").glob("*.ipynb"))


def run(path, kernel_name, env=None):
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, kernel_name=kernel_name, timeout=300, allow_errors=False)
    client.execute(env=env) if env else client.execute()
    return nb


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_executes(path):
    nb = run(path, "tessel")
    assert nb.metadata["language_info"]["name"] == "python"
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    assert code_cells and all(c.execution_count for c in code_cells)
    # Cells tagged raises-exception must show their error; no other cell may.
    for cell in code_cells:
        errors = [o for o in cell.outputs if o.output_type == "error"]
        expected = "raises-exception" in cell.metadata.get("tags", [])
        assert bool(errors) == expected, cell.source
    nbformat.validate(nb)


def shown(cell):
    """What a reader sees: streams (joined, however the kernel split them), results and displays, errors."""
    out = []
    for o in cell.outputs:
        if o.output_type == "stream":
            if out and out[-1][:2] == ("stream", o.name):
                out[-1] = ("stream", o.name, out[-1][2] + o.text)
            else:
                out.append(("stream", o.name, o.text))
        elif o.output_type in ("execute_result", "display_data"):
            out.append((o.output_type, o.data.get("text/plain")))
        elif o.output_type == "error":
            out.append(("error", o.ename, o.evalue))
    return out


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_shows_what_ipykernel_shows(path):
    """Cell by cell against ipykernel; cells tagged `timing` print measured times and are only run."""
    python = run(path, "python3", dict(os.environ))
    tessel = run(path, "tessel")
    for a, b in zip(python.cells, tessel.cells):
        if a.cell_type != "code" or "timing" in a.metadata.get("tags", []):
            continue
        assert shown(b) == shown(a), a.source


def test_there_are_notebooks():
    assert NOTEBOOKS
