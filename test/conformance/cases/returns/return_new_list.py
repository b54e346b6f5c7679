# A list created in a function survives the return when the caller binds it; otherwise it is freed.
import sys

def make(n):
    out = []
    i = 0
    while i < n:
        out.append(i * 10)
        i += 1
    return out

a = make(3)
print("returned list:", a)
print("refs:", sys.getrefcount(a))
print("temporary result:", sys.getrefcount(make(2)))
b = a
print("with an alias:", sys.getrefcount(a))
print("len of a fresh result:", len(make(5)))
