# Reference counts inside a cycle never reach zero after del: each member keeps the other alive.
import gc
import sys

a = ["a"]
b = ["b"]
a.append(b)
b.append(a)
print("a:", sys.getrefcount(a), "b:", sys.getrefcount(b))
alias = a
print("a with alias:", sys.getrefcount(a))
del a, b
print("only alias left:", sys.getrefcount(alias))
print("reachable through alias:", alias[1][1] is alias)
print("collect while alias exists:", gc.collect())
alias = None
print("collect after alias = None:", gc.collect())
