# A dict of atoms is untracked until it holds a container; 3.11-3.13 untrack it again only in a full collection.
import gc

d = {"a": 1}
print("dict of atoms:", gc.is_tracked(d))
d["list"] = []
print("after storing a list:", gc.is_tracked(d))
del d["list"]
print("after removing it:", gc.is_tracked(d))
gc.collect(0)
print("after collect(0):", gc.is_tracked(d))
gc.collect(1)
print("after collect(1):", gc.is_tracked(d))
gc.collect()
print("after collect():", gc.is_tracked(d))
e = dict(x=1, y="two")
print("dict(x=1, y='two'):", gc.is_tracked(e))
print("empty dict:", gc.is_tracked({}))
