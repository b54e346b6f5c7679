# Storing a bound method on its own instance makes a cycle: instance -> method -> instance.
import gc
import sys

class Button:
    def click(self):
        return "clicked"

b = Button()
print("refs before:", sys.getrefcount(b))
b.handler = b.click
print("refs after storing b.click:", sys.getrefcount(b))
print("handler():", b.handler())
del b
print("collected:", gc.collect())
