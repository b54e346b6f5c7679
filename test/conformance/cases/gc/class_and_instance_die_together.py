# A class and its instances in one piece of garbage: the instance's __del__ runs, then class and instance are freed.
import gc
import sys

class Ephemeral:
    def __del__(self):
        print("__del__ of a", type(self).__name__)

e = Ephemeral()
e.me = e
print("class refs:", sys.getrefcount(Ephemeral))
gc.collect()  # a first collection untracks the class's (object,) __bases__ tuple on every version
del e, Ephemeral
print("collected:", gc.collect())
