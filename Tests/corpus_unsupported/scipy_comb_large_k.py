# expect: NotImplementedError: binom/comb with non-integer k or k ≥ 20 (after k → n − k) is not in Tessel yet; comb(..., exact=True) is
# at: line 5, column 7
from scipy.special import comb

print(comb(50, 25))
