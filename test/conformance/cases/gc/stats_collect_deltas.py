# gc.get_stats(): one dict per generation; each collection adds 1 to its own generation's "collections" and what it freed to "collected".
# conformance: not-for 3.14: pyodide 3.14.2 runs the incremental GC, whose collect(0)/collect(1) and statistics differ
import gc

stats = gc.get_stats()
print(len(stats), [list(s) for s in stats][0])


def snapshot():
    return [(s["collections"], s["collected"], s["uncollectable"]) for s in gc.get_stats()]


def show(label, before):
    after = snapshot()
    print(label, [tuple(a - b for a, b in zip(x, y)) for x, y in zip(after, before)])


before = snapshot()
a = []
a.append(a)
del a
gc.collect(0)
show("collect(0), one list:", before)

before = snapshot()
b = [[]]
b[0].append(b)
del b
gc.collect(1)
show("collect(1), two lists:", before)

before = snapshot()
d = {}
d["self"] = d
t = ([],)
t[0].append(t)
del d, t
gc.collect()
show("collect(), dict and tuple cycles:", before)

before = snapshot()
gc.collect()
show("collect(), nothing left:", before)
