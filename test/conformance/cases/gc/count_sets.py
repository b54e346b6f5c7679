# Sets and frozensets have no freelist: every one counts +1 and every deletion -1
# conformance: gc-variant 3.14 incremental
import gc
gc.collect()
gc.disable()

def show(label, before):
    print(label, gc.get_count()[0] - before)

a = gc.get_count()[0]; s = set(); show("set():", a)
a = gc.get_count()[0]; del s; show("del s:", a)
a = gc.get_count()[0]; s = {1, 2}; show("{1, 2}:", a)
a = gc.get_count()[0]; f = frozenset(s); show("frozenset(s):", a)
a = gc.get_count()[0]; del s, f; show("del s, f:", a)
a = gc.get_count()[0]; s = {n for n in range(3)}; show("set comprehension:", a)
