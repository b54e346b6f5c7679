# The first repr of a non-empty container makes the thread state's dict and its Py_Repr list, kept for good
# conformance: gc-variant 3.14 incremental
import gc
gc.collect()
gc.disable()
gc.get_count()

def show(label, before):
    print(label, gc.get_count()[0] - before)

n = 4
items = [n, n]
nothing = []
a = gc.get_count()[0]; text = repr(nothing); show("repr([]) (no Py_ReprEnter):", a)
a = gc.get_count()[0]; text = repr(items); show("first repr of a list:", a)
a = gc.get_count()[0]; text = repr(items); show("second one:", a)
a = gc.get_count()[0]; text = repr({n: n}); show("repr of a dict display:", a)
a = gc.get_count()[0]; text = repr({n}); show("repr of a set display (copies members to a list):", a)
