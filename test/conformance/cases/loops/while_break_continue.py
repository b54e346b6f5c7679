# while with break and continue, building a list of new objects.
import sys

rows = []
i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 9:
        break
    rows.append([i])
print("rows:", rows, "i:", i)
print("each row:", sys.getrefcount(rows[0]))
n = 5
total = 0
while n > 0:
    total += n
    n -= 1
print("total:", total, "n:", n)
