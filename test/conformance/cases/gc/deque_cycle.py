# A collections.deque that contains itself is a garbage cycle like a list.
import gc
from collections import deque

gc.collect()  # imports can leave cyclic garbage behind (3.12+)
q = deque([1, 2])
q.append(q)
print("len:", len(q), "last is q:", q[-1] is q)
del q
print("collected:", gc.collect())
