# expect: NotImplementedError: scipy.optimize.minimize(method='L-BFGS-B') with a variable fixed by equal bounds is not in Tessel yet
# at: line 5, column 7
from scipy import optimize

res = optimize.minimize(optimize.rosen, [0.5, 0.5], bounds=[(0, 1), (0.5, 0.5)])
print(res.x)
