# expect-prefix: ModuleNotFoundError: No module named 'pandas' (Tessel has:
# at: line 3, column 1
import pandas as pd
