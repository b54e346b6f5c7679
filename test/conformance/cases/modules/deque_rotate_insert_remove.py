# rotate, insert, remove and del work by rotating; rotate(n) takes n modulo the length.
from collections import deque

d = deque(range(10))
d.rotate(3)
print(d)
d.rotate(-5)
print(d)
d.rotate(23)
print(d)
d.rotate()
print(d)
d.insert(0, "a")
d.insert(100, "b")
d.insert(-100, "c")
d.insert(4, "d")
d.insert(-2, "e")
print(d)
d.remove("d")
del d[0]
del d[-1]
print(d)
del d[5]
print(d, len(d))
d.remove(0)
print(d)
print(d.index(7), d.index(7, -8), d.count(9))
print(d.pop(), d.popleft())

class Loud:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print("compare", self.n, "with", other)
        return self.n == other
    def __repr__(self):
        return f"Loud({self.n})"
    def __del__(self):
        print("del", self.n)

items = deque([Loud(1), Loud(2), Loud(3)])
items.remove(2)
print(items)
print(items.index(3))
print(3 in items)
del items[0]
print("drop the rest")
del items
print("end")
