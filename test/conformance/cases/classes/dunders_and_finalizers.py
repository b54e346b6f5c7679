# Special methods, properties, classmethod/staticmethod, PEP 442 finalizers and resurrection, custom exceptions.
import sys, gc
class Node:
    count = 0
    def __init__(self, name):
        self.name = name
        self.next = None
        Node.count += 1
    def __repr__(self):
        return f"Node({self.name!r})"
    def __del__(self):
        print("bye", self.name)
a = Node("a")
b = Node("b")
a.next = b
b.next = a
print(a, b.next, Node.count, sys.getrefcount(a))
del a, b
print("collected", gc.collect())
saved = []
class Phoenix:
    def __del__(self):
        print("resurrecting")
        saved.append(self)
p = Phoenix()
p.me = p
del p
print("collected", gc.collect(), len(saved))
saved.clear()
print("collected again", gc.collect())
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __len__(self):
        return 2
    def __str__(self):
        return f"({self.x}, {self.y})"
    @property
    def norm(self):
        return self.x * self.x + self.y * self.y
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @staticmethod
    def describe():
        return "a point"
p1, p2 = Point(1, 2), Point(1, 2)
print(p1 == p2, p1 != p2, p1 is p2, str(p1 + p2), len(p1), p1.norm, Point.origin(), Point.describe())
class Base:
    def hello(self):
        return "base hello"
class Child(Base):
    def hello(self):
        return "child+" + super().hello()
print(Child().hello(), isinstance(Child(), Base), issubclass(Child, Base), Child.__mro__)
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(42)
except MyError as e:
    print("caught", e, e.code, repr(e))
print(getattr(p1, "x"), getattr(p1, "z", "dflt"), hasattr(p1, "y"))
p1.x = 5
del p1.y
print(p1.x, hasattr(p1, "y"))
p1.missing
