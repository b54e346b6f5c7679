# An immutable base: a tuple subclass builds its value in __new__, and __init__ cannot change it.
import sys

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"Point(x={self[0]}, y={self[1]})"

p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), type(p).__name__)
print(p + (5,), type(p + (5,)).__name__, tuple(p), hash(p) == hash((3, 4)))
a, b = p
print(a, b, sorted([Point(2, 1), Point(1, 2)]))
item = ["held"]
q = Point(item, 0)
print("item refs:", sys.getrefcount(item))
del q
print("after del:", sys.getrefcount(item))

class Meters(int):
    def __repr__(self):
        return f"{int(self)}m"

m = Meters(5)
print(m, m + 1, type(m + 1).__name__, [m], m * 2, m > 3)
