# gc.get_count()[0] counts allocations of container objects minus their deallocations; ints and strs do not count.
# conformance: not-for 3.14: pyodide 3.14.2 runs the incremental GC, whose count rules differ
import gc

class P:
    pass

gc.collect()
start = gc.get_count()[0]
nums = [10 ** 20 + i for i in range(3)]
base = gc.get_count()[0]
print("a list of 3 big ints:", base - start)
words = "a b c".split()
print("split() into strs:", gc.get_count()[0] - base)
base = gc.get_count()[0]
d = {"k": 1}
print("a dict:", gc.get_count()[0] - base)
base = gc.get_count()[0]
p = P()
print("an instance:", gc.get_count()[0] - base)
base = gc.get_count()[0]
t = (p, d)
print("a tuple:", gc.get_count()[0] - base)
base = gc.get_count()[0]
del t
print("after del of the tuple:", gc.get_count()[0] - base)
