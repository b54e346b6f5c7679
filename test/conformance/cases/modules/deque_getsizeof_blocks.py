# sys.getsizeof(deque) counts 64-slot blocks: where the first item sits in its block decides when one is added.
# conformance: not-for 3.14: pyodide is 32-bit; object sizes differ from 64-bit 3.14
import sys
from collections import deque

print(sys.getsizeof(deque()), deque().__sizeof__())
for n in (1, 31, 32, 33, 63, 64, 65, 127, 128, 200):
    a, b, c = deque(), deque(), deque()
    for i in range(n):
        a.append(i)
        b.appendleft(i)
    c.extendleft(range(n))
    print(n, sys.getsizeof(deque(range(n))), sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c))

d = deque(range(100))
for k in (1, 5, -7, 30, 51, -50, 99, 1000, -1001):
    d.rotate(k)
    print("rotate", k, sys.getsizeof(d), d[0])
while d:
    d.popleft()
    if len(d) % 20 == 0:
        print(len(d), sys.getsizeof(d))
d.extend(range(70))
print(sys.getsizeof(d))
while len(d) > 1:
    d.pop()
print(sys.getsizeof(d))
d.clear()
print(sys.getsizeof(d))
print(sys.getsizeof(deque([1]) * 200), sys.getsizeof(deque([1, 2]) * 100))
print(sys.getsizeof(deque(range(60)).copy()), sys.getsizeof(deque([5]).copy()))
d = deque(range(62))
d.insert(1, "x")
d.insert(-1, "y")
print(sys.getsizeof(d))
del d[3]
d.remove("x")
print(sys.getsizeof(d), len(d))
