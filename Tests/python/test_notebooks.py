"""Every notebook in notebooks/ runs headless through nbclient, as CI and papermill run them."""
import pathlib

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted(pathlib.Path(__file__).resolve().parents[2].joinpath("notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_executes(path):
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, kernel_name="tessel", timeout=120, allow_errors=False)
    client.execute()
    assert nb.metadata["language_info"]["name"] == "python"
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    assert code_cells and all(c.execution_count for c in code_cells)
    # Cells tagged raises-exception must show their error; no other cell may.
    for cell in code_cells:
        errors = [o for o in cell.outputs if o.output_type == "error"]
        expected = "raises-exception" in cell.metadata.get("tags", [])
        assert bool(errors) == expected, cell.source
    nbformat.validate(nb)


def test_there_are_notebooks():
    assert NOTEBOOKS
