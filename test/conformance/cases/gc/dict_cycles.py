# Cycles made of dicts: a dict that contains itself, and two dicts that refer to each other.
import gc
import sys

d = {"name": "self"}
d["me"] = d
print("d refs:", sys.getrefcount(d))
del d
print("self-referencing dict collected:", gc.collect())
x = {}
y = {"peer": x}
x["peer"] = y
print("x refs:", sys.getrefcount(x), "y refs:", sys.getrefcount(y))
del x, y
print("two dicts collected:", gc.collect())
