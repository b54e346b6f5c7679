# Values computed at run time are new objects, referenced only by the names bound to them.
import sys

n = 1000
m = n * 3
print("computed int:", m)
print("  refs:", sys.getrefcount(m))
s = "-".join(["a", "b", "c"])
print("joined str:", s)
print("  refs:", sys.getrefcount(s))
u = s.upper()
print("upper:", u)
print("  refs:", sys.getrefcount(u))
f = n / 8
print("computed float:", f)
print("  refs:", sys.getrefcount(f))
total = sum([1000, 2000, 3000])
print("sum:", total)
print("  refs:", sys.getrefcount(total))
