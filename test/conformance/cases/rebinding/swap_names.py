# a, b = b, a swaps the bindings; each object keeps the same number of references.
import sys

a = ["A"]
b = ["B", "B"]
print("before:", a, b)
print("refs before:", sys.getrefcount(a), sys.getrefcount(b))
a, b = b, a
print("after:", a, b)
print("refs after:", sys.getrefcount(a), sys.getrefcount(b))
lst = [a, b]
lst[0], lst[1] = lst[1], lst[0]
print("swapped in list:", lst)
print("refs:", sys.getrefcount(a), sys.getrefcount(b))
