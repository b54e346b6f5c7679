# print() itself: on 3.11-3.13 it packs its arguments in a tuple, which then sits on a tuple freelist
# conformance: not-for 3.14: pyodide 3.14.2's incremental GC counts tracked objects (+1 on track, -1 on untrack), so freelists never show in gc.get_count(); 3.14.5+ counts allocations as 3.13 does
import gc
print("warm-up")  # 3.11 allocates print's keyword-name tuple at its first call
gc.collect()
gc.disable()
n = 5
a = gc.get_count()[0]
print("one")
b = gc.get_count()[0]
print("one", "two")
c = gc.get_count()[0]
t1 = (n,)
t2 = (n, n)
d = gc.get_count()[0]
print("deltas:", b - a, c - b, d - c)
