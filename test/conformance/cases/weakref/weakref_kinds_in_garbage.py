# How many objects each kind of weak reference adds when it is stored in a garbage cycle (WeakMethod brings its _cb closure).
import gc
import weakref
gc.collect()  # imports can leave cyclic garbage behind (3.12+)
class N:
    def m(self): pass
def cb(w): pass
tests = {
  "ref": lambda o: weakref.ref(o),
  "ref cb": lambda o: weakref.ref(o, cb),
  "proxy": lambda o: weakref.proxy(o),
  "proxy cb": lambda o: weakref.proxy(o, cb),
  "WeakMethod": lambda o: weakref.WeakMethod(o.m),
  "WeakMethod cb": lambda o: weakref.WeakMethod(o.m, cb),
  "finalize": lambda o: weakref.finalize(o, cb, 1),
  "other ref": lambda o: weakref.ref(N()),
}
for name, make in tests.items():
    o = N(); o.me = o
    o.w = make(o)
    del o
    print(name, gc.collect())
keep = N()
for name, make in tests.items():
    o = N(); o.me = o
    o.w = make(keep)
    del o
    print("to live:", name, gc.collect())
