# A tuple cannot contain itself directly, but a tuple holding a list that holds the tuple is a cycle.
import gc
import sys

box = []
t = (box, "label")
box.append(t)
print("t refs:", sys.getrefcount(t))
print("box refs:", sys.getrefcount(box))
del box, t
print("collected:", gc.collect())
