# WeakSet members that refer to each other vanish together when the collector frees their cycle.
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class Peer:
    pass

group = weakref.WeakSet()
peers = [Peer() for _ in range(4)]
for i, p in enumerate(peers):
    p.next = peers[(i + 1) % 4]
    group.add(p)
del p
print("members:", len(group))
del peers
print("after del:", len(group))
print("collected:", gc.collect())
print("after collect:", len(group))
