for expr in ["[0] * 10**18", "'ab' * 10**18", "list(range(10**15))", "'x'.center(10**15)", "bytes(10**15)", "(1,) * 10**17"]:
    try:
        eval_result = None
        if expr == "[0] * 10**18": [0] * 10**18
        elif expr == "'ab' * 10**18": 'ab' * 10**18
        elif expr == "list(range(10**15))": list(range(10**15))
        elif expr == "'x'.center(10**15)": 'x'.center(10**15)
        elif expr == "bytes(10**15)": bytes(10**15)
        else: (1,) * 10**17
    except MemoryError as e:
        print(expr, "MemoryError", repr(e))
    except OverflowError as e:
        print(expr, "OverflowError", e)
print(len(range(-2**63, 2**63 - 1)) if False else "ok")
