# A __del__ inherited from a base class also runs once for each member of a garbage cycle.
import gc

class Base:
    def __del__(self):
        print("Base.__del__ for", self.name)

class Child(Base):
    def __init__(self, name):
        self.name = name

x, y = Child("x"), Child("y")
x.y, y.x = y, x
del x, y
print("collected:", gc.collect())
