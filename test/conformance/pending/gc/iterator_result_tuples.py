# enumerate and dict item iterators keep a reusable result tuple of Nones: counted in 3.11-3.13, untracked from birth on 3.14.
import gc

gc.collect()

def report(label):
    print(label, gc.collect())

l = [1, 2]
l.append(enumerate(l))
del l
report("enumerate:")
d = {}
d["it"] = iter(d.items())
del d
report("dict items iterator:")
