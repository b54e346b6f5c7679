# Two chained exceptions saved by the function that caught them: __context__, tracebacks and the frame form cycles.
import gc

def fails():
    try:
        raise KeyError("first")
    except KeyError as first:
        try:
            raise ValueError("second")
        except ValueError as second:
            return (first, second)

pair = fails()
print("context:", repr(pair[1].__context__))
print("second's context is first:", pair[1].__context__ is pair[0])
del pair
print("collected:", gc.collect())
