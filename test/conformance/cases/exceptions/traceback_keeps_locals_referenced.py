# While an exception is handled (or saved), its traceback keeps the failed frames' locals alive.
import sys
x = [1]
def f(a):
    b = a
    raise ValueError
try:
    f(x)
except ValueError:
    print(sys.getrefcount(x))
print(sys.getrefcount(x))
try:
    f(x)
except ValueError as e:
    err = e
print(sys.getrefcount(x))
del err
print(sys.getrefcount(x))
