# Instances of built-in types' subclasses get a real __dict__ with their first attribute; cycles through it need the collector.
import gc
import sys

class Node(list):
    def __del__(self):
        print("del", self.name)

class Box(tuple):
    pass

gc.collect()
a = Node([1])
a.name = "a"
a.me = a
del a
print("self-loop via __dict__:", gc.collect())
b = Node()
b.name = "b"
b.append(b)
del b
print("self-loop via items:", gc.collect())
payload = ["x"]
box = Box((payload,))
box.me = box
print("payload refs:", sys.getrefcount(payload))
del box
print("box and its __dict__:", gc.collect(), "payload refs:", sys.getrefcount(payload))
