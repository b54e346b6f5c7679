# Iterator objects stored in the container they iterate form cycles: reversed, itertools.chain/cycle, dict views.
import gc
import itertools

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

def report(label):
    print(label, gc.collect())

l = [1]
l.append(reversed(l))
del l
report("reversed:")
l = [1]
l.append(itertools.chain(l, l))
del l
report("chain:")
l = [1]
l.append(itertools.cycle(l))
del l
report("cycle:")
d = {}
d["view"] = d.values()
del d
report("dict view:")
