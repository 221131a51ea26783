# NumPy scalars answer what a 0-d array does: T, shape, ndim, size, dtype, reshape/ravel, cumprod, item, astype.
import numpy as np
x = np.int64(5)
f = np.float64(2.5)
for name, call in [("int T", lambda: x.T), ("int cumprod", lambda: x.cumprod()), ("int cumsum", lambda: x.cumsum()),
                   ("f T", lambda: f.T), ("f reshape", lambda: f.reshape(1)), ("f ravel", lambda: f.ravel()),
                   ("f item", lambda: f.item()), ("x astype", lambda: x.astype(float)),
                   ("f round", lambda: f.round()), ("x shape", lambda: (x.shape, x.ndim, x.size)), ("f conj", lambda: f.conjugate()),
                   ("x bit_length", lambda: x.bit_length()), ("f is_integer", lambda: f.is_integer()), ("x tolist", lambda: x.tolist()),
                   ("f sum", lambda: f.sum()), ("x argmax", lambda: x.argmax()), ("f std", lambda: f.std()), ("x dtype", lambda: x.dtype)]:
    try:
        print(name, repr(call()))
    except Exception as e:
        print(name, "ERR", type(e).__name__, str(e)[:90])
b = np.True_
print(f.dtype, b.dtype, f.shape, b.ndim, b.T, np.float64(-0.5).reshape(1, 1), np.int64(3).ravel().dtype, f.transpose())
print(np.float64(1.25).flatten(), np.int64(7).squeeze(), np.int64(7).copy(), type(np.int64(7).T).__name__)
