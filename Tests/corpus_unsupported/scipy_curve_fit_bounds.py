# expect: NotImplementedError: curve_fit with bounds (method 'trf') is not in Tessel yet
# at: line 4, column 1
from scipy.optimize import curve_fit
curve_fit(lambda t, a: a * t, [1.0, 2.0, 3.0], [2.0, 4.1, 5.9], bounds=(0, 10))
