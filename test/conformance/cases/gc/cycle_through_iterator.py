# A list that holds an iterator over itself: list -> list_iterator -> list.
import gc

items = [1, 2, 3]
it = iter(items)
items.append(it)
print("first:", next(it))
del items, it
print("collected:", gc.collect())
