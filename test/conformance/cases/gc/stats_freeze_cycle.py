# gc.freeze() moves every tracked object to the permanent generation: collections skip a frozen cycle until gc.unfreeze().
import gc


class Node:
    def __del__(self):
        print("__del__ of", self.name)


gc.collect()
n = Node()
n.name = "frozen cycle"
n.me = n
print("finalized before:", gc.is_finalized(n))
gc.freeze()
print("frozen:", gc.get_freeze_count() > 0, "young objects:", len(gc.get_objects(0)))
del n
print("collect while frozen:", gc.collect())
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count())
print("collect after unfreeze:", gc.collect())
m = Node()
m.name = "resurrected"
m.me = m
saved = []
Node.__del__ = lambda self: saved.append(self)
del m
print("collect with resurrection:", gc.collect(), "finalized:", gc.is_finalized(saved[0]))
print("is_finalized of an int:", gc.is_finalized(1))
