# a += [...] mutates a list in place (aliases see it); a = a + [...] builds a new list and rebinds only a.
import sys

a = [1]
alias = a
a += [2]
print("after +=:", a, alias, "same object:", a is alias)
print("refs after +=:", sys.getrefcount(a))
a = a + [3]
print("after a = a + [3]:", a, alias, "same object:", a is alias)
print("refs:", sys.getrefcount(a), sys.getrefcount(alias))
d = {"n": 1}
d["n"] += 10
print("d:", d)
