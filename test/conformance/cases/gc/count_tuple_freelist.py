# gc.get_count()[0] and the tuple freelists (one per length): runtime tuples and tuple() reuse freed tuples
# conformance: not-for 3.14: pyodide 3.14.2's incremental GC counts tracked objects (+1 on track, -1 on untrack), so freelists never show in gc.get_count(); 3.14.5+ counts allocations as 3.13 does
import gc
gc.collect()
gc.disable()

def show(label, before):
    print(label, gc.get_count()[0] - before)

n = 7
a = gc.get_count()[0]; t = (n, n, n, n); show("(n, n, n, n):", a)
a = gc.get_count()[0]; del t; show("del t:", a)
a = gc.get_count()[0]; t = (n, n + 1, n + 2, n + 3); show("another 4-tuple:", a)
a = gc.get_count()[0]; u = (n, n, n, n, n); show("a 5-tuple:", a)
a = gc.get_count()[0]; v = tuple([n, n, n, n, n, n]); show("tuple(list of 6):", a)
a = gc.get_count()[0]; del v; show("del v:", a)
a = gc.get_count()[0]; v = tuple([1, 2, 3, 4, 5, 6]); show("tuple(list of 6) again:", a)
a = gc.get_count()[0]; c = (1, 2, 3); show("a constant tuple:", a)
