# IndexError: list index out of range, raised inside a loop.
items = [10, 20, 30]
i = 0
while i <= len(items):
    print("item", i, items[i])
    i += 1
