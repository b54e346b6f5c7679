# A module object made at run time that refers to itself: the module and its namespace dict are both collected.
import gc
import types

gc.collect()  # imports can leave cyclic garbage behind (3.12+)
m = types.ModuleType("scratch")
m.itself = m
m.data = [1, 2]
print("module dict keys:", sorted(k for k in vars(m) if not k.startswith("__")))
del m
print("collected:", gc.collect())
