# A gc.callbacks function that raises is reported as ignored; the collection still completes and returns its count.
import gc

class Failing:
    def __call__(self, phase, info):
        if phase == "stop":
            raise RuntimeError("callback failed")
    def __repr__(self):
        return "Failing()"

a = []
a.append(a)
del a
gc.callbacks.append(Failing())
print("collected:", gc.collect())
gc.callbacks.clear()
