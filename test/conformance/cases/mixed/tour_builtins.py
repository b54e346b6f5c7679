# A tour of builtins, iteration and formatting; dict-items loops keep a cached result tuple.
import sys
def outer():
    x = []
    def inner_uses_global():
        return len(sys.argv) >= 0
    y = x
    print(sys.getrefcount(x), inner_uses_global())
    for i in range(3):
        x.append(i)
    return x
r = outer()
print(r, sys.getrefcount(r))
d = {'a': [1], 'b': (2, 3)}
for k, v in d.items():
    print(k, v, sys.getrefcount(v))
t = tuple(r)
print(t, sys.getrefcount(t))
s = 'abc' * 2
print(s, s[::-1], s[1:4], len(s))
n = 10 ** 20
print(n, n // 7, n % 7, -n // 7, 2 ** 0.5)
print(f"{n:,} {3.14159:.3f} {'x':*^9} {42:#x} {0.000012345:g} {1e20:e}")
a = b = c = [0]
del a
print(sys.getrefcount(b))
x, *rest = [1, 2, 3, 4]
print(x, rest)
print([1, 2] == [1, 2], (1, 2) < (1, 3), 'a' < 'b', None is None)
print(sorted([3, 1, 2], reverse=True), max([1, 5, 3]), min(4, 2), sum(range(10)))
print(list(enumerate('ab')), list(zip([1, 2], 'xy')))
print(isinstance(1, int), isinstance(True, int), type(1.0).__name__)
print(repr('it\'s'), repr("a\"b"), repr('\n'), str(1.0), 1/3, 1e16, 1e-5, 0.1 + 0.2)
