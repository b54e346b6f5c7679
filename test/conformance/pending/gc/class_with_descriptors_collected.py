# A class with a staticmethod, a classmethod and a property: the wrappers carry their own __dict__ since 3.10.
import gc

class K:
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        pass
    @property
    def p(self):
        return 1

gc.collect()
del K
print("collected:", gc.collect())
