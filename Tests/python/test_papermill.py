"""papermill runs a Tessel notebook with injected parameters. Tessel's assignment
and literal syntax accepts papermill's Python translator, so `language="python"`
(`papermill -l python` on the command line) is all it takes."""
import nbformat
import papermill
from nbformat.v4 import new_code_cell, new_notebook


def test_papermill_injects_parameters(tmp_path):
    source = tmp_path / "descent.ipynb"
    nb = new_notebook(cells=[
        new_code_cell("eta = 0.1\nsteps = 50\nlabel = 'default'\nflag = False", metadata={"tags": ["parameters"]}),
        new_code_cell("w = 0\nfor step in range(steps):\n    w = w - eta * 2 * (w - 3)\nprint(f'{label} {flag} {steps} {w:.6f}')"),
    ], metadata={"kernelspec": {"name": "tessel", "display_name": "Tessel", "language": "tessel"}})
    nbformat.write(nb, source)
    out = tmp_path / "descent-out.ipynb"
    papermill.execute_notebook(
        str(source), str(out), kernel_name="tessel", language="python", progress_bar=False,
        parameters={"eta": 0.25, "steps": 20, "label": 'run "b" é', "flag": True})
    result = nbformat.read(out, as_version=4)
    injected = [c for c in result.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(injected) == 1 and "eta = 0.25" in injected[0].source
    printed = result.cells[-1].outputs[0]["text"]
    assert printed == 'run "b" é True 20 2.999997\n'
    assert result.metadata["language_info"]["name"] == "tessel"
