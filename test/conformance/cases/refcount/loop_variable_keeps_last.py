# A for loop leaves its variable bound to the last item, which keeps that item alive after the loop.
import sys

rows = [[0], [1], [2]]
for row in rows:
    pass
print("last row:", row, "refs:", sys.getrefcount(rows[2]), "first:", sys.getrefcount(rows[0]))
rows.clear()
print("after clear, loop variable still holds:", row, sys.getrefcount(row))
squares = [[n * n] for n in range(3)]
try:
    n
except NameError:
    print("comprehension variable n is not leaked")
total = 0
for k in range(3):
    total += k
print("loop variable k leaked:", k, total)
