# The one-entry slice cache: slice objects reuse it, and on 3.11-3.13 collections leave it alone
# conformance: gc-variant 3.14 incremental
import gc
gc.collect()
gc.disable()

def show(label, before):
    print(label, gc.get_count()[0] - before)

n = 3
a = gc.get_count()[0]; s = slice(1, n); show("slice(1, n):", a)
a = gc.get_count()[0]; s2 = slice(0, n); show("a second slice:", a)
a = gc.get_count()[0]; del s, s2; show("del both:", a)
a = gc.get_count()[0]; s = slice(2, n); show("slice again:", a)
