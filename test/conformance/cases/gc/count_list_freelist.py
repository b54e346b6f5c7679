# gc.get_count()[0] and the list freelist: a [] display reuses a freed list (no count), list() never does
# conformance: gc-variant 3.14 incremental
import gc
gc.collect()
gc.disable()

def show(label, before):
    print(label, gc.get_count()[0] - before)

a = gc.get_count()[0]; x = []; show("[] right after a collection:", a)
a = gc.get_count()[0]; del x; show("del x (kept on the freelist):", a)
a = gc.get_count()[0]; x = []; show("[] again (reused):", a)
a = gc.get_count()[0]; y = list(); show("list() (tp_alloc, counted):", a)
a = gc.get_count()[0]; del y; show("del y (an exact list: freelist):", a)
a = gc.get_count()[0]; y = list(); show("list() again:", a)
a = gc.get_count()[0]; z = [1, 2, 3]; show("[1, 2, 3] (freelist):", a)
a = gc.get_count()[0]; w = [z, z]; show("[z, z] (freelist empty):", a)
