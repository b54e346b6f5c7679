# gc.collect() called from a __del__ that runs during a collection returns 0: the collector is already running.
import gc

class Greedy:
    def __del__(self):
        print("nested collect:", gc.collect())

g = Greedy()
g.me = g
del g
print("outer collect:", gc.collect())
h = Greedy()
del h
print("no cycle:", gc.collect())
