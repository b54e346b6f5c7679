# A cycle whose __del__ stores one member globally is resurrected whole: collect() returns 0 until it is dropped.
import gc
import sys

rescued = None

class Part:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        global rescued
        print("__del__", self.name)
        if self.name == "head":
            rescued = self

head, tail = Part("head"), Part("tail")
head.tail, tail.head = tail, head
del head, tail
print("collected:", gc.collect())
print("rescued:", rescued.name, "tail:", rescued.tail.name)
print("refs:", sys.getrefcount(rescued))
rescued = None
print("collected after dropping it:", gc.collect())
