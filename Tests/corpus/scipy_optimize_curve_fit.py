# scipy.optimize.curve_fit and leastsq: MINPACK's Levenberg-Marquardt (lmdif) step for step, with SciPy's
# covariance. Models use only arithmetic, so the printed digits do not depend on the machine's exp/log.
import numpy as np
from scipy.optimize import curve_fit, leastsq


def michaelis_menten(s, vmax, km):
    return vmax * s / (km + s)


rng = np.random.default_rng(3)
s = np.linspace(0.1, 5, 30)
rate = michaelis_menten(s, 2.2, 0.7) + 0.05 * rng.standard_normal(30)
popt, pcov = curve_fit(michaelis_menten, s, rate)
print(popt)
print(pcov)
print(np.sqrt(np.diag(pcov)))

x = np.linspace(-2, 2, 41)
y = 1.5 * x**2 - 0.5 * x + 0.25 + 0.1 * rng.standard_normal(41)
popt, pcov = curve_fit(lambda t, a, b, c: a * t**2 + b * t + c, x, y)
print(popt, np.sqrt(np.diag(pcov)))
print(np.polyfit(x, y, 2))


def lorentz(t, amp, center, width):
    return amp / (1 + ((t - center) / width) ** 2)


ty = lorentz(x, 3.0, 0.4, 0.6) + 0.05 * rng.standard_normal(41)
popt, pcov = curve_fit(lorentz, x, ty, p0=[1, 0, 1])
print(popt)
print(pcov)
sigma = 0.05 + 0.02 * np.abs(x)
popt, pcov = curve_fit(lorentz, x, ty, p0=[1, 0, 1], sigma=sigma)
print(popt, pcov[0, 0])
popt, pcov = curve_fit(lorentz, x, ty, p0=[1, 0, 1], sigma=sigma, absolute_sigma=True)
print(popt, pcov[0, 0])
popt, pcov = curve_fit(lorentz, x, ty, p0=[1, 0, 1], xtol=1e-4, ftol=1e-4)
print(popt)

calls = []


def residuals(p, t, data):
    calls.append(p.tolist())
    return data - lorentz(t, *p)


r = leastsq(residuals, [1.0, 0.0, 1.0], args=(x, ty), full_output=True)
print(r[0], r[1].shape, r[2]["nfev"], r[2]["ipvt"], r[4])
print(r[3])
print(len(calls), calls[:3])
print(leastsq(lambda p: y - (p[0] * x**2 + p[1]), [1.0, 1.0]))

try:
    curve_fit(lorentz, x, ty, p0=[1, 0, 1], maxfev=5)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    curve_fit(lambda t, a, b, c: a * t + b + c, np.arange(2.0), np.arange(2.0))
except TypeError as e:
    print("TypeError:", e)

# full_output: leastsq's infodict, the message and ier.
x = np.linspace(0.1, 5, 20)
y = 2 * x / (0.5 + x) + 0.01 * np.sin(7 * x)
popt, pcov, info, msg, ier = curve_fit(lambda s, a, b: a * s / (b + s), x, y, full_output=True)
print(popt, ier, msg)
print(sorted(info), info["nfev"], info["ipvt"], info["fjac"].shape, info["qtf"], info["fvec"][:3])

# With an analytic Jacobian: MINPACK's lmder.

def mm(s, vmax, km):
    return vmax * s / (km + s)

def mm_jac(s, vmax, km):
    return np.column_stack([s / (km + s), -vmax * s / (km + s) ** 2])

rng = np.random.default_rng(5)
s = np.linspace(0.1, 5, 30)
rate = mm(s, 2.2, 0.7) + 0.05 * rng.standard_normal(30)
popt, pcov = curve_fit(mm, s, rate, jac=mm_jac)
print(popt, pcov)
popt, pcov, info, msg, ier = curve_fit(mm, s, rate, jac=mm_jac, sigma=0.05 + 0.01 * s, full_output=True)
print(popt, pcov, info["nfev"], info["njev"], ier)
jcalls = []
def dfun(p):
    jcalls.append(p.tolist())
    return -np.column_stack([s / (p[1] + s), -p[0] * s / (p[1] + s) ** 2])
r = leastsq(lambda p: rate - mm(s, *p), [1.0, 1.0], Dfun=dfun, full_output=True)
print(r[0], r[1], r[2]["nfev"], r[2]["njev"], r[4], len(jcalls))
r = leastsq(lambda p: rate - mm(s, *p), [1.0, 1.0], Dfun=lambda p: dfun(p).T, col_deriv=True, full_output=True)
print(r[0], r[2]["nfev"], r[2]["njev"], sorted(r[2]))
