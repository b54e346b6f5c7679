# cmp_to_key wraps values for sorting with an old-style cmp function; total_ordering fills in missing comparisons.
import functools
import sys

def by_length(a, b):
    return len(a) - len(b)

words = ["pear", "fig", "banana", "kiwi"]
print(sorted(words, key=functools.cmp_to_key(by_length)))
K = functools.cmp_to_key(by_length)
item = ["x", "y"]
print("before wrapping:", sys.getrefcount(item))
wrapped = K(item)
print("wrapper holds it:", sys.getrefcount(item), wrapped.obj is item)
print(wrapped < K("abc"), wrapped == K("ab"), wrapped > K(""))
del wrapped
print("after del:", sys.getrefcount(item))

@functools.total_ordering
class Version:
    def __init__(self, major, minor):
        self.key = (major, minor)
    def __eq__(self, other):
        return self.key == other.key
    def __lt__(self, other):
        return self.key < other.key
    def __repr__(self):
        return f"v{self.key[0]}.{self.key[1]}"

a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, b >= a)
print(sorted([b, a, Version(0, 9)]), max(a, b))
print([name for name in ("__gt__", "__le__", "__ge__") if name in vars(Version)], Version.__ge__.__name__)
