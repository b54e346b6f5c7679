# A @contextmanager's generator keeps its arguments alive until the with block ends; redirect_stdout holds its target.
import contextlib
import io
import sys

@contextlib.contextmanager
def borrowed(resource):
    print("enter:", sys.getrefcount(resource))
    yield len(resource)
    print("exit:", sys.getrefcount(resource))

data = [1, 2, 3]
print("before:", sys.getrefcount(data))
manager = borrowed(data)
print("manager made:", sys.getrefcount(data))
with manager as size:
    print("inside:", size, sys.getrefcount(data))
print("after:", sys.getrefcount(data))
del manager
print("manager gone:", sys.getrefcount(data))
buf = io.StringIO()
redirect = contextlib.redirect_stdout(buf)
print("target refs:", sys.getrefcount(buf))
with redirect:
    print("hidden")
    inside_refs = sys.getrefcount(buf)
print("in with:", inside_refs, "restored:", sys.getrefcount(buf), repr(buf.getvalue()))
