# list(), tuple(), dict(), sorted(), zip() and enumerate() build new containers that reference the same items.
import sys

p = [3]
q = [1]
r = [2]
items = [p, q, r]
print("p:", sys.getrefcount(p))
as_tuple = tuple(items)
print("after tuple(items):", sys.getrefcount(p))
ordered = sorted(items)
print("sorted:", ordered, "p:", sys.getrefcount(p))
pairs = list(zip(["p", "q"], [p, q]))
print("after list(zip(...)):", sys.getrefcount(p))
numbered = list(enumerate(items))
print("after list(enumerate(items)):", sys.getrefcount(p))
table = dict(pairs)
print("after dict(pairs):", sys.getrefcount(p), table)
print("min, max:", min(items), max(items), max(items) is p)
