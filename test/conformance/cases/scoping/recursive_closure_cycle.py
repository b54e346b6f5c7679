# A nested function that calls itself refers to its own cell: function -> closure -> cell -> function is a cycle.
import gc
import sys

def make_factorial():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact

f = make_factorial()
print(f(10), sys.getrefcount(f))
print(f.__closure__[0].cell_contents is f)
del f
print("collected:", gc.collect())

def make_plain():
    def add(n):
        return n + 1
    return add

g = make_plain()
del g
print("no cycle without self-reference:", gc.collect())
