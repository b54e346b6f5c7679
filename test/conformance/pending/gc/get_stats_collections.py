# gc.get_stats() keeps, per generation, how many collections ran and how many objects they collected.
# conformance: not-for 3.14: pyodide 3.14.2 runs the incremental GC, which files collections under other generations
import gc

def snapshot():
    return [(s["collections"], s["collected"], s["uncollectable"]) for s in gc.get_stats()]

gc.collect()
before = snapshot()
a = []
a.append(a)
del a
gc.collect(0)
b = {}
b["b"] = b
c = [b]
del b, c
gc.collect()
after = snapshot()
for gen in range(3):
    print("generation", gen, "delta:", tuple(x - y for x, y in zip(after[gen], before[gen])))
print("keys:", sorted(gc.get_stats()[0]))
