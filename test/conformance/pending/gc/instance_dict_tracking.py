# An instance's materialized __dict__ holding only atoms is untracked by a full collection (3.11-3.13); 3.14 keeps it tracked.
import gc

class Point:
    def __init__(self):
        self.x = 1
        self.y = 2

p = Point()
d = p.__dict__
print("dict tracked:", gc.is_tracked(d))
gc.collect()
print("after collect():", gc.is_tracked(d))
p.z = []
print("after storing a list:", gc.is_tracked(d))
print("instance:", gc.is_tracked(p))
