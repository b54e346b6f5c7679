# set and frozenset: CPython's hash-table order (goldens use PYTHONHASHSEED=0), operators, methods, sizes, errors.
# conformance: not-for 3.14: the pyodide build is 32-bit (hashes, so set order, and sizes differ)
import sys, gc
s = {3, 1, 2, 100, -5}
print(s, len(s), 2 in s, 7 in s, sorted(s))
words = {"banana", "apple", "cherry"}
print(words, {"b", "a", "c"})
t = set()
for i in range(20):
    t.add(i * 7 % 23)
print(t, sys.getsizeof(set()), sys.getsizeof(t))
t.discard(7); t.remove(14)
print(t.pop(), t.pop(), len(t))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {1, 2} < a, a.issuperset({1}), a.isdisjoint({9}))
fs = frozenset([3, 1, 2])
print(fs, frozenset(), hash(frozenset()) == hash(frozenset()), {fs: "x"}[frozenset({1, 2, 3})])
print({x * x for x in range(6)}, set("hello"), {(1, 2), (3, 4)}, {1.5, 2.5, 0.5})
print(gc.is_tracked(set()), gc.is_tracked(frozenset()), hash((1, 2)), hash("abc") == hash("abc"))
c = {1, 2}
c |= {3}
c -= {1}
print(c, set([1, 1, 1]), set() == set(), {1, 2} == frozenset({2, 1}))
try:
    {1}.remove(5)
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {[1]}
except TypeError as e:
    print(e)
