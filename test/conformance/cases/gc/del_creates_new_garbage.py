# A __del__ that builds a new cycle: that cycle is not part of this collection and is found by the next one.
import gc

class Maker:
    def __del__(self):
        fresh = []
        fresh.append(fresh)
        print("__del__ made a new cycle")

m = Maker()
m.me = m
del m
print("first:", gc.collect())
print("second:", gc.collect())
