# Rings of n lists (each holds the next, the last holds the first): gc.collect() returns n.
import gc

def make_ring(n):
    nodes = [[] for _ in range(n)]
    for i in range(n):
        nodes[i].append(nodes[(i + 1) % n])
    return nodes[0]

for n in (2, 3, 5, 10, 100):
    head = make_ring(n)
    del head
    print("ring of", n, "->", gc.collect())
