# gc.is_tracked over time: a dict that once held a list, and a list and an instance, through collect(0), collect(1) and collect().
# conformance: gc-variant 3.14 incremental
import gc

class Point:
    pass

d = {}
print("empty dict:", gc.is_tracked(d))
d["items"] = []
print("dict holding a list:", gc.is_tracked(d))
del d["items"]
d["n"] = 1
print("dict of atoms again:", gc.is_tracked(d))
box = [1, 2]
p = Point()
p.x = 1
for step in (0, 1, 2):
    gc.collect(step)
    print(f"after collect({step}):", gc.is_tracked(d), gc.is_tracked(box), gc.is_tracked(p))
box.clear()
print("emptied list:", gc.is_tracked(box))
