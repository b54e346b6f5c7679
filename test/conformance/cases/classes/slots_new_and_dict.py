# __slots__ (sizes, no __dict__), __new__ singletons, instance __dict__ materialized on demand (3.11+).
# conformance: not-for 3.14: prints sys.getsizeof (the pyodide build is 32-bit)
import sys
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Q:
    def __init__(self, x, y):
        self.x, self.y = x, y
class E:
    __slots__ = ()
p, q = P(1, 2), Q(1, 2)
print(sys.getsizeof(p), sys.getsizeof(q), sys.getsizeof(E()), hasattr(p, "__dict__"), p.x + p.y)
try:
    p.z = 3
except AttributeError as e:
    print(e)
print(type(P.x).__name__, P.__slots__)
print(vars(q), q.__dict__, sys.getsizeof(q.__dict__))
class S:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, v):
        self.v = v
a, b = S(1), S(2)
print(a is b, a.v, sys.getrefcount(a))
try:
    del p.x
    print(p.x)
except AttributeError as e:
    print(e)
q.__dict__["z"] = 9
print(q.z, vars(q), sys.getrefcount(q.__dict__))
q.w = 1
print(q.__dict__)
