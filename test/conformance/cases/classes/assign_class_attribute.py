# Assigning __class__: allowed between classes with the same instance layout; refused (TypeError) otherwise; the instance moves its class reference.
import sys
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class S:
    __slots__ = ("x",)
class L(list): pass
a = A()
print(sys.getrefcount(A), sys.getrefcount(B))
a.__class__ = B
print(a.who(), type(a).__name__, sys.getrefcount(A), sys.getrefcount(B))
for target, obj in ((S, A()), (L, A()), (int, A()), (5, A()), (A, L()), (A, 5)):
    try:
        obj.__class__ = target
        print("ok", type(obj).__name__)
    except TypeError as e:
        print("TypeError:", e)
import gc
class Open:
    def state(self): return "open"
class Closed:
    def state(self): return "closed"
door = Open()
door.name = "front"
door.__class__ = Closed
print(door.state(), door.name, vars(door), isinstance(door, Closed))
door.__class__ = Open
door.me = door
del door
print("collected:", gc.collect())
