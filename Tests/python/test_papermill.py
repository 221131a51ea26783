"""papermill runs a Tessel notebook with injected parameters, from the command line with `-p` and no
`--language`: the kernelspec says the language is Python, so papermill picks its Python translator."""
import os
import subprocess
import sys

import nbformat
from nbformat.v4 import new_code_cell, new_notebook

# What JupyterLab writes into a notebook made with the installed kernelspec.
KERNELSPEC = {"name": "tessel", "display_name": "Tessel", "language": "python"}


def test_papermill_cli_injects_parameters_without_a_language_flag(tmp_path):
    source = tmp_path / "descent.ipynb"
    nb = new_notebook(cells=[
        new_code_cell("eta = 0.1\nsteps = 50\nlabel = 'default'\nflag = False", metadata={"tags": ["parameters"]}),
        new_code_cell("w = 0\nfor step in range(steps):\n    w = w - eta * 2 * (w - 3)\nprint(f'{label} {flag} {steps} {w:.6f}')"),
    ], metadata={"kernelspec": KERNELSPEC})
    nbformat.write(nb, source)
    out = tmp_path / "descent-out.ipynb"
    papermill = os.path.join(os.path.dirname(sys.executable), "papermill")
    run = subprocess.run(
        [papermill, str(source), str(out), "--no-progress-bar",
         "-p", "eta", "0.25", "-p", "steps", "20", "-p", "label", 'run "b" é', "-p", "flag", "True"],
        capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    result = nbformat.read(out, as_version=4)
    injected = [c for c in result.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(injected) == 1 and "eta = 0.25" in injected[0].source
    printed = result.cells[-1].outputs[0]["text"]
    assert printed == 'run "b" é True 20 2.999997\n'
    assert result.metadata["language_info"]["name"] == "python"
    # The kernel logs nothing on a normal start (the 'ready' line needs --verbose).
    assert "[tessel]" not in run.stderr


def test_installed_kernelspec_is_the_source_tree_spec_with_this_binary(tmp_path):
    """`tessel install` writes kernelspec/kernel.json with argv[0] made absolute; nothing else differs
    (the language stays "python", which papermill and JupyterLab read)."""
    import json
    from jupyter_client.kernelspec import KernelSpecManager
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    with open(os.path.join(root, "kernelspec", "kernel.json")) as f:
        source = json.load(f)
    installed = KernelSpecManager().get_kernel_spec("tessel")
    with open(os.path.join(installed.resource_dir, "kernel.json")) as f:
        spec = json.load(f)
    assert os.path.isabs(spec["argv"][0]) and os.path.basename(spec["argv"][0]) == "tessel"
    assert spec["argv"][1:] == source["argv"][1:]
    assert {k: v for k, v in spec.items() if k != "argv"} == {k: v for k, v in source.items() if k != "argv"}
    assert spec["language"] == "python"
