# A for loop leaves its variable holding the last item; a list comprehension's variable is gone when it ends.
import sys

items = [["a"], ["b"], ["c"]]
copies = []
for it in items:
    copies.append(it)
print("after loop, last item:", sys.getrefcount(items[2]), "first item:", sys.getrefcount(items[0]))
del it
print("after del it:", sys.getrefcount(items[2]))
squares = [x for x in items]
print("after comprehension:", sys.getrefcount(items[2]), sys.getrefcount(items[0]))
del copies, squares
print("only items left:", sys.getrefcount(items[2]))

def in_function(seq):
    out = [v for v in seq]
    return sys.getrefcount(seq[-1])

print("inside a function:", in_function(items))
