# The name bound by `except ... as e` is deleted when the handler ends, to break the frame/traceback cycle.
import sys

e = "outer value"
try:
    raise ValueError("boom")
except ValueError as e:
    print("in handler:", e, sys.getrefcount(e))
    kept = e
print("kept:", repr(kept))
try:
    e
except NameError as missing:
    print("after the handler:", missing)
try:
    {}["k"]
except KeyError as err:
    pass
print(err)
