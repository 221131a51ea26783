# json.loads and json.load: every JSON value kind, numbers as int or float, escapes and surrogate pairs, order and
# repeated keys, NaN/Infinity, round trips with dumps, and JSONDecodeError's messages and positions.
import json

docs = [
    '{"name": "model", "layers": [64, 32, 1], "lr": 0.001, "dropout": null, "trained": false}',
    '[1, -2, 3.5, -0.0, 1e3, 2E-2, 12345678901234567890123, 0]',
    '"tab\\tnew\\nline \\"q\\" \\\\ \\/ \\u00e9 \\ud83d\\ude00"',
    '{"b": 1, "a": 2, "b": 3}',
    '[NaN, Infinity, -Infinity]',
    '  \n\t {"nested": {"deep": [[], {}, [{"x": [true]}]]}}  ',
    '[]', '{}', '0', '-1', '"" ', 'true',
]
for doc in docs:
    v = json.loads(doc)
    print(type(v).__name__, v)
config = json.loads(json.dumps({"a": [1, 2.5, None, True], "b": {"c": "é"}}))
print(config, json.dumps(json.loads('{"k": [1.0, 2]}')))
print(json.loads(b'{"bytes": 1}'))
bad = ['', '[1,]', '{"a":1,}', '{"a" 1}', '{a: 1}', '[1 2]', '"abc', '01', '[1] x', '"a\\qb"', '"\\u12"', '{"a": [1, }',
       '-', 'nul', '"\\x01"'.replace("\\x01", chr(1)), '\n\n  [1,\n  ]']
for doc in bad:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
    except ValueError as e:
        print("ValueError:", e)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
print(issubclass(json.JSONDecodeError, ValueError))
print(json.loads("[1, 2]"))
