# Classes in everyday use: singleton __new__, a Vector with operators and protocols, a validating property, a list subclass, generators.
import sys, gc
class Cache:
    _instances = {}
    def __new__(cls, key):
        if key not in cls._instances:
            inst = super().__new__(cls)
            cls._instances[key] = inst
        return cls._instances[key]
    def __init__(self, key):
        self.key = key
a = Cache("x"); b = Cache("x")
print(a is b, sys.getrefcount(a), len(Cache._instances))
class Vector:
    def __init__(self, *xs): self.xs = list(xs)
    def __add__(self, o): return Vector(*[a + b for a, b in zip(self.xs, o.xs)])
    def __mul__(self, k): return Vector(*[a * k for a in self.xs])
    __rmul__ = __mul__
    def __eq__(self, o): return isinstance(o, Vector) and self.xs == o.xs
    def __hash__(self): return hash(tuple(self.xs))
    def __len__(self): return len(self.xs)
    def __getitem__(self, i): return self.xs[i]
    def __iter__(self): return iter(self.xs)
    def __repr__(self): return f"Vector{tuple(self.xs)}"
    def __bool__(self): return any(self.xs)
    def __contains__(self, v): return v in self.xs
v = Vector(1, 2) + Vector(3, 4)
print(v, 2 * v, v * 3, len(v), v[0], list(v), 4 in v, bool(Vector(0)), {v: 1}[Vector(4, 6)], v == Vector(4, 6))
print(sorted([Vector(3), Vector(1)], key=lambda x: x[0]))
class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
t = Temp(); t.celsius = 25
try:
    t.celsius = -300
except ValueError as e:
    print("err", e)
print(t.celsius, Temp.celsius.__class__.__name__)
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack(); s.push(1); s.push(2)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__mro__)
import itertools
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 10)))
gen = (x * x for x in range(3))
print(next(gen), list(gen), sys.getsizeof(gen) > 0)
