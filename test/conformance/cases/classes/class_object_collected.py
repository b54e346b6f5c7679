# A class object is itself part of reference cycles (its MRO and attribute descriptors), so only gc frees it.
import gc

gc.collect()

class Temp:
    def method(self):
        return 1

t = Temp()
print(t.method(), type(t).__name__)
del t
print("instance freed by refcount:", gc.collect())
del Temp
print("class needs the collector:", gc.collect())
