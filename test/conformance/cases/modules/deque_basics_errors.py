# collections.deque: appends and pops at both ends, indexing, len/bool/in, and its error messages.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
print(d[0], d[-1], d[1], 2 in d, 9 in d)
d[0] = "a"
d[-1] = "z"
print(d, d.count("a"), d.index(2), d.index("z", 1, 3))
d.extend("xy")
d.extendleft([10, 20])
print(d, d.maxlen)
d.reverse()
print(d, type(d), type(d).__name__, type(d).__module__)
print(type(iter(d)).__name__, type(reversed(d)).__name__)

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

e = deque()
attempt(lambda: e.pop())
attempt(lambda: e.popleft())
attempt(lambda: d[10])
attempt(lambda: d[-10])
attempt(lambda: d["a"])
attempt(lambda: d[1:2])
attempt(lambda: d.index(99))
attempt(lambda: d.remove(99))
attempt(lambda: d.append())
attempt(lambda: d.pop(1))
attempt(lambda: d.rotate("a"))
attempt(lambda: d.extend(5))
attempt(lambda: deque(maxlen=-1))
attempt(lambda: deque(maxlen="a"))
attempt(lambda: deque([], 2, 3))
attempt(lambda: deque(1))
attempt(lambda: hash(d))
attempt(lambda: d + [1])
attempt(lambda: [1] + d)
attempt(lambda: d * "a")
attempt(lambda: d < [1])
attempt(lambda: d.maxlen.bit_length())
attempt(lambda: setattr(d, "maxlen", 3))
attempt(lambda: deque([1], 1).insert(0, 5))
attempt(lambda: d.index(1, "a"))
