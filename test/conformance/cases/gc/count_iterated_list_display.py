# A list display that is only iterated is compiled as a tuple: for loops, comprehensions and `in`
# conformance: gc-variant 3.14 incremental
import gc
gc.collect()
gc.disable()
gc.get_count()

def show(label, before):
    print(label, gc.get_count()[0] - before)

a1 = [1]
b1 = [2]
n = 3
a = gc.get_count()[0]
for x in [a1, b1]:
    pass
show("for over [a1, b1] (a 2-tuple and its iterator):", a)
a = gc.get_count()[0]
for x in [a1, b1]:
    pass
show("again (the tuple is reused):", a)
a = gc.get_count()[0]; found = n in [n, n + 1]; show("n in [n, n + 1]:", a)
a = gc.get_count()[0]; squares = [v * v for v in [n, n]]; show("comprehension over [n, n]:", a)
a = gc.get_count()[0]; kept = [a1, b1]; show("a list display that is kept:", a)
