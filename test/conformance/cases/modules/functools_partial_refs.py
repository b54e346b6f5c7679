# functools.partial holds func, args and keywords; a partial of a partial is flattened and shares the args tuple.
import functools
import gc
import sys

gc.collect()
data = [1, 2, 3]
print("data refcount:", sys.getrefcount(data))
p = functools.partial(len, data)
print("partial holds it:", p(), sys.getrefcount(data))
q = functools.partial(p)
print("flattened partial shares args:", q.func is len, q.args is p.args, sys.getrefcount(data))
r = functools.partial(p, 4)
print("adding args copies the tuple:", r.args, sys.getrefcount(data))
del p, q, r
print("after del:", sys.getrefcount(data))

def show(*args, **kwargs):
    return args, sorted(kwargs.items())

base = functools.partial(show, 1, sep="a")
more = functools.partial(base, 2, sep="b", end="!")
print(base(0), more(), more.keywords, type(more).__name__ == "partial", callable(more))
cycle = []
cycle.append(functools.partial(print, cycle))
del cycle
print("collected:", gc.collect())
