# A WeakMethod does not keep its instance alive: once the instance's cycle is collected the method is gone.
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class Listener:
    def on_event(self):
        return "handled"

obj = Listener()
obj.me = obj
m = weakref.WeakMethod(obj.on_event)
print("call:", m()())
del obj
print("still there before collect:", m() is not None)
print("collected:", gc.collect())
print("after collect:", m())
