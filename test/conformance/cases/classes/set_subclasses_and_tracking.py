# set and frozenset subclasses: hashing, operators that return the base type, copy(); tuple/dict subclasses stay tracked after a collection.
import gc
class T(tuple): pass
class D(dict): pass
class Fz(frozenset): pass
class St(set): pass
t = T((1, 2)); d = D(a=1); f = Fz([1, 2]); s = St([3])
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(d), gc.is_tracked(f), gc.is_tracked(s))
print(f, hash(f) == hash(frozenset([1, 2])), f | {3}, type(f | {3}).__name__, s & {3}, s == {3}, f == {1, 2}, {f: 1}[frozenset([1, 2])])
s.add(4); s.discard(3); print(s, len(s), sorted(s), s.copy(), type(s.copy()).__name__)
print(type(Fz([1]).copy()).__name__, Fz([1]).copy() == {1})
