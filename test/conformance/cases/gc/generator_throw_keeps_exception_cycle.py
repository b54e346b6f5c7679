# An exception thrown into a generator and stored in its locals ties the generator, its frame and the exception together.
import gc

def worker():
    err = None
    while True:
        try:
            yield err
        except ValueError as e:
            err = e

w = worker()
next(w)
got = w.throw(ValueError("bad input"))
print("generator kept:", repr(got))
del got, w
print("collected:", gc.collect())
