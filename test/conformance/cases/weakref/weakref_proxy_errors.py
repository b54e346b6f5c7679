# weakref.proxy forwards to its object until it dies, then raises ReferenceError; some types refuse weak references.
import weakref

class Point:
    def __init__(self, x):
        self.x = x
    def double(self):
        return self.x * 2

class Slotted:
    __slots__ = ("x",)

class SlottedWeak:
    __slots__ = ("x", "__weakref__")

p = Point(21)
proxy = weakref.proxy(p)
print("forwarded:", proxy.x, proxy.double(), type(proxy).__name__)
proxy.x = 5
print("set through proxy:", p.x, proxy == p)
print("isinstance:", isinstance(proxy, Point), proxy.__class__ is Point, proxy.__dict__)
print("same proxy:", weakref.proxy(p) is proxy, weakref.getweakrefcount(p))
try:
    hash(proxy)
except TypeError as e:
    print("TypeError:", e)
del p
try:
    proxy.x
except ReferenceError as e:
    print("ReferenceError:", e)
print("still a proxy:", isinstance(proxy, weakref.ProxyType))
for obj in [1, "text", [1], {"k": 1}, (1, 2), Slotted(), SlottedWeak(), Point(1)]:
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)
print("__weakref__ of fresh instance:", Point(2).__weakref__)
q = Point(3)
r = weakref.ref(q)
print("__weakref__ is the ref:", q.__weakref__ is r)
