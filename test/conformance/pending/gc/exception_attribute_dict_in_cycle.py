# An attribute set on an exception lives in its own __dict__, which is one more object in the garbage the collector counts.
import gc

def fails():
    try:
        raise KeyError("first")
    except KeyError as first:
        try:
            raise ValueError("second")
        except ValueError as second:
            first.partner = second
            return first

e = fails()
print("context:", repr(e.partner.__context__))
print("partner's context is e:", e.partner.__context__ is e)
del e
print("collected:", gc.collect())
