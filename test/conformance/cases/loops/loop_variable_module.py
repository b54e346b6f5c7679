# At module level the loop variable is a global name; inside the loop it adds one reference to the element.
import sys

a = [1]
b = [2]
items = [a, b]
print("a before the loop:", sys.getrefcount(a))
for it in items:
    print("inside:", sys.getrefcount(it), "value", it)
print("after the loop it is b:", it is b)
print("a:", sys.getrefcount(a), "b:", sys.getrefcount(b))
del it
print("b after del it:", sys.getrefcount(b))
