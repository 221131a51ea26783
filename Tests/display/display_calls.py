# display() as ipykernel provides it: objects shown as the pretty printer writes them, ids and updates.
display("a string", [1, 2], {'k': 1.5})
# %%
print("before")
display(list(range(40)))
print("after")
# %%
h = display("first", display_id="progress")
h
# %%
for step in range(3):
    display(f"step {step}", display_id="progress", update=step > 0)
# %%
h.update("last")
h.display(123)
# %%
display()
# %%
display(1, update=True)
# %%
import numpy as np
display(np.arange(4) * 0.5, np.float64(2.5))
