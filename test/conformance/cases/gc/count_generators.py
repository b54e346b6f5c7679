# A generator and what it holds count as GC allocations; running it allocates nothing more
# conformance: gc-variant 3.14 incremental
import gc
gc.collect()
gc.disable()

def show(label, before):
    print(label, gc.get_count()[0] - before)

def countdown(n):
    while n > 0:
        yield n
        n -= 1

a = gc.get_count()[0]; g = countdown(3); show("countdown(3):", a)
a = gc.get_count()[0]; first = next(g); show("next(g):", a)
a = gc.get_count()[0]; rest = list(g); show("list(g):", a)
a = gc.get_count()[0]; del g; show("del g:", a)
a = gc.get_count()[0]; total = sum(x for x in range(4)); show("sum of a generator expression:", a)
