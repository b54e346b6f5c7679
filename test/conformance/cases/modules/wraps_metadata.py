# functools.wraps copies __module__, __name__, __qualname__, __doc__ and __dict__, and adds __wrapped__.
import functools
import sys

def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper

def greet(name):
    "Say hello."
    return "hello " + name

greet.tag = "demo"
print("greet refs before:", sys.getrefcount(greet))
g = counted(greet)
print("greet refs after:", sys.getrefcount(greet))
print(g("ann"), g("bob"), g.calls)
print(g.__name__, g.__qualname__, g.__doc__, g.__module__, g.tag)
print(g.__wrapped__ is greet, sorted(g.__dict__))

class Box:
    def area(self):
        "Area of the box."
        return 4

wrapped_area = functools.update_wrapper(lambda self: 0, Box.area)
print(wrapped_area.__qualname__, wrapped_area.__doc__, wrapped_area.__name__)
partial_only = functools.wraps(greet, assigned=("__doc__",), updated=())
def other():
    pass
other = partial_only(other)
print(other.__name__, other.__doc__, other.__wrapped__.__name__, sorted(other.__dict__))
