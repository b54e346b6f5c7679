# A copy is a new object: the original's count is unchanged, but the elements are shared by both lists.
import sys

inner = [0]
a = [inner, [1]]
print("inner:", sys.getrefcount(inner))
b = a[:]
print("after slice copy a:", sys.getrefcount(a), "inner:", sys.getrefcount(inner))
c = list(a)
print("after list(a) a:", sys.getrefcount(a), "inner:", sys.getrefcount(inner))
print("b == a:", b == a, "b is a:", b is a, "b[0] is a[0]:", b[0] is a[0])
inner.append(99)
print("b sees inner change:", b)
b.append("new")
print("a unchanged:", a)
