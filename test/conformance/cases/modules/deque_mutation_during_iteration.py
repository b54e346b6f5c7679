# Changing a deque while it is iterated or scanned raises: RuntimeError, but IndexError from remove().
from collections import deque

d = deque([1, 2, 3])
it = iter(d)
print(next(it))
d.append(4)
try:
    next(it)
except RuntimeError as e:
    print("next:", e)
d[0] = 100
it = iter(d)
d[1] = 200
print(list(it))
it = iter(d)
print(list(it))
d.reverse()
try:
    next(it)
except StopIteration:
    print("exhausted")
d.rotate(0)
try:
    next(it)
except RuntimeError as e:
    print("after exhaustion:", e)

class Grow:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.append(0)
        return False

for name in ("count", "index", "remove", "__contains__"):
    d = deque([1, 2, 3])
    try:
        getattr(d, name)(Grow(d))
    except Exception as e:
        print(name, type(e).__name__, e, len(d))

d = deque([1, 2])
try:
    for v in d:
        d.appendleft(v)
except RuntimeError as e:
    print("for:", e, d)
d = deque([1, 2, 3])
for v in reversed(d):
    print(v, end=" ")
print()
r = reversed(d)
d.pop()
try:
    next(r)
except RuntimeError as e:
    print("reversed:", e)
single = deque([5])
it = iter(single)
single.rotate(3)
print(list(it))
