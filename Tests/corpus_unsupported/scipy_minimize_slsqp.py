# expect: NotImplementedError: scipy.optimize.minimize(method='SLSQP') is not in Tessel yet
# at: line 6, column 7
from scipy import optimize

constraint = {"type": "eq", "fun": lambda x: x[0] + x[1] - 1}
res = optimize.minimize(lambda x: x[0] ** 2 + x[1] ** 2, [0.5, 0.5], constraints=[constraint])
print(res.x)
