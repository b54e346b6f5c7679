# pairwise reuses its result tuple from 3.13; groupby's groupers share the parent, and an old grouper is exhausted.
import itertools, sys
x = [1,2,3]
p = itertools.pairwise(x)
a = next(p); b = next(p)
print(a, b, a is b, sys.getrefcount(a))
del a
c = next(p) if False else None
p = itertools.pairwise([10, 20, 30, 40])
t1 = next(p); i1 = id(t1); del t1
t2 = next(p); print(id(t2) == i1)
del t2
print(list(p))
g = itertools.groupby("aabbbc")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2), sys.getrefcount(g))
print([(k, list(v)) for k, v in itertools.groupby([1,1,2,3,3], key=lambda v: v % 2)])
print(type(g).__name__, type(g2).__name__, repr(g2)[:20])
print(list(itertools.combinations_with_replacement([1,2,3], 2)))
print(list(itertools.filterfalse(lambda v: v > 1, [0,1,2,3])), list(itertools.filterfalse(None, [0,1,'',2])))
print(list(itertools.compress('ABCDEF', [1,0,1,0,1,1])))
g = itertools.groupby([1, 1, 2])
k, first = next(g)
k2, second = next(g)
print("old grouper:", list(first), "new grouper:", list(second))
