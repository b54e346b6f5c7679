# __new__ in a class body becomes a staticmethod (type_new wraps it); super().__new__ chains up to object.__new__.
import sys
class A:
    def __new__(cls, *a):
        print("new", cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, x=0):
        self.x = x
class B(A):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
a = A(1); b = B(2)
print(type(A.__dict__["__new__"]).__name__, A.__new__ is A.__dict__["__new__"].__func__, a.__new__ is A.__new__, b.x)
print(type(A.__dict__["__init__"]).__name__)
print(sys.getrefcount(A.__dict__["__new__"]))
