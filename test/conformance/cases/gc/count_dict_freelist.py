# gc.get_count()[0] and the dict freelist: {} displays, copies and {**d} reuse freed dicts, dict() does not
# conformance: not-for 3.14: pyodide 3.14.2's incremental GC counts tracked objects (+1 on track, -1 on untrack), so freelists never show in gc.get_count(); 3.14.5+ counts allocations as 3.13 does
import gc
gc.collect()
gc.disable()

def show(label, before):
    print(label, gc.get_count()[0] - before)

a = gc.get_count()[0]; d = {}; show("{}:", a)
a = gc.get_count()[0]; del d; show("del d:", a)
a = gc.get_count()[0]; d = {'a': 1}; show("{'a': 1} (reused):", a)
a = gc.get_count()[0]; e = d.copy(); show("d.copy():", a)
a = gc.get_count()[0]; f = {**d}; show("{**d}:", a)
a = gc.get_count()[0]; del e, f; show("del e, f:", a)
a = gc.get_count()[0]; g = dict(a=1); show("dict(a=1):", a)
a = gc.get_count()[0]; h = {**g}; show("{**g}:", a)
a = gc.get_count()[0]; del g; show("del g:", a)
a = gc.get_count()[0]; g = dict(); show("dict():", a)
