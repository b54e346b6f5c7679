# A cycle through a list, a dict and a tuple: collect() counts every container in it.
import gc
import sys

node = {"value": 1}
link = [node]
t = (link, "tag")
node["back"] = t
print("node refs:", sys.getrefcount(node))
del node, link, t
print("collected list+dict+tuple:", gc.collect())
a = []
b = [a]
c = {"b": b}
a.append(c)
del a, b, c
print("collected list+list+dict:", gc.collect())
