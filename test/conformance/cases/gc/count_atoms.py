# Atomic objects (int, float, str, bytes, range) are not GC types: making or freeing them never moves count0
# conformance: gc-variant 3.14 incremental
import gc
gc.collect()
gc.disable()

def show(label, before):
    print(label, gc.get_count()[0] - before)

n = 10
a = gc.get_count()[0]; big = n ** 30; show("a big int:", a)
a = gc.get_count()[0]; f = n / 4; show("a float:", a)
a = gc.get_count()[0]; s = "x" * n; show("a str:", a)
a = gc.get_count()[0]; b = bytes(n); show("bytes:", a)
a = gc.get_count()[0]; r = range(n); show("range(n):", a)
a = gc.get_count()[0]; del big, f, s, b, r; show("del them all:", a)
