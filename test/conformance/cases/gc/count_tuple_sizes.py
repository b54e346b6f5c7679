# Tuples of length 1..20 go on the freelists; 3.11-3.12 never reuse a 20-tuple (3.13 does), 21 is freed
# conformance: gc-variant 3.14 incremental
import gc
gc.collect()
gc.disable()

def show(size, label, before):
    print(size, label, gc.get_count()[0] - before)

for size in (19, 20, 21):
    a = gc.get_count()[0]; t = tuple(range(size)); show(size, "tuple():", a)
    a = gc.get_count()[0]; del t; show(size, "del:", a)
    a = gc.get_count()[0]; t = tuple(range(size)); show(size, "again:", a)
    del t
