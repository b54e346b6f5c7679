# The deque owns one reference per slot: appends add one, pops hand the deque's reference to the caller.
import sys
from collections import deque

x = object()
print(sys.getrefcount(x))
d = deque([x, x])
print(sys.getrefcount(x))
d.append(x)
d.appendleft(x)
print(sys.getrefcount(x))
y = d.pop()
print(sys.getrefcount(x))
del y
d.popleft()
print(sys.getrefcount(x))
d.rotate(1)
d.rotate(-3)
print(sys.getrefcount(x))
d.insert(1, x)
print(sys.getrefcount(x))
d.remove(x)
del d[0]
print(sys.getrefcount(x), len(d))
d[0] = "other"
print(sys.getrefcount(x))
d2 = d.copy()
d3 = d * 3
print(sys.getrefcount(x))
d.clear()
del d2, d3
print(sys.getrefcount(x))
d = deque([x] * 5)
print(sys.getrefcount(x), sys.getrefcount(d))
it = iter(d)
print(sys.getrefcount(d))
print(len(list(it)), sys.getrefcount(d))
del it
print(sys.getrefcount(d))
import gc, weakref
r = weakref.ref(d)
print(gc.is_tracked(d), gc.is_tracked(deque()), r() is d)
del d
print(sys.getrefcount(x), r())
