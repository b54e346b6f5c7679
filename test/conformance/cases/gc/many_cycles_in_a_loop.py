# A thousand small garbage cycles made with automatic collection disabled are all found by one gc.collect().
import gc

class Pair:
    pass

gc.disable()
for i in range(1000):
    p = Pair()
    q = Pair()
    p.q = q
    q.p = p
del p, q
print("collected:", gc.collect())
print("again:", gc.collect())
gc.enable()
