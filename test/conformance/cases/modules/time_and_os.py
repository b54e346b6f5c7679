# time.perf_counter differences are non-negative and os.getpid is an int (values themselves vary).
import os
import time

t0 = time.perf_counter()
total = sum(range(1000))
t1 = time.perf_counter()
print(total, t1 >= t0, type(t1 - t0).__name__)
print(isinstance(os.getpid(), int), os.getpid() == os.getpid())
print(type(time.time()).__name__, time.time() > 1_000_000_000)
