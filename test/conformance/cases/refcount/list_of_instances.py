# Instances stored in a list: each holds one reference per slot; clear() drops them, freeing in order.
import sys

class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("free item", self.n)

items = [Item(i) for i in range(3)]
first = items[0]
print("first:", sys.getrefcount(first))
items.append(first)
print("first appended again:", sys.getrefcount(first))
print("second:", sys.getrefcount(items[1]))
items.clear()
print("after clear, first:", sys.getrefcount(first))
del first
print("end")
