# A long chain of lists ending in a self-referencing list: del of the head frees the chain by refcount, not the loop.
import gc

head = node = []
for i in range(50):
    nxt = []
    node.append(nxt)
    node = nxt
node.append(node)
del nxt, node
print("while bound:", gc.collect())
del head
print("after del head:", gc.collect())

loop = []
node = loop
for i in range(50):
    nxt = [node]
    node = nxt
loop.append(node)
del nxt, node, loop
print("a ring of 51 lists:", gc.collect())
