# Tuple swap and unpacking rebind names without leaving extra references behind.
import sys

a = ["a"]
b = ["b"]
a, b = b, a
print(a, b, sys.getrefcount(a), sys.getrefcount(b))
first, *rest = [a, b, a]
print("first is a:", first is a, "refs of a:", sys.getrefcount(a))
print("rest:", rest, "refs of b:", sys.getrefcount(b))
del first, rest
x = y = z = a
print("chained assignment:", sys.getrefcount(a))
x, y = y, z
print("after shuffle:", sys.getrefcount(a))
