# Parsing text by hand: key=value configs, CSV with quotes, tokenising arithmetic, word frequencies.
config_text = """
# training config
lr = 0.001
epochs=20
layers = 64, 32, 16
use_bias = true
name = "run #4"
"""

def parse_value(v):
    v = v.strip()
    if v.lower() in ("true", "false"):
        return v.lower() == "true"
    if v.startswith('"') and v.endswith('"'):
        return v[1:-1]
    if "," in v:
        return [parse_value(p) for p in v.split(",")]
    try:
        return int(v)
    except ValueError:
        pass
    try:
        return float(v)
    except ValueError:
        return v

cfg = {}
for line in config_text.splitlines():
    line = line.split("#", 1)[0] if not line.strip().startswith("name") else line
    if "=" not in line:
        continue
    key, value = line.split("=", 1)
    cfg[key.strip()] = parse_value(value)
print(cfg)

def split_csv(line):
    out, cur, quoted = [], [], False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out

print(split_csv('1,"Smith, John",42,"a ""b"""'), split_csv(""), split_csv(",,"))

def tokenize(expr):
    tokens, num = [], ""
    for ch in expr:
        if ch.isdigit() or ch == ".":
            num += ch
        else:
            if num:
                tokens.append(float(num) if "." in num else int(num))
                num = ""
            if ch in "+-*/()":
                tokens.append(ch)
            elif not ch.isspace():
                raise SyntaxError(f"unexpected {ch!r}")
    if num:
        tokens.append(float(num) if "." in num else int(num))
    return tokens

def evaluate(tokens):
    pos = 0
    def expr():
        nonlocal pos
        v = term()
        while pos < len(tokens) and tokens[pos] in "+-":
            op = tokens[pos]
            pos += 1
            v = v + term() if op == "+" else v - term()
        return v
    def term():
        nonlocal pos
        v = factor()
        while pos < len(tokens) and tokens[pos] in ("*", "/"):
            op = tokens[pos]
            pos += 1
            v = v * factor() if op == "*" else v / factor()
        return v
    def factor():
        nonlocal pos
        t = tokens[pos]
        pos += 1
        if t == "(":
            v = expr()
            pos += 1
            return v
        if t == "-":
            return -factor()
        return t
    return expr()

for e in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 0.5", "-(2 + 3) * 2", "2 * (3 + (4 - 1)) / 3"]:
    print(e, "=", evaluate(tokenize(e)))
try:
    tokenize("2 $ 3")
except SyntaxError as e:
    print("SyntaxError:", e)
text = "It was the best of times, it was the worst of times."
words = [w.strip(".,").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4], len(freq))
