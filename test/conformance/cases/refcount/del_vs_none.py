# del removes the name; assigning None keeps the name but drops the reference: both free the object.
import sys

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)

a = Tracked("a")
b = Tracked("b")
del a
print("after del a")
b = None
print("after b = None; b is", b)
c = Tracked("c")
d = c
del c
print("c deleted, d refs:", sys.getrefcount(d))
d = None
print("end")
