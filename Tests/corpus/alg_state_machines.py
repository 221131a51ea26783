# Dict-driven state machines and simulations: a vending machine, a traffic light, run-length encoding, a stack VM.
transitions = {
    ("idle", "coin"): "ready",
    ("ready", "coin"): "ready",
    ("ready", "push"): "vending",
    ("vending", "done"): "idle",
}
state = "idle"
log = []
for event in ["push", "coin", "coin", "push", "done", "done"]:
    nxt = transitions.get((state, event))
    log.append(f"{state}+{event}->{nxt or 'ignored'}")
    state = nxt or state
print(log, state)
cycle = {"green": ("yellow", 3), "yellow": ("red", 1), "red": ("green", 4)}
light, clock, timeline = "red", 0, []
while clock < 15:
    nxt, dur = cycle[light]
    timeline.append((clock, light))
    clock += dur
    light = nxt
print(timeline)
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
def unrle(code):
    out, num = [], ""
    for ch in code:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz"]:
    print(repr(s), rle(s), unrle(rle(s)) == s)
def run(program):
    stack, pc, out = [], 0, []
    while pc < len(program):
        op, *args = program[pc].split()
        if op == "push":
            stack.append(int(args[0]))
        elif op == "add":
            stack.append(stack.pop() + stack.pop())
        elif op == "mul":
            stack.append(stack.pop() * stack.pop())
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "jnz":
            if stack.pop() != 0:
                pc = int(args[0])
                continue
        elif op == "print":
            out.append(stack[-1])
        elif op == "dec":
            stack.append(stack.pop() - 1)
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        pc += 1
    return out, stack
print(run(["push 2", "push 3", "add", "push 4", "mul", "print"]))
print(run(["push 1", "push 5", "swap", "print", "swap", "dup", "push 0", "add", "swap", "dup", "dec", "swap", "push 0", "add", "swap", "mul", "print"])[0])
