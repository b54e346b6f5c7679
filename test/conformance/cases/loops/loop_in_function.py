# Loop variable and iterated list inside a function (fast locals).
import sys

def element_counts(items):
    out = []
    for it in items:
        out.append(sys.getrefcount(it))
    return out

def list_counts():
    items = [[1], [2]]
    before = sys.getrefcount(items)
    during = 0
    for it in items:
        during = sys.getrefcount(items)
    after = sys.getrefcount(items)
    return before, during, after

data = [[1], [2], [3]]
print("elements inside the loop:", element_counts(data))
print("local list before/during/after:", list_counts())
