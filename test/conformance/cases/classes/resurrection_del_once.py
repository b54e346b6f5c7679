# An object resurrected by its __del__ is not finalized a second time when it finally dies.
import sys

graveyard = []

class Lazarus:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__ of", self.name)
        graveyard.append(self)

x = Lazarus("x")
del x
print("resurrected:", len(graveyard), graveyard[0].name)
print("refs:", sys.getrefcount(graveyard[0]))
graveyard.clear()
print("dropped again, no second __del__")
y = Lazarus("y")
y = None
print("graveyard:", [o.name for o in graveyard])
