# raise ... from None hides the original exception: __suppress_context__ is set and only one traceback prints.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no key {k!r}") from None

try:
    lookup({}, "x")
except LookupError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
lookup({}, "y")
