# When the call returns, the frame's references (parameters and locals) are released.
import sys

def use(a, b):
    pair = [a, b]
    inside = sys.getrefcount(a)
    return inside

obj = {"k": [1]}
print("before:", sys.getrefcount(obj))
print("inside, passed twice:", use(obj, obj))
print("after:", sys.getrefcount(obj))
print("inside, passed once:", use(obj, None))
print("after again:", sys.getrefcount(obj))
