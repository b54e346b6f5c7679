# Ten self-referencing lists made in a loop: the last one is still bound to `a`, so collect() finds 9.
import gc

for i in range(10):
    a = []
    a.append(a)
print("first collect:", gc.collect())
print("a is still bound:", len(a), a[0] is a)
del a
print("after del a:", gc.collect())
