# A deque as a sequence: equality inside other containers, match patterns, unpacking, and its slot wrappers.
from collections import deque

d1, d2 = deque([1, 2]), deque([1, 2])
print([d1] == [d2], d1 in [d2], [d2].count(d1), [d1, d2].index(d2), {1: d1} == {1: d2}, (d1,) == (d2,))
match d1:
    case [a, b]:
        print("two items", a, b)
match deque([1, 2, 3, 4]):
    case [first, *rest]:
        print(first, rest)
match deque():
    case []:
        print("empty")
x, y = d1
print(x, y, [*d1], sorted(deque([3, 1, 2])), max(d1), sum(d1), list(enumerate(d1)), tuple(d1))

d = deque([1, 2, 3])
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: d.__getitem__())
attempt(lambda: d.__getitem__("a"))
attempt(lambda: d.__getitem__(-1))
attempt(lambda: d.__getitem__(2**70))
attempt(lambda: d[2**70])
attempt(lambda: d.__setitem__(0, "a"))
attempt(lambda: d.__setitem__(0))
attempt(lambda: d.__delitem__(-1))
attempt(lambda: d.__add__([1]))
attempt(lambda: d.__add__(deque([9])))
attempt(lambda: d.__mul__("a"))
attempt(lambda: d.__mul__(2))
attempt(lambda: d.__rmul__(2))
attempt(lambda: d.__imul__(2))
attempt(lambda: d.__iadd__())
attempt(lambda: d.__len__())
attempt(lambda: d.__contains__(2))
attempt(lambda: iter(d).__length_hint__())
attempt(lambda: d * 2**70)
