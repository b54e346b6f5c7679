# Sets: literals, set(), union/intersection/difference, membership, and frozenset as a dict key.
import sys
a = {1, 2, 3}
b = set([3, 4, 1])
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
a.add(10)
a.discard(2)
print(len(a), 10 in a, 2 in a, sorted(a))
f = frozenset([1, 2])
d = {f: "frozen"}
print(d[frozenset([2, 1])], sys.getrefcount(f))
evens = {n for n in range(10) if n % 2 == 0}
print(sorted(evens), type(evens).__name__, set() == set(), type({}).__name__)
