# deque repr (with maxlen, recursion), comparisons between deques only, + and *, and copies.
import copy
from collections import deque

a = deque([1, 2, 3])
b = deque([1, 2, 4], maxlen=5)
print(repr(a), str(b), deque())
print(a == deque([1, 2, 3]), a == [1, 2, 3], a != b, a < b, b >= a, deque() < a, a > deque([1, 2]))
a.append(a)
print(a)
a.pop()
print(a + b, a * 2, 2 * a, a * 0, a * -1)
c = a
c += "xy"
print(c is a, a)
c *= 2
print(c is a, a)
s = copy.copy(b)
t = copy.deepcopy(deque([[1], [2]], 3))
print(s, s is b, s == b, t, t.maxlen)
nested = [0]
u = deque([nested, nested])
v = copy.deepcopy(u)
print(v[0] is v[1], v[0] is nested)
w = a.copy()
print(w == a, w is a, w.maxlen, b.copy().maxlen)
print(deque("abc") == deque("abc"), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]))
