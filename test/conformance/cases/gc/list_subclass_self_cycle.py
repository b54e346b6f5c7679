# Instances of list and dict subclasses that contain themselves: one object each, since the instance has no __dict__ yet.
import gc

class Stack(list):
    pass

class Registry(dict):
    pass

s = Stack()
s.append(s)
del s
print("list subclass:", gc.collect())
r = Registry()
r["self"] = r
r.note = "materializes __dict__"
del r
print("dict subclass with an attribute:", gc.collect())
