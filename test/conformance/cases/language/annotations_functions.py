# Parameter and return annotations: 3.11-3.13 evaluate them at def time (the function keeps them), 3.14 only when __annotations__ is first read.
import sys
class Node:
    pass
print("before def:", sys.getrefcount(Node))
def link(a: Node, /, b: int = 1, *rest: str, key: Node = None, **extra: dict) -> Node:
    return a
print("after def:", sys.getrefcount(Node))
print(list(link.__annotations__))
print("after reading:", sys.getrefcount(Node))
print(link.__annotations__ is link.__annotations__, link.__annotations__["return"].__name__)
def plain(x, y=2):
    return x
print(plain.__annotations__, sys.getrefcount(plain.__annotations__))
def outer():
    T = list
    def inner(p: T) -> T:
        return p
    return inner
print(outer().__annotations__)
class Shape:
    def area(self) -> float:
        return 0.0
    def scale(self, factor: float) -> "Shape":
        return self
print(Shape.area.__annotations__, Shape.scale.__annotations__)
link.__annotations__ = {"q": int}
print(link.__annotations__)
lam = lambda v: v
print(lam.__annotations__)
