# The list being iterated gains a reference from the for loop's iterator until the loop ends.
import sys

items = [[1], [2], [3]]
print("before:", sys.getrefcount(items))
for x in items:
    print("during:", sys.getrefcount(items))
    break
print("after break:", sys.getrefcount(items))
for x in items:
    pass
print("after the full loop:", sys.getrefcount(items))
for x in items:
    for y in items:
        print("nested loops:", sys.getrefcount(items))
        break
    break
