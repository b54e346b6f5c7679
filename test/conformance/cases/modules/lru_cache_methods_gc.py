# lru_cache on methods: the cache's keys keep instances alive; deleting the class leaves a cycle gc.collect() finds.
import functools, gc, sys
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
    @functools.lru_cache(maxsize=8)
    def label(self, suffix):
        return [self.name, suffix]
    @functools.cache
    def total(self):
        return {"node": self}
n = Node("a")
n.label("x"); n.label("y"); n.total()
print(sys.getrefcount(n))
del n
print("collected while the class lives:", gc.collect())
del Node
print("collected with the class:", gc.collect())
