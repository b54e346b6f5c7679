# Storing a bound method on its own instance makes a cycle (instance -> method -> instance) that needs the gc.
import gc
import sys

class Button:
    def __init__(self, label):
        self.label = label
        self.on_click = self.handle
    def handle(self):
        return "clicked " + self.label
    def __del__(self):
        print("freed", self.label)

b = Button("ok")
print(b.on_click(), sys.getrefcount(b))
del b
print("after del: still alive (cycle)")
print("collected:", gc.collect())
c = Button("cancel")
c.on_click = None
del c
print("no cycle, no collection needed:", gc.collect())
