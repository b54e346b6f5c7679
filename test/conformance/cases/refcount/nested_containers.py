# Nested containers: the inner object counts one reference per container slot that holds it.
import sys

inner = ["inner"]
print("alone:", sys.getrefcount(inner))
t = (inner, inner)
print("twice in a tuple:", sys.getrefcount(inner))
lst = [t, inner]
print("and in a list:", sys.getrefcount(inner), "tuple:", sys.getrefcount(t))
d = {"t": t, "l": lst}
print("dict holds tuple and list:", sys.getrefcount(t), sys.getrefcount(lst))
del t
print("name t deleted:", sys.getrefcount(inner), sys.getrefcount(lst[0]))
del d, lst
print("everything else gone:", sys.getrefcount(inner))
