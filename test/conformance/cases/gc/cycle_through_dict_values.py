# An instance that keeps a registry dict which stores the instance: the cycle goes through the dict's values.
import gc
import sys

class Owner:
    def __init__(self):
        self.registry = {}

o = Owner()
o.registry["owner"] = o
o.registry["data"] = [1, 2, 3]
print("owner refs:", sys.getrefcount(o))
reg = o.registry
del o
print("collect while the dict is bound:", gc.collect())
print("owner still there:", type(reg["owner"]).__name__)
del reg
print("collect after del:", gc.collect())
