# gc.get_count()[0] and the dict freelist: {} displays, copies and {**d} reuse freed dicts, dict() does not
# conformance: gc-variant 3.14 incremental
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
