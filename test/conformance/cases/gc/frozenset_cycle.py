# A frozenset can be part of a cycle through an instance it contains.
import gc

class Member:
    pass

m = Member()
group = frozenset([m, "x"])
m.group = group
print("tracked:", gc.is_tracked(group))
del m, group
print("collected:", gc.collect())
