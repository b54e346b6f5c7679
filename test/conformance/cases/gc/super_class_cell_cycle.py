# A method that uses super() closes over a __class__ cell: class -> method -> cell -> class.
import gc
import sys

class Base:
    def hello(self):
        return "base"

class Derived(Base):
    def hello(self):
        return "derived+" + super().hello()

print(Derived().hello())
print("cell holds the class:", Derived.hello.__closure__[0].cell_contents is Derived)
gc.collect()
del Derived
print("collected:", gc.collect())
