# Arithmetic dunders: __add__, __radd__ (so sum() works), __iadd__ mutating in place, __neg__, __mul__.
import sys

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

a = Vec(1, 2)
b = a
a += Vec(10, 10)
print(a, b, a is b, sys.getrefcount(a))
print(a + b, -a, a * 3, sum([Vec(1, 1), Vec(2, 2)]))
print(3 * a)
