# gc.freeze() moves every tracked object to a permanent generation that collections skip; gc.get_objects(g) lists a generation.
import gc
gc.collect()

box = ["fresh"]
print("new list in generation 0:", any(o is box for o in gc.get_objects(0)))
gc.collect()
print("after a full collection, in generation 2:", any(o is box for o in gc.get_objects(2)))
print("and not in generation 0:", any(o is box for o in gc.get_objects(0)))
cycle = []
cycle.append(cycle)
del cycle
gc.freeze()
print("frozen objects:", gc.get_freeze_count() > 0)
print("collect skips the frozen cycle:", gc.collect())
print("frozen objects are not listed:", any(o is box for o in gc.get_objects()))
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count(), any(o is box for o in gc.get_objects(2)))
print("collect finds the cycle now:", gc.collect())
try:
    gc.get_objects(3)
except ValueError as e:
    print("ValueError:", e)
