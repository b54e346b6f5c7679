# gc.freeze() moves everything tracked to the permanent generation: a frozen cycle is not collected until unfreeze().
import gc

gc.collect()
a = []
a.append(a)
gc.freeze()
print("frozen objects:", gc.get_freeze_count() > 0)
del a
print("collect while frozen:", gc.collect())
b = []
b.append(b)
del b
print("a new cycle is still collected:", gc.collect())
gc.unfreeze()
print("freeze count after unfreeze:", gc.get_freeze_count())
print("collect after unfreeze:", gc.collect())
