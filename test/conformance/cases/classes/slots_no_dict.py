# __slots__ removes the per-instance __dict__: assigning an undeclared attribute raises AttributeError.
import sys

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
payload = ["p"]
p.x = payload
print("slot holds a reference:", sys.getrefcount(payload))
del p.x
print("after del p.x:", sys.getrefcount(payload), hasattr(p, "x"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)

class WithDict:
    __slots__ = ("a", "__dict__")

w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, vars(w))
