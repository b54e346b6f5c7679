# functools.reduce: one args tuple is reused between calls, so the function sees its arguments referenced twice.
import functools
import operator
import sys

print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(operator.mul, range(1, 11), 1))
print(functools.reduce(lambda acc, x: acc + [x * x], [1, 2, 3], []))
item = [0]

def count_refs(acc, x):
    return sys.getrefcount(x)

print("refcount of x inside the function:", functools.reduce(count_refs, [None, item]))
print("refcount after reduce:", sys.getrefcount(item))
print("one item, no call:", functools.reduce(count_refs, [item]) is item)
for bad in (lambda: functools.reduce(operator.add, []), lambda: functools.reduce(operator.add, 5),
            lambda: functools.reduce(operator.add), lambda: functools.reduce(operator.add, [1], 2, 3)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
