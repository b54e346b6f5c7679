# time's clocks return floats (and ints for *_ns) that never go backwards; sleep() advances them; os basics.
import os
import time

start = time.perf_counter()
mono = time.monotonic()
time.sleep(0.01)
print("slept at least 0.01 s:", time.perf_counter() - start >= 0.01, time.monotonic() - mono >= 0.01)
readings = [time.perf_counter() for _ in range(5)]
print("never decreasing:", readings == sorted(readings))
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.process_time()).__name__)
print(type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__, time.process_time_ns() >= 0)
print("after 2001:", time.time() > 1_000_000_000, time.time_ns() > 10 ** 18)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
print(os.getpid() == os.getpid(), isinstance(os.getpid(), int), os.getpid() > 0)
print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir)
