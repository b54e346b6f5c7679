# A collection promotes survivors one generation; an object its __del__ resurrects joins them, what __del__ allocates stays young
# conformance: gc-variant 3.14 incremental
import gc

saved = []

class Phoenix:
    def __del__(self):
        saved.append(self)
        self.fresh = []

def generation_of(obj):
    for g in range(3):
        if any(o is obj for o in gc.get_objects(g)):
            return g

gc.collect()
survivor = []
p = Phoenix()
p.me = p
del p
print("collect(0) found", gc.collect(0))
print("survivor in generation", generation_of(survivor))
print("resurrected in generation", generation_of(saved[0]))
print("allocated by __del__ in generation", generation_of(saved[0].fresh))
print("collect(1) found", gc.collect(1))
print("resurrected in generation", generation_of(saved[0]))
saved.clear()
print("collect() found", gc.collect())
