"""The official conformance suite, jupyter_kernel_test, with every attribute filled."""
import unittest

import jupyter_kernel_test as jkt


class TesselKernelTests(jkt.KernelTests):
    kernel_name = "tessel"
    language_name = "python"
    file_extension = ".py"

    code_hello_world = 'print("hello, world")'
    code_stderr = 'import sys; print("careful", file=sys.stderr)'

    completion_samples = [
        {"text": "pri", "matches": {"print"}},
        {"text": "enum", "matches": {"enumerate"}},
        {"text": "x = rang", "matches": {"range"}},
    ]
    complete_code_samples = ["1 + 1", "print('hi')", "for i in range(3):\n    print(i)\n\n"]
    incomplete_code_samples = ["def f(x):", "x = (1,", "for i in range(3):\n    print(i)", "s = '''open"]
    invalid_code_samples = ["1 +* 2", "x = )", "3 = x"]

    code_page_something = "len?"
    code_generate_error = "undefined_name + 1"
    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": "'tessel'", "result": "'tessel'"},
        {"code": "[1, 'two', True]", "result": "[1, 'two', True]"},
        {"code": "[1, 2.5]", "result": "[1, 2.5]"},
        {"code": "import numpy as np; np.array([1, 2.5])", "result": "array([1. , 2.5])"},
        {"code": "1 / 4", "result": "0.25"},
    ]
    code_display_data = [{"code": "display([1, 2])", "mime": "text/plain"}]
    code_history_pattern = "6 *?"
    supported_history_operations = ("tail", "range", "search")
    code_inspect_sample = "print"
    code_clear_output = "from IPython.display import clear_output; clear_output()"


class TesselIopubWelcomeTests(jkt.IopubWelcomeTests):
    kernel_name = "tessel"
    support_iopub_welcome = True


if __name__ == "__main__":
    unittest.main()
