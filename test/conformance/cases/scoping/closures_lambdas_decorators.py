# Closures share cells; nonlocal; lambdas; decorators with and without arguments; unbound cell errors.
import sys
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = make_counter()
print(c(), c(), c(5))
print(c.__name__, c.__qualname__)
def outer():
    data = [1, 2]
    def show():
        return sys.getrefcount(data)
    print("inside outer:", sys.getrefcount(data), show())
    return show
s = outer()
print("after:", s())
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "hi")())
def compose(f, g):
    return lambda x: f(g(x))
print(compose(square, add)(2))
def deco(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper
@deco
def greet(name, punct="!"):
    return "hi " + name + punct
print(greet("bob"), greet("amy", punct="?"))
def repeat(n):
    def dec(fn):
        def run(x):
            return fn(x) * n
        return run
    return dec
@repeat(3)
def word(w):
    return w
print(word("ab"))
def late():
    try:
        return v
    except NameError as e:
        print(e)
    v = 1
late()
def broken():
    def inner():
        return y
    print(inner())
    y = 2
try:
    broken()
except NameError as e:
    print(e)
