# A random garbage graph whose __del__ rescues some nodes: what they reach survives, but the collector already cleared its weakrefs.
import gc
import random
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

rescued = []
finalized = []

class Node:
    def __init__(self, n):
        self.n = n
        self.edges = []
    def __del__(self):
        finalized.append(self.n)
        if self.n % 9 == 0:
            rescued.append(self)

random.seed(7)
nodes = [Node(i) for i in range(120)]
for node in nodes:
    for _ in range(random.randrange(1, 3)):
        node.edges.append(nodes[(node.n + random.randrange(-4, 5)) % 120])
refs = [weakref.ref(node) for node in nodes]
del nodes, node

collected = gc.collect()
seen = set()
todo = list(rescued)
while todo:
    node = todo.pop()
    if node.n not in seen:
        seen.add(node.n)
        todo.extend(node.edges)
del todo
alive = {r().n for r in refs if r() is not None}
print("finalized:", len(finalized), "rescued:", len(rescued))
print("gc.collect():", collected)
print("nodes the rescued reach:", len(seen))
print("weakrefs still alive:", len(alive), "all among them:", alive <= seen)
print("each __del__ ran once:", len(finalized) == len(set(finalized)))
finalized.clear()
rescued.clear()
print("after letting go:", gc.collect(), "finalized in that collection (never before):", len(finalized))
