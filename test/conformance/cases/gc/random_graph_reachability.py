# A random graph of 300 nodes with local links: gc.collect() frees exactly the nodes a search from the kept roots cannot reach.
import gc
import random
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class Node:
    def __init__(self, n):
        self.n = n
        self.edges = []

random.seed(2024)
nodes = [Node(i) for i in range(300)]
for node in nodes:
    for _ in range(random.randrange(1, 4)):
        node.edges.append(nodes[(node.n + random.randrange(-5, 6)) % 300])
roots = [nodes[random.randrange(300)] for _ in range(10)]
refs = [weakref.ref(node) for node in nodes]

seen = set()
todo = list(roots)
while todo:
    node = todo.pop()
    if node.n not in seen:
        seen.add(node.n)
        todo.extend(node.edges)
del nodes, node, todo

dead_by_refcount = sum(1 for r in refs if r() is None)
collected = gc.collect()
alive = {r().n for r in refs if r() is not None}
print("reachable by search:", len(seen))
print("freed by refcounting alone:", dead_by_refcount)
print("gc.collect():", collected)
print("survivors are exactly the reachable nodes:", alive == seen)
