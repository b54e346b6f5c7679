# Iterators are GC objects: iter() counts +1 and del -1; a for loop creates and frees one
# conformance: not-for 3.14: pyodide 3.14.2's incremental GC counts tracked objects (+1 on track, -1 on untrack), so freelists never show in gc.get_count(); 3.14.5+ counts allocations as 3.13 does
import gc
gc.collect()
gc.disable()

def show(label, before):
    print(label, gc.get_count()[0] - before)

items = [1, 2, 3]
pair = (1, 2)
a = gc.get_count()[0]; it = iter(items); show("iter(list):", a)
a = gc.get_count()[0]; del it; show("del it:", a)
a = gc.get_count()[0]; it = iter(items); show("iter(list) again:", a)
a = gc.get_count()[0]; ti = iter(pair); show("iter(tuple):", a)
a = gc.get_count()[0]; del it, ti; show("del both:", a)
a = gc.get_count()[0]
for v in items:
    pass
show("for over a list:", a)
a = gc.get_count()[0]; e = enumerate(items); show("enumerate(items):", a)
a = gc.get_count()[0]; del e; show("del e:", a)
